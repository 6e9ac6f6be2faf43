//! The search change log: every write that changes what a topic's search
//! documents say records the topic here, in its own transaction. Each
//! node's indexer follows the log by id (`crate::search`), so all nodes'
//! indexes converge on what the database holds.

use domain::id::CategoryId;
use domain::id::{TagId, TopicId};
use domain::Viewer;

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::store::categories::Access;
use crate::{on_db, on_tx};

/// Records that `topic_id`'s documents must be rebuilt. The commit of `tx`
/// wakes the indexers (here directly, elsewhere through NOTIFY).
pub(crate) async fn touch(tx: &mut Tx, topic_id: TopicId, now: i64) -> StoreResult<()> {
    on_tx!(&mut *tx, c => sqlx::query("INSERT INTO search_changes (topic_id, created_at) VALUES ($1, $2)")
        .bind(topic_id).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    tx.emitted = true;
    Ok(())
}

/// Records every topic carrying tag `tag_id` (a rename, merge or delete).
pub(crate) async fn touch_tagged(tx: &mut Tx, tag_id: TagId, now: i64) -> StoreResult<()> {
    on_tx!(&mut *tx, c => sqlx::query(
        "INSERT INTO search_changes (topic_id, created_at)
         SELECT post_id, $2 FROM post_tags WHERE tag_id = $1 ORDER BY post_id")
        .bind(tag_id).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    tx.emitted = true;
    Ok(())
}

/// Changes with `after < id`, oldest first, at most `limit`: (id, topic).
pub async fn range(db: &Db, after: i64, limit: i64) -> StoreResult<Vec<(i64, TopicId)>> {
    Ok(on_db!(db, p => sqlx::query_as(
        "SELECT id, topic_id FROM search_changes WHERE id > $1 ORDER BY id LIMIT $2")
        .bind(after).bind(limit).fetch_all(p).await)?)
}

/// The newest change id, 0 when there is none.
pub async fn last_id(db: &Db) -> StoreResult<i64> {
    let id: Option<i64> =
        on_db!(db, p => sqlx::query_scalar("SELECT MAX(id) FROM search_changes").fetch_one(p).await)?;
    Ok(id.unwrap_or(0))
}

/// The oldest change still kept.
pub async fn first_id(db: &Db) -> StoreResult<Option<i64>> {
    Ok(on_db!(db, p => sqlx::query_scalar("SELECT MIN(id) FROM search_changes").fetch_one(p).await)?)
}

/// Deletes changes older than `before`, keeping the newest so ids keep
/// growing. A node that was away longer rebuilds its index from scratch.
pub async fn prune(db: &Db, before: i64) -> StoreResult<u64> {
    Ok(on_db!(db, p => sqlx::query(
        "DELETE FROM search_changes WHERE created_at < $1 AND id < (SELECT MAX(id) FROM search_changes)")
        .bind(before).execute(p).await.map(|r| r.rows_affected()))?)
}

/// Records that a search result answered `query` (from the ask page's
/// similar questions, or the search page) so nobody had to ask. Only for a
/// question the viewer may read.
pub async fn deflect(
    db: &Db,
    access: &Access,
    topic_id: TopicId,
    query: &str,
    source: &str,
    now: i64,
) -> StoreResult<()> {
    let row: Option<(Option<CategoryId>, Option<i64>, Option<i64>)> = on_db!(db, p => sqlx::query_as(
        "SELECT category_id, deleted_at, hidden_at FROM posts WHERE id = $1 AND topic_id IS NULL")
        .bind(topic_id).fetch_optional(p).await)?;
    match row {
        Some((Some(c), None, None)) if access.category(c).is_some() => {}
        _ => return Err(StoreError::NotFound),
    }
    let user_id = match access.viewer {
        Viewer::Account { id, .. } => Some(id),
        Viewer::Visitor => None,
    };
    let query: String = query.chars().take(domain::search::MAX_QUERY_CHARS).collect();
    on_db!(db, p => sqlx::query(
        "INSERT INTO deflections (topic_id, user_id, query, source, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(topic_id).bind(user_id).bind(&query).bind(source).bind(now).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// How many deflections were recorded for `topic_id`.
pub async fn deflections(db: &Db, topic_id: TopicId) -> StoreResult<i64> {
    Ok(on_db!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM deflections WHERE topic_id = $1")
        .bind(topic_id).fetch_one(p).await)?)
}
