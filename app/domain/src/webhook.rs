//! Outgoing webhooks to a helpdesk: what an admin may configure, how long
//! to wait before trying a failed delivery again, and the delivery log as
//! the admin page shows it. Sending and signing live on the server
//! (`community::webhooks`).

use crate::id::Timestamp;
use serde::{Deserialize, Serialize};

use crate::ErrorCode;

/// Longest accepted webhook URL, in characters.
pub const MAX_URL_CHARS: usize = 500;

/// Shortest accepted signing secret, in characters: long enough that it
/// cannot be guessed by trying, short enough to paste from a helpdesk.
pub const MIN_SECRET_CHARS: usize = 16;

/// Longest accepted signing secret, in characters. HMAC-SHA256 first hashes
/// any key longer than its 64-byte block, so a longer secret is no
/// stronger; 256 holds every helpdesk's format (Stripe-style `whsec_…`,
/// base64 or hex keys) with room to spare, and is sealed and stored as is.
pub const MAX_SECRET_CHARS: usize = 256;

/// The wait after the 1st, 2nd, … failed attempt. Quick at first (a
/// restart or a deploy of the helpdesk), then slower (an outage), so a
/// delivery keeps being tried for a little over seven hours in all.
const BACKOFF_MS: [i64; 5] = [
    30 * 1000,          // 30 s
    2 * 60 * 1000,      // 2 min
    10 * 60 * 1000,     // 10 min
    60 * 60 * 1000,     // 1 h
    6 * 60 * 60 * 1000, // 6 h
];

/// Attempts made before a delivery is given up (marked failed).
pub const MAX_ATTEMPTS: i64 = BACKOFF_MS.len() as i64 + 1;

/// How long to wait, after `attempts_made` attempts that all failed, before
/// the next one: 30 s, 2 min, 10 min, 1 h, then 6 h. `None` once
/// `MAX_ATTEMPTS` (6) attempts were made: give up. Before any attempt
/// (`attempts_made <= 0`) it is `Some(0)`: send now.
pub fn backoff_ms(attempts_made: i64) -> Option<i64> {
    if attempts_made <= 0 {
        return Some(0);
    }
    let i = usize::try_from(attempts_made - 1).ok()?;
    BACKOFF_MS.get(i).copied()
}

/// Checks a webhook URL and returns it trimmed: `http` or `https` only (the
/// client speaks nothing else), with a host, at most `MAX_URL_CHARS`
/// characters, no spaces or control characters (they would have to be
/// escaped, and are almost always a pasting mistake). An empty URL is
/// refused here: callers treat it as "webhook off" before calling this.
pub fn validate_url(url: &str) -> Result<String, ErrorCode> {
    let url = url.trim();
    if url.is_empty() || url.chars().count() > MAX_URL_CHARS {
        return Err(ErrorCode::UrlInvalid);
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(ErrorCode::UrlInvalid);
    }
    let lower = url.to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url["https://".len()..]
    } else if lower.starts_with("http://") {
        &url["http://".len()..]
    } else {
        return Err(ErrorCode::UrlInvalid);
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    // Credentials in the URL would be shown in the delivery log.
    if authority.contains('@') {
        return Err(ErrorCode::UrlInvalid);
    }
    let (host, port) = split_host_port(authority).ok_or(ErrorCode::UrlInvalid)?;
    if !valid_host(host) {
        return Err(ErrorCode::UrlInvalid);
    }
    if let Some(port) = port {
        match port.parse::<u16>() {
            Ok(p) if p > 0 && port.bytes().all(|b| b.is_ascii_digit()) => {}
            _ => return Err(ErrorCode::UrlInvalid),
        }
    }
    Ok(url.to_owned())
}

/// `host[:port]` or `[v6]:port`; `None` when malformed.
fn split_host_port(authority: &str) -> Option<(&str, Option<&str>)> {
    if let Some(v6) = authority.strip_prefix('[') {
        let (host, after) = v6.split_once(']')?;
        let port = match after {
            "" => None,
            p => Some(p.strip_prefix(':')?),
        };
        let ok = !host.is_empty() && host.chars().all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
        return ok.then_some((authority, port));
    }
    Some(match authority.split_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (authority, None),
    })
}

/// A DNS name or IPv4 address (letters, digits, hyphens, dots; no empty
/// label), or a bracketed IPv6 address already checked by the caller.
fn valid_host(host: &str) -> bool {
    if host.starts_with('[') {
        return true;
    }
    !host.is_empty()
        && host.len() <= 253
        && host.trim_end_matches('.').split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// Checks the signing secret against the URL it goes with: at least
/// `MIN_SECRET_CHARS` characters whenever it is set, and required whenever
/// a URL is (an unsigned delivery could be forged by anyone who learns the
/// receiver's address). Empty is allowed only with an empty URL: webhook off.
/// At most `MAX_SECRET_CHARS`: anything longer is a pasting mistake or an
/// attempt to make the server seal and store megabytes.
pub fn validate_secret(secret: &str, url: &str) -> Result<(), ErrorCode> {
    if secret.is_empty() && url.trim().is_empty() {
        return Ok(());
    }
    if secret.chars().take(MAX_SECRET_CHARS + 1).count() > MAX_SECRET_CHARS {
        return Err(ErrorCode::SecretTooLong);
    }
    if secret.chars().count() < MIN_SECRET_CHARS {
        return Err(ErrorCode::SecretTooShort);
    }
    Ok(())
}

/// Where a delivery stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DeliveryStatus {
    /// Not delivered yet; tried again at `next_attempt_at`.
    Pending,
    /// The receiver answered 2xx.
    Delivered,
    /// Given up after `MAX_ATTEMPTS` attempts.
    Failed,
}

impl DeliveryStatus {
    /// The value stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Delivered => "delivered",
            Self::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "pending" => Some(Self::Pending),
            "delivered" => Some(Self::Delivered),
            "failed" => Some(Self::Failed),
            _ => None,
        }
    }
}

/// One line of the admins' delivery log. Times are Unix milliseconds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delivery {
    pub id: i64,
    pub event: String,
    /// Where it was (last) sent.
    pub url: String,
    pub status: DeliveryStatus,
    pub attempts: i64,
    /// The HTTP status of the last attempt, if the receiver answered.
    pub last_status: Option<i64>,
    /// Why the last attempt failed (a timeout, a refused connection, the
    /// start of an error response).
    pub last_error: Option<String>,
    pub created_at: Timestamp,
    pub delivered_at: Option<Timestamp>,
    /// When it is tried next (meaningful while pending).
    pub next_attempt_at: Timestamp,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_then_gives_up_after_six_attempts() {
        assert_eq!(backoff_ms(0), Some(0));
        assert_eq!(backoff_ms(1), Some(30_000));
        assert_eq!(backoff_ms(2), Some(120_000));
        assert_eq!(backoff_ms(3), Some(600_000));
        assert_eq!(backoff_ms(4), Some(3_600_000));
        assert_eq!(backoff_ms(5), Some(21_600_000));
        assert_eq!(backoff_ms(6), None);
        assert_eq!(backoff_ms(7), None);
        assert_eq!(backoff_ms(i64::MAX), None);
        assert_eq!(MAX_ATTEMPTS, 6);
        assert!(backoff_ms(MAX_ATTEMPTS - 1).is_some() && backoff_ms(MAX_ATTEMPTS).is_none());
    }

    #[test]
    fn accepts_http_and_https_urls_with_a_host() {
        for ok in [
            "https://helpdesk.example.com/hooks/entraide",
            "http://127.0.0.1:8080/in",
            "HTTPS://Example.COM",
            "https://example.com:443/a?b=c#d",
            "http://[::1]:9000/x",
            "https://desk.example.com./hook",
        ] {
            assert!(validate_url(ok).is_ok(), "{ok}");
        }
        assert_eq!(validate_url("  https://example.com/x \n").as_deref(), Ok("https://example.com/x"));
    }

    #[test]
    fn refuses_other_schemes_missing_hosts_and_oddities() {
        for bad in [
            "",
            "   ",
            "example.com/hook",
            "ftp://example.com",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "https://",
            "https:///path",
            "https://:80/x",
            "https://exa mple.com",
            "https://example.com/a b",
            "https://user:pw@example.com/",
            "https://example.com:0/",
            "https://example.com:99999/",
            "https://example.com:8o/",
            "https://-bad-.example.com/",
            "https://a..b/",
            "http://[]/",
            "http://[::1/",
            "https://ex_ample.com/",
        ] {
            assert_eq!(validate_url(bad), Err(ErrorCode::UrlInvalid), "{bad:?}");
        }
        let long = format!("https://example.com/{}", "a".repeat(MAX_URL_CHARS));
        assert_eq!(validate_url(&long), Err(ErrorCode::UrlInvalid));
        let just_fits = format!("https://example.com/{}", "a".repeat(MAX_URL_CHARS - 20));
        assert_eq!(just_fits.chars().count(), MAX_URL_CHARS);
        assert!(validate_url(&just_fits).is_ok());
    }

    #[test]
    fn secret_is_required_with_a_url_and_long_enough() {
        assert_eq!(validate_secret("", ""), Ok(()));
        assert_eq!(validate_secret("", "https://example.com"), Err(ErrorCode::SecretTooShort));
        assert_eq!(validate_secret("short", "https://example.com"), Err(ErrorCode::SecretTooShort));
        assert_eq!(validate_secret("short", ""), Err(ErrorCode::SecretTooShort));
        assert_eq!(validate_secret("0123456789abcdef", "https://example.com"), Ok(()));
        // Characters, not bytes.
        assert_eq!(validate_secret("ééééééééééééééé", "https://example.com"), Err(ErrorCode::SecretTooShort));
    }

    #[test]
    fn secret_has_a_maximum() {
        let url = "https://example.com";
        assert_eq!(validate_secret(&"é".repeat(MAX_SECRET_CHARS), url), Ok(()));
        assert_eq!(validate_secret(&"a".repeat(MAX_SECRET_CHARS + 1), url), Err(ErrorCode::SecretTooLong));
        // A megabyte, with or without a URL (webhook off but a secret typed).
        assert_eq!(validate_secret(&"a".repeat(1 << 20), url), Err(ErrorCode::SecretTooLong));
        assert_eq!(validate_secret(&"a".repeat(1 << 20), ""), Err(ErrorCode::SecretTooLong));
    }

    #[test]
    fn statuses_round_trip() {
        for s in [DeliveryStatus::Pending, DeliveryStatus::Delivered, DeliveryStatus::Failed] {
            assert_eq!(DeliveryStatus::parse(s.as_str()), Some(s));
            assert_eq!(serde_json::to_string(&s).ok(), Some(format!("\"{}\"", s.as_str())));
        }
        assert_eq!(DeliveryStatus::parse("lost"), None);
    }
}
