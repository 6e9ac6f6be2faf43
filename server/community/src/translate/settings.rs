//! The translation provider the admin chose, kept in `settings`. The API key
//! is written, never read back to a browser.

use std::collections::HashMap;
use std::time::Duration;

use domain::{ErrorCode, FieldError, Viewer};

use super::providers::{ProviderConfig, ProviderKind};
use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::on_db;
use crate::store::settings;

const PROVIDER: &str = "translation.provider";
const URL: &str = "translation.url";
const API_KEY: &str = "translation.api_key";
const MODEL: &str = "translation.model";
const TIMEOUT: &str = "translation.timeout_secs";
const RETRIES: &str = "translation.retries";

pub const DEFAULT_TIMEOUT_SECS: u64 = 8;
pub const DEFAULT_RETRIES: u32 = 2;

/// The settings as the admin page shows them (no key, only whether one is set).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderSettings {
    /// Empty when translation is off.
    pub provider: String,
    pub url: String,
    pub model: String,
    pub timeout_secs: u64,
    pub retries: u32,
    pub has_key: bool,
}

/// What the admin submits.
pub struct ProviderInput<'a> {
    pub provider: &'a str,
    pub url: &'a str,
    /// Empty keeps the saved key.
    pub api_key: &'a str,
    pub forget_key: bool,
    pub model: &'a str,
    pub timeout_secs: &'a str,
    pub retries: &'a str,
}

/// Every translation setting in one read (they are read on each machine
/// translation): key -> value.
async fn stored(db: &Db) -> StoreResult<HashMap<String, String>> {
    let rows: Vec<(String, String)> = on_db!(db, p => sqlx::query_as(
        "SELECT key, value FROM settings WHERE key LIKE 'translation.%'")
        .fetch_all(p).await)?;
    Ok(rows.into_iter().collect())
}

fn text<'a>(values: &'a HashMap<String, String>, key: &str) -> &'a str {
    values.get(key).map(String::as_str).unwrap_or("")
}

/// The configured provider, `None` when translation is off.
pub async fn provider_config(db: &Db) -> StoreResult<Option<ProviderConfig>> {
    let v = stored(db).await?;
    let Some(kind) = ProviderKind::parse(text(&v, PROVIDER)) else {
        return Ok(None);
    };
    Ok(Some(ProviderConfig {
        kind,
        url: text(&v, URL).to_owned(),
        api_key: text(&v, API_KEY).to_owned(),
        model: text(&v, MODEL).to_owned(),
        timeout: Duration::from_secs(text(&v, TIMEOUT).parse().unwrap_or(DEFAULT_TIMEOUT_SECS)),
        retries: text(&v, RETRIES).parse().unwrap_or(DEFAULT_RETRIES),
    }))
}

fn ensure_admin(viewer: Viewer) -> StoreResult<()> {
    domain::permissions::check(viewer, domain::permissions::Action::ManageCommunity)
        .map_err(StoreError::Denied)
}

/// The settings for the admin page.
pub async fn load(db: &Db, viewer: Viewer) -> StoreResult<ProviderSettings> {
    ensure_admin(viewer)?;
    let v = stored(db).await?;
    Ok(ProviderSettings {
        provider: text(&v, PROVIDER).to_owned(),
        url: text(&v, URL).to_owned(),
        model: text(&v, MODEL).to_owned(),
        timeout_secs: text(&v, TIMEOUT).parse().unwrap_or(DEFAULT_TIMEOUT_SECS),
        retries: text(&v, RETRIES).parse().unwrap_or(DEFAULT_RETRIES),
        has_key: !text(&v, API_KEY).is_empty(),
    })
}

/// Checks and saves the admin's choice. Every problem is reported at once.
pub async fn save(db: &Db, viewer: Viewer, input: &ProviderInput<'_>) -> StoreResult<()> {
    ensure_admin(viewer)?;
    let mut errors = Vec::new();
    let provider = input.provider.trim();
    let kind = ProviderKind::parse(provider);
    if !provider.is_empty() && kind.is_none() {
        errors.push(FieldError::new("provider", ErrorCode::Required));
    }
    let url = input.url.trim().trim_end_matches('/');
    if kind.is_some() && !valid_url(url) {
        errors.push(FieldError::new("url", ErrorCode::UrlInvalid));
    }
    if kind == Some(ProviderKind::OpenAi) && input.model.trim().is_empty() {
        errors.push(FieldError::new("model", ErrorCode::Required));
    }
    let timeout = input.timeout_secs.trim().parse::<u64>().ok().filter(|t| (1..=60).contains(t));
    if timeout.is_none() {
        errors.push(FieldError::new("timeout_secs", ErrorCode::DurationInvalid));
    }
    let retries = input.retries.trim().parse::<u32>().ok().filter(|r| *r <= 5);
    if retries.is_none() {
        errors.push(FieldError::new("retries", ErrorCode::DurationInvalid));
    }
    let key = input.api_key.trim();
    if kind == Some(ProviderKind::DeepL)
        && key.is_empty()
        && (input.forget_key || settings::get_text(db, API_KEY, "").await?.is_empty())
    {
        errors.push(FieldError::new("api_key", ErrorCode::Required));
    }
    if !errors.is_empty() {
        return Err(StoreError::Invalid(errors));
    }
    let mut pairs = vec![
        (PROVIDER, kind.map(|k| k.as_str().to_owned()).unwrap_or_default()),
        (URL, url.to_owned()),
        (MODEL, input.model.trim().to_owned()),
        (TIMEOUT, timeout.unwrap_or(DEFAULT_TIMEOUT_SECS).to_string()),
        (RETRIES, retries.unwrap_or(DEFAULT_RETRIES).to_string()),
    ];
    if !key.is_empty() {
        pairs.push((API_KEY, key.to_owned()));
    } else if input.forget_key {
        pairs.push((API_KEY, String::new()));
    }
    settings::set_texts(db, viewer, &pairs).await
}

fn valid_url(url: &str) -> bool {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split('/').next().unwrap_or("");
        !host.is_empty() && !r.chars().any(|c| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\\'))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn urls() {
        assert!(super::valid_url("http://127.0.0.1:5000"));
        assert!(super::valid_url("https://api-free.deepl.com"));
        assert!(!super::valid_url("ftp://x"));
        assert!(!super::valid_url("http://"));
        assert!(!super::valid_url("http://a b"));
    }
}
