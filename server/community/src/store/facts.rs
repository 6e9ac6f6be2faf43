//! What every write about a post needs to know and keep true: the facts a
//! permission check reads (in the transaction that acts), and the counters
//! (a topic's answers, a category's topics and posts, a tag's uses) that
//! count only what readers can see. Below the use cases: posts, votes,
//! flags, comments and moderation all read and move these, none of them
//! through another.

use crate::db::Tx;
use crate::error::{StoreError, StoreResult};
use crate::on_tx;
use crate::store::{categories, tags};
use domain::id::{CategoryId, PostId, TagId, TopicId, UserId};

/// How much of a body a list shows.
pub(crate) const EXCERPT_CHARS: usize = 240;

pub(crate) async fn bump_category(
    tx: &mut Tx,
    category_id: CategoryId,
    topics: i64,
    posts: i64,
    activity: Option<i64>,
) -> StoreResult<()> {
    on_tx!(&mut *tx, c => sqlx::query(
        "UPDATE categories SET topic_count = topic_count + $1, post_count = post_count + $2,
                last_activity_at = CASE WHEN $3 IS NULL THEN last_activity_at
                                        WHEN last_activity_at IS NULL OR last_activity_at < $3 THEN $3
                                        ELSE last_activity_at END
         WHERE id = $4")
        .bind(topics).bind(posts).bind(activity).bind(category_id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The facts about a post that permission checks need, read in the
/// transaction that acts on it.
#[derive(sqlx::FromRow, Clone, Debug)]
pub(crate) struct PostFacts {
    pub id: PostId,
    pub topic_id: Option<TopicId>,
    pub category_id: Option<CategoryId>,
    pub author_id: UserId,
    pub title: Option<String>,
    pub body_md: String,
    pub revision: i64,
    pub answer_count: i64,
    pub locked_at: Option<i64>,
    pub deleted_at: Option<i64>,
    pub hidden_at: Option<i64>,
    /// The topic's own deletion and hiding, for answers.
    pub topic_deleted_at: Option<i64>,
    pub topic_hidden_at: Option<i64>,
    pub topic_locked_at: Option<i64>,
    /// The language it is written in (a code).
    pub language: String,
}

impl PostFacts {
    pub fn topic(&self) -> TopicId {
        self.topic_id.unwrap_or(self.id.as_topic())
    }

    pub fn is_topic(&self) -> bool {
        self.topic_id.is_none()
    }
}

const FACTS_SQL: &str = "SELECT p.id, p.topic_id, p.category_id, p.author_id, p.title, p.body_md, p.revision,
        p.answer_count, p.locked_at, p.deleted_at, p.hidden_at, t.deleted_at AS topic_deleted_at,
        t.hidden_at AS topic_hidden_at, t.locked_at AS topic_locked_at, p.language
        FROM posts p LEFT JOIN posts t ON t.id = p.topic_id WHERE p.id = $1";

/// Loads a post the viewer may see: its category readable, and (unless the
/// viewer is staff) neither it nor its topic deleted. Anything else is
/// `NotFound`, so a private post's existence does not leak.
pub(crate) async fn visible_facts(
    tx: &mut Tx,
    access: &categories::Access,
    id: PostId,
) -> StoreResult<PostFacts> {
    let facts: Option<PostFacts> =
        on_tx!(&mut *tx, c => sqlx::query_as(FACTS_SQL).bind(id).fetch_optional(c).await)?;
    let facts = facts.ok_or(StoreError::NotFound)?;
    let readable = facts.category_id.is_some_and(|c| access.category(c).is_some());
    let gone = [facts.deleted_at, facts.hidden_at, facts.topic_deleted_at, facts.topic_hidden_at]
        .iter()
        .any(Option::is_some);
    if !readable || (gone && !access.is_staff()) {
        return Err(StoreError::NotFound);
    }
    Ok(facts)
}

pub(crate) async fn current_tags(tx: &mut Tx, post_id: PostId) -> StoreResult<Vec<(TagId, String)>> {
    Ok(on_tx!(&mut *tx, c => sqlx::query_as(
        "SELECT t.id, t.name FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = $1 ORDER BY t.name")
        .bind(post_id).fetch_all(c).await)?)
}

/// Adds (`sign` 1) or removes (-1) a post from the counters that include it.
/// The counters (a topic's `answer_count`, a category's topics and posts)
/// count what readers see: posts neither deleted nor hidden (held posts are
/// hidden), so callers move them only when that changes.
pub(crate) async fn count_presence(tx: &mut Tx, f: &PostFacts, sign: i64) -> StoreResult<()> {
    if f.is_topic() {
        let answers = f.answer_count;
        if let Some(cat) = f.category_id {
            bump_category(tx, cat, sign, sign * (1 + answers), None).await?;
        }
        let tag_ids: Vec<TagId> = current_tags(tx, f.id).await?.into_iter().map(|(id, _)| id).collect();
        tags::recount(tx, &tag_ids).await?;
    } else {
        on_tx!(&mut *tx, c => sqlx::query("UPDATE posts SET answer_count = answer_count + $1 WHERE id = $2")
            .bind(sign).bind(f.topic()).execute(c).await.map(|r| r.rows_affected()))?;
        // While its topic is out of the category's counts, so are its
        // answers: the topic takes them back (1 + answer_count) on return.
        let topic_counted = f.topic_deleted_at.is_none() && f.topic_hidden_at.is_none();
        if let (Some(cat), true) = (f.category_id, topic_counted) {
            bump_category(tx, cat, 0, sign, None).await?;
        }
    }
    Ok(())
}

/// A post being hidden (`hidden` true: by a moderator, flags or a hold) or
/// shown again leaves or rejoins the counters, like a deletion. `f` is the
/// post as it was before; nothing moves when its state does not change or
/// when it is deleted (then it is out of the counters already).
pub(crate) async fn count_visibility(tx: &mut Tx, f: &PostFacts, hidden: bool) -> StoreResult<()> {
    if f.deleted_at.is_none() && f.hidden_at.is_some() != hidden {
        count_presence(tx, f, if hidden { -1 } else { 1 }).await?;
    }
    Ok(())
}
