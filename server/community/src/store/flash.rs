//! Refused no-JavaScript form submissions on their way back to their page
//! (see migration 0012): put by the server-function response, taken once
//! by the next page load that shows the cookie. Kept in the database so the
//! page load may reach another node behind the load balancer.

use base64::Engine as _;
use rand::RngCore as _;
use sha2::{Digest as _, Sha256};

use crate::db::Db;
use crate::error::StoreResult;
use crate::{on_db, on_tx};

/// How long a flash waits for its page: the browser follows the redirect at
/// once, so minutes are plenty, and an abandoned one does not linger.
pub const TTL_MS: i64 = 5 * 60 * 1000;
/// Live flashes one network may leave: a person fixes one form at a time;
/// a script posting failing forms in a loop cannot fill the table.
pub const MAX_PER_SUBJECT: i64 = 20;
/// The largest error (its echo of what was typed included) kept whole. A
/// body at `domain::post::BODY_MAX` in any script fits; beyond this the
/// caller keeps the error without the echo.
pub const MAX_ERR_BYTES: usize = 256 * 1024;

fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Keeps `err` (the encoded error of the server function at `path`) for the
/// next page load and returns the cookie value that finds it, or `None`
/// when `subject` already has `MAX_PER_SUBJECT` waiting. Expired flashes
/// are swept on the way.
pub async fn put(db: &Db, subject: &str, path: &str, err: &str, now: i64) -> StoreResult<Option<String>> {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let cutoff = now - TTL_MS;
    let mut tx = db.begin().await?;
    on_tx!(&mut tx, c => sqlx::query("DELETE FROM form_flashes WHERE created_at < $1")
        .bind(cutoff).execute(c).await.map(|r| r.rows_affected()))?;
    let waiting: i64 = on_tx!(&mut tx, c => sqlx::query_scalar(
        "SELECT COUNT(*) FROM form_flashes WHERE subject = $1")
        .bind(subject).fetch_one(c).await)?;
    if waiting >= MAX_PER_SUBJECT {
        return Ok(None);
    }
    on_tx!(&mut tx, c => sqlx::query(
        "INSERT INTO form_flashes (token_hash, subject, path, err, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(hash(&token)).bind(subject).bind(path).bind(err).bind(now)
        .execute(c).await.map(|r| r.rows_affected()))?;
    tx.commit().await?;
    Ok(Some(token))
}

/// The flash behind a cookie value, as `(path, err)`, removed as it is
/// read: a reload or a copied cookie shows nothing.
pub async fn take(db: &Db, token: &str, now: i64) -> StoreResult<Option<(String, String)>> {
    let found: Option<(String, String, i64)> = on_db!(db, p => sqlx::query_as(
        "DELETE FROM form_flashes WHERE token_hash = $1 RETURNING path, err, created_at")
        .bind(hash(token)).fetch_optional(p).await)?;
    Ok(found.filter(|(_, _, at)| *at >= now - TTL_MS).map(|(path, err, _)| (path, err)))
}
