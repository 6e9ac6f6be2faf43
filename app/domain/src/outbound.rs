//! Where the server may send requests that an admin configures (the
//! helpdesk webhook, the translation provider). Such a URL is chosen by a
//! person through a web form, so without a rule it could point the server
//! at itself, at a database or admin port on the private network, or at a
//! cloud metadata service (169.254.169.254) that hands out credentials:
//! server-side request forgery. Only public unicast addresses are allowed
//! unless the operator allows private targets (`ENTRAIDE_ALLOW_PRIVATE_OUTBOUND`).
//!
//! These rules are pure: the server applies `check_url` when a URL is saved
//! and again before each request (for an IP literal the HTTP client never
//! asks DNS), and `is_public` to every address a name resolves to when it
//! connects, so a name that points somewhere private, or starts doing so
//! later (DNS rebinding), is refused too.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use crate::ErrorCode;

/// What the host of a URL is, as the HTTP client will see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Host {
    /// An address written in the URL: connected to as is, without DNS.
    Ip(IpAddr),
    /// A name, lowercased, without a trailing dot: resolved when connecting.
    Name(String),
}

/// Whether `ip` is a public unicast address the server may connect to on an
/// admin's behalf. Refused: unspecified, loopback, private (RFC 1918,
/// fc00::/7), link-local (169.254/16 with the cloud metadata services,
/// fe80::/10), shared address space (100.64/10, used inside cloud networks),
/// IETF protocol and benchmarking ranges, documentation ranges, multicast,
/// broadcast and reserved. IPv6 forms that embed an IPv4 address
/// (IPv4-mapped, IPv4-compatible, NAT64, 6to4) are judged by that address.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    let refused = ip.is_unspecified()
        || a == 0 // "this network"
        || ip.is_loopback() // 127/8
        || ip.is_private() // 10/8, 172.16/12, 192.168/16
        || ip.is_link_local() // 169.254/16: metadata services live here
        || (a == 100 && (64..128).contains(&b)) // 100.64/10, shared address space
        || (a == 192 && b == 0 && c == 0) // 192.0.0/24, IETF protocol assignments
        || ip.is_documentation() // 192.0.2/24, 198.51.100/24, 203.0.113/24
        || (a == 198 && (b == 18 || b == 19)) // 198.18/15, benchmarking
        || ip.is_multicast() // 224/4
        || a >= 240; // 240/4 reserved, and the broadcast address
    !refused
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = embedded_v4(ip) {
        return is_public_v4(v4);
    }
    let s = ip.segments();
    let refused = ip.is_unspecified()
        || ip.is_loopback()
        || (s[0] & 0xfe00) == 0xfc00 // fc00::/7, unique local
        || (s[0] & 0xffc0) == 0xfe80 // fe80::/10, link-local
        || (s[0] & 0xffc0) == 0xfec0 // fec0::/10, the deprecated site-local
        || (s[0] & 0xff00) == 0xff00 // ff00::/8, multicast
        || (s[0] == 0x2001 && s[1] == 0x0db8) // 2001:db8::/32, documentation
        || (s[0] == 0x0100 && s[1] == 0 && s[2] == 0 && s[3] == 0); // 100::/64, discard
    !refused
}

/// The IPv4 address inside an IPv6 one that stands for it: IPv4-mapped
/// (::ffff:a.b.c.d, what a dual-stack resolver may return), IPv4-compatible
/// (::a.b.c.d, deprecated but still routed by some stacks), NAT64
/// (64:ff9b::/96) and 6to4 (2002:AABB:CCDD::/48).
fn embedded_v4(ip: Ipv6Addr) -> Option<Ipv4Addr> {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return Some(v4);
    }
    let s = ip.segments();
    let low = |hi: u16, lo: u16| Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo));
    if s[..6] == [0, 0, 0, 0, 0, 0] && !ip.is_unspecified() && !ip.is_loopback() {
        return Some(low(s[6], s[7]));
    }
    if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return Some(low(s[6], s[7]));
    }
    if s[0] == 0x2002 {
        return Some(low(s[1], s[2]));
    }
    None
}

/// The host of an `http://` or `https://` URL. `UrlInvalid` for anything the
/// rules could misjudge: a host with characters other than ASCII letters,
/// digits, hyphens and dots (percent-escapes, Unicode, which the HTTP client
/// would decode or map to other characters first, `１２７.０.０.１` among
/// them), and a host that ends in a number without being a plain dotted
/// IPv4 address (`2130706433`, `0x7f.1`, `127.1` and `0177.0.0.1` all mean
/// 127.0.0.1 to the client's URL parser).
pub fn url_host(url: &str) -> Result<Host, ErrorCode> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or(ErrorCode::UrlInvalid)?;
    // The authority ends at the first of these; a backslash too, which the
    // client's parser treats as a slash in http(s) URLs.
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or("");
    // Whatever comes before an `@` is credentials to the client's parser.
    let host_port = authority.rsplit('@').next().unwrap_or("");
    if let Some(v6) = host_port.strip_prefix('[') {
        let (inside, _) = v6.split_once(']').ok_or(ErrorCode::UrlInvalid)?;
        return inside
            .parse::<Ipv6Addr>()
            .map(|ip| Host::Ip(IpAddr::V6(ip)))
            .map_err(|_| ErrorCode::UrlInvalid);
    }
    let host = host_port.split(':').next().unwrap_or("");
    let host = host.strip_suffix('.').unwrap_or(host);
    if host.is_empty() || !host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.') {
        return Err(ErrorCode::UrlInvalid);
    }
    let last = host.rsplit('.').next().unwrap_or("");
    let numeric = !last.is_empty()
        && (last.bytes().all(|b| b.is_ascii_digit())
            || last.strip_prefix("0x").is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit())));
    if numeric {
        // std accepts only the four-part decimal form, without leading zeros.
        return host
            .parse::<Ipv4Addr>()
            .map(|ip| Host::Ip(IpAddr::V4(ip)))
            .map_err(|_| ErrorCode::UrlInvalid);
    }
    Ok(Host::Name(host.to_owned()))
}

/// Whether a name always means this machine: `localhost` and every name
/// under `.localhost` (RFC 6761), whatever DNS says.
fn is_local_name(name: &str) -> bool {
    name == "localhost" || name.ends_with(".localhost")
}

/// Checks the target of a URL an admin configures: `UrlInvalid` when its
/// host cannot be judged (see `url_host`), `UrlPrivate` when it is an
/// address that is not public or a name that always means this machine,
/// unless `allow_private`. Other names pass: what they resolve to is checked
/// with `is_public` when connecting.
pub fn check_url(url: &str, allow_private: bool) -> Result<Host, ErrorCode> {
    let host = url_host(url)?;
    let private = match &host {
        Host::Ip(ip) => !is_public(*ip),
        Host::Name(name) => is_local_name(name),
    };
    if private && !allow_private {
        return Err(ErrorCode::UrlPrivate);
    }
    Ok(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("address")
    }

    #[test]
    fn public_addresses_pass() {
        for ok in [
            "8.8.8.8",
            "1.1.1.1",
            "93.184.216.34",
            "100.63.255.255",
            "100.128.0.1",
            "2606:4700::1111",
            "2a00:1450::1",
        ] {
            assert!(is_public(ip(ok)), "{ok}");
        }
    }

    #[test]
    fn private_local_and_special_addresses_are_refused() {
        for bad in [
            "0.0.0.0",
            "0.1.2.3",
            "127.0.0.1",
            "127.255.255.254",
            "10.0.0.1",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "169.254.0.1",
            "100.64.0.1",
            "100.100.100.200",
            "192.0.0.1",
            "192.0.2.1",
            "198.18.0.1",
            "224.0.0.1",
            "240.0.0.1",
            "255.255.255.255",
            "::",
            "::1",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "febf::1",
            "fec0::1",
            "ff02::1",
            "2001:db8::1",
            // IPv4 inside IPv6.
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "::ffff:10.0.0.1",
            "::127.0.0.1",
            "64:ff9b::a9fe:a9fe",
            "2002:7f00:1::1",
            "2002:c0a8:101::1",
        ] {
            assert!(!is_public(ip(bad)), "{bad}");
        }
        // The same embeddings of a public address are public.
        assert!(is_public(ip("::ffff:8.8.8.8")));
        assert!(is_public(ip("64:ff9b::808:808")));
        assert!(is_public(ip("2002:808:808::1")));
    }

    #[test]
    fn hosts_are_read_as_the_client_reads_them() {
        assert_eq!(url_host("https://Desk.Example.COM./hook"), Ok(Host::Name("desk.example.com".into())));
        assert_eq!(url_host("http://127.0.0.1:8080/x"), Ok(Host::Ip(ip("127.0.0.1"))));
        assert_eq!(url_host("http://[::1]:9000/x"), Ok(Host::Ip(ip("::1"))));
        assert_eq!(url_host("http://user:pw@10.0.0.1/"), Ok(Host::Ip(ip("10.0.0.1"))));
        assert_eq!(url_host("http://a@b@192.168.0.1/"), Ok(Host::Ip(ip("192.168.0.1"))));
        assert_eq!(url_host("HTTP://169.254.169.254\\latest"), Ok(Host::Ip(ip("169.254.169.254"))));
        assert_eq!(url_host("http://127.0.0.1./"), Ok(Host::Ip(ip("127.0.0.1"))));
        assert_eq!(url_host("http://api-v2.example.io"), Ok(Host::Name("api-v2.example.io".into())));
    }

    #[test]
    fn hosts_that_could_hide_an_address_are_invalid() {
        for bad in [
            "http://2130706433/",
            "http://0x7f000001/",
            "http://0x7f.0.0.1/",
            "http://127.1/",
            "http://0177.0.0.1/",
            "http://127.000.000.001/",
            "http://example.123/",
            "http://127.0.0.%31/",
            "http://１２７.０.０.１/",
            "http://exa_mple.com/",
            "http://[::1%25eth0]/",
            "http://[::1/",
            "http:///x",
            "ftp://example.com/",
            "example.com",
            "",
        ] {
            assert_eq!(url_host(bad), Err(ErrorCode::UrlInvalid), "{bad:?}");
        }
    }

    #[test]
    fn private_targets_are_refused_unless_allowed() {
        for bad in [
            "http://127.0.0.1:5000",
            "http://localhost:11434/v1",
            "http://LOCALHOST./",
            "http://api.localhost/",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.1.2.3/hook",
            "http://[fd00::1]/",
            "http://[::ffff:192.168.0.1]/",
            "http://0.0.0.0:80/",
        ] {
            assert_eq!(check_url(bad, false), Err(ErrorCode::UrlPrivate), "{bad}");
            assert!(check_url(bad, true).is_ok(), "{bad} when private targets are allowed");
        }
        for ok in [
            "https://api-free.deepl.com",
            "https://desk.example.com/hook",
            "http://8.8.8.8/",
            "http://[2606:4700::1111]/",
        ] {
            assert!(check_url(ok, false).is_ok(), "{ok}");
        }
        // Invalid stays invalid, allowed or not.
        assert_eq!(check_url("http://2130706433/", true), Err(ErrorCode::UrlInvalid));
    }
}
