//! The agents' desk: the queues they work (flags grouped per post, posts
//! held for review, unanswered questions against their response target,
//! escalations, questions assigned to the viewer) and who claimed what.

use domain::id::CategoryId;
use domain::id::Timestamp;
use domain::id::{CommentId, PostId, TopicId, UserId};
use std::collections::BTreeMap;

use domain::moderation::{
    self, Desk, DeskEscalation, FlagEntry, FlagReason, FlaggedPost, HeldPost, WaitingQuestion,
};
use domain::permissions::{self, Action, Viewer};
use domain::ErrorCode;

use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::store::categories;
use crate::store::happened::Happened;
use crate::{on_db, on_tx};

const QUEUE_LIMIT: i64 = 100;

/// The staff member asking (the desk is for agents and admins).
fn agent(viewer: Viewer) -> StoreResult<UserId> {
    crate::store::audit::staff(viewer).map(|(id, _)| id)
}

/// Everything on the desk that `viewer` (staff) may read.
pub async fn load(db: &Db, viewer: Viewer, now: i64) -> StoreResult<Desk> {
    let me = agent(viewer)?;
    let access = categories::access(db, viewer).await?;
    let readable = access.sql_in("t.category_id");
    let claims = claims(db).await?;
    let claimed = |queue: &str, id: i64| claims.get(&(queue.to_owned(), id)).cloned();

    type FlagRow = (
        PostId,
        TopicId,
        Option<i64>,
        Option<String>,
        Option<String>,
        String,
        String,
        Option<CommentId>,
        Option<String>,
        String,
        String,
        Option<TopicId>,
        i64,
        Option<i64>,
    );
    let sql = format!(
        "SELECT f.post_id, COALESCE(p.topic_id, p.id), p.hidden_at, t.title, t.slug, p.excerpt, au.username,
                f.comment_id, fu.username, f.reason, f.detail, f.duplicate_of, f.created_at, cm.hidden_at
         FROM flags f
         JOIN posts p ON p.id = f.post_id
         JOIN posts t ON t.id = COALESCE(p.topic_id, p.id)
         JOIN users au ON au.id = p.author_id
         LEFT JOIN users fu ON fu.id = f.user_id
         LEFT JOIN comments cm ON cm.id = f.comment_id
         WHERE f.resolved_at IS NULL AND p.deleted_at IS NULL AND {readable}
         ORDER BY f.post_id, f.id LIMIT 1000"
    );
    let rows: Vec<FlagRow> = on_db!(db, p => sqlx::query_as(&sql).fetch_all(p).await)?;
    let mut groups: Vec<FlaggedPost> = Vec::new();
    for (
        post_id,
        topic_id,
        hidden_at,
        title,
        slug,
        excerpt,
        author,
        comment_id,
        by,
        reason,
        detail,
        dup,
        at,
        c_hidden,
    ) in rows
    {
        let entry = FlagEntry {
            reason: FlagReason::parse(&reason).unwrap_or(FlagReason::Other),
            detail,
            by,
            duplicate_of: dup,
            at: Timestamp(at),
            comment_id,
        };
        match groups.iter_mut().find(|g| g.post_id == post_id) {
            Some(g) => {
                g.hidden |= c_hidden.is_some();
                g.flags.push(entry);
            }
            None => {
                let anchor = domain::model::post_anchor(topic_id, Some(post_id), None);
                groups.push(FlaggedPost {
                    post_id,
                    topic_id,
                    title: title.unwrap_or_default(),
                    url: format!(
                        "{}{anchor}",
                        domain::model::topic_path(topic_id, &slug.unwrap_or_default())
                    ),
                    excerpt,
                    author,
                    hidden: hidden_at.is_some() || c_hidden.is_some(),
                    flags: vec![entry],
                    claimed_by: claimed(moderation::queue::FLAGS, post_id.get()),
                });
            }
        }
    }
    // Most flagged first, then oldest.
    groups.sort_by_key(|g| {
        (std::cmp::Reverse(g.flags.len()), g.flags.first().map(|f| f.at).unwrap_or(Timestamp(0)))
    });
    groups.truncate(QUEUE_LIMIT as usize);

    type HeldRow = (PostId, TopicId, Option<String>, Option<String>, String, String, Option<String>, i64);
    let sql = format!(
        "SELECT p.id, COALESCE(p.topic_id, p.id), t.title, t.slug, p.excerpt, u.username, p.held_reason, p.held_at
         FROM posts p JOIN posts t ON t.id = COALESCE(p.topic_id, p.id) JOIN users u ON u.id = p.author_id
         WHERE p.held_at IS NOT NULL AND p.deleted_at IS NULL AND {readable}
         ORDER BY p.held_at LIMIT {QUEUE_LIMIT}"
    );
    let rows: Vec<HeldRow> = on_db!(db, p => sqlx::query_as(&sql).fetch_all(p).await)?;
    let mut held: Vec<HeldPost> = rows
        .into_iter()
        .map(|(post_id, topic_id, title, slug, excerpt, author, reason, at)| {
            let anchor = domain::model::post_anchor(topic_id, Some(post_id), None);
            HeldPost {
                post_id,
                topic_id,
                title: title.unwrap_or_default(),
                url: format!("{}{anchor}", domain::model::topic_path(topic_id, &slug.unwrap_or_default())),
                excerpt,
                author,
                reason: reason.unwrap_or_default(),
                at: Timestamp(at),
                claimed_by: claimed(moderation::queue::HELD, post_id.get()),
                translation: None,
            }
        })
        .collect();
    held.extend(held_translations(db, &readable, &claimed).await?);
    held.sort_by_key(|h| h.at);
    held.truncate(QUEUE_LIMIT as usize);

    let waiting = |cond: &str| {
        format!(
            "SELECT t.id, t.title, t.slug, c.name, u.username, t.created_at, c.response_hours, t.answer_count, a.username
             FROM posts t JOIN categories c ON c.id = t.category_id JOIN users u ON u.id = t.author_id
             LEFT JOIN users a ON a.id = t.assigned_to
             WHERE t.topic_id IS NULL AND t.kind = 'question' AND t.deleted_at IS NULL AND t.hidden_at IS NULL
               AND {cond} AND {readable}
             ORDER BY t.created_at LIMIT {QUEUE_LIMIT}"
        )
    };
    type WaitRow = (TopicId, Option<String>, Option<String>, String, String, i64, i64, i64, Option<String>);
    let to_item = |queue: &str, r: WaitRow| {
        let (topic_id, title, slug, category, author, asked_at, target_hours, answer_count, assigned_to) = r;
        let age_ms = now - asked_at;
        WaitingQuestion {
            topic_id,
            title: title.unwrap_or_default(),
            url: domain::model::topic_path(topic_id, &slug.unwrap_or_default()),
            category,
            author,
            asked_at: Timestamp(asked_at),
            age_ms,
            target_hours,
            overdue: answer_count == 0 && moderation::overdue(age_ms, target_hours),
            answer_count,
            assigned_to,
            claimed_by: claimed(queue, topic_id.get()),
        }
    };
    let sql = waiting("t.answer_count = 0 AND t.locked_at IS NULL");
    let rows: Vec<WaitRow> = on_db!(db, p => sqlx::query_as(&sql).fetch_all(p).await)?;
    let unanswered = rows.into_iter().map(|r| to_item(moderation::queue::UNANSWERED, r)).collect();
    let sql = waiting(&format!("t.assigned_to = {me} AND t.accepted_answer_id IS NULL"));
    let rows: Vec<WaitRow> = on_db!(db, p => sqlx::query_as(&sql).fetch_all(p).await)?;
    let assigned = rows.into_iter().map(|r| to_item(moderation::queue::ASSIGNED, r)).collect();

    type EscRow = (TopicId, Option<String>, String, String, i64);
    let sql = format!(
        "SELECT e.topic_id, t.title, u.username, e.status, e.updated_at
         FROM escalations e JOIN posts t ON t.id = e.topic_id JOIN users u ON u.id = e.member_id
         WHERE e.status <> 'resolved' AND {readable}
         ORDER BY CASE e.status WHEN 'open' THEN 0 ELSE 1 END, e.updated_at LIMIT {QUEUE_LIMIT}"
    );
    let rows: Vec<EscRow> = on_db!(db, p => sqlx::query_as(&sql).fetch_all(p).await)?;
    let escalations = rows
        .into_iter()
        .map(|(topic_id, title, member, status, updated_at)| DeskEscalation {
            topic_id,
            title: title.unwrap_or_default(),
            member,
            status,
            updated_at: Timestamp(updated_at),
            claimed_by: claimed(moderation::queue::ESCALATIONS, topic_id.get()),
        })
        .collect();
    Ok(Desk { flags: groups, held, unanswered, escalations, assigned, now: Timestamp(now) })
}

/// Human translations held for review, of posts still there at the revision
/// translated (an edit since makes them moot: readers never see them).
async fn held_translations(
    db: &Db,
    readable: &str,
    claimed: &impl Fn(&str, i64) -> Option<String>,
) -> StoreResult<Vec<HeldPost>> {
    type Row = (PostId, TopicId, Option<String>, String, String, String, Option<String>, i64);
    let sql = format!(
        "SELECT p.id, COALESCE(p.topic_id, p.id), t.title, tr.body_md, tr.language, u.username,
                tr.held_reason, tr.held_at
         FROM translations tr JOIN posts p ON p.id = tr.post_id JOIN posts t ON t.id = COALESCE(p.topic_id, p.id)
         JOIN users u ON u.id = tr.translator_id
         WHERE tr.held_at IS NOT NULL AND tr.revision = p.revision AND p.deleted_at IS NULL AND {readable}
         ORDER BY tr.held_at LIMIT {QUEUE_LIMIT}"
    );
    let rows: Vec<Row> = on_db!(db, p => sqlx::query_as(&sql).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .map(|(post_id, topic_id, title, body, language, author, reason, at)| HeldPost {
            post_id,
            topic_id,
            title: title.unwrap_or_default(),
            // The translation form shows the held words next to the original.
            url: format!("/posts/{post_id}/translate?lang={language}"),
            excerpt: crate::markdown::plain_excerpt(&body, crate::store::facts::EXCERPT_CHARS),
            author,
            // The page names the translation from `translation`.
            reason: reason.unwrap_or_default(),
            at: Timestamp(at),
            claimed_by: claimed(moderation::queue::HELD, post_id.get()),
            translation: Some(language),
        })
        .collect())
}

async fn claims(db: &Db) -> StoreResult<BTreeMap<(String, i64), String>> {
    let rows: Vec<(String, i64, String)> = on_db!(db, p => sqlx::query_as(
        "SELECT c.queue, c.item_id, u.username FROM desk_claims c JOIN users u ON u.id = c.agent_id")
        .fetch_all(p).await)?;
    Ok(rows.into_iter().map(|(q, id, name)| ((q, id), name)).collect())
}

/// Claims a desk item for the viewer. Whoever claims first keeps it; the
/// answer is the name of the agent who holds it now.
pub async fn claim(db: &Db, viewer: Viewer, queue: &str, item_id: i64, now: i64) -> StoreResult<String> {
    let me = agent(viewer)?;
    let queue = moderation::queue::parse(queue).map_err(StoreError::invalid)?;
    let mut tx = db.begin().await?;
    let n = on_tx!(&mut tx, c => sqlx::query(
        "INSERT INTO desk_claims (queue, item_id, agent_id, claimed_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
        .bind(queue).bind(item_id).bind(me).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    let holder: String = on_tx!(&mut tx, c => sqlx::query_scalar(
        "SELECT u.username FROM desk_claims c JOIN users u ON u.id = c.agent_id WHERE c.queue = $1 AND c.item_id = $2")
        .bind(queue).bind(item_id).fetch_one(c).await)?;
    if n == 1 {
        tx.happened(Happened::Queue(queue), now);
    }
    tx.commit().await?;
    Ok(holder)
}

/// Releases the viewer's claim (an admin may release anyone's).
pub async fn release(db: &Db, viewer: Viewer, queue: &str, item_id: i64, now: i64) -> StoreResult<()> {
    let me = agent(viewer)?;
    let queue = moderation::queue::parse(queue).map_err(StoreError::invalid)?;
    let admin = matches!(viewer, Viewer::Account { role: domain::Role::Admin, .. });
    let mut tx = db.begin().await?;
    let n = on_tx!(&mut tx, c => sqlx::query(
        "DELETE FROM desk_claims WHERE queue = $1 AND item_id = $2 AND (agent_id = $3 OR $4)")
        .bind(queue).bind(item_id).bind(me).bind(admin).execute(c).await.map(|r| r.rows_affected()))?;
    if n > 0 {
        tx.happened(Happened::Queue(queue), now);
    }
    tx.commit().await
}

/// Each category's response-time target in hours (id, name, hours).
pub async fn response_targets(db: &Db, viewer: Viewer) -> StoreResult<Vec<(CategoryId, String, i64)>> {
    permissions::check(viewer, Action::ManageCommunity).map_err(StoreError::Denied)?;
    Ok(
        on_db!(db, p => sqlx::query_as("SELECT id, name, response_hours FROM categories ORDER BY position, name")
        .fetch_all(p).await)?,
    )
}

/// Sets how soon a category's questions should get a first answer (0: no
/// target). Admins only.
pub async fn set_response_target(
    db: &Db,
    viewer: Viewer,
    category_id: CategoryId,
    hours: Option<i64>,
) -> StoreResult<()> {
    permissions::check(viewer, Action::ManageCommunity).map_err(StoreError::Denied)?;
    let hours = hours
        .filter(|h| (0..=24 * 365).contains(h))
        .ok_or_else(|| StoreError::field("hours", ErrorCode::NumberOutOfRange))?;
    let n = on_db!(db, p => sqlx::query("UPDATE categories SET response_hours = $1 WHERE id = $2")
        .bind(hours).bind(category_id).execute(p).await.map(|r| r.rows_affected()))?;
    if n == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}
