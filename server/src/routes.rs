use std::net::SocketAddr;
use std::sync::Arc;

use app::state::{AppState, SiteConfig};
use axum::extract::DefaultBodyLimit;
use axum::extract::FromRef;
use axum::routing::{get, post};
use axum::Router;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::compression::CompressionLayer;
use tower_http::trace::TraceLayer;

use crate::config::Config;

/// State of the axum router: the app's state plus what the middleware needs.
#[derive(Clone)]
pub struct ServerState {
    pub app: AppState,
    pub leptos: LeptosOptions,
    pub trusted_proxies: crate::config::TrustedProxies,
    /// Admission to the request handlers (`middleware::shed_load`).
    pub admission: Arc<crate::middleware::Admission>,
    /// Open live streams per client and in total (`live::events`).
    pub streams: Arc<crate::live::StreamSlots>,
    /// Search and preview allowance per client (`middleware::limit_reads`).
    pub reads: Arc<crate::middleware::ReadLimiter>,
    pub base_origin: Option<String>,
    pub dev_reload_port: Option<u32>,
    /// Visitors' pages, kept while nothing changes (`page_cache`).
    pub pages: Arc<crate::page_cache::PageCache>,
}

impl FromRef<ServerState> for LeptosOptions {
    fn from_ref(s: &ServerState) -> Self {
        s.leptos.clone()
    }
}

pub fn leptos_options(config: &Config, addr: SocketAddr) -> LeptosOptions {
    let env = match std::env::var("LEPTOS_ENV").as_deref() {
        Ok("DEV") | Ok("dev") | Ok("development") => leptos::config::Env::DEV,
        Ok(_) => leptos::config::Env::PROD,
        Err(_) if cfg!(debug_assertions) => leptos::config::Env::DEV,
        Err(_) => leptos::config::Env::PROD,
    };
    LeptosOptions::builder()
        .output_name("entraide")
        .site_root(config.site_root.to_string_lossy().into_owned())
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .env(env)
        .build()
}

/// The app's routes, generated once per process. Generating them runs the
/// app with resource loading suppressed process-wide, which would stall any
/// page being rendered at that moment (leptos-rs/leptos#4773); once at
/// start-up is also all production needs.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(app::App)).clone()
}

pub fn router(
    config: &Config,
    db: community::Db,
    live: community::live::Hub,
    search: community::search::Search,
    views: community::views::Views,
    addr: SocketAddr,
) -> Router {
    let leptos = leptos_options(config, addr);
    let app_state = AppState {
        db,
        live,
        search,
        views,
        config: Arc::new(SiteConfig {
            community_name: config.community_name.clone(),
            base_url: config.base_url.clone(),
            secure_cookies: config.secure_cookies,
            write_limits: config.write_limits,
            default_locale: app::i18n::Locale::parse(&config.default_language).unwrap_or_default(),
        }),
    };
    let state = ServerState {
        app: app_state.clone(),
        leptos: leptos.clone(),
        trusted_proxies: config.trusted_proxies.clone(),
        admission: Arc::new(crate::middleware::Admission::new(config.in_flight_limit())),
        streams: crate::live::StreamSlots::new(config.streams_per_client, config.max_streams),
        reads: Arc::new(crate::middleware::ReadLimiter::new(config.searches_per_minute)),
        base_origin: config.base_url.clone(),
        // cargo-leptos sets LEPTOS_WATCH under `cargo leptos watch`.
        dev_reload_port: std::env::var("LEPTOS_WATCH").ok().map(|_| 3001),
        pages: Arc::new(crate::page_cache::PageCache::new(config.page_cache)),
    };
    // Buckets of clients gone quiet are dropped every minute; the task ends
    // with the router.
    let reads = Arc::downgrade(&state.reads);
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(std::time::Duration::from_secs(60)).await;
            match reads.upgrade() {
                Some(limiter) => limiter.forget_idle(),
                None => break,
            }
        }
    });
    let routes = route_list();
    let context = {
        let app_state = app_state.clone();
        move || {
            provide_context(app_state.clone());
            app::app::use_request_nonce();
        }
    };
    Router::new()
        .route("/healthz", get(crate::health::healthz))
        .route("/events", get(crate::live::events))
        .route("/robots.txt", get(crate::seo::robots))
        .route("/sitemap.xml", get(crate::seo::sitemap))
        .route("/sitemaps/{file}", get(crate::seo::sitemap_file))
        .route("/feeds/questions.atom", get(crate::seo::feed_all))
        .route("/feeds/c/{file}", get(crate::seo::feed_category))
        .route("/feeds/tags/{file}", get(crate::seo::feed_tag))
        .route("/avatars/{file}", get(crate::avatars::serve))
        .route(
            "/settings/avatar",
            post(crate::avatars::upload).layer(DefaultBodyLimit::max(crate::avatars::BODY_LIMIT)),
        )
        .route("/settings/avatar/remove", post(crate::avatars::remove))
        .leptos_routes_with_context(&state, routes, context.clone(), {
            let leptos = leptos.clone();
            move || app::shell(leptos.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<ServerState, _>(context, app::shell))
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::middleware::form_flash))
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::middleware::same_origin_writes))
        // Inside the language (its key) and the nonce (swapped on a hit).
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::page_cache::page_cache))
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::middleware::security_headers))
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::middleware::language))
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::middleware::limit_reads))
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::middleware::client_ip))
        .layer(CompressionLayer::new())
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::middleware::shed_load))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
