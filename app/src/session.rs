//! The session as every page shares it: a resource holding the community's
//! name and the signed-in member, and the signal that refreshes it when who
//! is signed in may have changed. Provided by the router (`app.rs`), read by
//! pages and components through their context.

use leptos::prelude::*;

use crate::api::SiteSession;

/// Bumped whenever who is signed in may have changed; the session resource
/// refetches on each change.
#[derive(Clone, Copy)]
pub struct SessionRefresh(pub RwSignal<u64>);

impl SessionRefresh {
    /// Refreshes the session each time `action` completes.
    pub fn follow<S>(self, action: ServerAction<S>)
    where
        S: leptos::server_fn::ServerFn + Clone + Send + Sync + 'static,
        S::Output: Send + Sync + 'static,
        S::Error: Send + Sync + 'static,
    {
        Effect::new(move |prev: Option<usize>| {
            let v = action.version().get();
            if prev.is_some_and(|p| p != v) {
                self.0.update(|n| *n += 1);
            }
            v
        });
    }
}

/// The session (community name and signed-in member), shared by every page.
pub type SessionResource = Resource<Result<SiteSession, crate::AppError>>;
