//! The world the storage tests share: a fixed instant, a handful of members
//! of each role, a public category with the usual tags, and builders for
//! places and questions. A test file adds only what is particular to it.

use domain::id::{CategoryId, TopicId};
use domain::id::{GroupId, PostId, UserId};
use domain::{PostKind, Role, Viewer, Visibility};

use crate::db::Db;
use crate::store::categories::{self, CategoryInput};
use crate::store::posts::{self, NewTopic};

/// The instant the storage tests write at: fixed, so that windows (an hour,
/// a day) and orders are exact. Accounts are made at 0, long before, so the
/// first-hour rules of auto-moderation are not what a test meets by chance.
pub const NOW: i64 = 1_790_000_000_000;
pub const MINUTE: i64 = 60_000;
pub const HOUR: i64 = 60 * MINUTE;
pub const DAY: i64 = 24 * HOUR;

/// A body long enough for every rule, the same for every question that
/// does not say otherwise.
pub const BODY: &str = "Here is what happens, in enough words to pass the rule.";

/// The account id of a member (tests never ask it of a visitor).
pub fn id(v: Viewer) -> UserId {
    match v {
        Viewer::Account { id, .. } => id,
        Viewer::Visitor => panic!("a visitor has no id"),
    }
}

/// A member of `role`, made without hashing a password.
pub async fn member(db: &Db, name: &str, role: Role) -> Viewer {
    super::quick_account(db, name, role).await
}

/// Sets a member's reputation directly (the rules that earn it are tested
/// on their own).
pub async fn set_reputation(db: &Db, v: Viewer, reputation: i64) {
    crate::on_db!(db, p => sqlx::query("UPDATE users SET reputation = $1 WHERE id = $2")
        .bind(reputation).bind(id(v)).execute(p).await.map(|r| r.rows_affected()))
    .expect("set reputation");
}

/// A category taking questions and discussions, public unless told.
#[derive(Clone, Copy, Debug)]
pub struct Place<'a> {
    pub name: &'a str,
    pub slug: &'a str,
    pub visibility: Visibility,
    pub groups: &'a [GroupId],
    pub parent: Option<CategoryId>,
}

impl<'a> Place<'a> {
    pub fn new(name: &'a str, slug: &'a str) -> Self {
        Self { name, slug, visibility: Visibility::Public, groups: &[], parent: None }
    }

    /// Visible as `visibility` says to `groups`.
    pub fn visible_to(self, visibility: Visibility, groups: &'a [GroupId]) -> Self {
        Self { visibility, groups, ..self }
    }

    pub fn under(self, parent: CategoryId) -> Self {
        Self { parent: Some(parent), ..self }
    }

    pub async fn create(self, db: &Db, admin: Viewer) -> CategoryId {
        let input = CategoryInput {
            name: self.name.into(),
            slug: self.slug.into(),
            color: "#336699".into(),
            post_types: vec![PostKind::Question, PostKind::Discussion],
            visibility: self.visibility,
            group_ids: self.groups.to_vec(),
            parent_id: self.parent,
            ..Default::default()
        };
        categories::save(db, admin, None, &input, NOW).await.expect("category")
    }
}

/// A group made by `admin`, with `members` (usernames) in it.
pub async fn group(db: &Db, admin: Viewer, name: &str, members: &[&str]) -> GroupId {
    let group = crate::store::groups::create(db, admin, name, "", NOW).await.expect("group");
    for m in members {
        crate::store::groups::add_member(db, admin, group, m, NOW).await.expect("join");
    }
    group
}

/// Makes tags (by an admin), as the questions of a test use them.
pub async fn tags(db: &Db, admin: Viewer, names: &[&str]) {
    for name in names {
        crate::store::tags::save(db, admin, None, name, "", None, NOW).await.expect("tag");
    }
}

/// A question to ask: in `category`, titled, with [`BODY`] tagged `sync`
/// at [`NOW`] unless told otherwise.
#[derive(Clone, Copy, Debug)]
pub struct Ask<'a> {
    pub category: CategoryId,
    pub title: &'a str,
    pub body: &'a str,
    pub tags: &'a str,
    pub at: i64,
}

impl<'a> Ask<'a> {
    pub fn new(category: CategoryId, title: &'a str) -> Self {
        Self { category, title, body: BODY, tags: "sync", at: NOW }
    }

    pub fn body(self, body: &'a str) -> Self {
        Self { body, ..self }
    }

    pub fn tags(self, tags: &'a str) -> Self {
        Self { tags, ..self }
    }

    pub fn at(self, at: i64) -> Self {
        Self { at, ..self }
    }

    pub fn topic(&self) -> NewTopic {
        NewTopic {
            kind: domain::post::PostKind::Question,
            category_id: Some(self.category),
            title: self.title.into(),
            body: self.body.into(),
            tags: self.tags.into(),
            request_key: None,
        }
    }

    /// Asks it as `who`; panics on refusal (use [`Ask::topic`] to test one).
    pub async fn by(self, db: &Db, who: Viewer) -> TopicId {
        posts::create_topic(db, who, &self.topic(), self.at).await.expect("ask").topic_id
    }
}

/// An answer by `who` at [`NOW`]; panics on refusal.
pub async fn answer(db: &Db, who: Viewer, topic: TopicId, body: &str) -> PostId {
    posts::create_answer(db, who, topic, body, &None, NOW).await.expect("answer").id
}

/// The members most tests need, and a public "General" category with the
/// tags `sync`, `billing` and `windows`.
#[derive(Clone, Copy, Debug)]
pub struct World {
    pub admin: Viewer,
    pub agent: Viewer,
    pub alice: Viewer,
    pub bob: Viewer,
    pub carol: Viewer,
    pub general: CategoryId,
}

impl World {
    pub async fn new(db: &Db) -> Self {
        let admin = member(db, "admin1", Role::Admin).await;
        let general = Place::new("General", "general").create(db, admin).await;
        tags(db, admin, &["sync", "billing", "windows"]).await;
        World {
            admin,
            agent: member(db, "agent1", Role::Agent).await,
            alice: member(db, "alice", Role::Member).await,
            bob: member(db, "bob", Role::Member).await,
            carol: member(db, "carol", Role::Member).await,
            general,
        }
    }

    /// A question in General, with the common body and tag.
    pub fn ask<'a>(&self, title: &'a str) -> Ask<'a> {
        Ask::new(self.general, title)
    }
}
