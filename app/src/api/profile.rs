//! Editing one's own public profile.

use domain::profile::ProfileFields;
use leptos::prelude::*;

use crate::error::AppError;

/// What a member says about themselves, as others see it.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct About {
    pub display_name: String,
    /// Sanitized HTML rendered from the member's Markdown.
    pub bio_html: String,
    pub location: String,
    pub website: String,
    pub languages: Vec<String>,
    /// Set while the member has a picture (see `domain::profile::avatar_url`).
    #[serde(default)]
    pub avatar_version: Option<i64>,
}

/// The signed-in member's profile for the settings form: username, fields
/// and picture version.
#[server(prefix = "/api", endpoint = "profile_form")]
pub async fn profile_form() -> Result<(String, ProfileFields, Option<i64>), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let Some(user) = ssr::current_user().await? else {
        return ssr::fail(ssr::denied(domain::permissions::Denied::NotSignedIn));
    };
    let p = community::store::profiles::get(&state.db, user.id).await.map_err(ssr::internal)?;
    Ok((
        user.username,
        ProfileFields {
            display_name: p.display_name,
            bio: p.bio_md,
            location: p.location,
            website: p.website,
            languages: p.languages,
        },
        p.avatar_version,
    ))
}

/// Saves the profile and goes to it; a refused save keeps what was typed.
#[server(prefix = "/api", endpoint = "save_profile")]
pub async fn save_profile(
    display_name: String,
    bio: String,
    location: String,
    website: String,
    #[server(default)] languages: Vec<String>,
) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let mut typed = crate::error::echo([
        ("display_name", display_name.as_str()),
        ("bio", bio.as_str()),
        ("location", location.as_str()),
        ("website", website.as_str()),
    ]);
    typed.insert("languages".to_owned(), languages.join(","));
    match community::store::profiles::update(
        &state.db,
        viewer,
        &display_name,
        &bio,
        &location,
        &website,
        &languages,
    )
    .await
    {
        Ok(_) => {
            if let Some(user) = ssr::current_user().await? {
                ssr::redirect(&format!("/u/{}", user.username));
            }
            Ok(())
        }
        Err(e) => ssr::fail(ssr::store_error(e, typed)),
    }
}
