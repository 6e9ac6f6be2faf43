//! Whole pages for visitors, kept for a moment: most readers arrive from a
//! search engine without an account, and the same thread rendered for each
//! of them is the same HTML. A page is served from memory while nothing has
//! changed — no write on this node (every write is a POST), no live event
//! from any node (the hub's cursor) and no change to the search index —
//! and never longer than the configured time (`ENTRAIDE_PAGE_CACHE_MS`),
//! which bounds what another node's silent write can leave stale. Members,
//! and anyone carrying a cookie other than the language one, always get a
//! fresh render. The per-response CSP nonce is swapped into the stored
//! HTML, and a thread's view is still counted.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use crate::routes::ServerState;

/// Pages kept at once; past it the oldest half is dropped.
const MAX_ENTRIES: usize = 2_048;
/// A page larger than this is served but not kept.
const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;

/// What must not have moved since a page was rendered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Generation {
    writes: u64,
    events: i64,
    index: u64,
}

struct Page {
    at: Instant,
    generation: Generation,
    /// The nonce the stored HTML carries, replaced by each response's own.
    nonce: String,
    headers: HeaderMap,
    body: Bytes,
}

/// This node's visitor page cache.
pub struct PageCache {
    ttl: Duration,
    writes: AtomicU64,
    pages: Mutex<HashMap<(String, app::i18n::Locale), Page>>,
}

impl PageCache {
    /// `ttl` zero turns the cache off.
    pub fn new(ttl: Duration) -> Self {
        Self { ttl, writes: AtomicU64::new(0), pages: Mutex::new(HashMap::new()) }
    }

    fn generation(&self, state: &ServerState) -> Generation {
        Generation {
            writes: self.writes.load(Ordering::Acquire),
            events: state.app.live.cursor(),
            index: state.app.search.generation(),
        }
    }

    fn get(&self, key: &(String, app::i18n::Locale), now: Generation) -> Option<(String, HeaderMap, Bytes)> {
        let pages = self.pages.lock().unwrap_or_else(|p| p.into_inner());
        let page = pages.get(key)?;
        (page.generation == now && page.at.elapsed() < self.ttl)
            .then(|| (page.nonce.clone(), page.headers.clone(), page.body.clone()))
    }

    fn put(&self, key: (String, app::i18n::Locale), page: Page) {
        let mut pages = self.pages.lock().unwrap_or_else(|p| p.into_inner());
        if pages.len() >= MAX_ENTRIES {
            // Expired pages first; if all are fresh, the older half.
            let ttl = self.ttl;
            pages.retain(|_, p| p.at.elapsed() < ttl);
            if pages.len() >= MAX_ENTRIES {
                let mut ages: Vec<Instant> = pages.values().map(|p| p.at).collect();
                ages.sort();
                let cut = ages[ages.len() / 2];
                pages.retain(|_, p| p.at > cut);
            }
        }
        pages.insert(key, page);
    }
}

/// Whether a request may be answered from (and stored in) the cache: a
/// visitor's GET of a page, with no cookie but the language one.
fn cacheable(req: &Request) -> bool {
    if req.method() != Method::GET || req.headers().contains_key(header::AUTHORIZATION) {
        return false;
    }
    let path = req.uri().path();
    if path.starts_with("/api/") || path.starts_with("/pkg/") || crate::middleware::is_static(path) {
        return false;
    }
    let only_language = req
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .all(|c| c.is_ok_and(|c| c.name() == app::i18n::LANGUAGE_COOKIE));
    let visitor = req.extensions().get::<app::state::RequestUser>().is_some_and(|u| u.0.is_none());
    only_language && visitor
}

/// The thread a path shows (`/q/{id}/…`), for counting its view.
fn thread_of(path: &str) -> Option<domain::TopicId> {
    path.strip_prefix("/q/")?.split('/').next()?.parse().ok()
}

pub async fn page_cache(State(state): State<ServerState>, req: Request, next: Next) -> Response {
    let cache = &state.pages;
    if !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        let res = next.run(req).await;
        // After the write: a page rendered from now on sees it.
        cache.writes.fetch_add(1, Ordering::AcqRel);
        return res;
    }
    if cache.ttl.is_zero() || !cacheable(&req) {
        return next.run(req).await;
    }
    let Some(locale) = req.extensions().get::<app::i18n::Locale>().copied() else {
        return next.run(req).await;
    };
    let nonce = req.extensions().get::<app::state::CspNonce>().map(|n| n.0.clone()).unwrap_or_default();
    let key = (req.uri().to_string(), locale);
    let before = cache.generation(&state);
    if let Some((stored_nonce, headers, body)) = cache.get(&key, before) {
        if let Some(topic) = thread_of(req.uri().path()) {
            count_view(&state, &req, topic);
        }
        return hit(&stored_nonce, &nonce, headers, body);
    }
    let res = next.run(req).await;
    let (parts, body) = res.into_parts();
    let html = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    if parts.status != StatusCode::OK
        || !html
        || parts.headers.contains_key(header::SET_COOKIE)
        || nonce.is_empty()
    {
        return Response::from_parts(parts, body);
    }
    let bytes = match axum::body::to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(b) => b,
        // Too large to keep (or the render failed mid-way): nothing is
        // stored, and the reader gets what there is.
        Err(e) => {
            tracing::warn!(error = %e, "a page could not be read for the cache");
            return Response::from_parts(parts, Body::empty());
        }
    };
    // Stamped with the generation seen before rendering: a write during the
    // render makes the page stale at once.
    cache.put(
        key,
        Page {
            at: Instant::now(),
            generation: before,
            nonce,
            headers: parts.headers.clone(),
            body: bytes.clone(),
        },
    );
    Response::from_parts(parts, Body::from(bytes))
}

fn hit(stored_nonce: &str, nonce: &str, headers: HeaderMap, body: Bytes) -> Response {
    let body = if stored_nonce.is_empty() || stored_nonce == nonce {
        body
    } else {
        // The nonce is 22 random characters: it appears only where it was put.
        match std::str::from_utf8(&body) {
            Ok(text) => Bytes::from(text.replace(stored_nonce, nonce)),
            Err(_) => body,
        }
    };
    let mut res = Response::new(Body::from(body));
    *res.headers_mut() = headers;
    res.headers_mut().remove(header::CONTENT_LENGTH);
    res.headers_mut().insert("x-entraide-cache", HeaderValue::from_static("hit"));
    res
}

fn count_view(state: &ServerState, req: &Request, topic: domain::TopicId) {
    let visitor = app::api::ssr::visitor_key_of(req.extensions().get(), req.headers());
    state.app.views.record(topic, &visitor, community::clock::now_ms());
}
