//! Escalation to support: the private conversation between a question's
//! asker and the agents. Thin: who is asking -> `community::store::
//! escalations` (which checks everything) -> map errors. Each write answers
//! a plain form post (no JavaScript) with a redirect to the conversation.

use domain::escalation::{Escalation, EscalationStatus};
use domain::id::TopicId;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::error::echo;
use crate::error::AppError;

/// What the question page offers the viewer about support.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportStanding {
    /// The viewer asked the question: opening needs a first message.
    pub asker: bool,
    pub staff: bool,
    /// The conversation's status; None while there is none.
    pub status: Option<EscalationStatus>,
}

/// Opens (or reopens) the support conversation about a question, then goes
/// to it.
#[server(prefix = "/api", endpoint = "escalate")]
pub async fn escalate(topic_id: TopicId, #[server(default)] message: String) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let mut typed = echo([("message", message.as_str())]);
    typed.insert("topic_id".into(), topic_id.to_string());
    ssr::write_allowed(&state, viewer, &typed).await?;
    let now = community::clock::now_ms();
    match community::store::escalations::open(&state.db, viewer, topic_id, &message, now).await {
        Ok(_) => {
            ssr::redirect(&domain::escalation::support_path(topic_id));
            Ok(())
        }
        Err(e) => ssr::fail(ssr::store_error(e, typed)),
    }
}

/// Adds a message to the support conversation; returns its id.
#[server(prefix = "/api", endpoint = "support_reply")]
pub async fn support_reply(topic_id: TopicId, #[server(default)] message: String) -> Result<i64, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let typed = echo([("message", message.as_str())]);
    ssr::write_allowed(&state, viewer, &typed).await?;
    let now = community::clock::now_ms();
    match community::store::escalations::reply(&state.db, viewer, topic_id, &message, now).await {
        Ok(id) => {
            ssr::redirect_plain_form(&domain::escalation::support_path(topic_id));
            Ok(id)
        }
        Err(e) => ssr::fail(ssr::store_error(e, typed)),
    }
}

/// Sets the conversation's status ("open", "waiting", "resolved"): staff
/// any, the asker only "resolved".
#[server(prefix = "/api", endpoint = "set_support_status")]
pub async fn set_support_status(topic_id: TopicId, status: String) -> Result<EscalationStatus, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let typed = echo([("status", status.as_str())]);
    let status = match EscalationStatus::parse(&status) {
        Ok(s) => s,
        Err(e) => return ssr::fail(AppError::invalid(vec![e], typed)),
    };
    let now = community::clock::now_ms();
    match community::store::escalations::set_status(&state.db, viewer, topic_id, status, now).await {
        Ok(s) => {
            ssr::redirect_plain_form(&domain::escalation::support_path(topic_id));
            Ok(s)
        }
        Err(e) => ssr::fail(ssr::store_error(e, typed)),
    }
}

/// The support conversation about a question, for its asker and staff.
/// Anyone else, and a question without one: `NotFound`.
#[server(prefix = "/api", endpoint = "support_conversation")]
pub async fn support_conversation(topic_id: TopicId) -> Result<Escalation, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    match community::store::escalations::view(&state.db, viewer, topic_id).await {
        Ok(Some(e)) => Ok(e),
        Ok(None) => ssr::fail(AppError::NotFound),
        Err(e) => ssr::fail(e.into()),
    }
}

/// What the question page offers the viewer: None for everyone but the
/// asker and staff (who see nothing about support there).
#[server(prefix = "/api", endpoint = "support_entry")]
pub async fn support_entry(topic_id: TopicId) -> Result<Option<SupportStanding>, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    if viewer == domain::Viewer::Visitor {
        return Ok(None);
    }
    match community::store::escalations::standing(&state.db, viewer, topic_id).await {
        Ok(s) => Ok(Some(SupportStanding { asker: s.asker, staff: s.staff, status: s.status })),
        Err(community::StoreError::NotFound) => Ok(None),
        Err(e) => ssr::fail(e.into()),
    }
}
