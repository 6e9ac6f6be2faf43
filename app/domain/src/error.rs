use serde::{Deserialize, Serialize};

/// A stable, machine-readable reason. The string form (`code()`) is part of
/// the API and doubles as the translation key for the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ErrorCode {
    UsernameTooShort,
    UsernameTooLong,
    UsernameInvalidChars,
    UsernameReserved,
    UsernameTaken,
    EmailInvalid,
    EmailTooLong,
    EmailTaken,
    PasswordTooShort,
    PasswordTooLong,
    PasswordCommon,
    PasswordContainsUsername,
    Required,
    RoleUnknown,
}

impl ErrorCode {
    pub fn code(self) -> &'static str {
        match self {
            Self::UsernameTooShort => "username.too_short",
            Self::UsernameTooLong => "username.too_long",
            Self::UsernameInvalidChars => "username.invalid_chars",
            Self::UsernameReserved => "username.reserved",
            Self::UsernameTaken => "username.taken",
            Self::EmailInvalid => "email.invalid",
            Self::EmailTooLong => "email.too_long",
            Self::EmailTaken => "email.taken",
            Self::PasswordTooShort => "password.too_short",
            Self::PasswordTooLong => "password.too_long",
            Self::PasswordCommon => "password.common",
            Self::PasswordContainsUsername => "password.contains_username",
            Self::Required => "field.required",
            Self::RoleUnknown => "role.unknown",
        }
    }

    /// The English sentence shown to the user; other languages translate by `code()`.
    pub fn message(self) -> &'static str {
        match self {
            Self::UsernameTooShort => "Use at least 3 characters.",
            Self::UsernameTooLong => "Use at most 32 characters.",
            Self::UsernameInvalidChars => {
                "Use only lowercase letters a–z, digits, underscores (_) and hyphens (-)."
            }
            Self::UsernameReserved => "This name is reserved. Please choose another.",
            Self::UsernameTaken => "This username is already taken.",
            Self::EmailInvalid => "Enter an email address like name@example.com.",
            Self::EmailTooLong => "This email address is too long.",
            Self::EmailTaken => "An account with this email already exists. Try signing in.",
            Self::PasswordTooShort => "Use at least 10 characters.",
            Self::PasswordTooLong => "Use at most 256 characters.",
            Self::PasswordCommon => "This password is too common and easy to guess. Choose another.",
            Self::PasswordContainsUsername => "Your password must not contain your username.",
            Self::Required => "This field is required.",
            Self::RoleUnknown => "Choose member, agent or admin.",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

/// A validation failure tied to one form field (by its `name`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{field}: {code}")]
pub struct FieldError {
    pub field: String,
    pub code: ErrorCode,
}

impl FieldError {
    pub fn new(field: &str, code: ErrorCode) -> Self {
        Self { field: field.to_owned(), code }
    }
}
