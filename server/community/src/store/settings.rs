//! Community-wide settings that admins change at run time, as key/value rows
//! so that every node reads the same value.

use domain::permissions::{self, Action, Viewer};

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::{on_db, on_tx};

fn parse_bool(v: Option<String>, default: bool) -> bool {
    v.map(|v| v == "true").unwrap_or(default)
}

pub async fn get_bool(db: &Db, key: &str, default: bool) -> StoreResult<bool> {
    let v: Option<String> = on_db!(db, p => sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
        .bind(key).fetch_optional(p).await)?;
    Ok(parse_bool(v, default))
}

pub(crate) async fn get_bool_tx(tx: &mut Tx, key: &str, default: bool) -> StoreResult<bool> {
    let v: Option<String> = on_tx!(&mut *tx, c => sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
        .bind(key).fetch_optional(c).await)?;
    Ok(parse_bool(v, default))
}

/// Admins only.
pub async fn set_bool(db: &Db, viewer: Viewer, key: &str, value: bool) -> StoreResult<()> {
    permissions::check(viewer, Action::ManageCommunity).map_err(StoreError::Denied)?;
    let mut tx = db.begin().await?;
    on_tx!(&mut tx, c => sqlx::query(
        "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(key).bind(if value { "true" } else { "false" }).execute(c).await.map(|r| r.rows_affected()))?;
    tx.commit().await
}

/// A text setting, `default` when unset.
pub async fn get_text(db: &Db, key: &str, default: &str) -> StoreResult<String> {
    let v: Option<String> = on_db!(db, p => sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
        .bind(key).fetch_optional(p).await)?;
    Ok(v.unwrap_or_else(|| default.to_owned()))
}

pub(crate) async fn get_text_tx(tx: &mut Tx, key: &str, default: &str) -> StoreResult<String> {
    let v: Option<String> = on_tx!(&mut *tx, c => sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
        .bind(key).fetch_optional(c).await)?;
    Ok(v.unwrap_or_else(|| default.to_owned()))
}

/// Writes text settings in one transaction. Admins only; callers validate.
pub async fn set_texts(db: &Db, viewer: Viewer, pairs: &[(&str, String)]) -> StoreResult<()> {
    permissions::check(viewer, Action::ManageCommunity).map_err(StoreError::Denied)?;
    let mut tx = db.begin().await?;
    for (key, value) in pairs {
        on_tx!(&mut tx, c => sqlx::query(
            "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(*key).bind(value).execute(c).await.map(|r| r.rows_affected()))?;
    }
    tx.commit().await
}

/// A secret setting (see `crate::secrets`) as stored: sealed, legacy plain
/// text, unreadable or empty. Callers that only need the value use
/// `get_secret`; this is for deciding what to write back.
pub async fn open_secret(db: &Db, key: &str) -> StoreResult<crate::secrets::Opened> {
    let stored = get_text(db, key, "").await?;
    Ok(crate::secrets::open(key, &stored))
}

/// A secret setting, decrypted: "" when unset, or when it cannot be
/// decrypted (logged, never an error: a wrong key must not take the site
/// down). It must never be sent to a browser.
pub async fn get_secret(db: &Db, key: &str) -> StoreResult<String> {
    Ok(open_secret(db, key).await?.plain().to_owned())
}
