use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::config::{Config, TrustedProxies};

/// Entraide: a support community where customers help each other.
///
/// Every option can also be set through the environment variable shown.
#[derive(Parser, Debug)]
#[command(name = "entraide", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Database to use: `sqlite://path?mode=rwc` (created on first run) or
    /// `postgres://user@host/db` (several nodes may share it).
    #[arg(long, env = "DATABASE_URL", default_value = community::db::DEFAULT_DATABASE_URL, global = true)]
    pub database_url: String,

    /// Address to listen on.
    #[arg(long, env = "LEPTOS_SITE_ADDR", default_value = "127.0.0.1:3000", global = true)]
    pub addr: SocketAddr,

    /// Folder with the compiled site (WASM, JS, CSS, assets).
    #[arg(long, env = "LEPTOS_SITE_ROOT", default_value = "target/site", global = true)]
    pub site_root: PathBuf,

    /// Public URL of the community, e.g. https://help.example.com (used for
    /// the same-origin check behind a proxy and for absolute links).
    #[arg(long, env = "ENTRAIDE_BASE_URL", global = true)]
    pub base_url: Option<String>,

    /// Mark the session cookie `Secure` (set to true when served over HTTPS).
    #[arg(long, env = "ENTRAIDE_SECURE_COOKIES", default_value_t = false, action = clap::ArgAction::Set, global = true)]
    pub secure_cookies: bool,

    /// Proxies you run in front of Entraide, as comma-separated addresses or
    /// CIDRs (e.g. `127.0.0.1,10.0.0.0/8`). Only when the connection comes
    /// from one of them is `X-Forwarded-For` read, from the right, skipping
    /// entries that are themselves trusted proxies; the first other address
    /// is the client. Empty (the default): the connection's own address.
    #[arg(long, env = "ENTRAIDE_TRUSTED_PROXIES", default_value = "", value_parser = parse_proxies, global = true)]
    pub trusted_proxies: TrustedProxies,

    /// Requests served at once; beyond it, after a wait of at most 100 ms,
    /// the server answers 503 with Retry-After instead of queueing (health
    /// checks, live streams and static files are not counted). 0: 16 per
    /// CPU core.
    #[arg(long, env = "ENTRAIDE_MAX_IN_FLIGHT", default_value_t = 0, global = true)]
    pub max_in_flight: usize,

    /// Live event streams (`/events`, one per open tab) one client address
    /// may hold; IPv6 counts per /64. Beyond it: 429.
    #[arg(long, env = "ENTRAIDE_STREAMS_PER_CLIENT", default_value_t = 32, global = true)]
    pub streams_per_client: usize,

    /// Live event streams this node holds open in all. Beyond it: 503 (the
    /// pages keep working without live updates).
    #[arg(long, env = "ENTRAIDE_MAX_STREAMS", default_value_t = 10_000, global = true)]
    pub max_streams: usize,

    /// Searches, search suggestions, similar-question lookups and Markdown
    /// previews one client address may ask for per minute (in bursts of a
    /// tenth of it); IPv6 counts per /64. Beyond it: 429 with Retry-After.
    #[arg(long, env = "ENTRAIDE_SEARCHES_PER_MINUTE", default_value_t = 600, global = true)]
    pub searches_per_minute: u32,

    /// How long, in milliseconds, a visitor's page (no account, no cookie
    /// but the language one) may be served from memory while nothing
    /// changes; any write, live event or index change ends it sooner. 0
    /// renders every page.
    #[arg(long, env = "ENTRAIDE_PAGE_CACHE_MS", default_value_t = 2_000, global = true)]
    pub page_cache_ms: u64,

    /// The community's name, shown in the header and titles.
    #[arg(long, env = "ENTRAIDE_COMMUNITY_NAME", default_value = "Entraide Community", global = true)]
    pub community_name: String,
    /// Folder of this node's search index (derived data, rebuilt when
    /// missing). Each node needs its own; `memory` keeps it in RAM.
    #[arg(long, env = "SEARCH_INDEX_DIR", default_value = "data/search-index", global = true)]
    pub search_index_dir: String,

    /// Writes (questions, answers, comments, edits, flags, support
    /// messages) one member may make per 10 minutes.
    #[arg(long, env = "ENTRAIDE_WRITES_PER_MEMBER", default_value_t = 30, global = true)]
    pub writes_per_member: usize,

    /// Writes from one IP address per 10 minutes, all accounts together.
    #[arg(long, env = "ENTRAIDE_WRITES_PER_IP", default_value_t = 300, global = true)]
    pub writes_per_ip: usize,

    /// New accounts from one IP address per hour.
    #[arg(long, env = "ENTRAIDE_SIGN_UPS_PER_IP", default_value_t = 10, global = true)]
    pub sign_ups_per_ip: usize,

    /// The interface language for people whose browser asks for none of the
    /// community's languages (a code such as en, fr, it, es, ru).
    #[arg(long, env = "ENTRAIDE_DEFAULT_LANGUAGE", default_value = "en", global = true)]
    pub default_language: String,

    /// Key that encrypts the secrets admins save (the translation API key,
    /// the webhook signing secret): 32 random bytes in base64, from
    /// `openssl rand -base64 32`. Without it those secrets cannot be saved.
    /// Keep it with your backups: a new key means typing the secrets again.
    #[arg(long, env = "ENTRAIDE_SECRET_KEY", value_parser = parse_secret_key, hide_env_values = true, global = true)]
    pub secret_key: Option<community::secrets::SecretKey>,

    /// Let the webhook and the translation provider reach loopback, private
    /// and link-local addresses (a provider on the same host, a helpdesk on
    /// the internal network). Off by default, so that an admin account
    /// cannot point the server at internal services.
    #[arg(long, env = "ENTRAIDE_ALLOW_PRIVATE_OUTBOUND", default_value_t = false, action = clap::ArgAction::Set, global = true)]
    pub allow_private_outbound: bool,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the web server (the default). Applies pending migrations first.
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Create an administrator account. The password comes from
    /// ENTRAIDE_ADMIN_PASSWORD, or is asked for without echo.
    CreateAdmin {
        #[arg(long)]
        username: String,
        #[arg(long)]
        email: String,
    },
    /// Change the role of an existing account.
    SetRole {
        #[arg(long)]
        username: String,
        /// member, agent or admin
        #[arg(long, value_parser = ["member", "agent", "admin"])]
        role: String,
    },
    /// Create demo accounts and content (idempotent; demo passwords are in the README).
    SeedDemo,
    /// Add the server benchmark's thread to the demo community: a question
    /// with 20 answers by 20 members with pictures, levels and badges
    /// (idempotent). Prints the question's path.
    SeedBench,
    /// Rebuild this node's search index from the database (the server may
    /// keep running on another node; stop this node's server first).
    Reindex,
    /// Relevance benchmark: index a corpus of `id<TAB>title<TAB>body` lines
    /// (AskUbuntu's text_tokenized.txt[.gz] format) and re-rank the
    /// candidates of each query in a dev file; prints MAP, MRR, P@1, P@5
    /// and recall@10 over the whole corpus.
    BenchRelevance {
        /// The corpus file (gzip is detected by the .gz suffix).
        #[arg(long)]
        corpus: PathBuf,
        /// The queries: `id<TAB>similar ids<TAB>candidate ids<TAB>BM25 scores`.
        #[arg(long)]
        queries: PathBuf,
    },
    /// Search latency benchmark: indexes `posts` posts synthesized from a
    /// corpus (same format) and times searches and similar-question queries.
    BenchSearch {
        #[arg(long)]
        corpus: PathBuf,
        #[arg(long, default_value_t = 1_000_000)]
        posts: usize,
        #[arg(long, default_value_t = 2_000)]
        samples: usize,
    },
}

impl Cli {
    pub fn config(&self) -> Config {
        Config {
            database_url: self.database_url.clone(),
            addr: self.addr,
            site_root: self.site_root.clone(),
            base_url: self.base_url.clone().filter(|s| !s.is_empty()),
            secure_cookies: self.secure_cookies,
            trusted_proxies: self.trusted_proxies.clone(),
            max_in_flight: self.max_in_flight,
            streams_per_client: self.streams_per_client,
            max_streams: self.max_streams,
            searches_per_minute: self.searches_per_minute,
            page_cache: std::time::Duration::from_millis(self.page_cache_ms),
            header_read_timeout: crate::serve::HEADER_READ_TIMEOUT,
            community_name: self.community_name.clone(),
            search_index_dir: match self.search_index_dir.as_str() {
                "" | "memory" => None,
                dir => Some(PathBuf::from(dir)),
            },
            write_limits: domain::rate_limit::WriteLimits::per_ten_minutes(
                self.writes_per_member,
                self.writes_per_ip,
            )
            .with_sign_ups_per_hour(self.sign_ups_per_ip),
            default_language: self.default_language.clone(),
            secret_key: self.secret_key.clone(),
            allow_private_outbound: self.allow_private_outbound,
        }
    }
}

fn parse_secret_key(raw: &str) -> Result<community::secrets::SecretKey, String> {
    community::secrets::SecretKey::from_base64(raw)
}

fn parse_proxies(raw: &str) -> Result<TrustedProxies, String> {
    TrustedProxies::parse(raw)
}
