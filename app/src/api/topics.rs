//! Reading the community: the home page, topic lists, threads, histories,
//! profiles and the data the ask and edit forms need.

use domain::id::CategoryId;
use domain::id::{PostId, TopicId};
use domain::model::{Category, ListQuery, Revision, Tag, TagGroup, Thread, TopicPage, TopicSummary};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

pub const PAGE_SIZE: i64 = 30;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomeLists {
    pub categories: Vec<Category>,
    pub latest: Vec<TopicSummary>,
}

#[server(prefix = "/api", endpoint = "home")]
pub async fn home_data() -> Result<HomeLists, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let access = ssr::access().await?;
    let q = ListQuery { sort: domain::model::Sort::Newest, ..Default::default() };
    let page = community::store::topics::list(&state.db, &access, &q, 10).await?;
    Ok(HomeLists { categories: access.categories.clone(), latest: page.topics })
}

/// A topic list and what its page shows around it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicList {
    pub query: ListQuery,
    pub page: TopicPage,
    pub categories: Vec<Category>,
    pub category: Option<Category>,
    pub tag: Option<Tag>,
    /// The viewer's follow level for the list's category or tag.
    pub follow: Option<domain::follow::FollowLevel>,
    pub signed_in: bool,
}

/// One page of topics. Every argument comes from the URL, so a link shares
/// the view.
#[server(prefix = "/api", endpoint = "topics")]
pub async fn list_topics(
    sort: Option<String>,
    status: Option<String>,
    category: Option<String>,
    tag: Option<String>,
    after: Option<String>,
) -> Result<TopicList, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let access = ssr::access().await?;
    let nonempty = |s: Option<String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    let query = ListQuery {
        sort: domain::model::Sort::parse(sort.as_deref().unwrap_or_default()),
        status: domain::model::StatusFilter::parse(status.as_deref().unwrap_or_default()),
        category: nonempty(category),
        tag: nonempty(tag).map(|t| t.to_lowercase()),
        after: nonempty(after),
    };
    let page = match community::store::topics::list(&state.db, &access, &query, PAGE_SIZE).await {
        Ok(p) => p,
        Err(e) => return ssr::fail(e.into()),
    };
    let category = query.category.as_deref().and_then(|s| access.by_slug(s)).cloned();
    let tag = match query.tag.as_deref() {
        Some(t) => community::store::tags::by_name(&state.db, &access, t).await?,
        None => None,
    };
    use domain::follow::FollowTarget;
    let target = match (&category, &tag) {
        (Some(c), _) => Some((FollowTarget::Category, c.id.get())),
        (None, Some(t)) => Some((FollowTarget::Tag, t.id.get())),
        _ => None,
    };
    let follow = match target {
        Some((t, id)) => community::store::follows::level(&state.db, access.viewer, t, id).await?,
        None => None,
    };
    let signed_in = !matches!(access.viewer, domain::Viewer::Visitor);
    Ok(TopicList { query, page, categories: access.categories.clone(), category, tag, follow, signed_in })
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadPage {
    pub thread: Thread,
    /// A fresh key for the answer and comment forms: a retried submission
    /// carrying the same key creates nothing new.
    pub form_key: String,
    pub signed_in: bool,
    /// schema.org QAPage (or DiscussionForumPosting) as JSON, safe to put
    /// inside a <script> element.
    pub json_ld: String,
    /// The viewer's follow level for this question.
    pub follow: Option<domain::follow::FollowLevel>,
    /// Staff only: the categories a topic can be moved to (id, name).
    #[serde(default)]
    pub move_targets: Vec<(CategoryId, String)>,
}

/// A whole thread; counts the view once per reader per hour.
#[server(prefix = "/api", endpoint = "thread")]
pub async fn get_thread(id: TopicId) -> Result<ThreadPage, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let access = ssr::access().await?;
    let mut thread = match community::store::topics::thread(&state.db, &access, id).await {
        Ok(t) => t,
        Err(e) => return ssr::fail(e.into()),
    };
    let visitor = ssr::visitor_key().await?;
    state.views.record(id, &visitor, community::clock::now_ms());
    // Counted here and not yet written: the reader sees their own view.
    thread.view_count += state.views.pending(id);
    let json_ld = ssr::thread_json_ld(&thread, &ssr::base_url());
    let follow = community::store::follows::level(
        &state.db,
        access.viewer,
        domain::follow::FollowTarget::Topic,
        id.get(),
    )
    .await?;
    Ok(ThreadPage {
        thread,
        form_key: ssr::form_key(),
        signed_in: !matches!(access.viewer, domain::Viewer::Visitor),
        json_ld,
        follow,
        move_targets: if access.is_staff() {
            access.categories.iter().map(|c| (c.id, c.name.clone())).collect()
        } else {
            Vec::new()
        },
    })
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AskData {
    /// Categories the viewer may post in (readable, accepting a topic kind).
    pub categories: Vec<Category>,
    pub tags: Vec<Tag>,
    pub tag_groups: Vec<TagGroup>,
    pub may_create_tags: bool,
    pub form_key: String,
    /// The community guidelines, for a member who has never posted.
    #[serde(default)]
    pub first_time_guidelines: Option<String>,
}

#[server(prefix = "/api", endpoint = "ask_form")]
pub async fn ask_form() -> Result<AskData, AppError> {
    use super::ssr;
    use domain::permissions::{check, Action};
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    if let Err(d) = check(viewer, Action::Post) {
        return ssr::fail(ssr::denied(d));
    }
    let access = ssr::access().await?;
    let tags = community::store::tags::list(&state.db, &access).await?;
    let tag_groups = community::store::tags::groups(&state.db).await?;
    let members_may_create =
        community::store::settings::get_bool(&state.db, community::store::tags::MEMBERS_CREATE_TAGS, false)
            .await?;
    let categories = access.categories.iter().filter(|c| !c.post_types.is_empty()).cloned().collect();
    let first_time = match viewer {
        domain::Viewer::Account { id, .. } => {
            community::store::topics::post_count_by(&state.db, id).await? == 0
        }
        domain::Viewer::Visitor => false,
    };
    let first_time_guidelines =
        if first_time { Some(community::store::guidelines::html(&state.db).await?) } else { None };
    Ok(AskData {
        first_time_guidelines,
        categories,
        tags,
        tag_groups,
        may_create_tags: check(viewer, Action::CreateTag { members_may_create }).is_ok(),
        form_key: ssr::form_key(),
    })
}

/// A post's Markdown source and context, for its edit form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditData {
    pub id: PostId,
    pub is_topic: bool,
    pub topic_path: String,
    pub topic_title: String,
    pub title: String,
    pub body: String,
    pub tags: String,
}

#[server(prefix = "/api", endpoint = "edit_form")]
pub async fn edit_form(id: PostId) -> Result<EditData, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let access = ssr::access().await?;
    let src = match community::store::topics::source(&state.db, &access, id).await {
        Ok(s) => s,
        Err(e) => return ssr::fail(e.into()),
    };
    if !src.can_edit {
        return ssr::fail(match access.viewer {
            domain::Viewer::Visitor => AppError::NotSignedIn,
            _ => AppError::Forbidden(t!("api-edit-own-posts-only")),
        });
    }
    Ok(EditData {
        id,
        is_topic: src.is_topic,
        topic_path: domain::model::topic_path(src.topic_id, &src.topic_slug),
        topic_title: src.topic_title,
        title: src.title.unwrap_or_default(),
        body: src.body_md,
        tags: src.tags.join(" "),
    })
}

/// One revision with its differences from the one before.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionView {
    pub revision: Revision,
    pub title_diff: Option<Vec<DiffSegment>>,
    pub tags_diff: Option<Vec<DiffSegment>>,
    pub body_diff: Vec<DiffLine>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffSegment {
    /// "same", "added" or "removed".
    pub change: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffLine {
    pub change: String,
    pub segments: Vec<DiffSegment>,
    /// Set on a placeholder for this many unchanged lines left out.
    pub collapsed: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    pub post_id: PostId,
    pub topic_path: String,
    pub topic_title: String,
    /// Newest first.
    pub revisions: Vec<RevisionView>,
    pub can_rollback: bool,
    /// Staff may purge an old revision's text.
    pub can_redact: bool,
}

#[server(prefix = "/api", endpoint = "history")]
pub async fn post_history(id: PostId) -> Result<History, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let access = ssr::access().await?;
    let src = match community::store::topics::source(&state.db, &access, id).await {
        Ok(s) => s,
        Err(e) => return ssr::fail(e.into()),
    };
    let revisions = match community::store::posts::revisions(&state.db, access.viewer, id).await {
        Ok(r) => r,
        Err(e) => return ssr::fail(e.into()),
    };
    let mut views = Vec::with_capacity(revisions.len());
    for (i, rev) in revisions.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|p| revisions.get(p));
        views.push(ssr::revision_view(prev, rev));
    }
    views.reverse();
    Ok(History {
        post_id: id,
        topic_path: domain::model::topic_path(src.topic_id, &src.topic_slug),
        topic_title: src.topic_title,
        revisions: views,
        can_rollback: access.is_staff(),
        can_redact: access.is_staff(),
    })
}

/// Every tag with its group, for the tags index.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagDirectory {
    pub tags: Vec<Tag>,
    pub groups: Vec<TagGroup>,
}

#[server(prefix = "/api", endpoint = "tag_index")]
pub async fn tag_index() -> Result<TagDirectory, AppError> {
    use super::ssr;
    let state = ssr::state()?;
    let access = ssr::access().await?;
    let tags = community::store::tags::list(&state.db, &access).await?;
    let groups = community::store::tags::groups(&state.db).await?;
    Ok(TagDirectory { tags, groups })
}
