//! The brute-force rule for sign-in: after `MAX_FAILURES` failed attempts in
//! `WINDOW_MS` for one account identifier from one IP, further attempts are
//! refused without checking the password until the oldest failure ages out.

use crate::rate_limit::{minutes, Rule};

pub const MAX_FAILURES: usize = 5;
pub const WINDOW_MS: i64 = 15 * 60 * 1000;
pub const RULE: Rule = Rule { max: MAX_FAILURES, window_ms: WINDOW_MS };

/// The outcome for an attempt at `now_ms`, given the times of the other
/// recent failures. `Some(ms)` means refused, with how long until a retry.
pub fn retry_after_ms(failures_ms: &[i64], now_ms: i64) -> Option<i64> {
    RULE.retry_after_ms(failures_ms, now_ms)
}

/// The key failures are counted under: what the person typed (so an unknown
/// account behaves exactly like a known one) and where they came from.
pub fn attempt_key(login: &str) -> String {
    login.trim().to_lowercase()
}

/// A human sentence for a refused attempt.
pub fn retry_message(retry_after_ms: i64) -> String {
    format!(
        "Too many failed sign-in attempts. For your security, please wait {} and try again.",
        minutes(retry_after_ms)
    )
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
    }
}
