//! Server-side sessions. The cookie carries a random token; the database
//! keeps only its SHA-256, so a leaked table cannot be replayed.

use domain::account::SESSION_ABSOLUTE_MS;
use domain::id::UserId;

use crate::db::{Db, Tx};
use crate::error::StoreResult;
use crate::store::users::{User, UserRow, USER_COLUMNS};
use crate::{on_db, on_tx};

pub struct NewSession<'a> {
    pub token_hash: &'a str,
    pub user_id: UserId,
    pub now: i64,
    pub expires_at: i64,
    pub ip: Option<&'a str>,
    pub user_agent: Option<&'a str>,
}

pub async fn insert(db: &Db, s: NewSession<'_>) -> StoreResult<()> {
    on_db!(db, p => sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, created_at, last_used_at, expires_at, ip, user_agent)
         VALUES ($1, $2, $3, $3, $4, $5, $6)")
        .bind(s.token_hash).bind(s.user_id).bind(s.now).bind(s.expires_at).bind(s.ip).bind(s.user_agent)
        .execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The live session's account, when it was last used and when it began.
/// Live means neither idle-expired nor past its absolute lifetime; the
/// second test also ends sessions whose `expires_at` was slid forward before
/// the absolute lifetime existed.
pub async fn lookup(db: &Db, token_hash: &str, now: i64) -> StoreResult<Option<(User, i64, i64)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        user: UserRow,
        session_last_used: i64,
        session_created: i64,
    }
    let cols = USER_COLUMNS.split(", ").map(|c| format!("u.{c}")).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "SELECT {cols}, s.last_used_at AS session_last_used, s.created_at AS session_created
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.created_at > $3"
    );
    let row = on_db!(db, p => sqlx::query_as::<_, Row>(&sql)
        .bind(token_hash).bind(now).bind(now - SESSION_ABSOLUTE_MS).fetch_optional(p).await)?;
    match row {
        Some(r) => Ok(Some((r.user.try_into()?, r.session_last_used, r.session_created))),
        None => Ok(None),
    }
}

/// Slides the expiry forward for an active session.
pub async fn extend(db: &Db, token_hash: &str, now: i64, expires_at: i64) -> StoreResult<()> {
    on_db!(db, p => sqlx::query("UPDATE sessions SET last_used_at = $1, expires_at = $2 WHERE token_hash = $3")
        .bind(now).bind(expires_at).bind(token_hash).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn delete(db: &Db, token_hash: &str) -> StoreResult<bool> {
    let r = on_db!(db, p => sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(r > 0)
}

/// Ends every session of `user_id` but the one with `keep_hash` (after a
/// password change: whoever knew the old password is signed out).
pub async fn delete_others(tx: &mut Tx, user_id: UserId, keep_hash: &str) -> StoreResult<u64> {
    let r = on_tx!(tx, c => sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(user_id).bind(keep_hash).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(r)
}

pub async fn purge_expired(db: &Db, now: i64) -> StoreResult<u64> {
    let r = on_db!(db, p => sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR created_at <= $2")
        .bind(now).bind(now - SESSION_ABSOLUTE_MS).execute(p).await.map(|r| r.rows_affected()))?;
    Ok(r)
}
