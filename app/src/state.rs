//! Server-side state the server functions read from the Leptos context.

use std::net::IpAddr;
use std::sync::Arc;

use community::Db;

/// Settings that shape what the application renders and how it sets cookies.
#[derive(Clone, Debug)]
pub struct SiteConfig {
    pub community_name: String,
    /// Public URL, e.g. `https://help.example.com` (canonical links, origin check).
    pub base_url: Option<String>,
    /// Adds `Secure` to the session cookie (set behind HTTPS).
    pub secure_cookies: bool,
    /// How many writes a member, and an IP address, may make.
    pub write_limits: domain::rate_limit::WriteLimits,
    /// The interface language when neither the member, a cookie nor the
    /// browser decides.
    pub default_locale: crate::i18n::Locale,
}

/// The signed-in member as the language middleware found them at the start
/// of the request, so the page's own session lookup does not repeat it.
#[derive(Clone, Debug)]
pub struct RequestUser(pub Option<crate::api::SessionUser>);

/// Provided to every server function and page render.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    /// This node's live-event hub (the `/events` streams).
    pub live: community::live::Hub,
    /// This node's search index.
    pub search: community::search::Search,
    /// This node's thread-view counter (written in batches).
    pub views: community::views::Views,
    pub config: Arc<SiteConfig>,
}

/// The client's address as decided by the server's middleware (peer address,
/// or the proxy header when the operator trusts one).
#[derive(Clone, Copy, Debug)]
pub struct ClientIp(pub IpAddr);

/// The per-response nonce that inline scripts carry and the CSP allows.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

/// A form the server refused, on its way back to its page: the server
/// function's path and its error as server_fn encodes it for `__err`. The
/// server's `form_flash` middleware finds it by a one-time cookie and puts
/// it in the request; `app::App` hands it to the form's action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormFlash {
    pub path: String,
    pub err: String,
}
