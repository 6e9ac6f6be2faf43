//! Admins configure the community: categories, groups and tags.
//!
//! Every function is thin: who is asking -> `community::store` -> errors. The
//! store functions check `Action::ManageCommunity` themselves; the list
//! functions check it here, so a member gets 403 and a visitor 401.
//!
//! Forms post these without JavaScript too (URL-encoded, decoded by
//! serde_qs in non-strict mode). Checkbox lists are named `post_types[]` and
//! `group_ids[]`: serde_qs refuses a key repeated without brackets. Numbers
//! typed by the admin arrive as text or `Option<i64>`, because a browser
//! sends an empty string for an empty or invalid `type="number"` field.

use domain::id::{CategoryId, GroupId, TagId, UserId};
#[cfg(feature = "ssr")]
use std::collections::BTreeMap;

use domain::model::{Author, Category, Group, Tag, TagGroup};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// What the categories page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoriesAdmin {
    /// Top-level categories, each followed by its sub-categories.
    pub categories: Vec<Category>,
    /// The groups a restricted category may admit.
    pub groups: Vec<Group>,
}

/// A category or tag was saved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    pub id: i64,
    pub name: String,
    pub created: bool,
}

/// What the groups page shows; `selected` is the group whose members are open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupsAdmin {
    pub groups: Vec<Group>,
    pub selected: Option<GroupMembers>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupMembers {
    pub group: Group,
    pub members: Vec<Author>,
}

/// What the tags page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagsAdmin {
    /// Most used first.
    pub tags: Vec<Tag>,
    pub groups: Vec<TagGroup>,
    pub members_create_tags: bool,
}

/// Joins list values for the `echo` map, which holds one string per field.
pub fn join_echo<T: ToString>(values: &[T]) -> String {
    values.iter().map(T::to_string).collect::<Vec<_>>().join(",")
}

#[cfg(feature = "ssr")]
fn opt_echo<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// The viewer, if they may manage the community; else the failure to return.
#[cfg(feature = "ssr")]
async fn admin_viewer() -> Result<(crate::state::AppState, domain::Viewer), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    if let Err(d) = domain::permissions::check(viewer, domain::Action::ManageCommunity) {
        return ssr::fail(ssr::denied(d));
    }
    Ok((state, viewer))
}

/// A required choice (a select left on its placeholder) as a field error.
#[cfg(feature = "ssr")]
fn required<T>(field: &str, echo: BTreeMap<String, String>) -> Result<T, AppError> {
    let e = domain::FieldError::new(field, domain::ErrorCode::Required);
    super::ssr::fail(AppError::invalid(vec![e], echo))
}

// ---- categories ----

/// Admins only: every category (tree order) and the groups.
#[server(prefix = "/api", endpoint = "admin_categories")]
pub async fn admin_categories() -> Result<CategoriesAdmin, AppError> {
    use community::store::{categories, groups};
    let (state, _) = admin_viewer().await?;
    let categories = categories::all(&state.db).await?;
    let groups = groups::list(&state.db).await?;
    Ok(CategoriesAdmin { categories, groups })
}

/// The category form as typed. `id`, `position` and `parent_id` are text
/// (a browser sends an empty string for an empty or invalid number field,
/// which means none); the kinds and the visibility are parsed into enums by
/// `save_category`, the rest checked by `CategoryInput::check`. The fields
/// travel flat (`name=…&post_types[]=…`), so the form posts without
/// JavaScript, and one argument stands for the whole form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CategoryForm {
    pub id: String,
    pub name: String,
    pub slug: String,
    pub description: String,
    pub color: String,
    pub position: String,
    pub parent_id: String,
    pub post_types: Vec<String>,
    pub visibility: String,
    pub group_ids: Vec<GroupId>,
}

/// Admins only: creates (`id` empty) or updates a category.
#[server(prefix = "/api", endpoint = "save_category")]
pub async fn save_category(#[server(flatten)] form: CategoryForm) -> Result<Saved, AppError> {
    use super::ssr;
    use community::store::categories::{self, CategoryInput};
    let number = |s: &str| s.trim().parse::<i64>().ok();
    let id = number(&form.id).map(CategoryId);
    let position = number(&form.position);
    let parent_id = number(&form.parent_id).map(CategoryId);
    let CategoryForm { name, slug, description, color, post_types, visibility, group_ids, .. } = form;
    let echo: BTreeMap<String, String> = [
        ("id", opt_echo(id)),
        ("name", name.clone()),
        ("slug", slug.clone()),
        ("description", description.clone()),
        ("color", color.clone()),
        ("position", opt_echo(position)),
        ("parent_id", opt_echo(parent_id)),
        ("post_types", join_echo(&post_types)),
        ("visibility", visibility.clone()),
        ("group_ids", join_echo(&group_ids)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    // The kinds and the visibility become enums here, at the edge; the
    // store gets a typed input and checks the rest (`CategoryInput::check`).
    let mut errors = Vec::new();
    let post_types =
        domain::place::parse_post_types(&post_types).map_err(|e| errors.push(e)).unwrap_or_default();
    let visibility = domain::Visibility::parse(&visibility)
        .map_err(|e| errors.push(e))
        .unwrap_or(domain::Visibility::Public);
    let input = CategoryInput {
        name,
        slug,
        description,
        color,
        position: position.unwrap_or(0),
        parent_id,
        post_types,
        visibility,
        group_ids,
    };
    if !errors.is_empty() {
        // Only an admin learns what is wrong with a category form.
        if let Err(refused) = ssr::allowed(viewer, domain::permissions::Action::ManageCommunity) {
            return ssr::fail(refused);
        }
        // Every problem at once: the other fields' too.
        let more = input.check().err().unwrap_or_default();
        errors.extend(more.into_iter().filter(|e| e.field != "post_types" && e.field != "visibility"));
        return ssr::fail(AppError::invalid(errors, echo));
    }
    match categories::save(&state.db, viewer, id, &input, community::clock::now_ms()).await {
        Ok(new_id) => Ok(Saved {
            id: new_id.get(),
            name: domain::place::parse_name(&input.name).unwrap_or(input.name),
            created: id.is_none(),
        }),
        Err(e) => ssr::fail(ssr::store_error(e, echo)),
    }
}

/// Admins only: deletes an empty category (no topics, no sub-categories).
#[server(prefix = "/api", endpoint = "delete_category")]
pub async fn delete_category(category_id: CategoryId) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    community::store::categories::delete(&state.db, viewer, category_id)
        .await
        .or_else(|e| ssr::fail(e.into()))
}

// ---- groups ----

/// Admins only: every group with its member count, and the members of
/// `group` when given (none if it no longer exists).
#[server(prefix = "/api", endpoint = "admin_groups")]
pub async fn admin_groups(group: Option<GroupId>) -> Result<GroupsAdmin, AppError> {
    use community::store::groups;
    let (state, _) = admin_viewer().await?;
    let all = groups::list(&state.db).await?;
    let selected = match group.and_then(|id| all.iter().find(|g| g.id == id).cloned()) {
        Some(group) => {
            let members = groups::members(&state.db, group.id).await?;
            Some(GroupMembers { group, members })
        }
        None => None,
    };
    Ok(GroupsAdmin { groups: all, selected })
}

/// Admins only. Returns the group's name as saved.
#[server(prefix = "/api", endpoint = "create_group")]
pub async fn create_group(
    #[server(default)] name: String,
    #[server(default)] description: String,
) -> Result<String, AppError> {
    use super::ssr;
    let echo = crate::error::echo([("name", &name), ("description", &description)]);
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    match community::store::groups::create(&state.db, viewer, &name, &description, community::clock::now_ms())
        .await
    {
        Ok(_) => Ok(domain::place::parse_name(&name).unwrap_or(name)),
        Err(e) => ssr::fail(ssr::store_error(e, echo)),
    }
}

/// Admins only. Restricted categories simply stop admitting its members.
#[server(prefix = "/api", endpoint = "delete_group")]
pub async fn delete_group(group_id: GroupId) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    community::store::groups::delete(&state.db, viewer, group_id).await.or_else(|e| ssr::fail(e.into()))
}

/// Admins only. Returns the username as typed (trimmed).
#[server(prefix = "/api", endpoint = "add_group_member")]
pub async fn add_group_member(
    group_id: GroupId,
    #[server(default)] username: String,
) -> Result<String, AppError> {
    use super::ssr;
    let username = username.trim().to_owned();
    let echo = crate::error::echo([("group_id", &group_id.to_string()), ("username", &username)]);
    if username.is_empty() {
        return required("username", echo);
    }
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    match community::store::groups::add_member(
        &state.db,
        viewer,
        group_id,
        &username,
        community::clock::now_ms(),
    )
    .await
    {
        Ok(()) => Ok(username),
        Err(e) => ssr::fail(ssr::store_error(e, echo)),
    }
}

/// Admins only.
#[server(prefix = "/api", endpoint = "remove_group_member")]
pub async fn remove_group_member(group_id: GroupId, user_id: UserId) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    community::store::groups::remove_member(&state.db, viewer, group_id, user_id)
        .await
        .or_else(|e| ssr::fail(e.into()))
}

// ---- tags ----

/// Admins only: every tag, the tag groups and the tag-creation setting.
#[server(prefix = "/api", endpoint = "admin_tags")]
pub async fn admin_tags() -> Result<TagsAdmin, AppError> {
    use super::ssr;
    use community::store::{settings, tags};
    let (state, _) = admin_viewer().await?;
    let access = ssr::access().await?;
    let all = tags::list(&state.db, &access).await?;
    let groups = tags::groups(&state.db).await?;
    let members_create_tags = settings::get_bool(&state.db, tags::MEMBERS_CREATE_TAGS, false).await?;
    Ok(TagsAdmin { tags: all, groups, members_create_tags })
}

/// Admins only. Returns the group's name as saved.
#[server(prefix = "/api", endpoint = "create_tag_group")]
pub async fn create_tag_group(
    #[server(default)] name: String,
    #[server(default)] position: Option<i64>,
) -> Result<String, AppError> {
    use super::ssr;
    let echo = crate::error::echo([("name", &name), ("position", &opt_echo(position))]);
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    match community::store::tags::create_group(&state.db, viewer, &name, position.unwrap_or(0)).await {
        Ok(_) => Ok(domain::place::parse_name(&name).unwrap_or(name)),
        Err(e) => ssr::fail(ssr::store_error(e, echo)),
    }
}

/// Admins only. Its tags stay, ungrouped.
#[server(prefix = "/api", endpoint = "delete_tag_group")]
pub async fn delete_tag_group(group_id: i64) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    community::store::tags::delete_group(&state.db, viewer, group_id).await.or_else(|e| ssr::fail(e.into()))
}

/// Admins only: creates (`id` empty) or renames/describes/regroups a tag.
#[server(prefix = "/api", endpoint = "save_tag")]
pub async fn save_tag(
    #[server(default)] id: Option<TagId>,
    #[server(default)] name: String,
    #[server(default)] description: String,
    #[server(default)] group_id: Option<i64>,
) -> Result<Saved, AppError> {
    use super::ssr;
    let echo = crate::error::echo([
        ("id", &opt_echo(id)),
        ("name", &name),
        ("description", &description),
        ("group_id", &opt_echo(group_id)),
    ]);
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let now = community::clock::now_ms();
    match community::store::tags::save(&state.db, viewer, id, &name, &description, group_id, now).await {
        Ok(new_id) => Ok(Saved {
            id: new_id.get(),
            name: domain::post::parse_tag(&name).unwrap_or(name),
            created: id.is_none(),
        }),
        Err(e) => ssr::fail(ssr::store_error(e, echo)),
    }
}

/// Admins only: moves every topic of tag `from` to tag `into`, then deletes `from`.
#[server(prefix = "/api", endpoint = "merge_tags")]
pub async fn merge_tags(
    #[server(default)] from: Option<TagId>,
    #[server(default)] into: Option<TagId>,
) -> Result<(), AppError> {
    use super::ssr;
    let echo = crate::error::echo([("from", &opt_echo(from)), ("into", &opt_echo(into))]);
    let (Some(from), Some(into)) = (from, into) else {
        return required(if from.is_none() { "from" } else { "into" }, echo);
    };
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    community::store::tags::merge(&state.db, viewer, from, into)
        .await
        .or_else(|e| ssr::fail(ssr::store_error(e, echo)))
}

/// Admins only. Topics keep their other tags.
#[server(prefix = "/api", endpoint = "delete_tag")]
pub async fn delete_tag(tag_id: TagId) -> Result<(), AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    community::store::tags::delete(&state.db, viewer, tag_id).await.or_else(|e| ssr::fail(e.into()))
}

/// Admins only: may members create new tags while posting? `enabled` is a
/// checkbox: present ("on") when checked, absent otherwise.
#[server(prefix = "/api", endpoint = "set_members_create_tags")]
pub async fn set_members_create_tags(#[server(default)] enabled: Option<String>) -> Result<bool, AppError> {
    use super::ssr;
    use community::store::{settings, tags};
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    let value = enabled.is_some();
    match settings::set_bool(&state.db, viewer, tags::MEMBERS_CREATE_TAGS, value).await {
        Ok(()) => Ok(value),
        Err(e) => ssr::fail(e.into()),
    }
}
