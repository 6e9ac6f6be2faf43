//! Translations of posts and comments: the reader's inline toggle, the
//! author's language correction, human translations, and the admin's choice
//! of provider. Thin: who is asking -> `community::translate` -> errors.

use domain::id::{PostId, TopicId};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// A translation as the toggle shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownTranslation {
    pub language: String,
    pub source_language: String,
    pub title: Option<String>,
    /// Rendered from Markdown and sanitized on the server, like the original.
    pub body_html: String,
    /// Written by a person (the author or an agent).
    pub human: bool,
    /// The person's username, or the provider's name.
    pub by: String,
}

/// A translation, or "unavailable right now" (no provider, or it failed):
/// an expected outcome, not an error, so the original simply stays.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TranslationResult {
    Translated(ShownTranslation),
    Unavailable,
}

#[cfg(feature = "ssr")]
fn subject(kind: &str, id: i64) -> Result<community::translate::Subject, AppError> {
    match kind {
        "post" => Ok(community::translate::Subject::Post(PostId(id))),
        "comment" => Ok(community::translate::Subject::Comment(domain::CommentId(id))),
        _ => super::ssr::fail(AppError::NotFound),
    }
}

#[cfg(feature = "ssr")]
fn shown(t: community::translate::Translation) -> ShownTranslation {
    use community::translate::Origin;
    let (human, by) = match t.origin {
        Origin::Human { translator } => (true, translator),
        Origin::Machine { provider } => (false, provider),
    };
    ShownTranslation {
        language: t.language,
        source_language: t.source_language,
        title: t.title,
        body_html: t.body_html,
        human,
        by,
    }
}

/// Translates a post (`kind` = "post") or a comment ("comment") into
/// `target` for whoever may read it. Answers 404 for what they may not read,
/// and 429 with `Retry-After` once new machine translations are over the
/// hourly budget (stored translations are still served).
#[server(prefix = "/api", endpoint = "translate")]
pub async fn translate_text(kind: String, id: i64, target: String) -> Result<TranslationResult, AppError> {
    use super::ssr;
    use community::translate::Outcome;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let subject = subject(&kind, id)?;
    let now = community::clock::now_ms();
    let client = ssr::client_info().limit_subject();
    match community::translate::translate(&state.db, viewer, &client, subject, &target, now).await {
        Ok(Outcome::Translated(t)) => Ok(TranslationResult::Translated(shown(t))),
        Ok(Outcome::Unavailable(_)) => Ok(TranslationResult::Unavailable),
        Err(community::StoreError::Limited { retry_after_ms, .. }) => ssr::fail(AppError::TooManyRequests {
            message: t!("limit-translate", wait = ssr::wait_text(retry_after_ms)),
            retry_after_secs: ssr::retry_after_secs(retry_after_ms),
            echo: Default::default(),
        }),
        Err(e) => ssr::fail(e.into()),
    }
}

/// The author (or staff) corrects the language a post or comment is written in.
#[server(prefix = "/api", endpoint = "content_language")]
pub async fn set_content_language(
    kind: String,
    id: i64,
    language: String,
    #[server(default)] next: Option<String>,
) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let subject = subject(&kind, id)?;
    let now = community::clock::now_ms();
    match community::translate::set_language(&state.db, viewer, subject, &language, now).await {
        Ok(_) => {
            if let Some(next) = next.filter(|n| !n.is_empty()) {
                leptos_axum::redirect(&ssr::safe_next(Some(&next)));
            }
            Ok(())
        }
        Err(e) => ssr::fail(ssr::store_error(e, crate::error::echo([("language", language.as_str())]))),
    }
}

/// What the human-translation page starts from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftTranslation {
    pub post_id: PostId,
    pub topic_id: TopicId,
    pub source_language: String,
    pub original_title: Option<String>,
    pub original_body: String,
    /// The translation stored for this revision and language, if any.
    pub title: String,
    pub body: String,
    /// Who wrote the stored translation ("" when none, else a username or a provider).
    pub by: String,
    pub human: bool,
}

/// The author or an agent: the post's text and its stored translation into `language`.
#[server(prefix = "/api", endpoint = "translation_draft")]
pub async fn translation_draft(post_id: PostId, language: String) -> Result<DraftTranslation, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    match community::translate::draft(&state.db, viewer, post_id, &language).await {
        Ok(d) => {
            let body = d.existing.as_ref().map(|t| t.body_md.clone()).unwrap_or_default();
            let existing = d.existing.map(shown);
            Ok(DraftTranslation {
                post_id,
                topic_id: d.topic_id,
                source_language: d.source_language,
                original_title: d.original_title,
                original_body: d.original_body,
                title: existing.as_ref().and_then(|t| t.title.clone()).unwrap_or_default(),
                body,
                by: existing.as_ref().map(|t| t.by.clone()).unwrap_or_default(),
                human: existing.as_ref().is_some_and(|t| t.human),
            })
        }
        Err(e) => ssr::fail(e.into()),
    }
}

/// Saves the author's or an agent's translation of a post, then goes back
/// to the post (also without JavaScript).
#[server(prefix = "/api", endpoint = "save_translation")]
pub async fn save_translation(
    post_id: PostId,
    language: String,
    #[server(default)] title: String,
    body: String,
) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let echo = crate::error::echo([
        ("language", language.as_str()),
        ("title", title.as_str()),
        ("body", body.as_str()),
    ]);
    ssr::write_allowed(&state, viewer, &echo).await?;
    let input =
        community::translate::HumanTranslation { post_id, language: &language, title: &title, body: &body };
    match community::translate::save_human(&state.db, viewer, &input, community::clock::now_ms()).await {
        Ok(topic_id) => {
            leptos_axum::redirect(&format!(
                "/q/{topic_id}{}",
                domain::model::post_anchor(topic_id, Some(post_id), None)
            ));
            Ok(())
        }
        Err(e) => ssr::fail(ssr::store_error(e, echo)),
    }
}

/// The provider settings as the admin page shows them (never the key).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderSettings {
    pub provider: String,
    pub url: String,
    pub model: String,
    pub timeout_secs: u64,
    pub retries: u32,
    pub has_key: bool,
    /// New machine translations per hour: per member, per network address,
    /// for the whole community.
    pub budget_per_member: usize,
    pub budget_per_ip: usize,
    pub budget_global: usize,
}

#[server(prefix = "/api", endpoint = "translation_settings")]
pub async fn translation_settings() -> Result<ProviderSettings, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    match community::translate::settings::load(&state.db, viewer).await {
        Ok(s) => Ok(ProviderSettings {
            provider: s.provider,
            url: s.url,
            model: s.model,
            timeout_secs: s.timeout_secs,
            retries: s.retries,
            has_key: s.has_key,
            budget_per_member: s.budget.per_member,
            budget_per_ip: s.budget.per_ip,
            budget_global: s.budget.global,
        }),
        Err(e) => ssr::fail(e.into()),
    }
}

/// The provider form as typed: text only, parsed and bounded by
/// `community::translate::settings::save`. Its fields travel flat
/// (`provider=…&url=…`), so the form posts without JavaScript, and one
/// argument stands for the whole form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProviderForm {
    pub provider: String,
    pub url: String,
    pub api_key: String,
    pub forget_key: Option<String>,
    pub model: String,
    pub timeout_secs: String,
    pub retries: String,
    pub budget_per_member: String,
    pub budget_per_ip: String,
    pub budget_global: String,
}

/// Admins only. An empty key keeps the saved one; `forget_key` removes it.
/// Blank budget fields keep the defaults.
#[server(prefix = "/api", endpoint = "save_translation_settings")]
pub async fn save_translation_settings(#[server(flatten)] form: ProviderForm) -> Result<(), AppError> {
    use super::ssr;
    let ProviderForm {
        provider,
        url,
        api_key,
        forget_key,
        model,
        timeout_secs,
        retries,
        budget_per_member,
        budget_per_ip,
        budget_global,
    } = form;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    // The key is never echoed back (nor, without JavaScript, into an address).
    let echo = crate::error::echo([
        ("provider", provider.as_str()),
        ("url", url.as_str()),
        ("model", model.as_str()),
        ("timeout_secs", timeout_secs.as_str()),
        ("retries", retries.as_str()),
        ("budget_per_member", budget_per_member.as_str()),
        ("budget_per_ip", budget_per_ip.as_str()),
        ("budget_global", budget_global.as_str()),
    ]);
    // Lengths first, after the admin check: the store reads the saved
    // settings and seals the key before it reports field errors, and an
    // over-long value must reach neither.
    if let Err(d) = domain::permissions::check(viewer, domain::Action::ManageCommunity) {
        return ssr::fail(ssr::denied(d));
    }
    if let Err(fields) = domain::translation::check_provider_lengths(&url, &model, &api_key) {
        // What was refused is not echoed back: it may be megabytes.
        let mut echo = echo;
        for f in &fields {
            echo.remove(&f.field);
        }
        return ssr::fail(AppError::invalid(fields, echo));
    }
    let input = community::translate::settings::ProviderInput {
        provider: &provider,
        url: &url,
        api_key: &api_key,
        forget_key: forget_key.is_some_and(|v| !v.is_empty()),
        model: &model,
        timeout_secs: &timeout_secs,
        retries: &retries,
        budget_per_member: &budget_per_member,
        budget_per_ip: &budget_per_ip,
        budget_global: &budget_global,
    };
    community::translate::settings::save(&state.db, viewer, &input)
        .await
        .or_else(|e| ssr::fail(ssr::store_error(e, echo)))
}

/// Admins only: translates a sample sentence with the saved settings, so the
/// admin sees at once whether the provider answers.
#[server(prefix = "/api", endpoint = "try_translation")]
pub async fn try_translation(target: String) -> Result<String, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    if let Err(e) = community::translate::settings::load(&state.db, viewer).await {
        return ssr::fail(e.into());
    }
    // Only a known language code is sent to the provider.
    let target = match domain::translation::parse_target(&target) {
        Ok(code) => code,
        Err(e) => return ssr::fail(AppError::invalid(vec![e], Default::default())),
    };
    let config = community::translate::settings::provider_config(&state.db).await?;
    let Some(config) = config else {
        return ssr::fail(AppError::Forbidden(t!("translation-admin-none-configured")));
    };
    let provider = community::translate::providers::provider(config);
    let sample = vec![t!("translation-admin-sample")];
    let source = crate::i18n::current().code();
    let target = if target == source {
        if source == "en" {
            "fr"
        } else {
            "en"
        }
    } else {
        target
    };
    match provider.translate(&sample, source, target).await {
        Ok(out) => Ok(out.into_iter().next().unwrap_or_default()),
        Err(e) => ssr::fail(AppError::Forbidden(t!("translation-admin-try-failed", reason = e.to_string()))),
    }
}
