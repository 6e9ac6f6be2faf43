//! Places where posts live: categories, their visibility, and the rules for
//! the fields an admin fills in.

use crate::id::{CategoryId, GroupId};
use serde::{Deserialize, Serialize};

use crate::account::Role;
use crate::error::{ErrorCode, FieldError};
use crate::permissions::Viewer;
use crate::post::{normalize_line, PostKind};

text_enum! {
    /// Who may read a category (and everything in it).
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Visibility {
        #[default]
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

/// The post kinds a category accepts, as the admin's form sends them: each a
/// topic kind (never `answer`). Parsed at the edge; `CategoryInput::check`
/// then requires at least one.
pub fn parse_post_types(values: &[String]) -> Result<Vec<PostKind>, FieldError> {
    values
        .iter()
        .map(|v| match PostKind::parse(v) {
            Ok(k) if k.is_topic() => Ok(k),
            _ => Err(FieldError::new("post_types", ErrorCode::KindUnknown)),
        })
        .collect()
}

/// A category as an admin saves it: its kinds and visibility already typed
/// (parsed at the edge: `parse_post_types`, `Visibility::parse`), its words
/// as typed until `check` normalizes them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryInput {
    pub name: String,
    pub slug: String,
    pub description: String,
    pub color: String,
    pub position: i64,
    pub parent_id: Option<CategoryId>,
    pub post_types: Vec<PostKind>,
    pub visibility: Visibility,
    /// The groups a `Visibility::Groups` category admits.
    pub group_ids: Vec<GroupId>,
}

impl CategoryInput {
    /// Every rule a category's fields must meet, with every problem at once;
    /// the input normalized (trimmed words, lowercase slug and colour,
    /// kinds and groups deduplicated). Whether the parent and groups exist
    /// is the store's to check.
    pub fn check(&self) -> Result<CategoryInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut ok = |r: Result<String, FieldError>| r.map_err(|e| errors.push(e)).unwrap_or_default();
        let name = ok(parse_name(&self.name));
        let slug = ok(parse_slug(&self.slug));
        let description = ok(parse_description(&self.description));
        let color = ok(parse_color(&self.color));
        let mut post_types: Vec<PostKind> = Vec::new();
        for k in &self.post_types {
            if !k.is_topic() {
                errors.push(FieldError::new("post_types", ErrorCode::KindUnknown));
            } else if !post_types.contains(k) {
                post_types.push(*k);
            }
        }
        if self.post_types.is_empty() {
            errors.push(FieldError::new("post_types", ErrorCode::Required));
        }
        let group_ids = parse_group_ids(&self.group_ids).map_err(|e| errors.push(e)).unwrap_or_default();
        if self.visibility == Visibility::Groups && self.group_ids.is_empty() {
            errors.push(FieldError::new("groups", ErrorCode::GroupsRequired));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(CategoryInput { name, slug, description, color, post_types, group_ids, ..self.clone() })
    }

    /// The kinds as `categories.post_types` stores them: `question,discussion`.
    pub fn post_types_text(&self) -> String {
        self.post_types.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(",")
    }
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
pub fn parse_group_ids(ids: &[GroupId]) -> Result<Vec<GroupId>, FieldError> {
    if ids.len() > MAX_CATEGORY_GROUPS {
        return Err(FieldError::new("groups", ErrorCode::TooManyGroups));
    }
    let mut unique: Vec<GroupId> = Vec::with_capacity(ids.len());
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
    use crate::id::UserId;

    const VISITOR: Viewer = Viewer::Visitor;
    const MEMBER: Viewer = Viewer::Account { id: UserId(3), role: Role::Member };
    const AGENT: Viewer = Viewer::Account { id: UserId(2), role: Role::Agent };

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
        assert_eq!(parse_group_ids(&[GroupId(3), GroupId(1), GroupId(3)]), Ok(vec![GroupId(3), GroupId(1)]));
        assert_eq!(parse_group_ids(&[]), Ok(vec![]));
        let most: Vec<GroupId> = (1..=MAX_CATEGORY_GROUPS as i64).map(GroupId).collect();
        assert_eq!(parse_group_ids(&most).map(|g| g.len()), Ok(MAX_CATEGORY_GROUPS));
        let too_many = FieldError::new("groups", ErrorCode::TooManyGroups);
        assert_eq!(parse_group_ids(&vec![GroupId(1); MAX_CATEGORY_GROUPS + 1]), Err(too_many.clone()));
        assert_eq!(parse_group_ids(&(0..10_000).map(GroupId).collect::<Vec<_>>()), Err(too_many));
        assert!(ErrorCode::TooManyGroups.message().contains(&MAX_CATEGORY_GROUPS.to_string()));
    }

    fn category(post_types: Vec<PostKind>, visibility: Visibility, group_ids: Vec<GroupId>) -> CategoryInput {
        CategoryInput {
            name: " Billing  &  plans ".into(),
            slug: "Billing".into(),
            description: "  Invoices\r\n".into(),
            color: "#2F7DE1".into(),
            position: 3,
            parent_id: Some(CategoryId(1)),
            post_types,
            visibility,
            group_ids,
        }
    }

    #[test]
    fn a_category_is_checked_whole_and_normalized() {
        let ok = category(
            vec![PostKind::Question, PostKind::Question],
            Visibility::Groups,
            vec![GroupId(2), GroupId(2)],
        )
        .check()
        .unwrap();
        assert_eq!(
            (ok.name.as_str(), ok.slug.as_str(), ok.color.as_str()),
            ("Billing & plans", "billing", "#2f7de1")
        );
        assert_eq!(
            (ok.description.as_str(), ok.position, ok.parent_id),
            ("Invoices", 3, Some(CategoryId(1)))
        );
        assert_eq!((ok.post_types_text().as_str(), ok.group_ids), ("question", vec![GroupId(2)]));
        let bad = CategoryInput {
            name: "x".into(),
            color: "red".into(),
            ..category(vec![], Visibility::Groups, vec![])
        };
        let codes: Vec<(String, ErrorCode)> =
            bad.check().unwrap_err().into_iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            codes,
            [
                ("name", ErrorCode::NameTooShort),
                ("color", ErrorCode::ColorInvalid),
                ("post_types", ErrorCode::Required),
                ("groups", ErrorCode::GroupsRequired)
            ]
            .map(|(f, c)| (f.to_owned(), c))
        );
        let answer = category(vec![PostKind::Answer], Visibility::Public, vec![]).check().unwrap_err();
        assert_eq!(answer[0].code, ErrorCode::KindUnknown);
    }

    #[test]
    fn post_types() {
        let kinds = parse_post_types(&["discussion".into(), "question".into()]);
        assert_eq!(kinds.unwrap(), vec![PostKind::Discussion, PostKind::Question]);
        assert_eq!(parse_post_types(&[]), Ok(vec![]));
        assert!(parse_post_types(&["answer".into()]).is_err());
        assert!(parse_post_types(&["<script>".into()]).is_err());
        assert!(accepts("question,discussion", PostKind::Discussion));
        assert!(!accepts("discussion", PostKind::Question));
    }
}
