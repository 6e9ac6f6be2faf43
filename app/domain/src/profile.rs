//! What members say about themselves on their profile, checked the same way
//! in the browser and on the server.

use crate::id::UserId;
use serde::{Deserialize, Serialize};

use crate::{ErrorCode, FieldError};

pub const DISPLAY_NAME_MAX: usize = 50;
pub const BIO_MAX: usize = 2_000;
pub const LOCATION_MAX: usize = 60;
pub const WEBSITE_MAX: usize = 200;

/// The largest picture file a member may upload.
pub const AVATAR_MAX_BYTES: usize = 5 * 1024 * 1024;
/// The widest and tallest picture accepted: a small file can declare huge
/// dimensions (a decompression bomb), so this is checked before decoding.
pub const AVATAR_MAX_SIDE: u32 = 8_192;
/// Side of the square every avatar is cropped and scaled to.
pub const AVATAR_SIDE: u32 = 256;
/// The picture formats accepted, as the file input's `accept` list.
pub const AVATAR_ACCEPT: &str = "image/png,image/jpeg,image/gif,image/webp";

/// Where a member's picture is served. The version changes with every
/// upload, so the URL can be cached for good.
pub fn avatar_url(username: &str, version: i64) -> String {
    format!("/avatars/{}.png?v={version}", crate::urlencode(username))
}

/// The letter shown in place of a picture.
pub fn initial(username: &str) -> String {
    username.chars().next().unwrap_or('?').to_uppercase().collect()
}

/// A profile as saved: every field trimmed and checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileFields {
    pub display_name: String,
    pub bio: String,
    pub location: String,
    pub website: String,
    pub languages: Vec<String>,
}

fn max_chars(field: &str, value: &str, max: usize, code: ErrorCode, errors: &mut Vec<FieldError>) -> String {
    let v = value.trim();
    if v.chars().count() > max {
        errors.push(FieldError::new(field, code));
    }
    v.to_owned()
}

/// A website must be an absolute http(s) URL with a host and no spaces or
/// quotes, so it can be linked safely.
pub fn valid_website(url: &str) -> bool {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    let Some(rest) = rest else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    !host.is_empty()
        && host.contains('.')
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
        && !url.chars().any(|c| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '`'))
}

impl ProfileFields {
    /// Checks a profile as typed; reports every problem at once. The
    /// profile as saved: trimmed, languages deduplicated.
    pub fn check(&self) -> Result<ProfileFields, Vec<FieldError>> {
        let ProfileFields { display_name, bio, location, website, languages } = self;
        let mut errors = Vec::new();
        let display_name =
            max_chars("display_name", display_name, DISPLAY_NAME_MAX, ErrorCode::NameTooLong, &mut errors);
        if display_name.chars().any(char::is_control) {
            errors.push(FieldError::new("display_name", ErrorCode::NameInvalid));
        }
        let bio = max_chars("bio", bio, BIO_MAX, ErrorCode::BioTooLong, &mut errors);
        let location = max_chars("location", location, LOCATION_MAX, ErrorCode::LocationTooLong, &mut errors);
        let website = max_chars("website", website, WEBSITE_MAX, ErrorCode::WebsiteInvalid, &mut errors);
        if !website.is_empty() && !valid_website(&website) {
            errors.push(FieldError::new("website", ErrorCode::WebsiteInvalid));
        }
        let mut langs: Vec<String> = Vec::new();
        for l in languages {
            let l = l.trim();
            if l.is_empty() {
                continue;
            }
            // The languages a member can say they read and write: the community's.
            if crate::language::community_code(l).is_none() {
                errors.push(FieldError::new("languages", ErrorCode::LanguageUnknown));
                break;
            }
            if !langs.iter().any(|x| x == l) {
                langs.push(l.to_owned());
            }
        }
        if errors.is_empty() {
            Ok(ProfileFields { display_name, bio, location, website, languages: langs })
        } else {
            // The website check can report twice (too long and invalid): once is enough.
            errors.dedup();
            Err(errors)
        }
    }
}

const DAY_MS: i64 = 86_400_000;

/// When `member_id` was last seen, as `viewer` may know it. The member and
/// staff get the time itself; everyone else only the day it fell on (UTC
/// midnight), which is all a profile shows: a precise time would let anyone
/// poll a profile to learn when someone is online.
pub fn last_seen_for(viewer: crate::Viewer, member_id: UserId, last_seen: i64) -> i64 {
    match viewer {
        crate::Viewer::Account { id, .. } if id == member_id => last_seen,
        crate::Viewer::Account { role, .. } if role >= crate::Role::Agent => last_seen,
        _ => last_seen - last_seen.rem_euclid(DAY_MS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_seen_is_exact_only_for_the_member_and_staff() {
        use crate::{Role, Viewer};
        let at = 1_790_000_123_456;
        let day = 1_789_948_800_000;
        assert_eq!(day % DAY_MS, 0);
        assert!(at - day < DAY_MS);
        let member = |id| Viewer::Account { id, role: Role::Member };
        assert_eq!(last_seen_for(member(UserId(7)), UserId(7), at), at, "the member themselves");
        assert_eq!(last_seen_for(Viewer::Account { id: UserId(1), role: Role::Agent }, UserId(7), at), at);
        assert_eq!(last_seen_for(Viewer::Account { id: UserId(1), role: Role::Admin }, UserId(7), at), at);
        assert_eq!(last_seen_for(member(UserId(8)), UserId(7), at), day, "another member sees the day");
        assert_eq!(last_seen_for(Viewer::Visitor, UserId(7), at), day);
        assert_eq!(last_seen_for(Viewer::Visitor, UserId(7), day), day);
    }

    #[test]
    fn a_full_profile_is_trimmed_and_kept() {
        let p = ProfileFields {
            display_name: " Ana ".into(),
            bio: "I *fix* sync.".into(),
            location: " Lyon ".into(),
            website: "https://ana.example.org/me".into(),
            languages: vec!["fr".into(), "en".into(), "fr".into()],
        }
        .check()
        .unwrap();
        assert_eq!(p.display_name, "Ana");
        assert_eq!(p.location, "Lyon");
        assert_eq!(p.languages, ["fr", "en"]);
        assert_eq!(ProfileFields::default().check().unwrap(), ProfileFields::default());
    }

    #[test]
    fn every_problem_is_reported() {
        let long = "x".repeat(61);
        let typed = ProfileFields {
            display_name: "n".repeat(51),
            bio: "b".repeat(2_001),
            location: long,
            website: "javascript:alert(1)".into(),
            languages: vec!["xx".into()],
        };
        let errs = typed.check().unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["display_name", "bio", "location", "website", "languages"]);
    }

    #[test]
    fn avatar_urls_carry_the_version() {
        assert_eq!(avatar_url("emma_b", 7), "/avatars/emma_b.png?v=7");
        assert_eq!(initial("lucas"), "L");
        assert_eq!(initial(""), "?");
    }

    #[test]
    fn websites_must_be_plain_http_urls() {
        assert!(valid_website("https://example.com"));
        assert!(valid_website("http://shop.example.co.uk/path?q=1"));
        assert!(!valid_website("example.com"));
        assert!(!valid_website("https://"));
        assert!(!valid_website("https://localhost"));
        assert!(!valid_website("https://ex ample.com"));
        assert!(!valid_website("https://example.com/\"onmouseover=x"));
        assert!(!valid_website("ftp://example.com"));
    }
}
