//! Plain data that the server sends to the interface: categories, tags,
//! topics, answers, comments and revisions. Bodies are HTML that the server
//! has already rendered and sanitized.

use crate::id::Timestamp;
use crate::id::{CategoryId, CommentId, GroupId, PostId, TagId, TopicId, UserId};
use serde::{Deserialize, Serialize};

use crate::place::Visibility;
use crate::post::PostKind;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    pub id: CategoryId,
    pub parent_id: Option<CategoryId>,
    pub name: String,
    pub slug: String,
    pub description: String,
    pub color: String,
    pub position: i64,
    /// Topic kinds accepted, e.g. `["question", "discussion"]`.
    pub post_types: Vec<String>,
    pub visibility: Visibility,
    pub group_ids: Vec<GroupId>,
    pub topic_count: i64,
    pub post_count: i64,
    pub last_activity_at: Option<Timestamp>,
}

impl Category {
    pub fn accepts(&self, kind: PostKind) -> bool {
        self.post_types.iter().any(|k| k == kind.as_str())
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub id: GroupId,
    pub name: String,
    pub description: String,
    pub member_count: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagGroup {
    pub id: i64,
    pub name: String,
    pub position: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    pub id: TagId,
    pub name: String,
    pub description: String,
    pub group_id: Option<i64>,
    pub topic_count: i64,
}

/// Who wrote something, as shown beside it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Author {
    pub id: UserId,
    pub username: String,
    pub reputation: i64,
    /// 1–10, from the community's level thresholds, and that level's name.
    pub level: u8,
    pub level_name: String,
}

/// A topic in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicSummary {
    pub id: TopicId,
    pub kind: PostKind,
    pub title: String,
    pub slug: String,
    pub excerpt: String,
    pub category_id: CategoryId,
    pub author: Author,
    pub tags: Vec<String>,
    pub created_at: Timestamp,
    pub last_activity_at: Timestamp,
    pub answer_count: i64,
    pub view_count: i64,
    pub score: i64,
    pub solved: bool,
    pub locked: bool,
    #[serde(default)]
    pub pinned: bool,
    #[serde(default)]
    pub featured: bool,
}

impl TopicSummary {
    pub fn path(&self) -> String {
        topic_path(self.id, &self.slug)
    }
}

/// The fragment that points at a post or comment inside its thread: none
/// for the question itself.
pub fn post_anchor(topic_id: TopicId, post_id: Option<PostId>, comment_id: Option<CommentId>) -> String {
    match (comment_id, post_id) {
        (Some(c), _) => format!("#comment-{c}"),
        (None, Some(p)) if p != topic_id.post() => format!("#post-{p}"),
        _ => String::new(),
    }
}

pub fn topic_path(id: TopicId, slug: &str) -> String {
    format!("/q/{id}/{slug}")
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub id: CommentId,
    pub post_id: PostId,
    pub author: Author,
    pub body_html: String,
    pub created_at: Timestamp,
    pub deleted: bool,
    pub can_delete: bool,
    /// Hidden by flags or a moderator: shown to staff only.
    #[serde(default)]
    pub hidden: bool,
    /// The language it is written in (a code), detected or set by its author.
    #[serde(default)]
    pub language: String,
}

/// A question, discussion or answer as shown on the thread page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Post {
    pub id: PostId,
    pub kind: PostKind,
    pub author: Author,
    pub body_html: String,
    pub created_at: Timestamp,
    pub edited_at: Option<Timestamp>,
    pub edited_by: Option<String>,
    pub revision: i64,
    pub score: i64,
    pub deleted: bool,
    /// Hidden by a moderator: shown to staff only, with a note.
    #[serde(default)]
    pub hidden: bool,
    /// Held for review: shown to its author and staff only, with why.
    #[serde(default)]
    pub held_reason: Option<String>,
    pub comments: Vec<Comment>,
    pub can_edit: bool,
    pub can_delete: bool,
    /// The viewer's vote: -1, 0 or 1.
    pub my_vote: i64,
    /// The viewer may vote on it (signed in, not their own, thread open).
    pub can_vote: bool,
    /// Answers only: the accepted answer of its question.
    pub accepted: bool,
    /// Answers only: who marked it "Verified by support".
    pub verified_by: Option<String>,
    /// The language it is written in (a code), detected or set by its author.
    #[serde(default)]
    pub language: String,
    /// Languages a person (its author or an agent) translated it into.
    #[serde(default)]
    pub human_translations: Vec<String>,
}

/// A whole thread: the topic, its answers (oldest first) and its place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thread {
    pub id: TopicId,
    pub title: String,
    pub slug: String,
    pub category: Category,
    pub parent_category: Option<Category>,
    pub tags: Vec<String>,
    pub topic: Post,
    pub answers: Vec<Post>,
    pub view_count: i64,
    pub answer_count: i64,
    pub last_activity_at: Timestamp,
    pub locked: bool,
    pub accepted_answer_id: Option<PostId>,
    /// Who accepted the accepted answer.
    pub accepted_by: Option<String>,
    /// The viewer may accept an answer here (the asker of a question, or staff).
    pub can_accept: bool,
    /// Plain-text start of the body, for meta descriptions.
    pub excerpt: String,
    /// The viewer may restore deleted posts and roll back revisions.
    pub can_moderate: bool,
    #[serde(default)]
    pub pinned: bool,
    #[serde(default)]
    pub featured: bool,
    /// Closed as a duplicate of this question (id, title, path).
    #[serde(default)]
    pub duplicate_of: Option<(TopicId, String, String)>,
    /// The agent this question is assigned to.
    #[serde(default)]
    pub assigned_to: Option<String>,
}

impl Thread {
    pub fn path(&self) -> String {
        topic_path(self.id, &self.slug)
    }
}

/// One version of a post in its history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    pub number: i64,
    pub author: Author,
    pub created_at: Timestamp,
    pub reason: Option<String>,
    pub title: Option<String>,
    pub body_md: String,
    pub tags: Option<String>,
    pub rollback_of: Option<i64>,
    /// When staff redacted it: its title and body are gone (empty here), and
    /// readers are told so instead.
    pub redacted_at: Option<Timestamp>,
}

/// How a topic list is ordered. `Votes` orders by score, which the voting
/// issue fills in; until then every score is 0 and it falls back to newest.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sort {
    #[default]
    Active,
    Newest,
    Unanswered,
    Votes,
}

impl Sort {
    pub const ALL: [Sort; 4] = [Sort::Active, Sort::Newest, Sort::Unanswered, Sort::Votes];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Newest => "newest",
            Self::Unanswered => "unanswered",
            Self::Votes => "votes",
        }
    }

    /// Unknown values fall back to the default, so an old or mistyped link
    /// still shows a list.
    pub fn parse(s: &str) -> Self {
        Self::ALL.into_iter().find(|v| v.as_str() == s).unwrap_or_default()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StatusFilter {
    #[default]
    All,
    Solved,
    Unsolved,
    Unanswered,
}

impl StatusFilter {
    pub const ALL: [StatusFilter; 4] =
        [StatusFilter::All, StatusFilter::Solved, StatusFilter::Unsolved, StatusFilter::Unanswered];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::All => "all",
            Self::Solved => "solved",
            Self::Unsolved => "unsolved",
            Self::Unanswered => "unanswered",
        }
    }

    pub fn parse(s: &str) -> Self {
        Self::ALL.into_iter().find(|v| v.as_str() == s).unwrap_or_default()
    }
}

/// What a topic list shows; every field is in the URL.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListQuery {
    pub sort: Sort,
    pub status: StatusFilter,
    pub category: Option<String>,
    pub tag: Option<String>,
    pub after: Option<String>,
}

impl ListQuery {
    /// The query string for this view (without `after` unless `with_after`).
    pub fn to_query(&self, with_after: bool) -> String {
        let mut parts = Vec::new();
        if self.sort != Sort::default() {
            parts.push(format!("sort={}", self.sort.as_str()));
        }
        if self.status != StatusFilter::default() {
            parts.push(format!("status={}", self.status.as_str()));
        }
        if let Some(c) = &self.category {
            parts.push(format!("category={}", crate::urlencode(c)));
        }
        if let Some(t) = &self.tag {
            parts.push(format!("tag={}", crate::urlencode(t)));
        }
        if with_after {
            if let Some(a) = &self.after {
                parts.push(format!("after={}", crate::urlencode(a)));
            }
        }
        parts.join("&")
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicPage {
    pub topics: Vec<TopicSummary>,
    pub next_after: Option<String>,
}

/// Opaque keyset cursors: the sort key values and the id of the last row.
pub fn encode_cursor(keys: &[i64]) -> String {
    keys.iter().map(i64::to_string).collect::<Vec<_>>().join("_")
}

pub fn decode_cursor(s: &str, len: usize) -> Option<Vec<i64>> {
    let keys: Vec<i64> = s.split('_').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    (keys.len() == len).then_some(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_reject_garbage() {
        assert_eq!(decode_cursor(&encode_cursor(&[-3, 1_700_000, 42]), 3), Some(vec![-3, 1_700_000, 42]));
        assert_eq!(decode_cursor("1_2", 3), None);
        assert_eq!(decode_cursor("1_x_3", 3), None);
        assert_eq!(decode_cursor("' OR 1=1 --", 2), None);
    }

    #[test]
    fn list_queries_make_shareable_urls() {
        let q = ListQuery {
            sort: Sort::Newest,
            status: StatusFilter::Solved,
            category: Some("sync-backup".into()),
            tag: Some("c#".into()),
            after: Some("1_2".into()),
        };
        assert_eq!(q.to_query(false), "sort=newest&status=solved&category=sync-backup&tag=c%23");
        assert!(q.to_query(true).ends_with("&after=1_2"));
        assert_eq!(ListQuery::default().to_query(true), "");
        assert_eq!(Sort::parse("bogus"), Sort::Active);
        assert_eq!(StatusFilter::parse("solved"), StatusFilter::Solved);
    }
}

/// A member's activity in numbers (places the viewer cannot read excluded).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberStats {
    pub questions: i64,
    pub answers: i64,
    pub accepted: i64,
    pub votes_received: i64,
}

/// A post's score and the viewer's own vote on it (-1, 0 or 1), as the vote
/// buttons show them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteState {
    pub post_id: PostId,
    pub score: i64,
    pub my_vote: i64,
}
