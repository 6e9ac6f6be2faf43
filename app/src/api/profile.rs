//! Members' public profiles: reading one, and editing one's own.

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
    let p = community::store::profiles::get(&state.db, user.id).await?;
    Ok((user.username, p.fields, p.avatar_version))
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
    let typed_fields = ProfileFields { display_name, bio, location, website, languages };
    match community::store::profiles::update(&state.db, viewer, &typed_fields).await {
        Ok(_) => {
            if let Some(user) = ssr::current_user().await? {
                ssr::redirect(&format!("/u/{}", user.username));
            }
            Ok(())
        }
        Err(e) => ssr::fail(ssr::store_error(e, typed)),
    }
}

/// A member's public profile page: who they are, what they asked, their
/// standing and badges, and what they say about themselves.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Profile {
    pub member: domain::model::Author,
    pub role: domain::Role,
    pub joined_at: i64,
    pub last_seen_at: Option<i64>,
    pub topics: Vec<domain::model::TopicSummary>,
    pub stats: domain::model::MemberStats,
    /// `(badge key, tag scope, how many times)`, tier order.
    pub badges: Vec<super::reputation::HeldBadge>,
    pub top_tags: Vec<(String, i64, i64)>,
    pub history: super::reputation::HistoryPage,
    pub about: About,
}

#[server(prefix = "/api", endpoint = "profile")]
pub async fn get_profile(username: String) -> Result<Profile, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let Some(user) = community::store::users::by_username(&state.db, &username).await? else {
        return ssr::fail(AppError::NotFound);
    };
    use community::store::reputation;
    let access = ssr::access().await?;
    let topics = community::store::topics::by_author(&state.db, &access, user.id, 20).await?;
    let levels = reputation::levels(&state.db).await?;
    let stats = reputation::stats(&state.db, &access, user.id).await?;
    let top_tags = reputation::top_tags(&state.db, &access, user.id, 8).await?;
    let badges = super::reputation::ssr::held_badges(&state.db, user.id).await?;
    let history = super::reputation::ssr::history_page(&state.db, &access, user.id, None).await?;
    let p = community::store::profiles::get(&state.db, user.id).await?;
    let last_seen_at = community::store::profiles::last_seen(&state.db, access.viewer, user.id).await?;
    let about = About {
        display_name: p.fields.display_name,
        bio_html: p.bio_html,
        location: p.fields.location,
        website: p.fields.website,
        languages: p.fields.languages,
        avatar_version: p.avatar_version,
    };
    Ok(Profile {
        member: reputation::author(user.id, user.username, user.reputation, &levels),
        role: user.role,
        joined_at: user.created_at.get(),
        last_seen_at,
        topics,
        stats,
        badges,
        top_tags,
        history,
        about,
    })
}
