//! The event table: every live event is recorded in the transaction of the
//! change it describes, so an event exists exactly when its change does.
//! Browsers that reconnect replay from here by id.

use domain::id::{CategoryId, UserId};
use domain::live::LiveEvent;

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::{on_db, on_tx};

/// An event as read back, with its JSON ready to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredEvent {
    pub id: i64,
    /// The place whose readers may see it (public events).
    pub category_id: Option<CategoryId>,
    /// The one member who may see it (private events).
    pub user_id: Option<UserId>,
    pub event: LiveEvent,
    pub json: String,
}

/// Records a public event about a place (`category_id`) or a private one for
/// `user_id`. The commit of `tx` then wakes the fan-out.
pub(crate) async fn record(
    tx: &mut Tx,
    category_id: Option<CategoryId>,
    user_id: Option<UserId>,
    event: &LiveEvent,
    now: i64,
) -> StoreResult<()> {
    let payload = serde_json::to_string(event).map_err(|e| StoreError::Internal(e.to_string()))?;
    on_tx!(&mut *tx, c => sqlx::query(
        "INSERT INTO events (kind, category_id, topic_id, user_id, payload, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(event.kind()).bind(category_id).bind(event.topic_id()).bind(user_id).bind(&payload).bind(now)
        .execute(c).await.map(|r| r.rows_affected()))?;
    tx.emitted = true;
    Ok(())
}

type Row = (i64, Option<CategoryId>, Option<UserId>, String);

fn decode(rows: Vec<Row>) -> Vec<StoredEvent> {
    rows.into_iter()
        .filter_map(|(id, category_id, user_id, json)| match serde_json::from_str(&json) {
            Ok(event) => Some(StoredEvent { id, category_id, user_id, event, json }),
            // Written by a newer node during a rolling upgrade: this node
            // cannot describe it, so its browsers will catch up on reload.
            Err(e) => {
                tracing::warn!(id, error = %e, "skipping an event this version cannot read");
                None
            }
        })
        .collect()
}

/// Events with `after < id <= until` (no upper bound when `until` is None),
/// oldest first, at most `limit`.
pub async fn range(db: &Db, after: i64, until: Option<i64>, limit: i64) -> StoreResult<Vec<StoredEvent>> {
    let rows: Vec<Row> = on_db!(db, p => sqlx::query_as(
        "SELECT id, category_id, user_id, payload FROM events
         WHERE id > $1 AND id <= $2 ORDER BY id LIMIT $3")
        .bind(after).bind(until.unwrap_or(i64::MAX)).bind(limit).fetch_all(p).await)?;
    Ok(decode(rows))
}

/// The newest event id, 0 when there is none.
pub async fn last_id(db: &Db) -> StoreResult<i64> {
    let id: Option<i64> =
        on_db!(db, p => sqlx::query_scalar("SELECT MAX(id) FROM events").fetch_one(p).await)?;
    Ok(id.unwrap_or(0))
}

/// The oldest event still kept (None when the table is empty).
pub async fn first_id(db: &Db) -> StoreResult<Option<i64>> {
    Ok(on_db!(db, p => sqlx::query_scalar("SELECT MIN(id) FROM events").fetch_one(p).await)?)
}

/// Deletes events older than `before`, keeping the newest one so that ids
/// keep growing from it. Browsers offline for longer reload instead.
pub async fn prune(db: &Db, before: i64) -> StoreResult<u64> {
    Ok(on_db!(db, p => sqlx::query(
        "DELETE FROM events WHERE created_at < $1 AND id < (SELECT MAX(id) FROM events)")
        .bind(before).execute(p).await.map(|r| r.rows_affected()))?)
}
