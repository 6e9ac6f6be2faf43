//! Following questions, categories and tags.

use domain::follow::{FollowLevel, FollowTarget};
use domain::id::PostId;
use domain::id::{CategoryId, TagId, TopicId, UserId};
use domain::permissions::{Denied, Viewer};

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::store::{categories, facts};
use crate::{on_db, on_tx};

fn member(viewer: Viewer) -> StoreResult<UserId> {
    match viewer {
        Viewer::Account { id, .. } => Ok(id),
        Viewer::Visitor => Err(StoreError::Denied(Denied::NotSignedIn)),
    }
}

/// Checks that `viewer` may read what they want to follow (nobody follows a
/// place they cannot see, nor learns that it exists).
async fn check_target(db: &Db, viewer: Viewer, target: FollowTarget, id: i64) -> StoreResult<()> {
    let access = categories::access(db, viewer).await?;
    match target {
        FollowTarget::Topic => {
            let mut tx = db.begin_read().await?;
            let facts = facts::visible_facts(&mut tx, &access, PostId(id)).await?;
            tx.commit().await?;
            if !facts.is_topic() {
                return Err(StoreError::NotFound);
            }
        }
        FollowTarget::Category => {
            access.category(CategoryId(id)).ok_or(StoreError::NotFound)?;
        }
        FollowTarget::Tag => {
            let exists: Option<i64> = on_db!(db, p => sqlx::query_scalar("SELECT id FROM tags WHERE id = $1")
                .bind(id).fetch_optional(p).await)?;
            exists.ok_or(StoreError::NotFound)?;
        }
    }
    Ok(())
}

/// Sets the viewer's level for a question, category or tag.
pub async fn set(
    db: &Db,
    viewer: Viewer,
    target: FollowTarget,
    id: i64,
    level: FollowLevel,
    now: i64,
) -> StoreResult<FollowLevel> {
    let user = member(viewer)?;
    check_target(db, viewer, target, id).await?;
    on_db!(db, p => sqlx::query(
        "INSERT INTO follows (user_id, target_kind, target_id, level, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id, target_kind, target_id) DO UPDATE SET level = excluded.level")
        .bind(user).bind(target.as_str()).bind(id).bind(level.as_str()).bind(now)
        .execute(p).await.map(|r| r.rows_affected()))?;
    Ok(level)
}

/// The viewer's level for one target, if they ever chose or got one.
pub async fn level(
    db: &Db,
    viewer: Viewer,
    target: FollowTarget,
    id: i64,
) -> StoreResult<Option<FollowLevel>> {
    let Viewer::Account { id: user, .. } = viewer else { return Ok(None) };
    let level: Option<String> = on_db!(db, p => sqlx::query_scalar(
        "SELECT level FROM follows WHERE user_id = $1 AND target_kind = $2 AND target_id = $3")
        .bind(user).bind(target.as_str()).bind(id).fetch_optional(p).await)?;
    Ok(level.and_then(|l| FollowLevel::parse(&l).ok()))
}

/// Follows a question on someone's behalf (asking, answering), unless they
/// already chose a level for it.
pub(crate) async fn automatic(
    tx: &mut Tx,
    user: UserId,
    topic_id: TopicId,
    level: FollowLevel,
    now: i64,
) -> StoreResult<()> {
    on_tx!(&mut *tx, c => sqlx::query(
        "INSERT INTO follows (user_id, target_kind, target_id, level, created_at) VALUES ($1, 'topic', $2, $3, $4)
         ON CONFLICT (user_id, target_kind, target_id) DO NOTHING")
        .bind(user).bind(topic_id).bind(level.as_str()).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Every follow of a question, of its categories and of its tags.
pub(crate) async fn around(
    tx: &mut Tx,
    topic_id: TopicId,
    category_ids: &[CategoryId],
    tag_ids: &[TagId],
) -> StoreResult<Vec<(UserId, FollowTarget, FollowLevel)>> {
    let sql = format!(
        "SELECT user_id, target_kind, level FROM follows
         WHERE (target_kind = 'topic' AND target_id = $1)
            OR (target_kind = 'category' AND {})
            OR (target_kind = 'tag' AND {})",
        categories::sql_in("target_id", category_ids),
        categories::sql_in("target_id", tag_ids)
    );
    let rows: Vec<(UserId, String, String)> =
        on_tx!(&mut *tx, c => sqlx::query_as(&sql).bind(topic_id).fetch_all(c).await)?;
    Ok(rows
        .into_iter()
        .filter_map(|(u, t, l)| Some((u, FollowTarget::parse(&t).ok()?, FollowLevel::parse(&l).ok()?)))
        .collect())
}
