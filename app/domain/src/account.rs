use crate::id::Timestamp;
use crate::id::UserId;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::error::{ErrorCode, FieldError};

pub const USERNAME_MIN: usize = 3;
pub const USERNAME_MAX: usize = 32;
pub const PASSWORD_MIN: usize = 10;
/// argon2 accepts long inputs, but an unbounded one is a cheap way to burn CPU.
pub const PASSWORD_MAX: usize = 256;
pub const EMAIL_MAX: usize = 254;

/// A session ends after this long without being used...
pub const SESSION_IDLE_MS: i64 = 14 * 24 * 3600 * 1000;
/// ...and in any case this long after its sign-in, however active: a stolen
/// cookie cannot be kept alive forever by using it.
pub const SESSION_ABSOLUTE_MS: i64 = 30 * 24 * 3600 * 1000;

/// When a session used at `now_ms` expires: the idle deadline, capped by
/// the absolute one.
pub fn session_expiry(created_at_ms: i64, now_ms: i64) -> i64 {
    (now_ms + SESSION_IDLE_MS).min(created_at_ms + SESSION_ABSOLUTE_MS)
}

/// Names that would confuse readers or collide with routes.
const RESERVED: &[&str] = &[
    "admin",
    "administrator",
    "root",
    "system",
    "support",
    "moderator",
    "staff",
    "entraide",
    "anonymous",
    "null",
    "undefined",
    "signin",
    "signup",
    "signout",
    "api",
    "me",
];

/// A validated username: 3–32 of `a-z 0-9 _ -`. Stored as typed; uniqueness
/// is decided on `key()` so `Alice` and `alice` can never both exist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Username(String);

impl Username {
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let err = |code| FieldError::new("username", code);
        let name = input.trim();
        if name.is_empty() {
            return Err(err(ErrorCode::Required));
        }
        let len = name.chars().count();
        if len < USERNAME_MIN {
            return Err(err(ErrorCode::UsernameTooShort));
        }
        if len > USERNAME_MAX {
            return Err(err(ErrorCode::UsernameTooLong));
        }
        if !name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-') {
            return Err(err(ErrorCode::UsernameInvalidChars));
        }
        if RESERVED.contains(&name) {
            return Err(err(ErrorCode::UsernameReserved));
        }
        Ok(Self(name.to_owned()))
    }

    /// The value uniqueness is decided on.
    pub fn key(&self) -> String {
        self.0.to_ascii_lowercase()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

/// The key to look an account up by, from a name someone typed or put in a
/// link (a profile address, a moderation form, a filter): trimmed and
/// lowercased like `Username::key`. Every stored username went through
/// `Username::parse`, so a name of more than `USERNAME_MAX` characters names
/// nobody: it is refused here, as an error on `field`, before it reaches a
/// query. Shorter names are not checked further: an unknown one is simply
/// not found. Empty stays empty (callers decide what that means).
pub fn username_key(field: &str, input: &str) -> Result<String, FieldError> {
    let name = input.trim();
    // Counting stops past the limit: a megabyte of text costs no more than a name.
    if name.chars().take(USERNAME_MAX + 1).count() > USERNAME_MAX {
        return Err(FieldError::new(field, ErrorCode::UsernameTooLong));
    }
    Ok(name.to_lowercase())
}

/// The longest members filter worth running: it matches part of a username
/// or of an email address, and no email address is longer than `EMAIL_MAX`
/// (usernames are shorter still), so a longer filter cannot match anyone.
pub const MEMBER_FILTER_MAX: usize = EMAIL_MAX;

/// The admins' members filter (`/admin/members?q=`), trimmed; empty means
/// everyone. Longer than `MEMBER_FILTER_MAX` it is refused on `q` before it
/// becomes a LIKE pattern.
pub fn parse_member_filter(input: &str) -> Result<String, FieldError> {
    let q = input.trim();
    if q.chars().take(MEMBER_FILTER_MAX + 1).count() > MEMBER_FILTER_MAX {
        return Err(FieldError::new("q", ErrorCode::TextTooLong));
    }
    Ok(q.to_owned())
}

/// A syntactically plausible email address. Deliverability is not knowable
/// without sending mail, so this only rejects what is clearly not an address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let err = |code| FieldError::new("email", code);
        let email = input.trim();
        if email.is_empty() {
            return Err(err(ErrorCode::Required));
        }
        if email.len() > EMAIL_MAX {
            return Err(err(ErrorCode::EmailTooLong));
        }
        let Some((local, domain)) = email.rsplit_once('@') else {
            return Err(err(ErrorCode::EmailInvalid));
        };
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local.chars().all(|c| !c.is_whitespace() && !c.is_control() && !"<>()[]\\,;:@\"".contains(c));
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
            && labels
                .last()
                .is_some_and(|tld| tld.chars().count() >= 2 && !tld.chars().all(|c| c.is_ascii_digit()));
        if !local_ok || !domain_ok {
            return Err(err(ErrorCode::EmailInvalid));
        }
        Ok(Self(email.to_owned()))
    }

    /// Addresses differ only by case in practice never belong to two people,
    /// so uniqueness ignores case.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

/// A password that meets the policy. Deliberately not `Serialize` and with a
/// redacting `Debug`, so it cannot end up in a log or a response.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

impl Password {
    /// Checks the policy for a new password: 10–256 characters, not one of
    /// the most common passwords, and not built around the username.
    pub fn parse_new(input: &str, username: Option<&str>) -> Result<Self, FieldError> {
        let err = |code| FieldError::new("password", code);
        if input.is_empty() {
            return Err(err(ErrorCode::Required));
        }
        let len = input.chars().count();
        if len < PASSWORD_MIN {
            return Err(err(ErrorCode::PasswordTooShort));
        }
        if len > PASSWORD_MAX {
            return Err(err(ErrorCode::PasswordTooLong));
        }
        if is_common_password(input) {
            return Err(err(ErrorCode::PasswordCommon));
        }
        if let Some(name) = username {
            let name = name.trim().to_lowercase();
            if name.len() >= USERNAME_MIN && input.to_lowercase().contains(&name) {
                return Err(err(ErrorCode::PasswordContainsUsername));
            }
        }
        Ok(Self(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

fn common_passwords() -> &'static std::collections::HashSet<&'static str> {
    static LIST: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| {
        include_str!("../data/common-passwords.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect()
    })
}

/// True when the password (ignoring case) is in the embedded list of common
/// passwords, or is one character repeated.
pub fn is_common_password(password: &str) -> bool {
    let lower = password.to_lowercase();
    let mut chars = lower.chars();
    let repeated = chars.next().is_some_and(|first| chars.all(|c| c == first));
    repeated || common_passwords().contains(lower.as_str())
}

/// An account as the application shows it (never with its password hash).
/// Times are Unix milliseconds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub id: UserId,
    pub username: String,
    pub email: String,
    pub role: Role,
    pub created_at: Timestamp,
    pub last_seen_at: Option<Timestamp>,
    pub reputation: i64,
    /// Changes with every uploaded picture (cache busting); `None` without one.
    #[serde(default)]
    pub avatar_version: Option<i64>,
    /// The interface language the member chose (a locale code), or empty
    /// for "from the browser".
    #[serde(default)]
    pub ui_language: String,
    /// The languages the member reads (codes), from their profile.
    #[serde(default)]
    pub reads: Vec<String>,
    /// Translate posts in languages they do not read without being asked.
    #[serde(default)]
    pub auto_translate: bool,
}

text_enum! {
    /// The roles of the community, in increasing order of power.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Role {
        Member = "member",
        Agent = "agent",
        Admin = "admin",
    }
}

impl Role {
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        Role::from_text(&input.trim().to_ascii_lowercase())
            .ok_or_else(|| FieldError::new("role", ErrorCode::RoleUnknown))
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_slide_while_used_but_never_past_the_absolute_lifetime() {
        let day = 24 * 3600 * 1000;
        let created = 1_000 * day;
        assert_eq!(session_expiry(created, created), created + SESSION_IDLE_MS);
        assert_eq!(session_expiry(created, created + 5 * day), created + 5 * day + SESSION_IDLE_MS);
        // Used every day, it still ends 30 days after the sign-in.
        assert_eq!(session_expiry(created, created + 29 * day), created + SESSION_ABSOLUTE_MS);
        const { assert!(SESSION_IDLE_MS <= SESSION_ABSOLUTE_MS) };
    }

    fn code<T>(r: Result<T, FieldError>) -> ErrorCode {
        match r {
            Ok(_) => panic!("expected an error"),
            Err(e) => e.code,
        }
    }

    #[test]
    fn username_accepts_the_allowed_alphabet() {
        for ok in ["abc", "a_b-c", "user123", "x".repeat(32).as_str(), "  bob  "] {
            assert!(Username::parse(ok).is_ok(), "{ok}");
        }
        assert_eq!(Username::parse(" bob ").map(|u| u.into_inner()), Ok("bob".into()));
    }

    #[test]
    fn username_rejects_length_and_characters() {
        assert_eq!(code(Username::parse("")), ErrorCode::Required);
        assert_eq!(code(Username::parse("ab")), ErrorCode::UsernameTooShort);
        assert_eq!(code(Username::parse(&"a".repeat(33))), ErrorCode::UsernameTooLong);
        for bad in ["Alice", "bob smith", "ça-va", "a.b", "x@y", "émile"] {
            assert_eq!(code(Username::parse(bad)), ErrorCode::UsernameInvalidChars, "{bad}");
        }
        assert_eq!(code(Username::parse("admin")), ErrorCode::UsernameReserved);
    }

    #[test]
    fn lookup_keys_refuse_names_longer_than_any_username() {
        assert_eq!(username_key("member", "  Alice "), Ok("alice".to_owned()));
        assert_eq!(username_key("member", ""), Ok(String::new()));
        let longest = "x".repeat(USERNAME_MAX);
        assert_eq!(username_key("member", &longest), Ok(longest.clone()));
        // Characters, not bytes: 32 Cyrillic letters are no longer than a username.
        assert!(username_key("member", &"я".repeat(USERNAME_MAX)).is_ok());
        for long in ["x".repeat(USERNAME_MAX + 1), "x".repeat(100_000)] {
            assert_eq!(
                username_key("assignee", &long),
                Err(FieldError::new("assignee", ErrorCode::UsernameTooLong))
            );
        }
    }

    #[test]
    fn the_members_filter_is_no_longer_than_an_email_address() {
        assert_eq!(parse_member_filter("  ask "), Ok("ask".to_owned()));
        assert_eq!(parse_member_filter(&"a".repeat(MEMBER_FILTER_MAX)).map(|q| q.len()), Ok(EMAIL_MAX));
        assert_eq!(
            parse_member_filter(&"a".repeat(MEMBER_FILTER_MAX + 1)),
            Err(FieldError::new("q", ErrorCode::TextTooLong))
        );
    }

    #[test]
    fn username_key_is_case_insensitive() {
        let a = Username::parse("alice").unwrap();
        assert_eq!(a.key(), "alice");
    }

    #[test]
    fn email_validation() {
        for ok in ["a@b.co", "first.last+tag@example.com", "x@sub.domain.org", "élise@exemple.fr"] {
            assert!(Email::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "plain",
            "@example.com",
            "a@",
            "a@b",
            "a@.com",
            "a@b..com",
            "a b@c.com",
            ".a@b.com",
            "a.@b.com",
            "a..b@c.com",
            "a@b.c",
            "a@-b.com",
            "a@b.123",
            "a<b>@c.com",
        ] {
            assert_eq!(code(Email::parse(bad)), ErrorCode::EmailInvalid, "{bad}");
        }
        assert_eq!(code(Email::parse(" ")), ErrorCode::Required);
        let long = format!("{}@example.com", "a".repeat(250));
        assert_eq!(code(Email::parse(&long)), ErrorCode::EmailTooLong);
        assert_eq!(Email::parse("Bob@Example.COM").unwrap().key(), "bob@example.com");
    }

    #[test]
    fn password_policy() {
        assert!(Password::parse_new("correct horse battery", None).is_ok());
        assert_eq!(code(Password::parse_new("", None)), ErrorCode::Required);
        assert_eq!(code(Password::parse_new("short1234", None)), ErrorCode::PasswordTooShort);
        assert_eq!(code(Password::parse_new(&"ab".repeat(129), None)), ErrorCode::PasswordTooLong);
        // Length counts characters, not bytes.
        assert_eq!(code(Password::parse_new("ééééééééé", None)), ErrorCode::PasswordTooShort);
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        for common in ["password123", "PASSWORD123", "qwertyuiop", "1234567890", "aaaaaaaaaaaa"] {
            assert_eq!(code(Password::parse_new(common, None)), ErrorCode::PasswordCommon, "{common}");
        }
        assert!(common_passwords().len() > 2000);
    }

    #[test]
    fn password_must_not_contain_the_username() {
        assert_eq!(
            code(Password::parse_new("my-marguerite-2024", Some("marguerite"))),
            ErrorCode::PasswordContainsUsername
        );
        assert!(Password::parse_new("my-marguerite-2024", Some("paul")).is_ok());
    }

    #[test]
    fn password_debug_is_redacted() {
        let p = Password::parse_new("correct horse battery", None).unwrap();
        assert_eq!(format!("{p:?}"), "Password(<redacted>)");
    }

    #[test]
    fn roles_parse_and_order() {
        assert_eq!(Role::parse("Agent"), Ok(Role::Agent));
        assert_eq!(code(Role::parse("owner")), ErrorCode::RoleUnknown);
        assert!(Role::Member < Role::Agent && Role::Agent < Role::Admin);
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Ok(r));
        }
    }
}
