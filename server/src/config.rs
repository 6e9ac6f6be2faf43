use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

/// Everything the server needs to run, from flags and environment variables
/// (see `cli.rs` for the names and defaults).
#[derive(Clone, Debug)]
pub struct Config {
    pub database_url: String,
    pub addr: SocketAddr,
    pub site_root: PathBuf,
    pub base_url: Option<String>,
    pub secure_cookies: bool,
    pub trusted_proxies: TrustedProxies,
    /// Requests served at once (pages, server functions); beyond it, after
    /// a short wait, 503 + Retry-After. 0: 16 per CPU core.
    pub max_in_flight: usize,
    /// Live event streams one client (IPv6: one /64) may hold open.
    pub streams_per_client: usize,
    /// Live event streams this node holds open in all.
    pub max_streams: usize,
    /// Searches, suggestions and previews one client may ask for per minute.
    pub searches_per_minute: u32,
    /// A client that has not sent its request head by then is dropped.
    pub header_read_timeout: std::time::Duration,
    pub community_name: String,
    /// This node's search index folder; None keeps it in memory (tests).
    pub search_index_dir: Option<PathBuf>,
    pub write_limits: domain::rate_limit::WriteLimits,
    /// The interface language when nothing else decides (a locale code).
    pub default_language: String,
    /// Encrypts the secrets kept in the database (`ENTRAIDE_SECRET_KEY`);
    /// without it they cannot be saved.
    pub secret_key: Option<community::secrets::SecretKey>,
    /// Lets the webhook and the translation provider reach loopback, private
    /// and link-local addresses (`ENTRAIDE_ALLOW_PRIVATE_OUTBOUND`).
    pub allow_private_outbound: bool,
    /// How long a visitor's page may be served from memory while nothing
    /// changes (`ENTRAIDE_PAGE_CACHE_MS`); zero turns it off.
    pub page_cache: std::time::Duration,
}

impl Config {
    /// `max_in_flight`, with 0 meaning 16 per core.
    pub fn in_flight_limit(&self) -> usize {
        match self.max_in_flight {
            0 => 16 * std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2),
            n => n,
        }
    }

    /// Defaults for tests and embedding: port 0 on loopback.
    pub fn for_tests(database_url: impl Into<String>) -> Self {
        Self {
            database_url: database_url.into(),
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            site_root: PathBuf::from("target/site"),
            base_url: None,
            secure_cookies: false,
            trusted_proxies: TrustedProxies::default(),
            max_in_flight: 0,
            streams_per_client: 32,
            max_streams: 10_000,
            searches_per_minute: 600,
            header_read_timeout: crate::serve::HEADER_READ_TIMEOUT,
            community_name: "Entraide".into(),
            search_index_dir: None,
            write_limits: domain::rate_limit::WriteLimits::default(),
            default_language: "en".into(),
            // A fixed, public key: tests store secrets like a configured server.
            secret_key: Some(community::secrets::SecretKey::from_bytes(community::secrets::TEST_KEY)),
            // Tests' stand-in helpdesks and providers listen on 127.0.0.1.
            allow_private_outbound: true,
            page_cache: std::time::Duration::from_secs(2),
        }
    }
}

/// The proxies whose `X-Forwarded-For` is believed (`ENTRAIDE_TRUSTED_PROXIES`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<ipnet::IpNet>);

impl TrustedProxies {
    /// Comma- or space-separated addresses and CIDRs; a bare address is
    /// that one host.
    pub fn parse(raw: &str) -> Result<Self, String> {
        raw.split(|c: char| c == ',' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<ipnet::IpNet>()
                    .or_else(|_| s.parse::<IpAddr>().map(ipnet::IpNet::from))
                    .map_err(|_| format!("`{s}` is neither an IP address nor a CIDR such as 10.0.0.0/8"))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Self)
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.0.iter().any(|net| net.contains(&ip))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Who is asking: the connection's address, unless it is a trusted
    /// proxy; then `X-Forwarded-For` walked from the right (the entry the
    /// nearest proxy appended first), past every trusted proxy, to the
    /// first address that is not one. Entries left of that are whatever
    /// the client chose to send and are never believed. An entry that is
    /// not an address stops the walk at the last one believed.
    pub fn client(&self, peer: IpAddr, forwarded_for: &[&str]) -> IpAddr {
        let peer = canonical(peer);
        if !self.contains(peer) {
            return peer;
        }
        let mut client = peer;
        for entry in forwarded_for.iter().flat_map(|v| v.split(',')).rev() {
            match entry.trim().parse::<IpAddr>() {
                Ok(ip) => {
                    client = canonical(ip);
                    if !self.contains(client) {
                        return client;
                    }
                }
                Err(_) => return client,
            }
        }
        client
    }
}

/// IPv4-mapped IPv6 (`::ffff:1.2.3.4`, what a dual-stack socket reports) as
/// the IPv4 address, so lists and limits see one address, not two.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn parses_addresses_and_cidrs_and_refuses_garbage() {
        let p = TrustedProxies::parse("127.0.0.1, 10.0.0.0/8 fd00::/8").unwrap();
        assert!(p.contains(ip("127.0.0.1")) && p.contains(ip("10.9.8.7")) && p.contains(ip("fd12::1")));
        assert!(!p.contains(ip("127.0.0.2")) && !p.contains(ip("192.168.1.1")));
        assert!(p.contains(ip("::ffff:10.1.2.3")));
        assert!(TrustedProxies::parse("").unwrap().is_empty());
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
        assert!(TrustedProxies::parse("proxy.example").is_err());
    }

    #[test]
    fn without_trusted_proxies_the_header_is_ignored() {
        let none = TrustedProxies::default();
        assert_eq!(none.client(ip("203.0.113.9"), &["198.51.100.1"]), ip("203.0.113.9"));
    }

    #[test]
    fn a_connection_from_elsewhere_cannot_forge_its_address() {
        let p = TrustedProxies::parse("10.0.0.0/8").unwrap();
        assert_eq!(p.client(ip("203.0.113.9"), &["198.51.100.1"]), ip("203.0.113.9"));
    }

    #[test]
    fn the_walk_goes_from_the_right_past_trusted_hops_only() {
        let p = TrustedProxies::parse("10.0.0.0/8").unwrap();
        // client-sent junk, the real client, then two of our proxies.
        let xff = ["6.6.6.6, 198.51.100.7", "10.0.0.2"];
        assert_eq!(p.client(ip("10.0.0.1"), &xff), ip("198.51.100.7"));
        // A forged leftmost entry is never reached.
        assert_eq!(p.client(ip("10.0.0.1"), &["1.1.1.1, 203.0.113.5"]), ip("203.0.113.5"));
        // Garbage stops the walk at the last address believed.
        assert_eq!(p.client(ip("10.0.0.1"), &["198.51.100.7, nonsense, 10.0.0.3"]), ip("10.0.0.3"));
        // Only proxies: the leftmost proxy is the best we know.
        assert_eq!(p.client(ip("10.0.0.1"), &["10.0.0.5"]), ip("10.0.0.5"));
        assert_eq!(p.client(ip("10.0.0.1"), &[]), ip("10.0.0.1"));
        assert_eq!(p.client(ip("::ffff:10.0.0.1"), &["2001:db8::1"]), ip("2001:db8::1"));
    }
}
