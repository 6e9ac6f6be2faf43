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

/// The session cookie over plain HTTP (a local run, tests).
pub const SESSION_COOKIE: &str = "entraide_session";
/// The session cookie when cookies are secure: browsers accept a `__Host-`
/// cookie only with `Secure`, `Path=/` and no `Domain`, so neither a sibling
/// subdomain nor a plain-HTTP page can plant or overwrite it.
pub const SECURE_SESSION_COOKIE: &str = "__Host-entraide_session";

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
        Some(token) => {
            community::accounts::session_user(&state.db, &token).await.map_err(internal)?.map(session_user)
        }
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

/// What the asking viewer may read, looked up once per request.
pub async fn access() -> Result<community::store::categories::Access, AppError> {
    #[derive(Clone)]
    struct Cached(community::store::categories::Access);
    if let Some(Cached(a)) = use_context::<Cached>() {
        return Ok(a);
    }
    let state = state()?;
    let viewer = viewer().await?;
    let access = community::store::categories::access(&state.db, viewer).await.map_err(internal)?;
    provide_context(Cached(access.clone()));
    Ok(access)
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

/// The differences between a revision and the one before it (or, for the
/// first, everything added).
pub fn revision_view(
    prev: Option<&domain::model::Revision>,
    rev: &domain::model::Revision,
) -> super::topics::RevisionView {
    use super::topics::{DiffLine, DiffSegment, RevisionView};
    use community::diff::{self, Change};
    // A redacted revision has no text to compare: the page says so instead.
    if rev.redacted_at.is_some() {
        return RevisionView {
            title_diff: None,
            tags_diff: None,
            body_diff: Vec::new(),
            revision: rev.clone(),
        };
    }
    let change = |c: &Change| {
        match c {
            Change::Same => "same",
            Change::Added => "added",
            Change::Removed => "removed",
        }
        .to_owned()
    };
    let segs = |v: Vec<diff::Segment>| {
        v.into_iter().map(|s| DiffSegment { change: change(&s.change), text: s.text }).collect::<Vec<_>>()
    };
    let old_body = prev.map(|p| p.body_md.as_str()).unwrap_or("");
    let body_diff = diff::diff_text(old_body, &rev.body_md, 3)
        .into_iter()
        .map(|l| DiffLine { change: change(&l.change), segments: segs(l.segments), collapsed: l.collapsed })
        .collect();
    let pair = |old: Option<&Option<String>>, new: &Option<String>| {
        new.as_ref().map(|n| segs(diff::diff_words(old.and_then(|o| o.as_deref()).unwrap_or(""), n)))
    };
    RevisionView {
        title_diff: pair(prev.map(|p| &p.title), &rev.title),
        tags_diff: pair(prev.map(|p| &p.tags), &rev.tags),
        body_diff,
        revision: rev.clone(),
    }
}

/// schema.org structured data for a thread: `QAPage` for questions (with
/// `suggestedAnswer`, and `acceptedAnswer` once one is accepted), else
/// `DiscussionForumPosting`. `<` is escaped so the text cannot close the
/// script element it is placed in.
pub fn thread_json_ld(t: &domain::model::Thread, base: &str) -> String {
    use serde_json::json;
    let url = format!("{base}{}", t.path());
    let iso = |ms: i64| {
        let secs = ms.div_euclid(1000);
        format!(
            "{}T{:02}:{:02}:{:02}Z",
            crate::components::time::iso_date(ms),
            secs / 3600 % 24,
            secs / 60 % 60,
            secs % 60
        )
    };
    let text = |html: &str| community::markdown::html_text(html);
    let person = |name: &str| json!({ "@type": "Person", "name": name, "url": format!("{base}/u/{name}") });
    let answers: Vec<_> = t
        .answers
        .iter()
        .filter(|a| !a.deleted)
        .map(|a| {
            (
                Some(a.id) == t.accepted_answer_id,
                json!({
                    "@type": "Answer",
                    "text": text(&a.body_html),
                    "dateCreated": iso(a.created_at),
                    "upvoteCount": a.score,
                    "url": format!("{url}#post-{}", a.id),
                    "author": person(&a.author.username),
                }),
            )
        })
        .collect();
    let value = if t.topic.kind == domain::PostKind::Question {
        let mut question = json!({
            "@type": "Question",
            "name": t.title,
            "text": text(&t.topic.body_html),
            "answerCount": answers.len(),
            "upvoteCount": t.topic.score,
            "dateCreated": iso(t.topic.created_at),
            "author": person(&t.topic.author.username),
            "suggestedAnswer": answers.iter().filter(|(acc, _)| !acc).map(|(_, a)| a.clone()).collect::<Vec<_>>(),
        });
        if let Some((_, accepted)) = answers.iter().find(|(acc, _)| *acc) {
            question["acceptedAnswer"] = accepted.clone();
        }
        json!({ "@context": "https://schema.org", "@type": "QAPage", "mainEntity": question })
    } else {
        json!({
            "@context": "https://schema.org",
            "@type": "DiscussionForumPosting",
            "headline": t.title,
            "text": text(&t.topic.body_html),
            "url": url,
            "datePublished": iso(t.topic.created_at),
            "author": person(&t.topic.author.username),
            "comment": answers.iter().map(|(_, a)| {
                let mut c = a.clone();
                c["@type"] = json!("Comment");
                c
            }).collect::<Vec<_>>(),
        })
    };
    value.to_string().replace('<', "\\u003c")
}

pub fn denied(d: Denied) -> AppError {
    match d {
        Denied::NotSignedIn => AppError::NotSignedIn,
        other => AppError::Forbidden(denied_message(other)),
    }
}

/// Why a permission was refused, in the request's language (the same
/// sentences as `Denied`'s English `Display`).
pub fn denied_message(d: Denied) -> String {
    match d {
        Denied::NotSignedIn => t!("denied-not-signed-in"),
        Denied::Forbidden => t!("denied-forbidden"),
        Denied::OwnRole => t!("denied-own-role"),
        Denied::NewTag => t!("denied-new-tag"),
        Denied::HasAnswers => t!("denied-has-answers"),
        Denied::OwnPost => t!("denied-own-post"),
        Denied::DownvoteReputation(n) => t!("denied-downvote-reputation", n = n),
        Denied::NotAsker => t!("denied-not-asker"),
        Denied::FlagReputation(n) => t!("denied-flag-reputation", n = n),
    }
}

/// "12 minutes": how long to wait before retrying, in the request's language.
pub fn wait_text(retry_after_ms: i64) -> String {
    t!("limit-minutes", n = domain::rate_limit::minutes_to_wait(retry_after_ms))
}

/// The `Retry-After` seconds for a wait in milliseconds.
pub fn retry_after_secs(retry_after_ms: i64) -> u64 {
    u64::try_from((retry_after_ms + 999) / 1000).unwrap_or(1)
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
        // The store's own sentence is English; sign-up words its limit itself.
        StoreError::Limited { retry_after_ms, .. } => AppError::TooManyRequests {
            message: t!("limit-try-again", wait = wait_text(retry_after_ms)),
            retry_after_secs: retry_after_secs(retry_after_ms),
            echo,
        },
        StoreError::Busy(_) => AppError::Busy { retry_after_secs: 2 },
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
    if !is_plain_form() {
        set_status(err.status());
        if let AppError::TooManyRequests { retry_after_secs, .. } | AppError::Busy { retry_after_secs } = &err
        {
            if let Some(res) = response() {
                res.insert_header(header::RETRY_AFTER, HeaderValue::from(*retry_after_secs));
            }
        }
    }
    Err(err)
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

/// Counts a write against the member's and their IP address's allowance
/// (`SiteConfig::write_limits`); over either, the write is refused with 429
/// and a message saying how long to wait, and the form keeps `echo`. Staff
/// are not limited: they clean up after floods.
pub async fn write_allowed(
    state: &AppState,
    viewer: domain::Viewer,
    echo: &BTreeMap<String, String>,
) -> Result<(), AppError> {
    let domain::Viewer::Account { id, role } = viewer else { return Ok(()) };
    if role >= domain::Role::Agent {
        return Ok(());
    }
    let limits = state.config.write_limits;
    let now = community::clock::now_ms();
    let checks = [
        ("write_member", id.to_string(), limits.per_member),
        ("write_ip", client_info().limit_subject(), limits.per_ip),
    ];
    for (bucket, subject, rule) in checks {
        match community::store::rate_limits::reserve(&state.db, bucket, &subject, rule, now).await {
            Ok(Ok(_)) => {}
            Ok(Err(retry_after_ms)) => {
                tracing::warn!(bucket, "write refused by a rate limit");
                return fail(AppError::TooManyRequests {
                    message: t!("limit-write", wait = wait_text(retry_after_ms)),
                    retry_after_secs: retry_after_secs(retry_after_ms),
                    echo: echo.clone(),
                });
            }
            Err(e) => return Err(internal(e)),
        }
    }
    Ok(())
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
