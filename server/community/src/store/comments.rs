//! Comments on questions and answers: short, inline Markdown.

use domain::id::Timestamp;
use domain::id::{CommentId, TopicId};
use domain::id::{PostId, UserId};
use domain::model::Comment;
use domain::permissions::{self, Action, Denied, Viewer};
use domain::{post, ErrorCode};

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::markdown;
use crate::store::happened::Happened;
use crate::store::{audit, automod, categories, facts, flags, reputation};
use crate::{on_db, on_tx};
use domain::automod as automod_rules;

/// Adds a comment; returns its id and the topic it belongs to. A retry with
/// the same `request_key` returns the first comment.
pub async fn add(
    db: &Db,
    viewer: Viewer,
    post_id: PostId,
    body: &str,
    request_key: &Option<String>,
    now: i64,
) -> StoreResult<(CommentId, TopicId)> {
    permissions::check(viewer, Action::Post).map_err(StoreError::Denied)?;
    let Viewer::Account { id: author, .. } = viewer else {
        return Err(StoreError::Denied(Denied::NotSignedIn));
    };
    let key = request_key.as_deref().map(str::trim).filter(|k| !k.is_empty() && k.len() <= 64);
    let body = post::parse_comment(body).map_err(StoreError::invalid)?;
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin().await?;
    let facts = facts::visible_facts(&mut tx, &access, post_id).await?;
    if let Some(key) = key {
        let done: Option<CommentId> = on_tx!(&mut tx, c => sqlx::query_scalar(
            "SELECT id FROM comments WHERE author_id = $1 AND request_key = $2")
            .bind(author).bind(key).fetch_optional(c).await)?;
        if let Some(id) = done {
            return Ok((id, facts.topic()));
        }
    }
    if facts.deleted_at.is_some() || facts.topic_deleted_at.is_some() {
        return Err(StoreError::field("comment", ErrorCode::PostDeleted));
    }
    if facts.locked_at.is_some() || facts.topic_locked_at.is_some() {
        return Err(StoreError::field("comment", ErrorCode::PostLocked));
    }
    audit::ensure_not_silenced(&mut tx, author, "comment", now).await?;
    let review = automod::review(&mut tx, author, "comment", &body, automod::Writing::New, now).await?;
    let html = markdown::render_inline(&body);
    let id: CommentId = on_tx!(&mut tx, c => sqlx::query_scalar(
        "INSERT INTO comments (post_id, author_id, body_md, body_html, created_at, request_key, language)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id")
        .bind(post_id).bind(author).bind(&body).bind(&html).bind(now).bind(key)
        .bind(crate::translate::detect(&body)).fetch_one(c).await)?;
    on_tx!(&mut tx, c => sqlx::query("UPDATE posts SET comment_count = comment_count + 1 WHERE id = $1")
        .bind(post_id).execute(c).await.map(|r| r.rows_affected()))?;
    on_tx!(&mut tx, c => sqlx::query("UPDATE posts SET last_activity_at = $1 WHERE id = $2")
        .bind(now).bind(facts.topic()).execute(c).await.map(|r| r.rows_affected()))?;
    tx.happened(Happened::Commented { author }, now);
    // Comments are not held like posts: a suspicious one is hidden and
    // flagged, a watched one flagged, and agents see both on the desk.
    let held = matches!(review.verdict, automod_rules::Verdict::Hold(_));
    if !matches!(review.verdict, automod_rules::Verdict::Allow) {
        if held {
            on_tx!(&mut tx, c => sqlx::query("UPDATE comments SET hidden_at = $1 WHERE id = $2")
                .bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
        }
        let reasons = review.verdict.reasons().join("; ");
        flags::flag_automatically(&mut tx, post_id, Some(id), &reasons, now).await?;
    }
    if let (Some(category_id), false) = (facts.category_id, held) {
        let topic_id = facts.topic();
        let published = Happened::CommentPublished {
            topic_id,
            post_id,
            comment_id: id,
            category_id,
            author,
            post_author: facts.author_id,
            mentioned: markdown::mentions(&body),
        };
        tx.happened(published, now);
    }
    tx.commit().await?;
    Ok((id, facts.topic()))
}

/// Soft-deletes a comment: its author or staff.
pub async fn delete(db: &Db, viewer: Viewer, id: CommentId, now: i64) -> StoreResult<TopicId> {
    let Viewer::Account { id: by, .. } = viewer else {
        return Err(StoreError::Denied(Denied::NotSignedIn));
    };
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin().await?;
    let row: Option<(PostId, UserId, Option<i64>)> = on_tx!(&mut tx, c => sqlx::query_as(
        "SELECT post_id, author_id, deleted_at FROM comments WHERE id = $1").bind(id).fetch_optional(c).await)?;
    let (post_id, author_id, deleted_at) = row.ok_or(StoreError::NotFound)?;
    let facts = facts::visible_facts(&mut tx, &access, post_id).await?;
    if deleted_at.is_some() && !access.is_staff() {
        return Err(StoreError::NotFound);
    }
    permissions::check(viewer, Action::Edit { author_id }).map_err(StoreError::Denied)?;
    if deleted_at.is_none() {
        on_tx!(&mut tx, c => sqlx::query("UPDATE comments SET deleted_at = $1, deleted_by = $2 WHERE id = $3")
            .bind(now).bind(by).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
        on_tx!(&mut tx, c => sqlx::query("UPDATE posts SET comment_count = comment_count - 1 WHERE id = $1")
            .bind(post_id).execute(c).await.map(|r| r.rows_affected()))?;
    }
    tx.commit().await?;
    Ok(facts.topic())
}

/// The comments on `post_ids`, oldest first; deleted ones only for staff.
pub(crate) async fn for_posts(
    tx: &mut Tx,
    access: &categories::Access,
    post_ids: &[PostId],
    levels: &[domain::reputation::Level],
) -> StoreResult<Vec<Comment>> {
    if post_ids.is_empty() {
        return Ok(Vec::new());
    }
    type Row = (CommentId, PostId, UserId, String, i64, String, i64, Option<i64>, Option<i64>, String);
    let sql = format!(
        "SELECT c.id, c.post_id, u.id, u.username, u.reputation, c.body_html, c.created_at, c.deleted_at, c.hidden_at,
                c.language
         FROM comments c JOIN users u ON u.id = c.author_id
         WHERE {} ORDER BY c.created_at, c.id",
        categories::sql_in("c.post_id", post_ids)
    );
    let rows: Vec<Row> = on_tx!(&mut *tx, c => sqlx::query_as(&sql).fetch_all(c).await)?;
    let staff = access.is_staff();
    let me = match access.viewer {
        Viewer::Account { id, .. } => Some(id),
        Viewer::Visitor => None,
    };
    Ok(rows
        .into_iter()
        .filter(|r| staff || (r.7.is_none() && r.8.is_none()))
        .map(|(id, post_id, uid, username, rep, body_html, created_at, deleted_at, hidden_at, language)| {
            Comment {
                id,
                post_id,
                can_delete: deleted_at.is_none() && (staff || me == Some(uid)),
                author: reputation::author(uid, username, rep, levels),
                body_html,
                created_at: Timestamp(created_at),
                deleted: deleted_at.is_some(),
                hidden: hidden_at.is_some(),
                language,
            }
        })
        .collect())
}

/// How many comments a member has written (for tests and profiles).
pub async fn count_by(db: &Db, author_id: UserId) -> StoreResult<i64> {
    Ok(
        on_db!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM comments WHERE author_id = $1 AND deleted_at IS NULL")
        .bind(author_id).fetch_one(p).await)?,
    )
}

/// The comments on one post the viewer may read, oldest first.
pub async fn of_post(db: &Db, access: &categories::Access, post_id: PostId) -> StoreResult<Vec<Comment>> {
    let levels = reputation::levels(db).await?;
    let mut tx = db.begin_read().await?;
    facts::visible_facts(&mut tx, access, post_id).await?;
    let list = for_posts(&mut tx, access, &[post_id], &levels).await?;
    tx.commit().await?;
    Ok(list)
}
