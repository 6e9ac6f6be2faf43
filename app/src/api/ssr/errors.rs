//! How a server function fails: store errors and refusals become `AppError`s
//! in the request's language, with the status set (except for plain form
//! posts, which go back to their form).
use std::collections::BTreeMap;

use axum::http::{header, HeaderValue};
use community::StoreError;
use domain::permissions::Denied;

use super::*;
use crate::error::AppError;

pub fn denied(d: Denied) -> AppError {
    match d {
        Denied::NotSignedIn => AppError::NotSignedIn,
        other => AppError::Forbidden(denied_message(other)),
    }
}

/// `viewer`'s refusal, if `action` is not theirs: checked before a form's
/// mistakes are reported, so that only who may act learns what is wrong.
pub fn allowed(viewer: domain::Viewer, action: domain::permissions::Action) -> Result<(), AppError> {
    domain::permissions::check(viewer, action).map_err(denied)
}

/// Why a permission was refused, in the request's language (the same
/// sentences as `Denied`'s English `Display`).
pub fn denied_message(d: Denied) -> String {
    match d {
        Denied::NotSignedIn => t!("denied-not-signed-in"),
        Denied::Forbidden => t!("denied-forbidden"),
        Denied::OwnRole => t!("denied-own-role"),
        Denied::NewTag => t!("denied-new-tag"),
        Denied::HasAnswers => t!("denied-has-answers"),
        Denied::OwnPost => t!("denied-own-post"),
        Denied::DownvoteReputation(n) => t!("denied-downvote-reputation", n = n),
        Denied::NotAsker => t!("denied-not-asker"),
        Denied::FlagReputation(n) => t!("denied-flag-reputation", n = n),
    }
}

/// "12 minutes": how long to wait before retrying, in the request's language.
pub fn wait_text(retry_after_ms: i64) -> String {
    t!("limit-minutes", n = domain::rate_limit::minutes_to_wait(retry_after_ms))
}

/// The `Retry-After` seconds for a wait in milliseconds.
pub fn retry_after_secs(retry_after_ms: i64) -> u64 {
    u64::try_from((retry_after_ms + 999) / 1000).unwrap_or(1)
}

/// Logs an internal cause and returns the generic error the user sees.
fn internal(e: impl std::fmt::Display) -> AppError {
    tracing::error!(error = %e, "internal error in a server function");
    AppError::Internal
}

/// A store error for people: refused fields keep what was typed (`echo`),
/// a refusal or a missing row keeps its meaning (403, 404), and only a real
/// failure becomes an internal error (logged). Without an echo, `?` does the
/// same through `From<StoreError>`: one idiom, so no refusal becomes a 500.
pub fn store_error(e: StoreError, echo: BTreeMap<String, String>) -> AppError {
    match e {
        StoreError::Invalid(fields) => AppError::invalid(fields, echo),
        StoreError::NotFound => AppError::NotFound,
        StoreError::Denied(d) => denied(d),
        // The store's own sentence is English; sign-up words its limit itself.
        StoreError::Limited { retry_after_ms, .. } => AppError::TooManyRequests {
            message: t!("limit-try-again", wait = wait_text(retry_after_ms)),
            retry_after_secs: retry_after_secs(retry_after_ms),
            echo,
        },
        StoreError::Busy(_) => AppError::Busy { retry_after_secs: 2 },
        other => internal(other),
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        store_error(e, BTreeMap::new())
    }
}

/// Sets the HTTP status of a failing server function, except for plain form
/// posts (no JavaScript): those must stay a redirect back to the form, which
/// then shows the error.
pub fn fail<T>(err: AppError) -> Result<T, AppError> {
    if !is_plain_form() {
        set_status(err.status());
        if let AppError::TooManyRequests { retry_after_secs, .. } | AppError::Busy { retry_after_secs } = &err
        {
            if let Some(res) = response() {
                res.insert_header(header::RETRY_AFTER, HeaderValue::from(*retry_after_secs));
            }
        }
    }
    Err(err)
}
