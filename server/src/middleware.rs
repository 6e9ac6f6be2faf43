//! Request middleware: client address, security headers with a per-response
//! CSP nonce, and the same-origin check that makes server functions safe
//! from cross-site request forgery.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use app::state::{ClientIp, CspNonce};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use rand::RngCore as _;

use crate::routes::ServerState;

/// Records who is asking: the connection's address, or behind trusted
/// proxies the client they forwarded for (`TrustedProxies::client`).
pub async fn client_ip(State(state): State<ServerState>, mut req: Request, next: Next) -> Response {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
        .unwrap_or(IpAddr::from([127, 0, 0, 1]));
    let forwarded: Vec<&str> =
        req.headers().get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
    let ip = state.trusted_proxies.client(peer, &forwarded);
    req.extensions_mut().insert(ClientIp(ip));
    next.run(req).await
}

/// Per-client buckets for the read endpoints that cost real work (search,
/// suggestions, similar questions, previews): cheap to check, in memory per
/// node, keyed by `domain::rate_limit::ip_subject` (IPv6 per /64). The
/// writes have their own limits in the database.
pub struct ReadLimiter {
    buckets: governor::DefaultKeyedRateLimiter<String>,
    clock: governor::clock::DefaultClock,
}

impl ReadLimiter {
    /// `per_minute` sustained, in bursts of a tenth of it (at least 10).
    pub fn new(per_minute: u32) -> Self {
        let per_minute = std::num::NonZeroU32::new(per_minute.max(1)).unwrap_or(std::num::NonZeroU32::MIN);
        let burst = std::num::NonZeroU32::new((per_minute.get() / 10).max(10)).unwrap_or(per_minute);
        let quota = governor::Quota::per_minute(per_minute).allow_burst(burst);
        Self { buckets: governor::RateLimiter::keyed(quota), clock: Default::default() }
    }

    /// `Err(seconds to wait)` when the client is over its allowance.
    pub fn check(&self, ip: IpAddr) -> Result<(), u64> {
        use governor::clock::Clock as _;
        let key = domain::rate_limit::ip_subject(ip);
        self.buckets.check_key(&key).map_err(|not_until| {
            not_until.wait_time_from(self.clock.now()).as_secs_f64().ceil().max(1.0) as u64
        })
    }

    /// Forgets clients whose buckets are full again (run now and then, so
    /// memory does not grow with every address ever seen).
    pub fn forget_idle(&self) {
        self.buckets.retain_recent();
        self.buckets.shrink_to_fit();
    }
}

/// The paths `ReadLimiter` counts.
fn is_costly_read(path: &str) -> bool {
    matches!(path, "/search" | "/api/preview") || path.starts_with("/api/search")
}

/// 429 with `Retry-After` once a client searches or previews faster than any
/// person does.
pub async fn limit_reads(State(state): State<ServerState>, req: Request, next: Next) -> Response {
    if is_costly_read(req.uri().path()) {
        let ip = req.extensions().get::<ClientIp>().map(|c| c.0).unwrap_or(IpAddr::from([127, 0, 0, 1]));
        if let Err(wait) = state.reads.check(ip) {
            let mut res = (
                StatusCode::TOO_MANY_REQUESTS,
                format!("Too many searches from your address: try again in {wait} s.\n"),
            )
                .into_response();
            res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(wait));
            return res;
        }
    }
    next.run(req).await
}

/// How long a request may wait for admission before it is shed.
const ADMISSION_WAIT: std::time::Duration = std::time::Duration::from_millis(100);

/// The requests handled at once, and the few allowed to wait for a place.
/// The queue is bounded by length as well as by time: beyond one full
/// round of waiters a request is refused at once, so under several times
/// the load the excess costs a 503 and nothing else (no timer, no wake-up),
/// and the CPU goes to the pages being served.
pub struct Admission {
    places: Arc<tokio::sync::Semaphore>,
    waiting: std::sync::atomic::AtomicUsize,
    max_waiting: usize,
}

impl Admission {
    pub fn new(limit: usize) -> Self {
        Self {
            places: Arc::new(tokio::sync::Semaphore::new(limit)),
            waiting: std::sync::atomic::AtomicUsize::new(0),
            max_waiting: limit,
        }
    }

    /// A place, at once if one is free, else after a bounded wait in a
    /// bounded queue; `None` when the request is to be shed.
    async fn enter(&self) -> Option<tokio::sync::OwnedSemaphorePermit> {
        use std::sync::atomic::Ordering::Relaxed;
        if let Ok(place) = self.places.clone().try_acquire_owned() {
            return Some(place);
        }
        if self.waiting.fetch_add(1, Relaxed) >= self.max_waiting {
            self.waiting.fetch_sub(1, Relaxed);
            return None;
        }
        let place = tokio::time::timeout(ADMISSION_WAIT, self.places.clone().acquire_owned()).await;
        self.waiting.fetch_sub(1, Relaxed);
        place.ok().and_then(Result::ok)
    }
}

/// Sheds load instead of queueing it: at most `max_in_flight` requests are
/// handled at once, as many may wait up to `ADMISSION_WAIT` for a place, and
/// any other gets 503 with `Retry-After` straight away. Requests already
/// admitted keep their latency, and the process cannot pile up unbounded
/// work. Health checks (the load balancer must see the node alive), live
/// streams (capped on their own) and static files (cheap, and the page needs
/// them) pass.
pub async fn shed_load(State(state): State<ServerState>, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    if path == "/healthz" || path == "/events" || path.starts_with("/pkg/") || path.starts_with("/avatars/") {
        return next.run(req).await;
    }
    let Some(permit) = state.admission.enter().await else {
        return overloaded();
    };
    // The page is rendered while its body streams out: the permit is held
    // until the body is finished (or dropped), not just its headers.
    let (parts, body) = next.run(req).await.into_parts();
    Response::from_parts(parts, axum::body::Body::new(Admitted { body, _permit: permit }))
}

/// A response body that keeps its request's place among those admitted
/// until it is sent or dropped. It passes its size on, so a response of
/// known length keeps its `Content-Length`.
struct Admitted {
    body: axum::body::Body,
    _permit: tokio::sync::OwnedSemaphorePermit,
}

impl http_body::Body for Admitted {
    type Data = axum::body::Bytes;
    type Error = axum::Error;

    fn poll_frame(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        std::pin::Pin::new(&mut self.get_mut().body).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.body.size_hint()
    }
}

fn overloaded() -> Response {
    let mut res = (
        StatusCode::SERVICE_UNAVAILABLE,
        "The community is very busy right now. Please try again in a moment.\n",
    )
        .into_response();
    res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// Sets the security headers on every response. The nonce is generated here,
/// handed to the renderer through the request, and allowed by the CSP.
pub async fn security_headers(State(state): State<ServerState>, mut req: Request, next: Next) -> Response {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let nonce = base64::engine::general_purpose::STANDARD.encode(bytes);
    req.extensions_mut().insert(CspNonce(nonce.clone()));
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    if let Ok(csp) = HeaderValue::from_str(&content_security_policy(&nonce, state.dev_reload_port)) {
        headers.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    res
}

/// Only what the app needs: its own scripts and WASM (`'wasm-unsafe-eval'`
/// lets WebAssembly compile; it does not allow `eval`), inline scripts that
/// carry this response's nonce, its own styles, images and connections.
pub fn content_security_policy(nonce: &str, dev_reload_port: Option<u32>) -> String {
    // `cargo leptos watch` reloads the page over a websocket on its own port.
    let connect = match dev_reload_port {
        Some(port) => format!("'self' ws://127.0.0.1:{port} ws://localhost:{port}"),
        None => "'self'".to_owned(),
    };
    // Images in posts may come from any https host; inline styles and
    // scripts never run (user HTML is sanitized too).
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data: https:; font-src 'self'; connect-src {connect}; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Refuses state-changing requests that a browser sent from another site.
/// Browsers label every request with `Sec-Fetch-Site` (older ones with
/// `Origin`); requests with neither come from non-browser clients, which
/// cannot carry a victim's cookies.
pub async fn same_origin_writes(State(state): State<ServerState>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    match cross_site_reason(req.headers(), state.base_origin.as_deref()) {
        None => next.run(req).await,
        Some(reason) => {
            tracing::warn!(path = %req.uri().path(), reason, "refused a cross-site request");
            (StatusCode::FORBIDDEN, "Cross-site requests are not allowed.\n").into_response()
        }
    }
}

pub fn cross_site_reason(headers: &HeaderMap, base_origin: Option<&str>) -> Option<&'static str> {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return match site {
            "same-origin" | "none" => None,
            _ => Some("sec-fetch-site"),
        };
    }
    let origin = headers.get(header::ORIGIN)?.to_str().ok()?;
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let matches_host = host.is_some_and(|h| {
        origin.strip_prefix("http://").or_else(|| origin.strip_prefix("https://")) == Some(h)
    });
    let matches_base = base_origin.is_some_and(|b| b.trim_end_matches('/') == origin);
    if matches_host || matches_base {
        None
    } else {
        Some("origin")
    }
}

/// Decides the language of the response: the member's setting, else the
/// language cookie, else `Accept-Language`, else the community's default.
/// Pages and server functions read it (and the member found here) from the
/// request; static files skip the lookup.
pub async fn language(State(state): State<ServerState>, mut req: Request, next: Next) -> Response {
    use app::i18n::{Locale, LANGUAGE_COOKIE};
    if is_static(req.uri().path()) {
        return next.run(req).await;
    }
    let headers = req.headers();
    let mut user = None;
    if let Some(token) = app::api::ssr::session_token_in(headers) {
        match community::accounts::session_user(&state.app.db, &token).await {
            Ok(found) => user = found.map(app::api::ssr::session_user),
            Err(e) => tracing::warn!("session lookup for the language failed: {e}"),
        }
    }
    let cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == LANGUAGE_COOKIE)
        .and_then(|c| Locale::parse(c.value()));
    let accept =
        headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Locale::negotiate);
    let locale = user
        .as_ref()
        .and_then(|u| Locale::parse(&u.ui_language))
        .or(cookie)
        .or(accept)
        .unwrap_or(state.app.config.default_locale);
    req.extensions_mut().insert(locale);
    req.extensions_mut().insert(app::state::RequestUser(user));
    let mut res = next.run(req).await;
    if let Ok(v) = HeaderValue::from_str(locale.code()) {
        res.headers_mut().insert(header::CONTENT_LANGUAGE, v);
    }
    res.headers_mut().append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    res
}

/// The cookie that carries a refused form back to its page over plain
/// HTTP, and its `__Host-` form when cookies are secure.
const FLASH_COOKIE: &str = "entraide_flash";
const SECURE_FLASH_COOKIE: &str = "__Host-entraide_flash";
/// The query parameters server_fn uses for a refused form's error.
const ERROR_PARAMS: [&str; 2] = ["__err", "__path"];

/// Keeps refused forms out of URLs. Without JavaScript, server_fn answers a
/// refused form with a redirect back to its page carrying the error, and
/// what was typed, in the query (`__path`, `__err`): private text would sit
/// in history, logs and Referer headers, and anyone could link to a page
/// that shows a made-up error. Here the error goes to the database
/// (`community::store::flash`) behind a one-time cookie, the redirect goes
/// to the clean page, and that page load takes it back out for the form
/// (`app::state::FormFlash`). A link that still carries the parameters is
/// redirected to the same page without them.
pub async fn form_flash(State(state): State<ServerState>, mut req: Request, next: Next) -> Response {
    let path = req.uri().path();
    if path.starts_with("/api/") {
        if req.method() != Method::POST {
            return next.run(req).await;
        }
        let subject = req
            .extensions()
            .get::<ClientIp>()
            .map(|ip| domain::rate_limit::ip_subject(ip.0))
            .unwrap_or_default();
        let res = next.run(req).await;
        return keep_form_error(&state, &subject, res).await;
    }
    if !matches!(*req.method(), Method::GET | Method::HEAD) || is_static(path) {
        return next.run(req).await;
    }
    if let Some(query) = req.uri().query() {
        if form_urlencoded::parse(query.as_bytes()).any(|(k, _)| ERROR_PARAMS.contains(&k.as_ref())) {
            let (clean, _) = split_error_params(query);
            let to = if clean.is_empty() { path.to_owned() } else { format!("{path}?{clean}") };
            return see_other(&to);
        }
    }
    let Some(token) =
        app::api::ssr::cookie_values(req.headers(), &[SECURE_FLASH_COOKIE, FLASH_COOKIE]).into_iter().next()
    else {
        return next.run(req).await;
    };
    match community::store::flash::take(&state.app.db, &token, community::clock::now_ms()).await {
        Ok(Some((path, err))) => {
            req.extensions_mut().insert(app::state::FormFlash { path, err });
        }
        Ok(None) => {}
        Err(e) => tracing::warn!("reading a form's error failed: {e}"),
    }
    let mut res = next.run(req).await;
    if let Some(clear) = flash_cookie(&state, "", 0) {
        res.headers_mut().append(header::SET_COOKIE, clear);
    }
    res
}

/// Moves the error out of a refused form's redirect (see `form_flash`).
async fn keep_form_error(state: &ServerState, subject: &str, mut res: Response) -> Response {
    let Some(location) = res.headers().get(header::LOCATION).and_then(|v| v.to_str().ok()) else {
        return res;
    };
    let (base, query) = location.split_once('?').unwrap_or((location, ""));
    let (clean, params) = split_error_params(query);
    let (Some(path), Some(err)) = (params.get("__path"), params.get("__err")) else {
        return res;
    };
    let clean_location = if clean.is_empty() { base.to_owned() } else { format!("{base}?{clean}") };
    let err = bounded_error(err);
    let now = community::clock::now_ms();
    match community::store::flash::put(&state.app.db, subject, path, &err, now).await {
        Ok(Some(token)) => {
            let max_age = community::store::flash::TTL_MS / 1000;
            if let Some(cookie) = flash_cookie(state, &token, max_age) {
                res.headers_mut().append(header::SET_COOKIE, cookie);
            }
        }
        // Too many waiting for this client: the page returns without the error.
        Ok(None) => tracing::warn!(subject, "a client left too many refused forms; one dropped"),
        Err(e) => tracing::warn!("keeping a form's error failed: {e}"),
    }
    match HeaderValue::from_str(&clean_location) {
        Ok(v) => {
            res.headers_mut().insert(header::LOCATION, v);
        }
        Err(_) => {
            res.headers_mut().insert(header::LOCATION, HeaderValue::from_static("/"));
        }
    }
    res
}

/// The query without `__err` and `__path`, and their values.
fn split_error_params(query: &str) -> (String, std::collections::HashMap<String, String>) {
    let mut found = std::collections::HashMap::new();
    let mut clean = form_urlencoded::Serializer::new(String::new());
    for (k, v) in form_urlencoded::parse(query.as_bytes()) {
        if ERROR_PARAMS.contains(&k.as_ref()) {
            found.insert(k.into_owned(), v.into_owned());
        } else {
            clean.append_pair(&k, &v);
        }
    }
    (clean.finish(), found)
}

/// The error as server_fn encoded it, without its echo of what was typed
/// when that is too large to keep (`flash::MAX_ERR_BYTES`).
fn bounded_error(err: &str) -> String {
    use leptos::server_fn::error::FromServerFnError as _;
    if err.len() <= community::store::flash::MAX_ERR_BYTES {
        return err.to_owned();
    }
    let engine = base64::engine::general_purpose::URL_SAFE;
    let decoded = engine.decode(err).ok().map(|bytes| app::AppError::de(bytes.into()));
    let smaller = decoded.unwrap_or(app::AppError::Internal).without_echo();
    engine.encode(smaller.ser())
}

fn see_other(to: &str) -> Response {
    let mut res = StatusCode::SEE_OTHER.into_response();
    let location = HeaderValue::from_str(to).unwrap_or(HeaderValue::from_static("/"));
    res.headers_mut().insert(header::LOCATION, location);
    res
}

fn flash_cookie(state: &ServerState, value: &str, max_age_secs: i64) -> Option<HeaderValue> {
    let names = (SECURE_FLASH_COOKIE, FLASH_COOKIE);
    app::api::ssr::private_cookie_header(names, value, max_age_secs, state.app.config.secure_cookies)
}

/// Files and streams, which need neither the language, the session nor a
/// form's error.
pub(crate) fn is_static(path: &str) -> bool {
    path.starts_with("/pkg/")
        || path.starts_with("/avatars/")
        || path == "/healthz"
        || path == "/events"
        || path.rsplit('/').next().is_some_and(|last| last.contains('.') && !path.starts_with("/api/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// With every place taken, as many requests as there are places wait;
    /// one more is refused at once, and a waiter gets the first place freed.
    #[tokio::test(start_paused = true)]
    async fn the_admission_queue_is_bounded_in_length_and_time() {
        let admission = Arc::new(Admission::new(2));
        let held = [admission.enter().await.expect("free"), admission.enter().await.expect("free")];
        let waiters: Vec<_> = (0..2)
            .map(|_| {
                let a = admission.clone();
                tokio::spawn(async move { a.enter().await.is_some() })
            })
            .collect();
        tokio::task::yield_now().await;
        let refused_at = tokio::time::Instant::now();
        assert!(admission.enter().await.is_none(), "a third waiter is refused");
        assert_eq!(tokio::time::Instant::now(), refused_at, "at once, without waiting");
        drop(held);
        for w in waiters {
            assert!(w.await.expect("waiter"), "a freed place goes to a waiter");
        }
        // Once places are held past the wait, waiters are shed after it.
        let _held = [admission.enter().await.expect("free"), admission.enter().await.expect("free")];
        let started = tokio::time::Instant::now();
        assert!(admission.enter().await.is_none());
        assert_eq!(started.elapsed(), ADMISSION_WAIT);
    }

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn error_params_are_split_from_the_rest_of_the_query() {
        let (clean, found) = split_error_params("next=%2Fask&__path=%2Fapi%2Fsign_in&q=a+b&__err=eyJ9%3D");
        assert_eq!(clean, "next=%2Fask&q=a+b");
        assert_eq!(found["__path"], "/api/sign_in");
        assert_eq!(found["__err"], "eyJ9=");
        assert_eq!(split_error_params("").0, "");
    }

    #[test]
    fn an_error_too_large_to_keep_loses_its_echo_only() {
        use base64::Engine as _;
        use leptos::server_fn::error::FromServerFnError as _;
        let engine = base64::engine::general_purpose::URL_SAFE;
        let echo = app::error::echo([("body", &"x".repeat(300_000))]);
        let big = app::AppError::Refused { message: "No.".into(), echo };
        let encoded = engine.encode(big.ser());
        let kept = bounded_error(&encoded);
        assert!(kept.len() < 1000);
        let back = app::AppError::de(engine.decode(&kept).unwrap().into());
        assert_eq!(back, app::AppError::Refused { message: "No.".into(), echo: Default::default() });
        assert_eq!(bounded_error("small"), "small");
    }

    #[test]
    fn fetch_metadata_decides_first() {
        assert_eq!(cross_site_reason(&headers(&[("sec-fetch-site", "same-origin")]), None), None);
        assert_eq!(cross_site_reason(&headers(&[("sec-fetch-site", "none")]), None), None);
        assert!(cross_site_reason(&headers(&[("sec-fetch-site", "cross-site")]), None).is_some());
        assert!(cross_site_reason(&headers(&[("sec-fetch-site", "same-site")]), None).is_some());
    }

    #[test]
    fn origin_must_match_host_or_base_url() {
        let same = headers(&[("origin", "http://127.0.0.1:3000"), ("host", "127.0.0.1:3000")]);
        assert_eq!(cross_site_reason(&same, None), None);
        let evil = headers(&[("origin", "https://evil.example"), ("host", "127.0.0.1:3000")]);
        assert!(cross_site_reason(&evil, None).is_some());
        let null = headers(&[("origin", "null"), ("host", "127.0.0.1:3000")]);
        assert!(cross_site_reason(&null, None).is_some());
        let proxied = headers(&[("origin", "https://help.example.com"), ("host", "10.0.0.5:3000")]);
        assert_eq!(cross_site_reason(&proxied, Some("https://help.example.com/")), None);
        assert_eq!(cross_site_reason(&headers(&[]), None), None);
    }

    #[test]
    fn csp_allows_wasm_and_the_nonce_only() {
        let csp = content_security_policy("abc", None);
        assert!(csp.contains("script-src 'self' 'nonce-abc' 'wasm-unsafe-eval'"));
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(!csp.contains("unsafe-inline"));
        assert!(content_security_policy("abc", Some(3001)).contains("ws://127.0.0.1:3001"));
    }
}
