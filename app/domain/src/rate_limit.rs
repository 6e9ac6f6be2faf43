//! Sliding-window rate limits: at most `max` events per `window_ms` for one
//! subject (an IP, an account). The caller records the event first and then
//! asks here with the times of the *other* recent events, which keeps the
//! limit exact when many requests arrive at once.

use std::net::{IpAddr, Ipv6Addr};

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

/// The subject an address is counted under. IPv4 addresses count one by
/// one; an IPv6 address counts as its /64 network, because a single host is
/// usually given a whole /64 and could otherwise rotate through 2^64
/// addresses to escape every limit. An IPv4 address written as IPv6
/// (`::ffff:a.b.c.d`, a dual-stack socket) is that IPv4 address, so both
/// spellings share one allowance.
pub fn ip_subject(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{}/64", Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

/// Longest subject kept for a text that is not an address.
const SUBJECT_MAX: usize = 64;

/// `ip_subject` for an address already written as text (as `ClientInfo`
/// carries it). Text that is not an address ("unknown" when the server
/// could not tell) is kept as is, cut to a bounded length.
pub fn ip_subject_text(ip: &str) -> String {
    match ip.trim().parse::<IpAddr>() {
        Ok(addr) => ip_subject(addr),
        Err(_) => ip.chars().take(SUBJECT_MAX).collect(),
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
    fn ipv4_addresses_count_one_by_one() {
        assert_eq!(ip_subject("203.0.113.7".parse().unwrap()), "203.0.113.7");
        assert_ne!(ip_subject_text("203.0.113.7"), ip_subject_text("203.0.113.8"));
    }

    #[test]
    fn ipv6_addresses_count_per_64_network() {
        let a = ip_subject_text("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        assert_eq!(a, "2001:db8:1:2::/64");
        // Any other host of the same /64 is the same subject...
        assert_eq!(ip_subject_text("2001:db8:1:2::1"), a);
        assert_eq!(ip_subject_text("2001:DB8:1:2:ffff:ffff:ffff:ffff"), a);
        // ...and the neighbouring /64 is another.
        assert_eq!(ip_subject_text("2001:db8:1:3::1"), "2001:db8:1:3::/64");
        assert_eq!(ip_subject_text("::1"), "::/64");
    }

    #[test]
    fn ipv4_mapped_ipv6_is_the_ipv4_address() {
        assert_eq!(ip_subject_text("::ffff:198.51.100.4"), "198.51.100.4");
        assert_eq!(ip_subject("::ffff:198.51.100.4".parse().unwrap()), ip_subject_text("198.51.100.4"));
    }

    #[test]
    fn text_that_is_not_an_address_is_kept_but_bounded() {
        assert_eq!(ip_subject_text("unknown"), "unknown");
        assert_eq!(ip_subject_text(&"x".repeat(10_000)).len(), SUBJECT_MAX);
    }

    #[test]
    fn minutes_round_up() {
        assert_eq!(minutes(1), "1 minute");
        assert_eq!(minutes(61_000), "2 minutes");
    }
}
