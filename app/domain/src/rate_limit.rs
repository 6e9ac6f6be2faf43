//! Sliding-window rate limits: at most `max` events per `window_ms` for one
//! subject (an IP, an account). The caller records the event first and then
//! asks here with the times of the *other* recent events, which keeps the
//! limit exact when many requests arrive at once.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    pub max: usize,
    pub window_ms: i64,
}

/// New accounts from one IP address per hour. Generous enough for a shared
/// office or school network, low enough to make bulk registration slow.
pub const SIGN_UPS_PER_IP: Rule = Rule { max: 10, window_ms: 3600 * 1000 };

impl Rule {
    /// `Some(ms)` when an event at `now_ms` is refused, with how long until
    /// one would be allowed; `others_ms` are the other recorded events.
    pub fn retry_after_ms(self, others_ms: &[i64], now_ms: i64) -> Option<i64> {
        // Events stamped slightly after `now` (a concurrent request, or
        // another node's clock) still count: ignoring them lets bursts through.
        let mut recent: Vec<i64> =
            others_ms.iter().copied().filter(|t| *t > now_ms - self.window_ms).collect();
        if recent.len() < self.max {
            return None;
        }
        recent.sort_unstable();
        // Once enough of the oldest events leave the window, fewer than `max`
        // remain and the next one is allowed.
        let pivot = recent[recent.len() - self.max];
        Some((pivot + self.window_ms - now_ms).max(1))
    }
}

/// Writes (posts, comments, edits, flags, support messages) per member and
/// per IP address: enough for anyone helping in earnest, too few for a
/// script or a flood of fresh accounts behind one address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WriteLimits {
    pub per_member: Rule,
    pub per_ip: Rule,
    /// New accounts per IP address per hour.
    pub sign_ups_per_ip: Rule,
}

impl WriteLimits {
    pub fn per_ten_minutes(member: usize, ip: usize) -> Self {
        let window_ms = 10 * 60 * 1000;
        WriteLimits {
            per_member: Rule { max: member, window_ms },
            per_ip: Rule { max: ip, window_ms },
            sign_ups_per_ip: SIGN_UPS_PER_IP,
        }
    }

    pub fn with_sign_ups_per_hour(self, max: usize) -> Self {
        WriteLimits { sign_ups_per_ip: Rule { max, ..SIGN_UPS_PER_IP }, ..self }
    }
}

impl Default for WriteLimits {
    fn default() -> Self {
        WriteLimits::per_ten_minutes(30, 300)
    }
}

/// The message for a refused write.
pub fn write_message(retry_after_ms: i64) -> String {
    format!(
        "You are posting faster than this community allows. Please wait {} and try again; what you wrote is kept.",
        minutes(retry_after_ms)
    )
}

/// The whole minutes to wait, rounded up (at least 1), for messages the
/// interface words itself in the reader's language.
pub fn minutes_to_wait(ms: i64) -> i64 {
    ((ms + 59_999) / 60_000).max(1)
}

/// "N minutes", rounded up, for messages.
pub fn minutes(ms: i64) -> String {
    let minutes = (ms + 59_999) / 60_000;
    if minutes == 1 {
        "1 minute".to_owned()
    } else {
        format!("{minutes} minutes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULE: Rule = Rule { max: 3, window_ms: 1000 };

    #[test]
    fn allows_up_to_max_then_refuses() {
        assert_eq!(RULE.retry_after_ms(&[10, 20], 100), None);
        assert_eq!(RULE.retry_after_ms(&[10, 20, 30], 100), Some(910));
    }

    #[test]
    fn old_events_age_out_and_future_ones_count() {
        assert_eq!(RULE.retry_after_ms(&[1, 2, 3], 5000), None);
        assert!(RULE.retry_after_ms(&[101, 102, 103], 100).is_some());
    }

    #[test]
    fn minutes_round_up() {
        assert_eq!(minutes(1), "1 minute");
        assert_eq!(minutes(61_000), "2 minutes");
    }
}
