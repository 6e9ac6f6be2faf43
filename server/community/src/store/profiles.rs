//! Members' public profiles: display name, bio (Markdown, sanitized),
//! location, website and languages.

use domain::permissions::{self, Action, Viewer};
use domain::profile::{self, ProfileFields};
use serde::{Deserialize, Serialize};

use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::markdown;
use crate::{on_db, on_tx};

/// A profile as shown: the bio already rendered and sanitized.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicProfile {
    pub display_name: String,
    pub bio_md: String,
    pub bio_html: String,
    pub location: String,
    pub website: String,
    pub languages: Vec<String>,
}

pub async fn get(db: &Db, user: i64) -> StoreResult<PublicProfile> {
    let row: Option<(String, String, String, String, String, String)> = on_db!(db, p => sqlx::query_as(
        "SELECT display_name, bio_md, bio_html, location, website, languages FROM users WHERE id = $1")
        .bind(user).fetch_optional(p).await)?;
    let (display_name, bio_md, bio_html, location, website, languages) = row.ok_or(StoreError::NotFound)?;
    Ok(PublicProfile {
        display_name,
        bio_md,
        bio_html,
        location,
        website,
        languages: languages.split(',').filter(|l| !l.is_empty()).map(str::to_owned).collect(),
    })
}

/// Saves the viewer's own profile after checking every field.
pub async fn update(
    db: &Db,
    viewer: Viewer,
    display_name: &str,
    bio: &str,
    location: &str,
    website: &str,
    languages: &[String],
) -> StoreResult<ProfileFields> {
    permissions::check(viewer, Action::ManageOwnAccount).map_err(StoreError::Denied)?;
    let Viewer::Account { id, .. } = viewer else { return Err(StoreError::NotFound) };
    let fields =
        profile::parse(display_name, bio, location, website, languages).map_err(StoreError::Invalid)?;
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
