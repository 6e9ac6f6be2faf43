//! Places where posts live: categories, their visibility, and the rules for
//! the fields an admin fills in.

use serde::{Deserialize, Serialize};

use crate::account::Role;
use crate::error::{ErrorCode, FieldError};
use crate::permissions::Viewer;
use crate::post::{normalize_line, PostKind};

text_enum! {
    /// Who may read a category (and everything in it).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Visibility {
        Public = "public",
        /// Signed-in members only: hidden from visitors, feeds and search engines.
        Members = "members",
        /// Members of at least one of the category's groups (and staff).
        Groups = "groups",
    }
}

impl Visibility {
    pub fn parse(s: &str) -> Result<Self, FieldError> {
        Self::from_text(s.trim()).ok_or_else(|| FieldError::new("visibility", ErrorCode::VisibilityUnknown))
    }
}

/// May `viewer` read a category with this visibility? `in_group` says
/// whether the viewer belongs to one of the category's groups. Staff read
/// everything: they moderate every place.
pub fn can_read(viewer: Viewer, visibility: Visibility, in_group: bool) -> bool {
    match (visibility, viewer) {
        (Visibility::Public, _) => true,
        (_, Viewer::Visitor) => false,
        (_, Viewer::Account { role, .. }) if role >= Role::Agent => true,
        (Visibility::Members, Viewer::Account { .. }) => true,
        (Visibility::Groups, Viewer::Account { .. }) => in_group,
    }
}

/// A display name for a category, group or tag group: 2–50 characters.
pub fn parse_name(s: &str) -> Result<String, FieldError> {
    let n = normalize_line(s);
    match n.chars().count() {
        0 => Err(FieldError::new("name", ErrorCode::Required)),
        1 => Err(FieldError::new("name", ErrorCode::NameTooShort)),
        c if c > 50 => Err(FieldError::new("name", ErrorCode::NameTooLong)),
        _ => Ok(n),
    }
}

/// A category slug, as typed by the admin: 2–40 of `a-z 0-9 -`.
pub fn parse_slug(s: &str) -> Result<String, FieldError> {
    let s = s.trim().to_lowercase();
    let ok = (2..=40).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-');
    if ok {
        Ok(s)
    } else if s.is_empty() {
        Err(FieldError::new("slug", ErrorCode::Required))
    } else {
        Err(FieldError::new("slug", ErrorCode::SlugInvalid))
    }
}

/// `#rrggbb`, lowercased.
pub fn parse_color(s: &str) -> Result<String, FieldError> {
    let s = s.trim().to_lowercase();
    let ok = s.len() == 7 && s.starts_with('#') && s[1..].bytes().all(|b| b.is_ascii_hexdigit());
    if ok {
        Ok(s)
    } else {
        Err(FieldError::new("color", ErrorCode::ColorInvalid))
    }
}

/// A description: at most 500 characters.
pub fn parse_description(s: &str) -> Result<String, FieldError> {
    let d = s.trim().replace("\r\n", "\n");
    if d.chars().count() > 500 {
        Err(FieldError::new("description", ErrorCode::DescriptionTooLong))
    } else {
        Ok(d)
    }
}

/// The post kinds a category accepts, stored as `question,discussion`. Kinds
/// this build does not know are kept, so a newer node's category still
/// round-trips through an older one.
pub fn parse_post_types(values: &[String]) -> Result<Vec<String>, FieldError> {
    let mut kinds: Vec<String> = Vec::new();
    for v in values {
        let k = PostKind::parse(v).map_err(|_| FieldError::new("post_types", ErrorCode::KindUnknown))?;
        if !k.is_topic() {
            return Err(FieldError::new("post_types", ErrorCode::KindUnknown));
        }
        if !kinds.iter().any(|x| x == k.as_str()) {
            kinds.push(k.as_str().to_owned());
        }
    }
    if kinds.is_empty() {
        return Err(FieldError::new("post_types", ErrorCode::Required));
    }
    Ok(kinds)
}

/// The most groups one category may be restricted to. Each chosen group is
/// a row written when the category is saved and checked whenever someone
/// opens it; a community with more groups than this gathers them into
/// fewer, larger ones rather than listing each on every category.
pub const MAX_CATEGORY_GROUPS: usize = 100;

/// The groups a restricted category admits, as ticked on the form:
/// deduplicated in order, at most `MAX_CATEGORY_GROUPS` of them (counted as
/// sent, so ten thousand copies of one id are refused too, before any is
/// looked up). Whether each exists is the store's to check.
pub fn parse_group_ids(ids: &[i64]) -> Result<Vec<i64>, FieldError> {
    if ids.len() > MAX_CATEGORY_GROUPS {
        return Err(FieldError::new("groups", ErrorCode::TooManyGroups));
    }
    let mut unique: Vec<i64> = Vec::with_capacity(ids.len());
    for id in ids {
        if !unique.contains(id) {
            unique.push(*id);
        }
    }
    Ok(unique)
}

pub fn accepts(post_types: &str, kind: PostKind) -> bool {
    post_types.split(',').any(|k| k == kind.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    const VISITOR: Viewer = Viewer::Visitor;
    const MEMBER: Viewer = Viewer::Account { id: 3, role: Role::Member };
    const AGENT: Viewer = Viewer::Account { id: 2, role: Role::Agent };

    #[test]
    fn visibility_rules() {
        assert!(can_read(VISITOR, Visibility::Public, false));
        assert!(!can_read(VISITOR, Visibility::Members, false));
        assert!(!can_read(VISITOR, Visibility::Groups, true));
        assert!(can_read(MEMBER, Visibility::Members, false));
        assert!(!can_read(MEMBER, Visibility::Groups, false));
        assert!(can_read(MEMBER, Visibility::Groups, true));
        assert!(can_read(AGENT, Visibility::Groups, false));
    }

    #[test]
    fn admin_fields() {
        assert_eq!(parse_slug(" Sync-Backup ").as_deref(), Ok("sync-backup"));
        assert_eq!(parse_slug("-x").unwrap_err().code, ErrorCode::SlugInvalid);
        assert_eq!(parse_slug("a b").unwrap_err().code, ErrorCode::SlugInvalid);
        assert_eq!(parse_slug("").unwrap_err().code, ErrorCode::Required);
        assert_eq!(parse_color("#2F7DE1").as_deref(), Ok("#2f7de1"));
        assert!(parse_color("red").is_err());
        assert!(parse_color("#12345g").is_err());
        assert_eq!(parse_name(" Billing  &  plans ").as_deref(), Ok("Billing & plans"));
        assert_eq!(parse_name("x").unwrap_err().code, ErrorCode::NameTooShort);
        assert!(parse_description(&"a".repeat(501)).is_err());
    }

    #[test]
    fn a_category_admits_a_bounded_list_of_groups() {
        assert_eq!(parse_group_ids(&[3, 1, 3]), Ok(vec![3, 1]));
        assert_eq!(parse_group_ids(&[]), Ok(vec![]));
        let most: Vec<i64> = (1..=MAX_CATEGORY_GROUPS as i64).collect();
        assert_eq!(parse_group_ids(&most).map(|g| g.len()), Ok(MAX_CATEGORY_GROUPS));
        let too_many = FieldError::new("groups", ErrorCode::TooManyGroups);
        assert_eq!(parse_group_ids(&vec![1; MAX_CATEGORY_GROUPS + 1]), Err(too_many.clone()));
        assert_eq!(parse_group_ids(&(0..10_000).collect::<Vec<i64>>()), Err(too_many));
        assert!(ErrorCode::TooManyGroups.message().contains(&MAX_CATEGORY_GROUPS.to_string()));
    }

    #[test]
    fn post_types() {
        let kinds = parse_post_types(&["discussion".into(), "question".into(), "question".into()]);
        assert_eq!(kinds.unwrap(), vec!["discussion", "question"]);
        assert!(parse_post_types(&[]).is_err());
        assert!(parse_post_types(&["answer".into()]).is_err());
        assert!(accepts("question,discussion", PostKind::Discussion));
        assert!(!accepts("discussion", PostKind::Question));
    }
}
