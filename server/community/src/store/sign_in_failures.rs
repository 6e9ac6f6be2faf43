//! Failed sign-in attempts, kept in the database so every node behind a load
//! balancer counts the same failures.

use domain::sign_in_limit::Recent;

use crate::db::Db;
use crate::error::StoreResult;
use crate::{on_db, on_tx};

/// Records an attempt as failed until proven otherwise; returns its row id.
/// Recording *before* checking the password is what keeps the limit exact
/// when many attempts arrive at once (see `accounts::sign_in`).
/// Committed explicitly (see `users::insert` on RETURNING): the count that
/// follows must see every attempt recorded before it.
pub async fn record(db: &Db, key: &str, ip: &str, now: i64) -> StoreResult<i64> {
    let mut tx = db.begin().await?;
    let id = on_tx!(&mut tx, c => sqlx::query_scalar(
        "INSERT INTO sign_in_failures (attempt_key, ip, at) VALUES ($1, $2, $3) RETURNING id")
        .bind(key).bind(ip).bind(now).fetch_one(c).await)?;
    tx.commit().await?;
    Ok(id)
}

/// The other failures since `since` (all but `except`) that concern an
/// attempt on account `key` from network `ip`: the same pair, the same
/// network and the same account (`domain::sign_in_limit`). Each kind is
/// bounded by its limit (refused attempts are deleted), so this stays small
/// even under attack; both halves of the OR have an index.
pub async fn recent(db: &Db, key: &str, ip: &str, since: i64, except: i64) -> StoreResult<Recent> {
    let rows: Vec<(String, String, i64)> = on_db!(db, p => sqlx::query_as(
        "SELECT attempt_key, ip, at FROM sign_in_failures
         WHERE (attempt_key = $1 OR ip = $2) AND at > $3 AND id <> $4")
        .bind(key).bind(ip).bind(since).bind(except).fetch_all(p).await)?;
    let mut recent = Recent::default();
    for (k, i, at) in rows {
        let (same_key, same_ip) = (k == key, i == ip);
        if same_key && same_ip {
            recent.pair.push(at);
        }
        if same_ip {
            recent.network.push(at);
        }
        if same_key {
            recent.account.push(at);
        }
    }
    Ok(recent)
}

pub async fn delete(db: &Db, id: i64) -> StoreResult<()> {
    on_db!(db, p => sqlx::query("DELETE FROM sign_in_failures WHERE id = $1").bind(id).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// A successful sign-in forgives the account's earlier failures from the
/// same network (not those from elsewhere, nor other accounts').
pub async fn clear(db: &Db, key: &str, ip: &str) -> StoreResult<()> {
    on_db!(db, p => sqlx::query("DELETE FROM sign_in_failures WHERE attempt_key = $1 AND ip = $2")
        .bind(key).bind(ip).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn purge_older_than(db: &Db, before: i64) -> StoreResult<u64> {
    let r = on_db!(db, p => sqlx::query("DELETE FROM sign_in_failures WHERE at <= $1").bind(before).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(r)
}
