use std::net::SocketAddr;
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
    pub trust_proxy: bool,
    pub community_name: String,
    /// This node's search index folder; None keeps it in memory (tests).
    pub search_index_dir: Option<PathBuf>,
    pub write_limits: domain::rate_limit::WriteLimits,
    /// The interface language when nothing else decides (a locale code).
    pub default_language: String,
}

impl Config {
    /// Defaults for tests and embedding: port 0 on loopback.
    pub fn for_tests(database_url: impl Into<String>) -> Self {
        Self {
            database_url: database_url.into(),
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            site_root: PathBuf::from("target/site"),
            base_url: None,
            secure_cookies: false,
            trust_proxy: false,
            community_name: "Entraide".into(),
            search_index_dir: None,
            write_limits: domain::rate_limit::WriteLimits::default(),
            default_language: "en".into(),
        }
    }
}
