//! Who is asking: the session cookie (read, set, cleared), the signed-in
//! account and what they may read, the language cookie, where to go after
//! sign-in.

use axum::http::{header, HeaderValue};
use community::accounts::SessionToken;
use domain::Viewer;
use leptos::prelude::*;

use super::*;
use crate::api::SessionUser;
use crate::error::AppError;
use crate::state::AppState;

/// The session cookie over plain HTTP (a local run, tests).
pub const SESSION_COOKIE: &str = "entraide_session";

/// The session cookie when cookies are secure: browsers accept a `__Host-`
/// cookie only with `Secure`, `Path=/` and no `Domain`, so neither a sibling
/// subdomain nor a plain-HTTP page can plant or overwrite it.
pub const SECURE_SESSION_COOKIE: &str = "__Host-entraide_session";

/// The session token from the request's cookie, if any.
pub fn session_token() -> Option<SessionToken> {
    session_token_in(&parts()?.headers)
}

/// Every session token the request's cookies carry (signing out revokes all).
pub fn session_tokens() -> Vec<SessionToken> {
    parts().map(|p| session_tokens_in(&p.headers)).unwrap_or_default()
}

/// The session token among these request headers (also for plain axum
/// handlers, which have no Leptos context): the `__Host-` cookie first, else
/// the plain one (set over HTTP, or before the site turned secure cookies on).
pub fn session_token_in(headers: &axum::http::HeaderMap) -> Option<SessionToken> {
    session_tokens_in(headers).into_iter().next()
}

/// Every session token the request carries, the `__Host-` one first.
pub fn session_tokens_in(headers: &axum::http::HeaderMap) -> Vec<SessionToken> {
    cookie_values(headers, &[SECURE_SESSION_COOKIE, SESSION_COOKIE])
        .iter()
        .map(|v| SessionToken::from_cookie(v))
        .collect()
}

/// The non-empty values of the cookies `names`, in the order of `names`
/// (the first one each name is given in the request).
pub fn cookie_values(headers: &axum::http::HeaderMap, names: &[&str]) -> Vec<String> {
    let cookies: Vec<(String, String)> = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .map(|c| (c.name().to_owned(), c.value().to_owned()))
        .collect();
    names
        .iter()
        .filter_map(|name| cookies.iter().find(|(n, v)| n == name && !v.is_empty()))
        .map(|(_, v)| v.clone())
        .collect()
}

/// Who is asking. Looked up once per request and cached in the context, so a
/// page that calls several server functions costs one session query.
pub async fn current_user() -> Result<Option<SessionUser>, AppError> {
    #[derive(Clone)]
    struct Cached(Option<SessionUser>);
    if let Some(Cached(u)) = use_context::<Cached>() {
        return Ok(u);
    }
    let state = state()?;
    // The language middleware already looked the session up for this request.
    if let Some(crate::state::RequestUser(u)) =
        parts().and_then(|p| p.extensions.get::<crate::state::RequestUser>().cloned())
    {
        provide_context(Cached(u.clone()));
        return Ok(u);
    }
    let user = match session_token() {
        Some(token) => community::accounts::session_user(&state.db, &token).await?.map(session_user),
        None => None,
    };
    provide_context(Cached(user.clone()));
    Ok(user)
}

pub async fn viewer() -> Result<Viewer, AppError> {
    Ok(match current_user().await? {
        Some(u) => Viewer::Account { id: u.id, role: u.role },
        None => Viewer::Visitor,
    })
}

/// What the asking viewer may read, looked up once per request.
pub async fn access() -> Result<community::store::categories::Access, AppError> {
    #[derive(Clone)]
    struct Cached(community::store::categories::Access);
    if let Some(Cached(a)) = use_context::<Cached>() {
        return Ok(a);
    }
    let state = state()?;
    let viewer = viewer().await?;
    let access = community::store::categories::access(&state.db, viewer).await?;
    provide_context(Cached(access.clone()));
    Ok(access)
}

fn cookie_header(value: &str, max_age_secs: i64, secure: bool) -> Option<HeaderValue> {
    private_cookie_header((SECURE_SESSION_COOKIE, SESSION_COOKIE), value, max_age_secs, secure)
}

/// An `HttpOnly; SameSite=Lax` cookie for the whole site, named `names.0`
/// (a `__Host-` name) and `Secure` when cookies are secure, else `names.1`.
pub fn private_cookie_header(
    names: (&str, &str),
    value: &str,
    max_age_secs: i64,
    secure: bool,
) -> Option<HeaderValue> {
    let name = if secure { names.0 } else { names.1 };
    let cookie = cookie::Cookie::build((name.to_owned(), value.to_owned()))
        .path("/")
        .http_only(true)
        .same_site(cookie::SameSite::Lax)
        .secure(secure)
        .max_age(cookie::time::Duration::seconds(max_age_secs))
        .build();
    HeaderValue::from_str(&cookie.to_string()).ok()
}

/// The interface's view of a signed-in account.
pub fn session_user(u: community::store::users::User) -> SessionUser {
    SessionUser {
        id: u.id,
        username: u.username,
        role: u.role,
        avatar_version: u.avatar_version,
        ui_language: u.ui_language,
        reads: u.reads,
        auto_translate: u.auto_translate,
    }
}

/// Remembers a visitor's interface language for a year ("" forgets it).
pub fn set_language_cookie(state: &AppState, code: &str) {
    let cookie = cookie::Cookie::build((crate::i18n::LANGUAGE_COOKIE, code.to_owned()))
        .path("/")
        .http_only(true)
        .same_site(cookie::SameSite::Lax)
        .secure(state.config.secure_cookies)
        .max_age(cookie::time::Duration::days(if code.is_empty() { 0 } else { 365 }))
        .build();
    if let (Some(res), Ok(v)) = (response(), HeaderValue::from_str(&cookie.to_string())) {
        res.append_header(header::SET_COOKIE, v);
    }
}

pub fn set_session_cookie(state: &AppState, token: &SessionToken) {
    let max_age = community::accounts::SESSION_TTL_MS / 1000;
    let secure = state.config.secure_cookies;
    if let (Some(res), Some(v)) = (response(), cookie_header(token.as_str(), max_age, secure)) {
        res.append_header(header::SET_COOKIE, v);
    }
    if secure {
        forget_plain_session_cookie();
    }
}

pub fn clear_session_cookie(state: &AppState) {
    let secure = state.config.secure_cookies;
    if let (Some(res), Some(v)) = (response(), cookie_header("", 0, secure)) {
        res.append_header(header::SET_COOKIE, v);
    }
    if secure {
        forget_plain_session_cookie();
    }
}

/// Once the `__Host-` cookie is in use, a plain one left from before would
/// only be a weaker second way in: the browser is told to drop it.
fn forget_plain_session_cookie() {
    if let (Some(res), Some(v)) = (response(), cookie_header("", 0, false)) {
        res.append_header(header::SET_COOKIE, v);
    }
}

/// Only same-site relative paths are followed after sign-in, so `next` cannot
/// send a member to another site (open redirect) or break the header value.
pub fn safe_next(next: Option<&str>) -> String {
    match next.map(str::trim) {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.starts_with("/\\")
                && n.len() <= 512
                && n.chars().all(|c| c.is_ascii_graphic()) =>
        {
            n.to_owned()
        }
        _ => "/".to_owned(),
    }
}
