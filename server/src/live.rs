//! `GET /events`: live events as Server-Sent Events.
//!
//! Query: `topic` (the thread open in the page), `lists=1` (new questions),
//! `desk=1` (the agents' desk queues; staff only),
//! `since` (the last event id the page knows, for its first connection;
//! reconnections send `Last-Event-ID`). Who is asking comes from the session
//! cookie; every event is checked against what that viewer may read.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
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

/// Open event streams, counted per client (IPv6 per /64) and in total, so
/// that nobody can hold the server's connections: a browser needs one per
/// tab, a whole office behind one address a few hundred.
#[derive(Debug)]
pub struct StreamSlots {
    per_client: usize,
    total: usize,
    open: Mutex<(usize, HashMap<String, usize>)>,
}

/// Why a stream was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// This client holds its share: 429.
    Client,
    /// The node holds all it will: 503.
    Node,
}

impl StreamSlots {
    pub fn new(per_client: usize, total: usize) -> Arc<Self> {
        Arc::new(Self { per_client, total, open: Mutex::new((0, HashMap::new())) })
    }

    /// A slot for `ip`, given back when the returned guard is dropped.
    pub fn take(self: &Arc<Self>, ip: IpAddr) -> Result<Slot, Refused> {
        let key = domain::rate_limit::ip_subject(ip);
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        if open.0 >= self.total {
            return Err(Refused::Node);
        }
        let mine = open.1.entry(key.clone()).or_insert(0);
        if *mine >= self.per_client {
            return Err(Refused::Client);
        }
        *mine += 1;
        open.0 += 1;
        Ok(Slot { slots: self.clone(), key })
    }

    /// Streams open now.
    pub fn open(&self) -> usize {
        self.open.lock().unwrap_or_else(|p| p.into_inner()).0
    }
}

/// One open stream's place in `StreamSlots`.
pub struct Slot {
    slots: Arc<StreamSlots>,
    key: String,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self.slots.open.lock().unwrap_or_else(|p| p.into_inner());
        open.0 = open.0.saturating_sub(1);
        if let Some(n) = open.1.get_mut(&self.key) {
            *n -= 1;
            if *n == 0 {
                open.1.remove(&self.key);
            }
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct Params {
    topic: Option<domain::TopicId>,
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
    axum::Extension(app::state::ClientIp(ip)): axum::Extension<app::state::ClientIp>,
    headers: HeaderMap,
    params: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Ok(Query(params)) = params else {
        return (StatusCode::BAD_REQUEST, "topic and since must be numbers; lists and desk must be 0 or 1")
            .into_response();
    };
    let slot = match state.streams.take(ip) {
        Ok(slot) => slot,
        Err(Refused::Client) => {
            return (
                StatusCode::TOO_MANY_REQUESTS,
                [(header::RETRY_AFTER, "30")],
                "Too many live connections from your address: close some tabs and try again.",
            )
                .into_response()
        }
        Err(Refused::Node) => {
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::RETRY_AFTER, "30")],
                "Live updates are at capacity right now; the page still works.",
            )
                .into_response()
        }
    };
    match stream_for(&state, &headers, params, slot).await {
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
    slot: Slot,
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
    // The slot lives as long as the stream: dropped when the client goes.
    let events = stream::unfold((sub, slot), move |(mut sub, slot)| async move {
        let e = tokio::time::timeout_at(deadline, sub.next()).await.ok()??;
        Some((Ok(Event::default().id(e.id.to_string()).data(&e.json)), (sub, slot)))
    });
    Ok(hello.chain(events))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_are_capped_per_client_and_per_node_and_given_back() {
        let slots = StreamSlots::new(2, 3);
        let a: IpAddr = "2001:db8:1:2::10".parse().unwrap();
        // Another address in the same /64 is the same client.
        let a2: IpAddr = "2001:db8:1:2::99".parse().unwrap();
        let b: IpAddr = "198.51.100.4".parse().unwrap();
        let first = slots.take(a).unwrap();
        let _second = slots.take(a2).unwrap();
        assert_eq!(slots.take(a).err(), Some(Refused::Client));
        let _third = slots.take(b).unwrap();
        assert_eq!(slots.take("203.0.113.1".parse().unwrap()).err(), Some(Refused::Node));
        drop(first);
        assert_eq!(slots.open(), 2);
        assert!(slots.take(a).is_ok());
    }
}
