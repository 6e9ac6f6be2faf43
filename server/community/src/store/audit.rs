//! The moderation audit log, and the standing of whoever writes: staff for
//! moderator actions, not silenced for members' words. Below the use cases
//! (posts, comments, flags, auto-moderation and moderation all use it), so
//! none of them reaches another through it.

use domain::id::{CommentId, PostId, TopicId, UserId};
use domain::moderation::{LogDetail, ModAction};
use domain::permissions::{self, Action, Denied, Viewer};
use domain::{ErrorCode, Role};

use crate::db::Tx;
use crate::error::{StoreError, StoreResult};
use crate::on_tx;

/// A line for the audit log.
pub(crate) struct LogLine<'a> {
    pub actor: Option<UserId>,
    pub action: ModAction,
    pub member: Option<UserId>,
    pub topic_id: Option<TopicId>,
    pub post_id: Option<PostId>,
    pub comment_id: Option<CommentId>,
    pub reason: &'a str,
    pub detail: LogDetail,
}

pub(crate) async fn log(tx: &mut Tx, line: LogLine<'_>, now: i64) -> StoreResult<()> {
    on_tx!(&mut *tx, c => sqlx::query(
        "INSERT INTO mod_log (actor_id, action, member_id, topic_id, post_id, comment_id, reason, detail, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
        .bind(line.actor).bind(line.action.as_str()).bind(line.member).bind(line.topic_id).bind(line.post_id)
        .bind(line.comment_id).bind(line.reason).bind(&line.detail).bind(now)
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub(crate) fn staff(viewer: Viewer) -> StoreResult<(UserId, Role)> {
    permissions::check(viewer, Action::Moderate).map_err(StoreError::Denied)?;
    match viewer {
        Viewer::Account { id, role } => Ok((id, role)),
        Viewer::Visitor => Err(StoreError::Denied(Denied::NotSignedIn)),
    }
}

/// Refuses writing to a silenced member, with the reason they were given.
pub(crate) async fn ensure_not_silenced(
    tx: &mut Tx,
    user_id: UserId,
    field: &str,
    now: i64,
) -> StoreResult<()> {
    let until: Option<i64> =
        on_tx!(&mut *tx, c => sqlx::query_scalar("SELECT silenced_until FROM users WHERE id = $1")
        .bind(user_id).fetch_optional(c).await)?
        .flatten();
    if until.is_some_and(|u| u > now) {
        return Err(StoreError::field(field, ErrorCode::Silenced));
    }
    Ok(())
}
