//! The request being answered: the app state, the client, the base URL, plain
//! form posts and redirects, the response status.

use axum::http::{header, request::Parts, StatusCode};
use community::accounts::ClientInfo;
use leptos::prelude::*;
use leptos_axum::ResponseOptions;

use super::*;
use crate::error::AppError;
use crate::state::{AppState, ClientIp};

pub fn state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the Leptos context");
        AppError::Internal
    })
}

pub(super) fn parts() -> Option<Parts> {
    use_context::<Parts>()
}

pub fn client_info() -> ClientInfo {
    let parts = parts();
    let ip = parts
        .as_ref()
        .and_then(|p| p.extensions.get::<ClientIp>())
        .map(|c| c.0.to_string())
        .unwrap_or_else(|| "unknown".to_owned());
    let user_agent = parts
        .as_ref()
        .and_then(|p| p.headers.get(header::USER_AGENT))
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    ClientInfo { ip, user_agent }
}

/// The public origin without a trailing slash: the configured base URL, else
/// the request's Host (plain http, as a local run has no TLS).
pub fn base_url() -> String {
    if let Some(url) = use_context::<AppState>().and_then(|s| s.config.base_url.clone()) {
        return url.trim_end_matches('/').to_owned();
    }
    let host = parts()
        .and_then(|p| p.headers.get(header::HOST).and_then(|h| h.to_str().ok()).map(str::to_owned))
        .filter(|h| h.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ':' | '-' | '[' | ']')))
        .unwrap_or_else(|| "localhost".to_owned());
    format!("http://{host}")
}

/// Who counts as one reader for view counts: the account, else a hash of
/// the address and browser (never stored in clear).
pub async fn visitor_key() -> Result<String, AppError> {
    Ok(match current_user().await? {
        Some(u) => format!("u{}", u.id),
        None => {
            let c = client_info();
            community::store::topics::anonymous_visitor(&c.ip, c.user_agent.as_deref().unwrap_or(""))
        }
    })
}

/// A visitor's key outside a render (the page cache counts views of pages
/// it serves): the same as [`visitor_key`] gives a visitor.
pub fn visitor_key_of(ip: Option<&ClientIp>, headers: &axum::http::HeaderMap) -> String {
    let ip = ip.map_or_else(|| "unknown".to_owned(), |c| c.0.to_string());
    let agent = headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("");
    community::store::topics::anonymous_visitor(&ip, agent)
}

/// Sends a plain form post (no JavaScript) to `path` after success; with
/// JavaScript the router follows the same redirect on the client.
pub fn redirect(path: &str) {
    leptos_axum::redirect(path);
}

/// A browser posting a form without JavaScript asks for HTML; server
/// functions called from the app ask for their encoding.
pub fn is_plain_form() -> bool {
    parts().is_some_and(|p| accepts_html(&p.headers))
}

/// True for a browser's own navigation (a form posted without JavaScript).
pub fn accepts_html(headers: &axum::http::HeaderMap) -> bool {
    headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|s| s.contains("text/html"))
}

/// Redirects only a plain form post; the app stays where it is and
/// refreshes what changed.
pub fn redirect_plain_form(path: &str) {
    if is_plain_form() {
        leptos_axum::redirect(path);
    }
}

/// A random key for a form, so a retried submission is recognised.
pub fn form_key() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub(super) fn response() -> Option<ResponseOptions> {
    use_context::<ResponseOptions>()
}

pub fn set_status(status: u16) {
    if let (Some(res), Ok(code)) = (response(), StatusCode::from_u16(status)) {
        res.set_status(code);
    }
}
