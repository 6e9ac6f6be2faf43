//! Events for sliding-window rate limits (`domain::rate_limit`).

use domain::rate_limit::Rule;

use crate::db::Db;
use crate::error::StoreResult;
use crate::{on_db, on_tx};

/// A counted event that may still be withdrawn (when the action it guards
/// fails for another reason, it should not use up the allowance).
pub struct Reservation {
    pub id: i64,
}

/// Records an event for `subject` in `bucket` if `rule` allows it, in one
/// transaction that first locks the subject's row, so concurrent checks for
/// one subject are serialized and the count is exact. `Err(ms)`: refused,
/// nothing recorded, retry after `ms`.
pub async fn reserve(
    db: &Db,
    bucket: &str,
    subject: &str,
    rule: Rule,
    now: i64,
) -> StoreResult<Result<Reservation, i64>> {
    let mut tx = db.begin().await?;
    on_tx!(&mut tx, c => sqlx::query(
        "INSERT INTO rate_limit_subjects (bucket, subject, last_at) VALUES ($1, $2, $3)
         ON CONFLICT (bucket, subject) DO UPDATE SET last_at = excluded.last_at")
        .bind(bucket).bind(subject).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    let recent: Vec<i64> = on_tx!(&mut tx, c => sqlx::query_scalar(
        "SELECT at FROM rate_limit_events WHERE bucket = $1 AND subject = $2 AND at > $3")
        .bind(bucket).bind(subject).bind(now - rule.window_ms).fetch_all(c).await)?;
    if let Some(retry_after_ms) = rule.retry_after_ms(&recent, now) {
        // Dropping the transaction rolls it back: nothing is recorded.
        return Ok(Err(retry_after_ms));
    }
    let id: i64 = on_tx!(&mut tx, c => sqlx::query_scalar(
        "INSERT INTO rate_limit_events (bucket, subject, at) VALUES ($1, $2, $3) RETURNING id")
        .bind(bucket).bind(subject).bind(now).fetch_one(c).await)?;
    tx.commit().await?;
    Ok(Ok(Reservation { id }))
}

pub async fn withdraw(db: &Db, reservation: Reservation) -> StoreResult<()> {
    on_db!(db, p => sqlx::query("DELETE FROM rate_limit_events WHERE id = $1")
        .bind(reservation.id).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn purge_older_than(db: &Db, before: i64) -> StoreResult<u64> {
    let events = on_db!(db, p => sqlx::query("DELETE FROM rate_limit_events WHERE at <= $1")
        .bind(before).execute(p).await.map(|r| r.rows_affected()))?;
    on_db!(db, p => sqlx::query("DELETE FROM rate_limit_subjects WHERE last_at <= $1")
        .bind(before).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(events)
}
