//! `GET /events`: live events as Server-Sent Events.
//!
//! Query: `topic` (the thread open in the page), `lists=1` (new questions),
//! `desk=1` (the agents' desk queues; staff only),
//! `since` (the last event id the page knows, for its first connection;
//! reconnections send `Last-Event-ID`). Who is asking comes from the session
//! cookie; every event is checked against what that viewer may read.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use domain::live::Interest;
use domain::Viewer;
use futures::stream::{self, Stream, StreamExt};
use serde::Deserialize;

use crate::routes::ServerState;

/// A stream ends after this long and the browser reconnects (with
/// Last-Event-ID, losing nothing), so a revoked session or a changed role
/// takes effect within this bound.
const MAX_STREAM: Duration = Duration::from_secs(15 * 60);
/// Comment lines that keep idle connections open through proxies.
const HEARTBEAT: Duration = Duration::from_secs(15);
/// How soon a browser retries after the connection drops.
const RETRY: Duration = Duration::from_secs(2);

#[derive(Debug, Default, Deserialize)]
pub struct Params {
    topic: Option<i64>,
    lists: Option<u8>,
    desk: Option<u8>,
    since: Option<i64>,
}

async fn viewer(state: &ServerState, headers: &HeaderMap) -> Result<Viewer, community::StoreError> {
    let Some(token) = app::api::ssr::session_token_in(headers) else { return Ok(Viewer::Visitor) };
    Ok(match community::accounts::session_user(&state.app.db, &token).await? {
        Some(u) => Viewer::Account { id: u.id, role: u.role },
        None => Viewer::Visitor,
    })
}

pub async fn events(
    State(state): State<ServerState>,
    headers: HeaderMap,
    params: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Ok(Query(params)) = params else {
        return (StatusCode::BAD_REQUEST, "topic and since must be numbers; lists and desk must be 0 or 1")
            .into_response();
    };
    match stream_for(&state, &headers, params).await {
        Ok(s) => {
            Sse::new(s).keep_alive(KeepAlive::new().interval(HEARTBEAT).text("heartbeat")).into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "opening an event stream failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::RETRY_AFTER, "5")],
                "Live updates are unavailable right now.",
            )
                .into_response()
        }
    }
}

async fn stream_for(
    state: &ServerState,
    headers: &HeaderMap,
    params: Params,
) -> Result<impl Stream<Item = Result<Event, Infallible>>, community::StoreError> {
    let viewer = viewer(state, headers).await?;
    let since = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|s| s.trim().parse::<i64>().ok())
        .or(params.since);
    let interest =
        Interest { topic: params.topic, lists: params.lists == Some(1), desk: params.desk == Some(1) };
    let sub = state.app.live.subscribe(viewer, interest, since).await?;
    let deadline = tokio::time::Instant::now() + MAX_STREAM;
    let hello = stream::once(async { Ok(Event::default().retry(RETRY).comment("connected")) });
    let events = stream::unfold(sub, move |mut sub| async move {
        let e = tokio::time::timeout_at(deadline, sub.next()).await.ok()??;
        Some((Ok(Event::default().id(e.id.to_string()).data(&e.json)), sub))
    });
    Ok(hello.chain(events))
}
