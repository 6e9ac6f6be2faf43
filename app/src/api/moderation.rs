//! Flags, the agents' desk, moderator actions and the audit log.
//!
//! The store checks who may do what; these functions only translate. The
//! desk and the log answer 403 to everyone who is not staff (visitors
//! included), so a private queue's existence is all anyone else learns.

use domain::id::{CommentId, PostId};
use domain::moderation::{Desk, LogEntry, LogFilter};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::error::echo;
use crate::error::AppError;

#[cfg(feature = "ssr")]
async fn staff() -> Result<(crate::state::AppState, domain::Viewer), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    match viewer {
        domain::Viewer::Account { role, .. } if role >= domain::Role::Agent => Ok((state, viewer)),
        _ => ssr::fail(AppError::Forbidden(t!("api-desk-staff-only"))),
    }
}

/// Flags a post (or one of its comments). Returns true when this flag hid it.
#[server(prefix = "/api", endpoint = "flag")]
pub async fn flag_post(
    post_id: PostId,
    comment_id: Option<CommentId>,
    reason: Option<String>,
    detail: Option<String>,
    duplicate_of: Option<String>,
    back: Option<String>,
) -> Result<bool, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let reason = reason.unwrap_or_default();
    let detail = detail.unwrap_or_default();
    let duplicate_of = duplicate_of.unwrap_or_default();
    let mut typed = echo([
        ("reason", reason.as_str()),
        ("detail", detail.as_str()),
        ("duplicate_of", duplicate_of.as_str()),
    ]);
    typed.insert("post_id".into(), post_id.to_string());
    ssr::write_allowed(&state, viewer, &typed).await?;
    let input = match domain::moderation::parse_flag(&reason, &detail, &duplicate_of) {
        Ok(i) => i,
        Err(fields) => return ssr::fail(AppError::invalid(fields, typed)),
    };
    let now = community::clock::now_ms();
    match community::store::flags::flag(&state.db, viewer, post_id, comment_id, &input, now).await {
        Ok(outcome) => {
            if let Some(back) = back {
                ssr::redirect_plain_form(&ssr::safe_next(Some(&back)));
            }
            Ok(matches!(outcome, community::store::flags::Flagged::Hid { .. }))
        }
        Err(e) => ssr::fail(ssr::store_error(e, typed)),
    }
}

/// The agents' desk. Staff only.
#[server(prefix = "/api", endpoint = "desk")]
pub async fn load_desk() -> Result<Desk, AppError> {
    use super::ssr;
    let (state, viewer) = staff().await?;
    community::store::desk::load(&state.db, viewer, community::clock::now_ms())
        .await
        .or_else(|e| ssr::fail(e.into()))
}

/// The moderation form as sent from a thread or the desk: which action, on
/// what, and its own fields (each action uses some). Text until
/// `moderate` parses the action and the store the rest. The fields travel
/// flat (`action=hide&post_id=12…`), so the form posts without JavaScript,
/// and one argument stands for the whole form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ModerationForm {
    pub action: String,
    pub post_id: Option<PostId>,
    pub comment_id: Option<CommentId>,
    pub member: Option<String>,
    pub reason: Option<String>,
    pub category_id: Option<String>,
    pub target: Option<String>,
    pub assignee: Option<String>,
    pub duration: Option<String>,
    /// Where a form posted without JavaScript returns.
    pub back: Option<String>,
}

/// Takes a moderator action; answers with a sentence for the agent.
#[server(prefix = "/api", endpoint = "moderate")]
pub async fn moderate(#[server(flatten)] form: ModerationForm) -> Result<String, AppError> {
    use super::ssr;
    let ModerationForm {
        action,
        post_id,
        comment_id,
        member,
        reason,
        category_id,
        target,
        assignee,
        duration,
        back,
    } = form;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let (member, reason) = (member.unwrap_or_default(), reason.unwrap_or_default());
    let (target, assignee) = (target.unwrap_or_default(), assignee.unwrap_or_default());
    let duration = duration.unwrap_or_default();
    let mut typed = echo([
        ("action", action.as_str()),
        ("member", member.as_str()),
        ("reason", reason.as_str()),
        ("target", target.as_str()),
        ("assignee", assignee.as_str()),
        ("duration", duration.as_str()),
    ]);
    if let Some(p) = post_id {
        typed.insert("post_id".into(), p.to_string());
    }
    // The action becomes a `ModAction` here, at the edge; only staff learn
    // that an action they sent does not exist.
    let Some(action) = domain::moderation::ModAction::parse(action.trim()) else {
        if let Err(refused) = ssr::allowed(viewer, domain::permissions::Action::Moderate) {
            return ssr::fail(refused);
        }
        let unknown = domain::FieldError::new("action", domain::ErrorCode::Required);
        return ssr::fail(AppError::invalid(vec![unknown], typed));
    };
    let cmd = community::store::moderation::Command {
        post_id,
        comment_id,
        member,
        reason,
        category_id: category_id.and_then(|c| c.trim().parse().ok()),
        target,
        assignee,
        duration,
        ..community::store::moderation::Command::new(action)
    };
    let label = crate::i18n::t(&format!("mod-action-{}", action.as_str()));
    match community::store::moderation::act(&state.db, viewer, &cmd, community::clock::now_ms()).await {
        Ok(outcome) => {
            if let Some(back) = back {
                ssr::redirect_plain_form(&ssr::safe_next(Some(&back)));
            }
            Ok(match outcome.member {
                Some(m) => t!("api-moderate-done-for", action = label, member = m),
                None => t!("api-moderate-done", action = label),
            })
        }
        Err(e) => ssr::fail(ssr::store_error(e, typed)),
    }
}

/// Claims a desk item; answers with who holds it now.
#[server(prefix = "/api", endpoint = "claim")]
pub async fn claim_item(queue: String, item_id: i64) -> Result<String, AppError> {
    use super::ssr;
    let (state, viewer) = staff().await?;
    let now = community::clock::now_ms();
    community::store::desk::claim(&state.db, viewer, &queue, item_id, now)
        .await
        .or_else(|e| ssr::fail(e.into()))
}

#[server(prefix = "/api", endpoint = "release")]
pub async fn release_item(queue: String, item_id: i64) -> Result<(), AppError> {
    use super::ssr;
    let (state, viewer) = staff().await?;
    let now = community::clock::now_ms();
    community::store::desk::release(&state.db, viewer, &queue, item_id, now)
        .await
        .or_else(|e| ssr::fail(e.into()))
}

/// The audit log, newest first. Staff only.
#[server(prefix = "/api", endpoint = "mod_log")]
pub async fn mod_log(filter: LogFilter, before: Option<i64>) -> Result<Vec<LogEntry>, AppError> {
    use super::ssr;
    let (state, viewer) = staff().await?;
    let typed = echo([
        ("agent", filter.agent.as_str()),
        ("action", filter.action.as_str()),
        ("member", filter.member.as_str()),
        ("from", filter.from.as_str()),
        ("to", filter.to.as_str()),
    ]);
    community::store::moderation::log_entries(&state.db, viewer, &filter, before, 100)
        .await
        .or_else(|e| ssr::fail(ssr::store_error(e, typed)))
}

/// Staff: purges an old revision's title and body from a post's edit
/// history, with a reason for the log; answers with a sentence for the
/// agent. The store refuses everyone else.
#[server(prefix = "/api", endpoint = "redact_revision")]
pub async fn redact_revision(id: PostId, number: i64, reason: Option<String>) -> Result<String, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let reason = reason.unwrap_or_default();
    let typed = echo([("reason", reason.as_str())]);
    let now = community::clock::now_ms();
    match community::store::posts::redact_revision(&state.db, viewer, id, number, &reason, now).await {
        Ok(_) => Ok(t!("history-redact-done", number = number)),
        Err(e) => ssr::fail(ssr::store_error(e, typed)),
    }
}
