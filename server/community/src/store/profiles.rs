//! Members' public profiles: display name, bio (Markdown, sanitized),
//! location, website, languages and picture.

use domain::id::UserId;
use domain::permissions::{self, Action, Viewer};
use domain::profile::{self, ProfileFields};
use serde::{Deserialize, Serialize};

use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::markdown;
use crate::{on_db, on_tx};

/// A profile as saved and shown: what the member typed (the bio in
/// Markdown), the bio rendered and sanitized, and the picture's version.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicProfile {
    pub fields: ProfileFields,
    pub bio_html: String,
    /// Set while the member has a picture; changes with each upload.
    pub avatar_version: Option<i64>,
}

/// The profile's columns, by name (a new field is one line here and one in
/// `update`).
#[derive(sqlx::FromRow)]
struct ProfileRow {
    display_name: String,
    bio_md: String,
    bio_html: String,
    location: String,
    website: String,
    /// Codes joined with commas.
    languages: String,
    avatar_version: Option<i64>,
}

pub async fn get(db: &Db, user: UserId) -> StoreResult<PublicProfile> {
    let row: Option<ProfileRow> = on_db!(db, p => sqlx::query_as(
        "SELECT display_name, bio_md, bio_html, location, website, languages, avatar_version
         FROM users WHERE id = $1")
        .bind(user).fetch_optional(p).await)?;
    let r = row.ok_or(StoreError::NotFound)?;
    let fields = ProfileFields {
        display_name: r.display_name,
        bio: r.bio_md,
        location: r.location,
        website: r.website,
        languages: r.languages.split(',').filter(|l| !l.is_empty()).map(str::to_owned).collect(),
    };
    Ok(PublicProfile { fields, bio_html: r.bio_html, avatar_version: r.avatar_version })
}

/// When `user` was last seen, as `viewer` may know it: to the day for
/// everyone but the member and staff (`profile::last_seen_for`).
pub async fn last_seen(db: &Db, viewer: Viewer, user: UserId) -> StoreResult<Option<i64>> {
    let at: Option<Option<i64>> = on_db!(db, p => sqlx::query_scalar("SELECT last_seen_at FROM users WHERE id = $1")
        .bind(user).fetch_optional(p).await)?;
    let at = at.ok_or(StoreError::NotFound)?;
    Ok(at.map(|ms| profile::last_seen_for(viewer, user, ms)))
}

fn own_account(viewer: Viewer) -> StoreResult<UserId> {
    permissions::check(viewer, Action::ManageOwnAccount).map_err(StoreError::Denied)?;
    let Viewer::Account { id, .. } = viewer else { return Err(StoreError::NotFound) };
    Ok(id)
}

/// Replaces the viewer's picture with `png` (already checked and
/// re-encoded by [`crate::avatar::normalise`]) and returns its new version:
/// the upload time, bumped past the previous version when two uploads share
/// a millisecond, so every picture gets a URL of its own.
pub async fn set_avatar(db: &Db, viewer: Viewer, png: &[u8], now: i64) -> StoreResult<i64> {
    let id = own_account(viewer)?;
    let mut tx = db.begin().await?;
    on_tx!(&mut tx, c => sqlx::query(
        "INSERT INTO avatars (user_id, png, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE SET png = excluded.png, updated_at = excluded.updated_at")
        .bind(id).bind(png).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    let version: Option<i64> = on_tx!(&mut tx, c => sqlx::query_scalar(
        "UPDATE users SET avatar_version = CASE WHEN avatar_version >= $1 THEN avatar_version + 1 ELSE $1 END
         WHERE id = $2 RETURNING avatar_version")
        .bind(now).bind(id).fetch_one(c).await)?;
    tx.commit().await?;
    version.ok_or_else(|| StoreError::Internal("avatar version not set".into()))
}

/// Removes the viewer's picture; true when there was one.
pub async fn remove_avatar(db: &Db, viewer: Viewer) -> StoreResult<bool> {
    let id = own_account(viewer)?;
    let mut tx = db.begin().await?;
    let removed = on_tx!(&mut tx, c => sqlx::query("DELETE FROM avatars WHERE user_id = $1")
        .bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    on_tx!(&mut tx, c => sqlx::query("UPDATE users SET avatar_version = NULL WHERE id = $1")
        .bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    tx.commit().await?;
    Ok(removed > 0)
}

/// A member's picture and its version, by username (case-insensitive).
pub async fn avatar(db: &Db, username: &str) -> StoreResult<Option<(Vec<u8>, i64)>> {
    // A name longer than any username names nobody: not looked up.
    let Ok(key) = domain::account::username_key("username", username) else { return Ok(None) };
    let row: Option<(Vec<u8>, Option<i64>)> = on_db!(db, p => sqlx::query_as(
        "SELECT a.png, u.avatar_version FROM users u JOIN avatars a ON a.user_id = u.id WHERE u.username_key = $1")
        .bind(&key).fetch_optional(p).await)?;
    Ok(row.map(|(png, version)| (png, version.unwrap_or(0))))
}

/// Saves the viewer's own profile after checking every field.
pub async fn update(db: &Db, viewer: Viewer, typed: &ProfileFields) -> StoreResult<ProfileFields> {
    let id = own_account(viewer)?;
    let fields = typed.check().map_err(StoreError::Invalid)?;
    let html = markdown::render_block(&fields.bio);
    let mut tx = db.begin().await?;
    on_tx!(&mut tx, c => sqlx::query(
        "UPDATE users SET display_name = $1, bio_md = $2, bio_html = $3, location = $4, website = $5, languages = $6
         WHERE id = $7")
        .bind(&fields.display_name).bind(&fields.bio).bind(&html).bind(&fields.location).bind(&fields.website)
        .bind(fields.languages.join(",")).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    tx.commit().await?;
    Ok(fields)
}
