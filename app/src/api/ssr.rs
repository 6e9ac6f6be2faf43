//! Server-only helpers shared by the server functions.

use std::collections::BTreeMap;

use axum::http::{header, request::Parts, HeaderValue, StatusCode};
use community::accounts::{ClientInfo, SessionToken};
use community::StoreError;
use domain::{permissions::Denied, Viewer};
use leptos::prelude::*;
use leptos_axum::ResponseOptions;

use super::SessionUser;
use crate::error::AppError;
use crate::state::{AppState, ClientIp};

pub const SESSION_COOKIE: &str = "entraide_session";

pub fn state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the Leptos context");
        AppError::Internal
    })
}

fn parts() -> Option<Parts> {
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

/// The session token from the request's cookie, if any.
pub fn session_token() -> Option<SessionToken> {
    let parts = parts()?;
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == SESSION_COOKIE)
        .map(|c| SessionToken::from_cookie(c.value()))
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
    let user = match session_token() {
        Some(token) => community::accounts::session_user(&state.db, &token)
            .await
            .map_err(internal)?
            .map(|u| SessionUser { id: u.id, username: u.username, role: u.role }),
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

pub fn denied(d: Denied) -> AppError {
    match d {
        Denied::NotSignedIn => AppError::NotSignedIn,
        other => AppError::Forbidden(other.to_string()),
    }
}

/// Logs an internal cause and returns the generic error the user sees.
pub fn internal(e: impl std::fmt::Display) -> AppError {
    tracing::error!(error = %e, "internal error in a server function");
    AppError::Internal
}

pub fn store_error(e: StoreError, echo: BTreeMap<String, String>) -> AppError {
    match e {
        StoreError::Invalid(fields) => AppError::invalid(fields, echo),
        StoreError::NotFound => AppError::NotFound,
        StoreError::Denied(d) => denied(d),
        StoreError::Limited { message, retry_after_ms } => AppError::TooManyRequests {
            message,
            retry_after_secs: u64::try_from((retry_after_ms + 999) / 1000).unwrap_or(1),
            echo,
        },
        other => internal(other),
    }
}

fn response() -> Option<ResponseOptions> {
    use_context::<ResponseOptions>()
}

pub fn set_status(status: u16) {
    if let (Some(res), Ok(code)) = (response(), StatusCode::from_u16(status)) {
        res.set_status(code);
    }
}

/// Sets the HTTP status of a failing server function, except for plain form
/// posts (no JavaScript): those must stay a redirect back to the form, which
/// then shows the error.
pub fn fail<T>(err: AppError) -> Result<T, AppError> {
    let plain_form = parts()
        .and_then(|p| p.headers.get(header::ACCEPT).cloned())
        .and_then(|v| v.to_str().ok().map(|s| s.contains("text/html")))
        .unwrap_or(false);
    if !plain_form {
        set_status(err.status());
        if let AppError::TooManyRequests { retry_after_secs, .. } = &err {
            if let Some(res) = response() {
                res.insert_header(header::RETRY_AFTER, HeaderValue::from(*retry_after_secs));
            }
        }
    }
    Err(err)
}

fn cookie_header(value: &str, max_age_secs: i64, secure: bool) -> Option<HeaderValue> {
    let cookie = cookie::Cookie::build((SESSION_COOKIE, value.to_owned()))
        .path("/")
        .http_only(true)
        .same_site(cookie::SameSite::Lax)
        .secure(secure)
        .max_age(cookie::time::Duration::seconds(max_age_secs))
        .build();
    HeaderValue::from_str(&cookie.to_string()).ok()
}

pub fn set_session_cookie(state: &AppState, token: &SessionToken) {
    let max_age = community::accounts::SESSION_TTL_MS / 1000;
    if let (Some(res), Some(v)) =
        (response(), cookie_header(token.as_str(), max_age, state.config.secure_cookies))
    {
        res.append_header(header::SET_COOKIE, v);
    }
}

pub fn clear_session_cookie(state: &AppState) {
    if let (Some(res), Some(v)) = (response(), cookie_header("", 0, state.config.secure_cookies)) {
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

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_is_limited_to_local_paths() {
        assert_eq!(safe_next(Some("/admin/members?q=a")), "/admin/members?q=a");
        for bad in ["https://evil.example", "//evil.example", "/\\evil", "javascript:alert(1)", "/a b", "/é"]
        {
            assert_eq!(safe_next(Some(bad)), "/", "{bad}");
        }
        assert_eq!(safe_next(None), "/");
    }
}
