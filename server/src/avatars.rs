//! Profile pictures: upload and removal as plain multipart forms (they work
//! without JavaScript, and the same-origin check guards them like every other
//! write), and `GET /avatars/{username}.png` to serve them.
//!
//! A browser's form post is answered with a redirect back to the settings
//! page carrying the outcome; other clients get a status code and JSON.

use app::api::ssr::{accepts_html, session_token_in};
use axum::body::Body;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use community::StoreError;
use domain::profile::AVATAR_MAX_BYTES;
use domain::{ErrorCode, Viewer};
use serde::Deserialize;
use tokio::sync::Semaphore;

use crate::routes::ServerState;

/// Requests up to this size are read to the end, so that a browser sending
/// a too-large picture gets the settings page back with a clear message
/// rather than a connection reset; larger bodies are cut off.
pub const BODY_LIMIT: usize = 4 * AVATAR_MAX_BYTES;

/// Decoding is CPU- and memory-heavy: at most this many pictures at once,
/// so a burst of uploads cannot take every core or gigabytes of memory.
static DECODING: Semaphore = Semaphore::const_new(2);

const SETTINGS: &str = "/settings/profile";

/// What happened, for the settings page (`?avatar=…`) or a JSON client.
enum Outcome {
    Saved(i64),
    Removed,
    Refused(ErrorCode),
    NotSignedIn,
    Failed,
}

impl Outcome {
    fn respond(self, headers: &HeaderMap) -> Response {
        if accepts_html(headers) {
            let to = match &self {
                Outcome::Saved(_) => format!("{SETTINGS}?avatar=saved"),
                Outcome::Removed => format!("{SETTINGS}?avatar=removed"),
                Outcome::Refused(code) => format!("{SETTINGS}?avatar={}", code.code()),
                Outcome::NotSignedIn => format!("/signin?next={}", domain::urlencode(SETTINGS)),
                Outcome::Failed => format!("{SETTINGS}?avatar=failed"),
            };
            return Redirect::to(&to).into_response();
        }
        let (status, body) = match self {
            Outcome::Saved(v) => (StatusCode::OK, serde_json::json!({ "avatar_version": v })),
            Outcome::Removed => (StatusCode::OK, serde_json::json!({ "avatar_version": null })),
            Outcome::Refused(code) => {
                let status = match code {
                    ErrorCode::ImageTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
                    _ => StatusCode::UNPROCESSABLE_ENTITY,
                };
                (
                    status,
                    serde_json::json!({ "field": "avatar", "code": code.code(), "message": code.message() }),
                )
            }
            Outcome::NotSignedIn => {
                (StatusCode::UNAUTHORIZED, serde_json::json!({ "message": "Please sign in to continue." }))
            }
            Outcome::Failed => (
                StatusCode::INTERNAL_SERVER_ERROR,
                serde_json::json!({ "message": "Something went wrong on our side. Please try again in a moment." }),
            ),
        };
        (status, axum::Json(body)).into_response()
    }
}

async fn viewer(state: &ServerState, headers: &HeaderMap) -> Result<Viewer, Outcome> {
    let Some(token) = session_token_in(headers) else { return Err(Outcome::NotSignedIn) };
    match community::accounts::session_user(&state.app.db, &token).await {
        Ok(Some(u)) => Ok(Viewer::Account { id: u.id, role: u.role }),
        Ok(None) => Err(Outcome::NotSignedIn),
        Err(e) => Err(failed(e)),
    }
}

fn failed(e: impl std::fmt::Display) -> Outcome {
    tracing::error!(error = %e, "avatar request failed");
    Outcome::Failed
}

fn stored(e: StoreError) -> Outcome {
    match e {
        StoreError::Denied(_) | StoreError::NotFound => Outcome::NotSignedIn,
        other => failed(other),
    }
}

/// `POST /settings/avatar`: the `avatar` file field of a multipart form.
pub async fn upload(
    State(state): State<ServerState>,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    save(&state, &headers, multipart).await.unwrap_or_else(|o| o).respond(&headers)
}

async fn save(
    state: &ServerState,
    headers: &HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Outcome, Outcome> {
    let viewer = viewer(state, headers).await?;
    let mut multipart = multipart.map_err(|_| Outcome::Refused(ErrorCode::ImageInvalid))?;
    let bytes = read_picture(&mut multipart).await?;
    let png = {
        let _permit = DECODING.acquire().await.map_err(failed)?;
        tokio::task::spawn_blocking(move || community::avatar::normalise(&bytes))
            .await
            .map_err(failed)?
            .map_err(Outcome::Refused)?
    };
    let version =
        community::store::profiles::set_avatar(&state.app.db, viewer, &png, community::clock::now_ms())
            .await
            .map_err(stored)?;
    Ok(Outcome::Saved(version))
}

/// The bytes of the `avatar` field, at most `AVATAR_MAX_BYTES` of them. The
/// rest of the body is still read (and dropped), up to `BODY_LIMIT`.
async fn read_picture(multipart: &mut Multipart) -> Result<Vec<u8>, Outcome> {
    let unreadable = |e: axum::extract::multipart::MultipartError| {
        Outcome::Refused(if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ErrorCode::ImageTooLarge
        } else {
            ErrorCode::ImageInvalid
        })
    };
    let mut picture: Option<Vec<u8>> = None;
    let mut too_large = false;
    while let Some(mut field) = multipart.next_field().await.map_err(unreadable)? {
        let wanted = field.name() == Some("avatar") && picture.is_none();
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(unreadable)? {
            if wanted && !too_large {
                if bytes.len() + chunk.len() > AVATAR_MAX_BYTES {
                    too_large = true;
                    bytes = Vec::new();
                } else {
                    bytes.extend_from_slice(&chunk);
                }
            }
        }
        if wanted {
            picture = Some(bytes);
        }
    }
    if too_large {
        return Err(Outcome::Refused(ErrorCode::ImageTooLarge));
    }
    // A browser sends an empty part when no file was chosen.
    match picture {
        Some(bytes) if !bytes.is_empty() => Ok(bytes),
        _ => Err(Outcome::Refused(ErrorCode::Required)),
    }
}

/// `POST /settings/avatar/remove`.
pub async fn remove(State(state): State<ServerState>, headers: HeaderMap) -> Response {
    let outcome = match viewer(&state, &headers).await {
        Ok(viewer) => match community::store::profiles::remove_avatar(&state.app.db, viewer).await {
            Ok(_) => Outcome::Removed,
            Err(e) => stored(e),
        },
        Err(o) => o,
    };
    outcome.respond(&headers)
}

#[derive(Deserialize)]
pub struct Version {
    v: Option<i64>,
}

/// `GET /avatars/{username}.png[?v=version]`. With the current version the
/// picture is cacheable for a year (a new upload gets a new URL); without
/// it, only briefly.
pub async fn serve(
    State(state): State<ServerState>,
    Path(file): Path<String>,
    Query(q): Query<Version>,
    headers: HeaderMap,
) -> Response {
    let not_found = || (StatusCode::NOT_FOUND, [(header::CACHE_CONTROL, "no-cache")], "No such picture.\n");
    let Some(username) = file.strip_suffix(".png") else { return not_found().into_response() };
    match community::store::profiles::avatar(&state.app.db, username).await {
        Ok(Some((png, version))) => {
            let etag = format!("\"{version}\"");
            if headers.get(header::IF_NONE_MATCH).is_some_and(|v| v.as_bytes() == etag.as_bytes()) {
                return StatusCode::NOT_MODIFIED.into_response();
            }
            let cache = if q.v == Some(version) {
                "public, max-age=31536000, immutable"
            } else {
                "public, max-age=300"
            };
            let mut res = Response::new(Body::from(png));
            let h = res.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/png"));
            h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            if let Ok(etag) = HeaderValue::from_str(&etag) {
                h.insert(header::ETAG, etag);
            }
            res
        }
        Ok(None) => not_found().into_response(),
        Err(e) => {
            tracing::error!(error = %e, "reading an avatar failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
