//! The brute-force rules for sign-in (and for anything else that checks a
//! password, such as changing it). Every failed attempt is counted under the
//! account it was aimed at and the network it came from, and three limits
//! apply within `WINDOW_MS`:
//!
//! - `RULE`: one account from one network (a person mistyping, a script
//!   guessing);
//! - `PER_NETWORK`: one network across all accounts (password spraying: one
//!   likely password tried on many accounts);
//! - `PER_ACCOUNT`: one account across all networks (guessing spread over
//!   many addresses to slip under the first limit).
//!
//! Once a limit is reached further attempts are refused without checking the
//! password until enough failures age out.

use crate::account::{EMAIL_MAX, PASSWORD_MAX};
use crate::id::UserId;
use crate::rate_limit::{minutes, Rule};

pub const MAX_FAILURES: usize = 5;
pub const WINDOW_MS: i64 = 15 * 60 * 1000;
/// Failures for one account from one network.
pub const RULE: Rule = Rule { max: MAX_FAILURES, window_ms: WINDOW_MS };
/// Failures from one network, all accounts together. High enough for a
/// school or office behind one address where many people mistype.
pub const PER_NETWORK: Rule = Rule { max: 30, window_ms: WINDOW_MS };
/// Failures for one account, all networks together: two devices of the
/// member's own may each use their `RULE` allowance, a botnet gets no more.
pub const PER_ACCOUNT: Rule = Rule { max: 2 * MAX_FAILURES, window_ms: WINDOW_MS };

/// Which limit refused an attempt: it decides what the message says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Too many failures for this account (from here or from anywhere).
    Account,
    /// Too many failures from this network, whatever the account.
    Network,
}

/// The other recent failures (times in ms) that concern an attempt.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Recent {
    /// For the same account from the same network.
    pub pair: Vec<i64>,
    /// From the same network, any account.
    pub network: Vec<i64>,
    /// For the same account, any network.
    pub account: Vec<i64>,
}

/// The outcome for an attempt at `now_ms`. `Some` means refused, with the
/// limit that refused it and how long until a retry would be allowed (the
/// longest wait when several limits are reached: all of them must lift).
pub fn check(recent: &Recent, now_ms: i64) -> Option<(Scope, i64)> {
    [
        (Scope::Account, RULE.retry_after_ms(&recent.pair, now_ms)),
        (Scope::Network, PER_NETWORK.retry_after_ms(&recent.network, now_ms)),
        (Scope::Account, PER_ACCOUNT.retry_after_ms(&recent.account, now_ms)),
    ]
    .into_iter()
    .filter_map(|(scope, wait)| wait.map(|w| (scope, w)))
    .max_by_key(|(_, wait)| *wait)
}

/// The outcome for an attempt at `now_ms`, given the times of the other
/// recent failures for one account from one network (`RULE` alone).
pub fn retry_after_ms(failures_ms: &[i64], now_ms: i64) -> Option<i64> {
    RULE.retry_after_ms(failures_ms, now_ms)
}

/// What the person typed, normalised (case and surrounding spaces do not
/// make another account).
pub fn attempt_key(login: &str) -> String {
    login.trim().to_lowercase()
}

/// The key failures are counted under: the account's id when the login
/// names one, so its username and its email address share one count;
/// otherwise what was typed, so an unknown account is limited exactly like
/// a known one and the limit reveals nothing. The prefixes keep the two
/// kinds apart whatever is typed.
pub fn account_key(account_id: Option<UserId>, login: &str) -> String {
    match account_id {
        Some(id) => format!("account:{id}"),
        None => format!("login:{}", attempt_key(login)),
    }
}

/// False for a login or password no account can have (longer than any
/// email address or password allowed): refused before anything is stored or
/// hashed, so oversized input costs nothing.
pub fn within_bounds(login: &str, password: &str) -> bool {
    login.chars().take(EMAIL_MAX + 1).count() <= EMAIL_MAX
        && password.chars().take(PASSWORD_MAX + 1).count() <= PASSWORD_MAX
}

/// A human sentence for a refused attempt (English; the interface words it
/// itself in the reader's language).
pub fn retry_message(retry_after_ms: i64) -> String {
    format!(
        "Too many failed sign-in attempts. For your security, please wait {} and try again.",
        minutes(retry_after_ms)
    )
}

/// `retry_message` for the limit that refused.
pub fn scoped_message(scope: Scope, retry_after_ms: i64) -> String {
    match scope {
        Scope::Account => retry_message(retry_after_ms),
        Scope::Network => format!(
            "Too many failed sign-in attempts from your network. For your security, please wait {} and try again.",
            minutes(retry_after_ms)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_failures_are_allowed_the_fifth_locks() {
        let now = 10 * WINDOW_MS;
        let four: Vec<i64> = (0..4).map(|i| now - i * 1000).collect();
        assert_eq!(retry_after_ms(&four, now), None);
        let five: Vec<i64> = (0..5).map(|i| now - i * 1000).collect();
        let wait = retry_after_ms(&five, now).unwrap();
        assert_eq!(wait, WINDOW_MS - 4000);
    }

    #[test]
    fn failures_outside_the_window_do_not_count() {
        let now = 10 * WINDOW_MS;
        let old: Vec<i64> = (0..10).map(|i| now - WINDOW_MS - i).collect();
        assert_eq!(retry_after_ms(&old, now), None);
    }

    #[test]
    fn lock_lifts_when_enough_failures_age_out() {
        let start = 100 * WINDOW_MS;
        let fails: Vec<i64> = (0..6).map(|i| start + i * 60_000).collect();
        let now = start + 6 * 60_000;
        let wait = retry_after_ms(&fails, now).unwrap();
        // With 6 failures, the second-oldest must age out.
        assert_eq!(now + wait, start + 60_000 + WINDOW_MS);
        assert_eq!(retry_after_ms(&fails, now + wait), None);
    }

    #[test]
    fn failures_stamped_after_now_still_count() {
        let now = 10 * WINDOW_MS;
        let skewed: Vec<i64> = (1..=5).map(|i| now + i).collect();
        assert!(retry_after_ms(&skewed, now).is_some());
    }

    #[test]
    fn messages_round_up_to_minutes() {
        assert!(retry_message(61_000).contains("2 minutes"));
        assert!(retry_message(1).contains("1 minute "));
        assert_eq!(attempt_key("  Alice@Example.com "), "alice@example.com");
        assert!(scoped_message(Scope::Network, 1).contains("from your network"));
        assert!(scoped_message(Scope::Account, 1).starts_with("Too many failed sign-in attempts."));
    }

    fn times(n: usize, now: i64) -> Vec<i64> {
        (0..n as i64).map(|i| now - (n as i64 - i) * 1000).collect()
    }

    #[test]
    fn one_network_is_limited_across_accounts() {
        let now = 10 * WINDOW_MS;
        let below = Recent { network: times(PER_NETWORK.max - 1, now), ..Recent::default() };
        assert_eq!(check(&below, now), None);
        let at = Recent { network: times(PER_NETWORK.max, now), ..Recent::default() };
        assert!(matches!(check(&at, now), Some((Scope::Network, w)) if w > 0 && w <= WINDOW_MS));
    }

    #[test]
    fn one_account_is_limited_across_networks() {
        let now = 10 * WINDOW_MS;
        let below = Recent { account: times(PER_ACCOUNT.max - 1, now), ..Recent::default() };
        assert_eq!(check(&below, now), None);
        let at = Recent { account: times(PER_ACCOUNT.max, now), ..Recent::default() };
        assert!(matches!(check(&at, now), Some((Scope::Account, _))));
        // The pair's own limit still comes first.
        let pair = Recent { pair: times(MAX_FAILURES, now), ..Recent::default() };
        assert!(matches!(check(&pair, now), Some((Scope::Account, _))));
        const { assert!(PER_ACCOUNT.max > MAX_FAILURES && PER_NETWORK.max > MAX_FAILURES) };
    }

    #[test]
    fn the_longest_wait_wins_when_several_limits_refuse() {
        let now = 10 * WINDOW_MS;
        // The network's failures are older, so they lift sooner than the pair's.
        let recent = Recent {
            pair: times(MAX_FAILURES, now),
            network: (0..PER_NETWORK.max as i64).map(|i| now - WINDOW_MS + 10 + i).collect(),
            account: vec![],
        };
        let (scope, wait) = check(&recent, now).unwrap();
        assert_eq!(scope, Scope::Account);
        assert_eq!(Some(wait), RULE.retry_after_ms(&recent.pair, now));
    }

    #[test]
    fn an_account_is_counted_by_id_whatever_the_login() {
        assert_eq!(account_key(Some(UserId(7)), "alice"), account_key(Some(UserId(7)), "alice@example.com"));
        assert_eq!(account_key(None, " Ghost "), "login:ghost");
        // Typing the other kind of key never lands on an account's count.
        assert_ne!(account_key(None, "account:7"), account_key(Some(UserId(7)), "x"));
    }

    #[test]
    fn oversized_logins_and_passwords_are_out_of_bounds() {
        assert!(within_bounds("alice@example.com", "a sturdy passphrase"));
        assert!(within_bounds(&"a".repeat(EMAIL_MAX), &"p".repeat(PASSWORD_MAX)));
        assert!(!within_bounds(&"a".repeat(EMAIL_MAX + 1), "pw"));
        assert!(!within_bounds("alice", &"p".repeat(PASSWORD_MAX + 1)));
    }
}
