//! The translation provider the admin chose, kept in `settings`, and the
//! hourly budget of new machine translations (`domain::translation`). The
//! API key is stored encrypted (`crate::secrets`), written, never read back
//! to a browser.

use std::collections::HashMap;
use std::time::Duration;

use domain::translation::{self, Budget};
use domain::{ErrorCode, FieldError, Viewer};

use super::providers::{ProviderConfig, ProviderKind};
use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::store::settings;
use crate::{on_db, outbound, secrets};

const PROVIDER: &str = "translation.provider";
const URL: &str = "translation.url";
const API_KEY: &str = "translation.api_key";
const MODEL: &str = "translation.model";
const TIMEOUT: &str = "translation.timeout_secs";
const RETRIES: &str = "translation.retries";
const BUDGET_MEMBER: &str = "translation.budget_per_member";
const BUDGET_IP: &str = "translation.budget_per_ip";
const BUDGET_GLOBAL: &str = "translation.budget_global";

pub const DEFAULT_TIMEOUT_SECS: u64 = 8;
pub const DEFAULT_RETRIES: u32 = 2;

/// The settings as the admin page shows them (no key, only whether one is set).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderSettings {
    /// Empty when translation is off.
    pub provider: String,
    pub url: String,
    pub model: String,
    pub timeout_secs: u64,
    pub retries: u32,
    pub has_key: bool,
    /// New machine translations per hour.
    pub budget: Budget,
}

/// What the admin submits.
pub struct ProviderInput<'a> {
    pub provider: &'a str,
    pub url: &'a str,
    /// Empty keeps the saved key.
    pub api_key: &'a str,
    pub forget_key: bool,
    pub model: &'a str,
    pub timeout_secs: &'a str,
    pub retries: &'a str,
    /// New machine translations per hour per member, per network address
    /// and for the whole community; blank keeps the default.
    pub budget_per_member: &'a str,
    pub budget_per_ip: &'a str,
    pub budget_global: &'a str,
}

/// Every translation setting in one read (they are read on each machine
/// translation): key -> value.
async fn stored(db: &Db) -> StoreResult<HashMap<String, String>> {
    let rows: Vec<(String, String)> = on_db!(db, p => sqlx::query_as(
        "SELECT key, value FROM settings WHERE key LIKE 'translation.%'")
        .fetch_all(p).await)?;
    Ok(rows.into_iter().collect())
}

fn text<'a>(values: &'a HashMap<String, String>, key: &str) -> &'a str {
    values.get(key).map(String::as_str).unwrap_or("")
}

fn budget(v: &HashMap<String, String>) -> Budget {
    let d = Budget::default();
    Budget {
        per_member: translation::stored_allowance(text(v, BUDGET_MEMBER), d.per_member),
        per_ip: translation::stored_allowance(text(v, BUDGET_IP), d.per_ip),
        global: translation::stored_allowance(text(v, BUDGET_GLOBAL), d.global),
    }
}

fn config(v: &HashMap<String, String>) -> Option<ProviderConfig> {
    let kind = ProviderKind::parse(text(v, PROVIDER))?;
    Some(ProviderConfig {
        kind,
        url: text(v, URL).to_owned(),
        // A key that does not decrypt is logged and counts as none: DeepL
        // then reports "not configured", the others try without one.
        api_key: secrets::reveal(API_KEY, text(v, API_KEY)),
        model: text(v, MODEL).to_owned(),
        timeout: Duration::from_secs(text(v, TIMEOUT).parse().unwrap_or(DEFAULT_TIMEOUT_SECS)),
        retries: text(v, RETRIES).parse().unwrap_or(DEFAULT_RETRIES),
    })
}

/// The configured provider, `None` when translation is off.
pub async fn provider_config(db: &Db) -> StoreResult<Option<ProviderConfig>> {
    Ok(config(&stored(db).await?))
}

/// The configured provider and the budget of new translations, in one read;
/// `None` when translation is off.
pub async fn machine_config(db: &Db) -> StoreResult<Option<(ProviderConfig, Budget)>> {
    let v = stored(db).await?;
    Ok(config(&v).map(|c| (c, budget(&v))))
}

fn ensure_admin(viewer: Viewer) -> StoreResult<()> {
    domain::permissions::check(viewer, domain::permissions::Action::ManageCommunity)
        .map_err(StoreError::Denied)
}

/// The settings for the admin page.
pub async fn load(db: &Db, viewer: Viewer) -> StoreResult<ProviderSettings> {
    ensure_admin(viewer)?;
    let v = stored(db).await?;
    Ok(ProviderSettings {
        provider: text(&v, PROVIDER).to_owned(),
        url: text(&v, URL).to_owned(),
        model: text(&v, MODEL).to_owned(),
        timeout_secs: text(&v, TIMEOUT).parse().unwrap_or(DEFAULT_TIMEOUT_SECS),
        retries: text(&v, RETRIES).parse().unwrap_or(DEFAULT_RETRIES),
        has_key: !secrets::reveal(API_KEY, text(&v, API_KEY)).is_empty(),
        budget: budget(&v),
    })
}

/// Checks and saves the admin's choice. Every problem is reported at once.
/// The URL must lead to a public address unless private targets are allowed
/// (`crate::outbound`). A new API key is stored encrypted, and refused
/// without a server key (`ENTRAIDE_SECRET_KEY`) rather than stored in clear;
/// a kept key from before encryption is encrypted now.
pub async fn save(db: &Db, viewer: Viewer, input: &ProviderInput<'_>) -> StoreResult<()> {
    ensure_admin(viewer)?;
    let mut errors = Vec::new();
    let provider = input.provider.trim();
    let kind = ProviderKind::parse(provider);
    if !provider.is_empty() && kind.is_none() {
        errors.push(FieldError::new("provider", ErrorCode::Required));
    }
    let url = input.url.trim().trim_end_matches('/');
    if kind.is_some() {
        let checked = if valid_url(url) { outbound::check_url(url) } else { Err(ErrorCode::UrlInvalid) };
        if let Err(code) = checked {
            errors.push(FieldError::new("url", code));
        }
    }
    if kind == Some(ProviderKind::OpenAi) && input.model.trim().is_empty() {
        errors.push(FieldError::new("model", ErrorCode::Required));
    }
    let timeout = input.timeout_secs.trim().parse::<u64>().ok().filter(|t| (1..=60).contains(t));
    if timeout.is_none() {
        errors.push(FieldError::new("timeout_secs", ErrorCode::DurationInvalid));
    }
    let retries = input.retries.trim().parse::<u32>().ok().filter(|r| *r <= 5);
    if retries.is_none() {
        errors.push(FieldError::new("retries", ErrorCode::DurationInvalid));
    }
    let defaults = Budget::default();
    let mut allowance = |field: &str, typed: &str, default: usize| {
        translation::parse_allowance(typed, default).unwrap_or_else(|code| {
            errors.push(FieldError::new(field, code));
            default
        })
    };
    let budget = Budget {
        per_member: allowance("budget_per_member", input.budget_per_member, defaults.per_member),
        per_ip: allowance("budget_per_ip", input.budget_per_ip, defaults.per_ip),
        global: allowance("budget_global", input.budget_global, defaults.global),
    };
    let key = input.api_key.trim();
    let saved = secrets::open(API_KEY, text(&stored(db).await?, API_KEY));
    // What to write for the key; `None` leaves the row as it is.
    let new_key = if !key.is_empty() {
        match secrets::seal(API_KEY, key) {
            Ok(sealed) => Some(sealed),
            Err(secrets::NoKey) => {
                errors.push(FieldError::new("api_key", ErrorCode::SecretKeyMissing));
                None
            }
        }
    } else if input.forget_key {
        Some(String::new())
    } else if let secrets::Opened::Legacy(plain) = &saved {
        // Kept from before encryption: encrypted now if the server can;
        // otherwise left as it was (not rewritten, and not refused).
        let sealed = secrets::seal(API_KEY, plain).ok();
        if sealed.is_none() {
            tracing::warn!(
                "the translation API key is stored in plain text: set {} and save again",
                secrets::ENV
            );
        }
        sealed
    } else {
        None
    };
    if kind == Some(ProviderKind::DeepL) && key.is_empty() && (input.forget_key || saved.plain().is_empty()) {
        errors.push(FieldError::new("api_key", ErrorCode::Required));
    }
    if !errors.is_empty() {
        return Err(StoreError::Invalid(errors));
    }
    let mut pairs = vec![
        (PROVIDER, kind.map(|k| k.as_str().to_owned()).unwrap_or_default()),
        (URL, url.to_owned()),
        (MODEL, input.model.trim().to_owned()),
        (TIMEOUT, timeout.unwrap_or(DEFAULT_TIMEOUT_SECS).to_string()),
        (RETRIES, retries.unwrap_or(DEFAULT_RETRIES).to_string()),
        (BUDGET_MEMBER, budget.per_member.to_string()),
        (BUDGET_IP, budget.per_ip.to_string()),
        (BUDGET_GLOBAL, budget.global.to_string()),
    ];
    pairs.extend(new_key.map(|stored| (API_KEY, stored)));
    settings::set_texts(db, viewer, &pairs).await
}

fn valid_url(url: &str) -> bool {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split('/').next().unwrap_or("");
        !host.is_empty() && !r.chars().any(|c| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\\'))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn urls() {
        assert!(super::valid_url("http://127.0.0.1:5000"));
        assert!(super::valid_url("https://api-free.deepl.com"));
        assert!(!super::valid_url("ftp://x"));
        assert!(!super::valid_url("http://"));
        assert!(!super::valid_url("http://a b"));
    }
}
