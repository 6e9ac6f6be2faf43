//! Live events in the browser: one `EventSource` on `/events`, scoped to
//! what the current page shows, and a registry of handlers that components
//! add for as long as they live. On the server nothing connects; handlers
//! are registered and simply never called.
//!
//! Handlers must be idempotent: moving to another page reconnects with the
//! last id received, so the server may replay events the freshly loaded
//! page already reflects.

use std::sync::Arc;

use domain::live::{Interest, LiveEvent};
use leptos::prelude::*;

type Handler = Arc<dyn Fn(&LiveEvent) + Send + Sync>;

#[derive(Clone, Copy)]
pub struct Live {
    handlers: StoredValue<Vec<(u64, Handler)>>,
    next_id: StoredValue<u64>,
}

impl Live {
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    fn dispatch(&self, e: &LiveEvent) {
        let handlers: Vec<Handler> =
            self.handlers.try_with_value(|h| h.iter().map(|(_, f)| f.clone()).collect()).unwrap_or_default();
        for h in handlers {
            h(e);
        }
    }
}

/// Calls `f` for every live event while the calling component is mounted.
pub fn on_event(f: impl Fn(&LiveEvent) + Send + Sync + 'static) {
    let Some(live) = use_context::<Live>() else { return };
    let id = live.next_id.try_update_value(|n| {
        *n += 1;
        *n
    });
    let Some(id) = id else { return };
    live.handlers.update_value(|h| h.push((id, Arc::new(f))));
    on_cleanup(move || {
        live.handlers.try_update_value(|h| h.retain(|(i, _)| *i != id));
    });
}

/// What a page at `path` listens to: the open thread, or new questions on
/// the pages that list them.
pub fn interest_for(path: &str) -> Interest {
    let mut parts = path.trim_start_matches('/').split('/');
    match parts.next().unwrap_or_default() {
        "q" => Interest { topic: parts.next().and_then(|id| id.parse().ok()), ..Interest::default() },
        "questions" | "c" | "tags" => Interest { lists: path != "/tags", ..Interest::default() },
        "desk" => Interest { desk: true, ..Interest::default() },
        "support" => {
            Interest { topic: parts.next().and_then(|id| id.parse().ok()), desk: true, lists: false }
        }
        _ => Interest::default(),
    }
}

/// The stream's URL for an interest, starting after event `since`.
pub fn events_url(interest: &Interest, since: i64) -> String {
    let mut url = format!("/events?since={since}");
    if let Some(t) = interest.topic {
        url.push_str(&format!("&topic={t}"));
    }
    if interest.lists {
        url.push_str("&lists=1");
    }
    if interest.desk {
        url.push_str("&desk=1");
    }
    url
}

/// Sets up the registry and, in the browser, the connection that follows
/// the current route and the signed-in member.
pub fn provide_live() -> Live {
    let live = Live { handlers: StoredValue::new(Vec::new()), next_id: StoredValue::new(0) };
    provide_context(live);
    #[cfg(feature = "hydrate")]
    browser::connect(live);
    live
}

#[cfg(feature = "hydrate")]
mod browser {
    use futures::channel::oneshot;
    use futures::StreamExt;
    use gloo_net::eventsource::futures::EventSource;
    use leptos::prelude::*;
    use leptos::task::spawn_local;
    use leptos_router::hooks::use_location;

    use super::{events_url, interest_for, Live};
    use crate::session::SessionResource;

    struct Connection {
        key: String,
        source: EventSource,
        stop: oneshot::Sender<()>,
    }

    pub fn connect(live: Live) {
        let location = use_location();
        let session = expect_context::<SessionResource>();
        let last_id = StoredValue::new(None::<i64>);
        let current = StoredValue::new_local(None::<Connection>);
        Effect::new(move |_| {
            let path = location.pathname.get();
            let Some(Ok(session)) = session.get() else { return };
            let interest = interest_for(&path);
            let user = session.user.as_ref().map(|u| u.id);
            let key = format!("{interest:?}/{user:?}");
            if current.with_value(|c| c.as_ref().is_some_and(|c| c.key == key)) {
                return;
            }
            if let Some(old) = current.try_update_value(Option::take).flatten() {
                let _ = old.stop.send(());
                old.source.close();
            }
            // Visitors on a page with nothing live need no connection.
            if interest.topic.is_none() && !interest.lists && !interest.desk && user.is_none() {
                return;
            }
            let since = last_id.get_value().unwrap_or(session.live_cursor);
            let Ok(mut source) = EventSource::new(&events_url(&interest, since)) else { return };
            let Ok(messages) = source.subscribe("message") else { return };
            let (stop, stopped) = oneshot::channel::<()>();
            spawn_local(async move {
                let mut messages = messages.take_until(stopped);
                while let Some(item) = messages.next().await {
                    // Errors are the browser reconnecting on its own (with
                    // Last-Event-ID); keep listening.
                    let Ok((_, msg)) = item else { continue };
                    if let Ok(id) = msg.last_event_id().parse::<i64>() {
                        last_id.set_value(Some(id));
                    }
                    let Some(data) = msg.data().as_string() else { continue };
                    if let Ok(event) = serde_json::from_str(&data) {
                        live.dispatch(&event);
                    }
                }
            });
            current.set_value(Some(Connection { key, source, stop }));
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_listen_to_what_they_show() {
        assert_eq!(
            interest_for("/q/42/why-sync-stops"),
            Interest { topic: Some(domain::TopicId(42)), lists: false, desk: false }
        );
        assert_eq!(
            interest_for("/q/42"),
            Interest { topic: Some(domain::TopicId(42)), lists: false, desk: false }
        );
        assert_eq!(interest_for("/questions"), Interest { topic: None, lists: true, desk: false });
        assert_eq!(interest_for("/c/sync"), Interest { topic: None, lists: true, desk: false });
        assert_eq!(interest_for("/"), Interest::default());
        assert_eq!(interest_for("/tags"), Interest::default());
        assert_eq!(interest_for("/desk"), Interest { desk: true, ..Interest::default() });
        assert_eq!(interest_for("/u/ana"), Interest::default());
        assert_eq!(interest_for("/q/x"), Interest { topic: None, lists: false, desk: false });
    }

    #[test]
    fn urls_carry_the_interest_and_the_start() {
        assert_eq!(
            events_url(&Interest { topic: Some(domain::TopicId(3)), lists: false, desk: false }, 10),
            "/events?since=10&topic=3"
        );
        assert_eq!(
            events_url(&Interest { topic: None, lists: true, desk: false }, 0),
            "/events?since=0&lists=1"
        );
    }
}
