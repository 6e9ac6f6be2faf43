//! Awarding badges. Each check runs inside the transaction of the event that
//! may earn the badge (called by `store::effects`), counts from the database, asks `domain::badges` what
//! the counts earn, and inserts with `ON CONFLICT DO NOTHING` on
//! (member, badge, scope): two concurrent events award a badge once.

use domain::badges::{self, Repeat, CATALOGUE};
use domain::id::{PostId, TopicId, UserId};
use domain::reputation::day_of;
use serde::{Deserialize, Serialize};

use crate::db::{Db, Tx};
use crate::error::StoreResult;
use crate::store::happened::Happened;
use crate::{on_db, on_tx};

/// Awards `key` to `user` (scoped to a post or tag for repeatable badges).
/// True when it is new.
pub(crate) async fn award(
    tx: &mut Tx,
    user: UserId,
    key: &str,
    scope: &str,
    post_id: Option<PostId>,
    now: i64,
) -> StoreResult<bool> {
    let n = on_tx!(&mut *tx, c => sqlx::query(
        "INSERT INTO user_badges (user_id, badge, scope, post_id, awarded_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id, badge, scope) DO NOTHING")
        .bind(user).bind(key).bind(scope).bind(post_id).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    if n == 1 {
        tx.happened(Happened::BadgeAwarded { user, key: key.to_owned(), post_id }, now);
    }
    Ok(n == 1)
}

async fn count(tx: &mut Tx, sql: &str, user: UserId) -> StoreResult<i64> {
    Ok(on_tx!(&mut *tx, c => sqlx::query_scalar::<_, i64>(sql).bind(user).fetch_one(c).await)?)
}

/// After `user` asked a question.
pub(crate) async fn on_question(tx: &mut Tx, user: UserId, post_id: PostId, now: i64) -> StoreResult<()> {
    award(tx, user, "first_question", "", Some(post_id), now).await?;
    Ok(())
}

/// After `user` answered `topic_id` (asked by `asker`), which had
/// `answers_before` answers.
pub(crate) async fn on_answer(
    tx: &mut Tx,
    user: UserId,
    answer_id: PostId,
    topic_id: TopicId,
    asker: UserId,
    answers_before: i64,
    now: i64,
) -> StoreResult<()> {
    award(tx, user, "first_answer", "", Some(answer_id), now).await?;
    let first_question: Option<TopicId> = on_tx!(&mut *tx, c => sqlx::query_scalar(
        "SELECT MIN(id) FROM posts WHERE author_id = $1 AND topic_id IS NULL AND kind = 'question'")
        .bind(asker).fetch_one(c).await)?;
    if badges::welcomer(first_question == Some(topic_id), answers_before == 0, user == asker) {
        award(tx, user, "welcomer", "", Some(answer_id), now).await?;
    }
    Ok(())
}

/// After `user` commented.
pub(crate) async fn on_comment(tx: &mut Tx, user: UserId, now: i64) -> StoreResult<()> {
    // Comments written at once by one member would each count the others
    // as not yet committed (PostgreSQL, read committed) and none would reach
    // the threshold: the member's row serializes them, and the count, a new
    // statement, then sees every comment committed before.
    crate::store::reputation::lock_members(tx, &[user]).await?;
    let n =
        count(tx, "SELECT COUNT(*) FROM comments WHERE author_id = $1 AND deleted_at IS NULL", user).await?;
    if badges::commentator(n) {
        award(tx, user, "commentator", "", None, now).await?;
    }
    Ok(())
}

/// After an answer by `user` reached `score`.
pub(crate) async fn on_answer_score(
    tx: &mut Tx,
    user: UserId,
    answer_id: PostId,
    score: i64,
    now: i64,
) -> StoreResult<()> {
    for key in badges::for_answer_score(score) {
        award(tx, user, key, &answer_id.to_string(), Some(answer_id), now).await?;
    }
    Ok(())
}

/// After an answer by `user` was accepted on a question asked by someone
/// else (accepting one's own answer earns nothing).
pub(crate) async fn on_accepted(
    tx: &mut Tx,
    user: UserId,
    answer_id: PostId,
    topic_id: TopicId,
    now: i64,
) -> StoreResult<()> {
    const ACCEPTED: &str = "SELECT COUNT(*) FROM posts a JOIN posts t ON t.accepted_answer_id = a.id
        WHERE a.author_id = $1 AND a.deleted_at IS NULL AND t.deleted_at IS NULL AND t.author_id <> a.author_id";
    let n = count(tx, ACCEPTED, user).await?;
    for key in badges::for_accepted(n) {
        award(tx, user, key, "", Some(answer_id), now).await?;
    }
    let per_tag: Vec<(String, i64)> = on_tx!(&mut *tx, c => sqlx::query_as(
        "SELECT tg.name, COUNT(*) FROM posts a
           JOIN posts t ON t.accepted_answer_id = a.id
           JOIN post_tags pt ON pt.post_id = t.id
           JOIN tags tg ON tg.id = pt.tag_id
         WHERE a.author_id = $1 AND a.deleted_at IS NULL AND t.deleted_at IS NULL AND t.author_id <> a.author_id
           AND pt.tag_id IN (SELECT tag_id FROM post_tags WHERE post_id = $2)
         GROUP BY tg.name")
        .bind(user).bind(topic_id).fetch_all(c).await)?;
    for (tag, n) in per_tag {
        if badges::tag_badge(n) {
            award(tx, user, "tag", &tag, Some(answer_id), now).await?;
        }
    }
    Ok(())
}

/// After a question by `user` gained a view.
pub(crate) async fn on_views(
    tx: &mut Tx,
    user: UserId,
    topic_id: TopicId,
    views: i64,
    now: i64,
) -> StoreResult<()> {
    if badges::popular(views) {
        award(tx, user, "popular_question", &topic_id.to_string(), Some(topic_id.post()), now).await?;
    }
    Ok(())
}

/// Records that `user` visited today and awards the streak badge. Cheap to
/// call often: the visit row exists after the first call of the day.
pub async fn record_visit(db: &Db, user: UserId, now: i64) -> StoreResult<()> {
    let today = day_of(now);
    let mut tx = db.begin().await?;
    let new = on_tx!(&mut tx, c => sqlx::query(
        "INSERT INTO user_visits (user_id, day) VALUES ($1, $2) ON CONFLICT DO NOTHING")
        .bind(user).bind(today).execute(c).await.map(|r| r.rows_affected()))?;
    if new == 1 {
        let days: Vec<i64> = on_tx!(&mut tx, c => sqlx::query_scalar(
            "SELECT day FROM user_visits WHERE user_id = $1 AND day > $2")
            .bind(user).bind(today - badges::DAYS_FOR_ENTHUSIAST).fetch_all(c).await)?;
        if badges::enthusiast(&days, today) {
            award(&mut tx, user, "enthusiast", "", None, now).await?;
        }
    }
    tx.commit().await
}

/// A badge a member holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Held {
    pub key: String,
    pub scope: String,
    pub awarded_at: i64,
}

pub async fn of_member(db: &Db, user: UserId) -> StoreResult<Vec<Held>> {
    let rows: Vec<(String, String, i64)> = on_db!(db, p => sqlx::query_as(
        "SELECT badge, scope, awarded_at FROM user_badges WHERE user_id = $1 ORDER BY awarded_at DESC, id DESC")
        .bind(user).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        // Badges whose key a newer node added are skipped, not shown raw.
        .filter(|(k, ..)| badges::by_key(k).is_some())
        .map(|(key, scope, awarded_at)| Held {
            // Per-post scopes are ids: the badge page names the badge, not a
            // post the viewer might not be allowed to see.
            scope: if badges::by_key(&key).is_some_and(|b| b.repeat == Repeat::PerTag) {
                scope
            } else {
                String::new()
            },
            key,
            awarded_at,
        })
        .collect())
}

/// How many distinct members hold each badge of the catalogue.
pub async fn holder_counts(db: &Db) -> StoreResult<Vec<(&'static str, i64)>> {
    let rows: Vec<(String, i64)> = on_db!(db, p => sqlx::query_as(
        "SELECT badge, COUNT(DISTINCT user_id) FROM user_badges GROUP BY badge").fetch_all(p).await)?;
    Ok(CATALOGUE
        .iter()
        .map(|b| (b.key, rows.iter().find(|(k, _)| k == b.key).map_or(0, |(_, n)| *n)))
        .collect())
}

/// Members who most recently earned a badge: `(username, awarded_at)`.
pub async fn recent_holders(db: &Db, key: &str, limit: i64) -> StoreResult<Vec<(String, i64)>> {
    Ok(on_db!(db, p => sqlx::query_as(
        "SELECT u.username, MAX(b.awarded_at) AS at FROM user_badges b JOIN users u ON u.id = b.user_id
         WHERE b.badge = $1 GROUP BY u.username ORDER BY at DESC LIMIT $2")
        .bind(key).bind(limit).fetch_all(p).await)?)
}
