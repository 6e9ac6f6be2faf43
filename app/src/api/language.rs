//! The interface language: the header's switcher (visitors and members) and
//! the member's language settings.

use leptos::prelude::*;

use crate::error::AppError;

/// One interface language as the switcher lists it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LanguageChoice {
    pub code: String,
    /// The language's own name ("Français").
    pub name: String,
}

/// Every interface language, named in itself.
pub fn interface_languages() -> Vec<LanguageChoice> {
    crate::i18n::Locale::all()
        .map(|l| LanguageChoice { code: l.code().to_owned(), name: l.native_name() })
        .collect()
}

/// Switches the interface language: remembered in a cookie for everyone, and
/// in the member's settings when signed in. `language` empty = back to the
/// browser's language. Then goes back to `next` (a same-site path), so the
/// form also works without JavaScript.
#[server(prefix = "/api", endpoint = "set_language")]
pub async fn set_language(language: String, next: Option<String>) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let code = checked_code(&language)?;
    ssr::set_language_cookie(&state, &code);
    if let Some(user) = ssr::current_user().await? {
        community::store::users::set_ui_language(&state.db, user.id, &code).await?;
    }
    leptos_axum::redirect(&ssr::safe_next(next.as_deref()));
    Ok(())
}

/// Saves a member's language settings: the interface language and whether
/// posts in languages they do not read are translated automatically.
#[server(prefix = "/api", endpoint = "language_settings")]
pub async fn save_language_settings(
    ui_language: String,
    #[server(default)] auto_translate: Option<String>,
) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let Some(user) = ssr::current_user().await? else { return ssr::fail(AppError::NotSignedIn) };
    let code = checked_code(&ui_language)?;
    let auto = auto_translate.is_some_and(|v| !v.is_empty() && v != "false" && v != "off");
    community::store::users::set_language_settings(&state.db, user.id, &code, auto).await?;
    ssr::set_language_cookie(&state, &code);
    Ok(())
}

#[cfg(feature = "ssr")]
fn checked_code(language: &str) -> Result<String, AppError> {
    let language = language.trim();
    if language.is_empty() {
        return Ok(String::new());
    }
    match crate::i18n::Locale::parse(language) {
        Some(l) => Ok(l.code().to_owned()),
        None => super::ssr::fail(AppError::invalid(
            vec![domain::FieldError::new("ui_language", domain::ErrorCode::LanguageUnknown)],
            crate::error::echo([("ui_language", language)]),
        )),
    }
}
