//! A member's notifications: the list, marking them read, and which kinds
//! they want.

use domain::notification::{NotificationItem, NotificationKind};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

pub const NOTIFICATIONS_PAGE: i64 = 30;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationsPage {
    pub items: Vec<NotificationItem>,
    /// The `before` of the next (older) page.
    pub next: Option<i64>,
    pub unread: i64,
}

#[server(prefix = "/api", endpoint = "notifications")]
pub async fn notifications(before: Option<i64>) -> Result<NotificationsPage, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let domain::Viewer::Account { id, .. } = viewer else {
        return ssr::fail(AppError::NotSignedIn);
    };
    let (items, next) =
        community::store::notifications::list(&state.db, viewer, before, NOTIFICATIONS_PAGE).await?;
    let unread = community::store::notifications::unread(&state.db, id).await?;
    Ok(NotificationsPage { items, next, unread })
}

/// Marks one notification read, or all of them when `id` is absent.
/// Returns the unread count after.
#[server(prefix = "/api", endpoint = "notifications_read")]
pub async fn mark_read(id: Option<i64>) -> Result<i64, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    match community::store::notifications::mark_read(&state.db, viewer, id, community::clock::now_ms()).await
    {
        Ok(n) => {
            ssr::redirect_plain_form("/notifications");
            Ok(n)
        }
        Err(e) => ssr::fail(e.into()),
    }
}

/// Each kind of notification and whether the viewer wants it.
#[server(prefix = "/api", endpoint = "notification_settings")]
pub async fn notification_settings() -> Result<Vec<(NotificationKind, bool)>, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    match community::store::notifications::muted_kinds(&state.db, viewer).await {
        Ok(off) => Ok(NotificationKind::ALL
            .into_iter()
            .filter(|k| *k != NotificationKind::Moderation)
            .map(|k| (k, !off.contains(&k)))
            .collect()),
        Err(e) => ssr::fail(e.into()),
    }
}

/// Keeps the checked kinds on and switches the others off.
#[server(prefix = "/api", endpoint = "save_notification_settings")]
pub async fn save_notification_settings(#[server(default)] kinds: Vec<String>) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    match community::store::notifications::choose_kinds(&state.db, viewer, &kinds).await {
        Ok(_) => {
            ssr::redirect_plain_form("/settings/notifications?saved=1");
            Ok(())
        }
        Err(e) => ssr::fail(e.into()),
    }
}
