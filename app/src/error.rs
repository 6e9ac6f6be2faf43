//! The error type every server function returns. It travels to the browser
//! (and, without JavaScript, through the URL), so it carries only what the
//! user may see: internal causes are logged on the server and replaced by a
//! generic message.

use std::collections::BTreeMap;

use domain::FieldError;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppError {
    /// Some fields need fixing. `echo` carries back what was typed (never a
    /// password) so a form rendered without JavaScript can keep it.
    Invalid {
        fields: Vec<FieldError>,
        echo: BTreeMap<String, String>,
    },
    /// The request as a whole was refused, e.g. wrong credentials. The
    /// server writes `message` in the request's language.
    Refused {
        message: String,
        echo: BTreeMap<String, String>,
    },
    TooManyRequests {
        message: String,
        retry_after_secs: u64,
        echo: BTreeMap<String, String>,
    },
    /// The server is at its limit for this kind of work (a bounded pool
    /// is full): try again shortly. 503 with `Retry-After`.
    Busy {
        retry_after_secs: u64,
    },
    NotSignedIn,
    Forbidden(String),
    NotFound,
    Internal,
    /// Transport problems (offline, server unreachable, bad arguments).
    Transport(String),
}

/// The sentence a person reads, in the current language (`e.to_string()`).
impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AppError::Invalid { .. } => f.write_str(&t!("apperror-invalid")),
            AppError::Refused { message, .. } | AppError::TooManyRequests { message, .. } => {
                f.write_str(message)
            }
            AppError::Busy { .. } => f.write_str(&t!("apperror-busy")),
            AppError::NotSignedIn => f.write_str(&t!("apperror-not-signed-in")),
            AppError::Forbidden(message) => f.write_str(message),
            AppError::NotFound => f.write_str(&t!("apperror-not-found")),
            AppError::Internal => f.write_str(&t!("apperror-internal")),
            AppError::Transport(detail) => f.write_str(&t!("apperror-transport", detail = detail)),
        }
    }
}

impl std::error::Error for AppError {}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        // On the server this runs when the request itself is malformed
        // (missing or unparsable arguments): that is the client's mistake,
        // so answer 400 rather than server_fn's default 500.
        #[cfg(feature = "ssr")]
        if matches!(
            value,
            ServerFnErrorErr::Args(_)
                | ServerFnErrorErr::MissingArg(_)
                | ServerFnErrorErr::Deserialization(_)
        ) {
            if let Some(res) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
                res.set_status(http::StatusCode::BAD_REQUEST);
            }
        }
        AppError::Transport(value.to_string())
    }
}

impl AppError {
    pub fn invalid(fields: Vec<FieldError>, echo: BTreeMap<String, String>) -> Self {
        AppError::Invalid { fields, echo }
    }

    /// The message for one field, if it has a problem.
    pub fn field(&self, name: &str) -> Option<String> {
        match self {
            AppError::Invalid { fields, .. } => {
                fields.iter().find(|f| f.field == name).map(|f| crate::i18n::error_message(f.code))
            }
            _ => None,
        }
    }

    /// What the user had typed in `name`, to put back into the form.
    pub fn echo(&self, name: &str) -> Option<String> {
        match self {
            AppError::Invalid { echo, .. }
            | AppError::Refused { echo, .. }
            | AppError::TooManyRequests { echo, .. } => echo.get(name).cloned(),
            _ => None,
        }
    }

    /// The same error without what was typed, for when the echo is too
    /// large to keep (`community::store::flash::MAX_ERR_BYTES`).
    pub fn without_echo(self) -> Self {
        match self {
            AppError::Invalid { fields, .. } => AppError::Invalid { fields, echo: BTreeMap::new() },
            AppError::Refused { message, .. } => AppError::Refused { message, echo: BTreeMap::new() },
            AppError::TooManyRequests { message, retry_after_secs, .. } => {
                AppError::TooManyRequests { message, retry_after_secs, echo: BTreeMap::new() }
            }
            other => other,
        }
    }

    /// The HTTP status this error stands for.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Invalid { .. } => 422,
            AppError::Refused { .. } => 401,
            AppError::TooManyRequests { .. } => 429,
            AppError::Busy { .. } => 503,
            AppError::NotSignedIn => 401,
            AppError::Forbidden(_) => 403,
            AppError::NotFound => 404,
            AppError::Internal => 500,
            AppError::Transport(_) => 400,
        }
    }
}

/// Builds the `echo` map from (field, value) pairs.
pub fn echo<const N: usize>(pairs: [(&str, &str); N]) -> BTreeMap<String, String> {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v.to_owned())).collect()
}
