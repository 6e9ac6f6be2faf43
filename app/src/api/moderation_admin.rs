//! Admins shape moderation: flag thresholds, new-member limits, spam
//! domains, watched words, response-time targets and the guidelines.

use domain::id::CategoryId;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::error::echo;
use crate::error::AppError;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModerationRules {
    pub flag_min_reputation: i64,
    pub flags_to_hide: i64,
    pub new_member_reputation: i64,
    pub new_member_hours: i64,
    pub spam_domains: String,
    pub hold_first_posts: bool,
    /// (word, action)
    pub watched: Vec<(String, String)>,
    /// (category id, name, response target in hours)
    pub targets: Vec<(CategoryId, String, i64)>,
}

/// Refuses everyone but admins, first: the store checks again, but the
/// bounds checked here before calling it must not tell a member anything.
#[cfg(feature = "ssr")]
fn admin(viewer: domain::Viewer) -> Result<(), AppError> {
    use super::ssr;
    domain::permissions::check(viewer, domain::Action::ManageCommunity).or_else(|d| ssr::fail(ssr::denied(d)))
}

#[server(prefix = "/api", endpoint = "moderation_settings")]
pub async fn moderation_settings() -> Result<ModerationRules, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let fail = |e: community::StoreError| ssr::fail(e.into());
    let targets = match community::store::desk::response_targets(&state.db, viewer).await {
        Ok(t) => t,
        Err(e) => return fail(e),
    };
    let s = match community::store::automod::settings(&state.db).await {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    Ok(ModerationRules {
        flag_min_reputation: s.flags.min_reputation,
        flags_to_hide: s.flags.hide_after,
        new_member_reputation: s.policy.new_member_reputation,
        new_member_hours: s.policy.new_member_hours,
        spam_domains: s.policy.spam_domains.join("\n"),
        hold_first_posts: s.hold_first_posts,
        watched: s.policy.watched.iter().map(|w| (w.word.clone(), w.action.as_str().to_owned())).collect(),
        targets,
    })
}

#[server(prefix = "/api", endpoint = "save_moderation_settings")]
pub async fn save_moderation_settings(
    flag_min_reputation: Option<i64>,
    flags_to_hide: Option<i64>,
    new_member_reputation: Option<i64>,
    new_member_hours: Option<i64>,
    spam_domains: Option<String>,
    hold_first_posts: Option<String>,
) -> Result<(), AppError> {
    use super::ssr;
    use domain::{ErrorCode::TooManyDomains, FieldError};
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    admin(viewer)?;
    let spam_domains = spam_domains.unwrap_or_default();
    // The list's length is bounded here, before the store reads it line by
    // line (and before every future post is checked against it). Too many
    // lines are not echoed back: they may be a flood. A line that is no
    // domain is the store's to report, with the list as typed.
    if let Err(e @ FieldError { code: TooManyDomains, .. }) =
        domain::automod::parse_spam_domains(&spam_domains)
    {
        return ssr::fail(AppError::invalid(vec![e], Default::default()));
    }
    let typed = echo([("spam_domains", spam_domains.as_str())]);
    let input = community::store::automod::SettingsInput {
        flag_min_reputation,
        flags_to_hide,
        new_member_reputation,
        new_member_hours,
        spam_domains,
        hold_first_posts: hold_first_posts.is_some_and(|v| v == "on" || v == "true"),
    };
    community::store::automod::save_settings(&state.db, viewer, &input)
        .await
        .or_else(|e| ssr::fail(ssr::store_error(e, typed)))
}

#[server(prefix = "/api", endpoint = "watch_word")]
pub async fn watch_word(word: String, word_action: String) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let typed = echo([("word", word.as_str()), ("word_action", word_action.as_str())]);
    let now = community::clock::now_ms();
    community::store::automod::watch_word(&state.db, viewer, &word, &word_action, now)
        .await
        .or_else(|e| ssr::fail(ssr::store_error(e, typed)))
}

#[server(prefix = "/api", endpoint = "unwatch_word")]
pub async fn unwatch_word(word: String) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    admin(viewer)?;
    // A word longer than any watched word is refused before the DELETE.
    if let Err(e) = domain::automod::watched_word_key(&word) {
        return ssr::fail(AppError::invalid(vec![e], Default::default()));
    }
    community::store::automod::unwatch_word(&state.db, viewer, &word).await.or_else(|e| ssr::fail(e.into()))
}

#[server(prefix = "/api", endpoint = "set_response_target")]
pub async fn set_response_target(category_id: CategoryId, hours: Option<i64>) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    community::store::desk::set_response_target(&state.db, viewer, category_id, hours)
        .await
        .or_else(|e| ssr::fail(e.into()))
}

/// The guidelines as HTML, for everyone.
#[server(prefix = "/api", endpoint = "guidelines")]
pub async fn guidelines() -> Result<String, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    community::store::guidelines::html(&state.db).await.map_err(AppError::from)
}

/// The guidelines' Markdown, for the admin's editor.
#[server(prefix = "/api", endpoint = "guidelines_source")]
pub async fn guidelines_source() -> Result<String, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    if let Err(d) = domain::permissions::check(viewer, domain::Action::ManageCommunity) {
        return ssr::fail(ssr::denied(d));
    }
    community::store::guidelines::source(&state.db).await.map_err(AppError::from)
}

#[server(prefix = "/api", endpoint = "save_guidelines")]
pub async fn save_guidelines(body: String) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let typed = echo([("body", body.as_str())]);
    community::store::guidelines::save(&state.db, viewer, &body)
        .await
        .or_else(|e| ssr::fail(ssr::store_error(e, typed)))
}

/// Whether the viewer has never posted (first-time askers see the
/// guidelines on the ask form).
#[server(prefix = "/api", endpoint = "first_time")]
pub async fn first_time() -> Result<bool, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let domain::Viewer::Account { id, .. } = viewer else { return Ok(false) };
    community::store::topics::post_count_by(&state.db, id).await.map(|n| n == 0).map_err(AppError::from)
}
