//! Writing posts: asking, answering, editing with revisions, deleting,
//! restoring and rolling back. Each use case is one transaction, and every
//! counter it touches changes inside it.

use domain::id::TagId;
use domain::id::Timestamp;
use domain::id::{CategoryId, PostId, TopicId, UserId};
use domain::moderation::LogDetail;
use domain::permissions::{self, Action, Denied, Viewer};
use domain::post::{self, PostKind};
use domain::{ErrorCode, FieldError};

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::markdown;
use crate::store::audit::{self, LogLine};
use crate::store::facts::{
    bump_category, count_presence, count_visibility, current_tags, visible_facts, PostFacts, EXCERPT_CHARS,
};
use crate::store::happened::{Happened, Publication};
use crate::store::{automod, categories, reputation, tags};
use crate::{on_db, on_tx};

/// The ask form, as typed; its kind already parsed at the edge.
#[derive(Clone, Debug, Default)]
pub struct NewTopic {
    /// A topic kind; `Answer` is refused with a field error.
    pub kind: PostKind,
    pub category_id: Option<CategoryId>,
    pub title: String,
    pub body: String,
    pub tags: String,
    /// Chosen once per form; a retry with the same key returns the first post.
    pub request_key: Option<String>,
}

/// A created (or, on retry, already created) topic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Created {
    pub id: PostId,
    pub topic_id: TopicId,
    pub slug: String,
}

fn author_id(viewer: Viewer) -> StoreResult<UserId> {
    permissions::check(viewer, Action::Post).map_err(StoreError::Denied)?;
    match viewer {
        Viewer::Account { id, .. } => Ok(id),
        Viewer::Visitor => Err(StoreError::Denied(Denied::NotSignedIn)),
    }
}

fn request_key(key: &Option<String>) -> Option<String> {
    key.as_deref().map(str::trim).filter(|k| !k.is_empty() && k.len() <= 64).map(str::to_owned)
}

async fn existing(db: &Db, author: UserId, key: &Option<String>) -> StoreResult<Option<Created>> {
    let Some(key) = key else { return Ok(None) };
    let row: Option<(PostId, Option<TopicId>, Option<String>)> = on_db!(db, p => sqlx::query_as(
        "SELECT p.id, p.topic_id, COALESCE(p.slug, t.slug) FROM posts p LEFT JOIN posts t ON t.id = p.topic_id
         WHERE p.author_id = $1 AND p.request_key = $2")
        .bind(author).bind(key).fetch_optional(p).await)?;
    Ok(row.map(|(id, topic_id, slug)| Created {
        id,
        topic_id: topic_id.unwrap_or(id.as_topic()),
        slug: slug.unwrap_or_default(),
    }))
}

fn collect<T: Default>(errors: &mut Vec<FieldError>, r: Result<T, FieldError>) -> T {
    r.map_err(|e| errors.push(e)).unwrap_or_default()
}

/// Asks a question or opens a discussion.
pub async fn create_topic(db: &Db, viewer: Viewer, input: &NewTopic, now: i64) -> StoreResult<Created> {
    let author = author_id(viewer)?;
    let key = request_key(&input.request_key);
    if let Some(done) = existing(db, author, &key).await? {
        return Ok(done);
    }
    let mut errors = Vec::new();
    let kind = Some(input.kind).filter(|k| k.is_topic());
    if kind.is_none() {
        errors.push(FieldError::new("kind", ErrorCode::KindUnknown));
    }
    let title = collect(&mut errors, post::parse_title(&input.title));
    let body = collect(&mut errors, post::parse_body(&input.body, "body"));
    let tag_names = collect(&mut errors, post::parse_tags(&input.tags));
    if let Some(e) = tags::unknown_tag_error(db, viewer, &tag_names).await? {
        errors.push(e);
    }
    let access = categories::access(db, viewer).await?;
    let category = input.category_id.and_then(|id| access.category(id));
    match (category, kind) {
        (None, _) => errors.push(FieldError::new("category_id", ErrorCode::CategoryUnknown)),
        (Some(c), Some(k)) if !c.accepts(k) => {
            errors.push(FieldError::new("category_id", ErrorCode::KindNotAccepted))
        }
        _ => {}
    }
    let (Some(kind), Some(category), true) = (kind, category, errors.is_empty()) else {
        return Err(StoreError::Invalid(errors));
    };
    let slug = post::slugify(&title);
    let html = markdown::render_block(&body);
    let excerpt = markdown::plain_excerpt(&body, EXCERPT_CHARS);

    let mut tx = db.begin().await?;
    audit::ensure_not_silenced(&mut tx, author, "body", now).await?;
    let text = format!("{title}\n\n{body}");
    let review = automod::review(&mut tx, author, "body", &text, automod::Writing::New, now).await?;
    let tag_ids = tags::resolve(&mut tx, viewer, &tag_names, now).await?;
    let inserted = on_tx!(&mut tx, c => sqlx::query_scalar::<_, PostId>(
        "INSERT INTO posts (kind, category_id, author_id, title, slug, body_md, body_html, excerpt, created_at,
                            last_activity_at, request_key, language)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10, $11) RETURNING id")
        .bind(kind.as_str()).bind(category.id).bind(author).bind(&title).bind(&slug).bind(&body).bind(&html)
        .bind(&excerpt).bind(now).bind(&key).bind(crate::translate::detect(&text))
        .fetch_one(c).await);
    let id = match inserted {
        Ok(id) => id,
        // A concurrent submission with the same key committed first.
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            drop(tx);
            return existing(db, author, &key).await?.ok_or(StoreError::NotFound);
        }
        Err(e) => return Err(e.into()),
    };
    let first = Revised {
        title: Some(title.clone()),
        body: body.clone(),
        tags: Some(tag_names.clone()),
        ..Revised::default()
    };
    insert_revision(&mut tx, id, 1, author, &first, now).await?;
    for t in &tag_ids {
        on_tx!(&mut tx, c => sqlx::query("INSERT INTO post_tags (post_id, tag_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(id).bind(t).execute(c).await.map(|r| r.rows_affected()))?;
    }
    tags::recount(&mut tx, &tag_ids).await?;
    tx.happened(
        Happened::Asked { topic_id: id.as_topic(), author, question: kind == PostKind::Question },
        now,
    );
    // A held post reaches nobody until an agent approves it, not even the
    // category's counters (approving counts it, see `count_visibility`).
    if !automod::apply(
        &mut tx,
        &review,
        automod::Stored::Post { author, topic_id: id.as_topic(), post_id: id },
        now,
    )
    .await?
    {
        bump_category(&mut tx, category.id, 1, 1, Some(now)).await?;
        let published = Publication {
            topic_id: id.as_topic(),
            post_id: id,
            category_id: category.id,
            author,
            tags: tag_names,
            mentioned: markdown::mentions(&body),
        };
        tx.happened(Happened::Published(published), now);
    }
    tx.commit().await?;
    Ok(Created { id, topic_id: id.as_topic(), slug })
}

/// A revision's text, as the history keeps it.
#[derive(Clone, Debug, Default)]
struct Revised {
    /// Only topics have a title and tags.
    title: Option<String>,
    body: String,
    tags: Option<Vec<String>>,
    /// Why it was edited (required from staff editing someone else's post).
    reason: Option<String>,
    /// The revision a rollback restored.
    rollback_of: Option<i64>,
}

async fn insert_revision(
    tx: &mut Tx,
    post_id: PostId,
    number: i64,
    author: UserId,
    text: &Revised,
    now: i64,
) -> StoreResult<()> {
    let tags = text.tags.as_ref().map(|t| t.join(" "));
    on_tx!(&mut *tx, c => sqlx::query(
        "INSERT INTO revisions (post_id, number, author_id, created_at, reason, title, body_md, tags, rollback_of)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
        .bind(post_id).bind(number).bind(author).bind(now).bind(&text.reason).bind(&text.title).bind(&text.body)
        .bind(&tags).bind(text.rollback_of).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Answers a question (or replies to a discussion).
pub async fn create_answer(
    db: &Db,
    viewer: Viewer,
    topic_id: TopicId,
    body: &str,
    request_key: &Option<String>,
    now: i64,
) -> StoreResult<Created> {
    let author = author_id(viewer)?;
    let key = self::request_key(request_key);
    if let Some(done) = existing(db, author, &key).await? {
        return Ok(done);
    }
    let body = post::parse_body(body, "answer").map_err(StoreError::invalid)?;
    let access = categories::access(db, viewer).await?;
    let html = markdown::render_block(&body);
    let excerpt = markdown::plain_excerpt(&body, EXCERPT_CHARS);
    let mut tx = db.begin().await?;
    audit::ensure_not_silenced(&mut tx, author, "answer", now).await?;
    let topic = visible_facts(&mut tx, &access, topic_id.post()).await?;
    if !topic.is_topic() {
        return Err(StoreError::NotFound);
    }
    if topic.deleted_at.is_some() {
        return Err(StoreError::field("answer", ErrorCode::PostDeleted));
    }
    if topic.locked_at.is_some() {
        return Err(StoreError::field("answer", ErrorCode::PostLocked));
    }
    let review = automod::review(&mut tx, author, "answer", &body, automod::Writing::New, now).await?;
    let inserted = on_tx!(&mut tx, c => sqlx::query_scalar::<_, PostId>(
        "INSERT INTO posts (kind, topic_id, category_id, author_id, body_md, body_html, excerpt, created_at,
                            last_activity_at, request_key, language)
         VALUES ('answer', $1, $2, $3, $4, $5, $6, $7, $7, $8, $9) RETURNING id")
        .bind(topic_id).bind(topic.category_id).bind(author).bind(&body).bind(&html).bind(&excerpt).bind(now)
        .bind(&key).bind(crate::translate::detect(&body)).fetch_one(c).await);
    let id = match inserted {
        Ok(id) => id,
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            drop(tx);
            return existing(db, author, &key).await?.ok_or(StoreError::NotFound);
        }
        Err(e) => return Err(e.into()),
    };
    insert_revision(&mut tx, id, 1, author, &Revised { body: body.clone(), ..Revised::default() }, now)
        .await?;
    let held = automod::apply(&mut tx, &review, automod::Stored::Post { author, topic_id, post_id: id }, now)
        .await?;
    // The counters show what readers can see: a held answer is counted when
    // an agent approves it (`count_visibility`), so "1 answer" never gives
    // away one waiting for review.
    let counted = i64::from(!held);
    let slug: String = on_tx!(&mut tx, c => sqlx::query_scalar(
        "UPDATE posts SET answer_count = answer_count + $1, last_activity_at = $2 WHERE id = $3 RETURNING COALESCE(slug, '')")
        .bind(counted).bind(now).bind(topic_id).fetch_one(c).await)?;
    if let (Some(cat), false, false) = (topic.category_id, held, topic.hidden_at.is_some()) {
        bump_category(&mut tx, cat, 0, 1, Some(now)).await?;
    }
    let answered = Happened::Answered {
        topic_id,
        post_id: id,
        author,
        asker: topic.author_id,
        answers_before: topic.answer_count,
    };
    tx.happened(answered, now);
    if let (Some(category_id), false) = (topic.category_id, held) {
        let published = Publication {
            topic_id,
            post_id: id,
            category_id,
            author,
            tags: Vec::new(),
            mentioned: markdown::mentions(&body),
        };
        tx.happened(Happened::Published(published), now);
    }
    tx.commit().await?;
    Ok(Created { id, topic_id, slug })
}

/// An edit as typed: title and tags only for topics.
#[derive(Clone, Debug, Default)]
pub struct Edit {
    pub title: Option<String>,
    pub body: String,
    pub tags: Option<String>,
    pub reason: String,
}

/// Edits a post and records the revision. Authors edit their own posts,
/// staff edit any.
pub async fn edit(db: &Db, viewer: Viewer, id: PostId, edit: &Edit, now: i64) -> StoreResult<Created> {
    let editor = author_id(viewer)?;
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin().await?;
    let facts = visible_facts(&mut tx, &access, id).await?;
    permissions::check(viewer, Action::Edit { author_id: facts.author_id }).map_err(StoreError::Denied)?;
    let mut errors = Vec::new();
    let body = collect(&mut errors, post::parse_body(&edit.body, "body"));
    let reason = collect(&mut errors, post::parse_reason(&edit.reason));
    let (title, tag_names) = if facts.is_topic() {
        let title = collect(&mut errors, post::parse_title(edit.title.as_deref().unwrap_or_default()));
        let tags = collect(&mut errors, post::parse_tags(edit.tags.as_deref().unwrap_or_default()));
        (Some(title), Some(tags))
    } else {
        (None, None)
    };
    // Staff editing someone else's post account for it in the audit log.
    let moderated = editor != facts.author_id;
    if moderated && reason.is_none() && errors.iter().all(|e| e.field != "reason") {
        errors.push(FieldError::new("reason", ErrorCode::ReasonRequired));
    }
    if !errors.is_empty() {
        return Err(StoreError::Invalid(errors));
    }
    // An author's edit is new text: their silence and auto-moderation apply
    // as to a new post (refused, held or flagged alike), or an edit would be
    // the way around them. Staff editing someone else's post are the review.
    let review = if moderated {
        None
    } else {
        let field = if facts.is_topic() { "body" } else { "answer" };
        audit::ensure_not_silenced(&mut tx, editor, field, now).await?;
        let text = format!("{}\n\n{}", title.as_deref().unwrap_or_default(), body);
        Some(automod::review(&mut tx, editor, field, &text, automod::Writing::For(facts.id), now).await?)
    };
    if moderated {
        let line = LogLine {
            actor: Some(editor),
            action: domain::moderation::ModAction::Edit,
            member: Some(facts.author_id),
            topic_id: Some(facts.topic()),
            post_id: Some(facts.id),
            comment_id: None,
            reason: reason.as_deref().unwrap_or_default(),
            detail: LogDetail::Revision { number: facts.revision + 1 },
        };
        audit::log(&mut tx, line, now).await?;
    }
    let revised = Revised { title, body, tags: tag_names, reason, rollback_of: None };
    apply_revision(&mut tx, viewer, editor, &facts, revised, now).await?;
    if let Some(review) = &review {
        automod::apply(&mut tx, review, automod::Stored::Edit(&facts), now).await?;
    }
    let slug: String = on_tx!(&mut tx, c => sqlx::query_scalar("SELECT COALESCE(slug, '') FROM posts WHERE id = $1")
        .bind(facts.topic()).fetch_one(c).await)?;
    tx.commit().await?;
    Ok(Created { id, topic_id: facts.topic(), slug })
}

async fn apply_revision(
    tx: &mut Tx,
    viewer: Viewer,
    editor: UserId,
    facts: &PostFacts,
    revised: Revised,
    now: i64,
) -> StoreResult<()> {
    let (title, body, tag_names) = (&revised.title, &revised.body, &revised.tags);
    let old_tags = current_tags(tx, facts.id).await?;
    let tags_changed = tag_names.as_ref().is_some_and(|new| {
        let mut a: Vec<&str> = new.iter().map(String::as_str).collect();
        let mut b: Vec<&str> = old_tags.iter().map(|(_, n)| n.as_str()).collect();
        a.sort_unstable();
        b.sort_unstable();
        a != b
    });
    if *title == facts.title && *body == facts.body_md && !tags_changed {
        return Err(StoreError::field("body", ErrorCode::NothingChanged));
    }
    let number = facts.revision + 1;
    let html = markdown::render_block(body);
    let excerpt = markdown::plain_excerpt(body, EXCERPT_CHARS);
    let slug = title.as_deref().map(post::slugify);
    on_tx!(&mut *tx, c => sqlx::query(
        "UPDATE posts SET title = COALESCE($1, title), slug = COALESCE($2, slug), body_md = $3, body_html = $4,
                excerpt = $5, revision = $6, edited_at = $7, edited_by = $8,
                language = CASE WHEN language_by_author = 1 THEN language ELSE $10 END
         WHERE id = $9")
        .bind(title).bind(&slug).bind(body).bind(&html).bind(&excerpt).bind(number).bind(now).bind(editor)
        .bind(facts.id).bind(crate::translate::detect(&format!("{}\n\n{body}", title.as_deref().or(facts.title.as_deref()).unwrap_or(""))))
        .execute(c).await.map(|r| r.rows_affected()))?;
    on_tx!(&mut *tx, c => sqlx::query("UPDATE posts SET last_activity_at = $1 WHERE id = $2")
        .bind(now).bind(facts.topic()).execute(c).await.map(|r| r.rows_affected()))?;
    insert_revision(tx, facts.id, number, editor, &revised, now).await?;
    if let (Some(names), true) = (&revised.tags, tags_changed) {
        let new_ids = tags::resolve(tx, viewer, names, now).await?;
        on_tx!(&mut *tx, c => sqlx::query("DELETE FROM post_tags WHERE post_id = $1").bind(facts.id).execute(c).await.map(|r| r.rows_affected()))?;
        for t in &new_ids {
            on_tx!(&mut *tx, c => sqlx::query("INSERT INTO post_tags (post_id, tag_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .bind(facts.id).bind(t).execute(c).await.map(|r| r.rows_affected()))?;
        }
        let mut touched: Vec<TagId> = old_tags.iter().map(|(id, _)| *id).chain(new_ids).collect();
        touched.sort_unstable();
        touched.dedup();
        tags::recount(tx, &touched).await?;
    }
    tx.happened(Happened::Changed { topic_id: facts.topic() }, now);
    Ok(())
}

/// Soft-deletes a post. Authors delete their own answers, and their own
/// topics while unanswered; staff delete anything.
pub async fn delete(db: &Db, viewer: Viewer, id: PostId, now: i64) -> StoreResult<TopicId> {
    let by = author_id(viewer)?;
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin().await?;
    let f = visible_facts(&mut tx, &access, id).await?;
    permissions::check(
        viewer,
        Action::Delete { author_id: f.author_id, is_question: f.is_topic(), answer_count: f.answer_count },
    )
    .map_err(StoreError::Denied)?;
    if f.deleted_at.is_some() {
        return Ok(f.topic());
    }
    on_tx!(&mut tx, c => sqlx::query("UPDATE posts SET deleted_at = $1, deleted_by = $2 WHERE id = $3")
        .bind(now).bind(by).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    // A hidden post already left the counters when it was hidden.
    if f.hidden_at.is_none() {
        count_presence(&mut tx, &f, -1).await?;
    }
    tx.happened(Happened::Changed { topic_id: f.topic() }, now);
    tx.commit().await?;
    Ok(f.topic())
}

/// Restores a deleted post. Staff only.
pub async fn restore(db: &Db, viewer: Viewer, id: PostId) -> StoreResult<TopicId> {
    permissions::check(viewer, Action::Moderate).map_err(StoreError::Denied)?;
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin().await?;
    let f = visible_facts(&mut tx, &access, id).await?;
    if f.deleted_at.is_none() {
        return Ok(f.topic());
    }
    on_tx!(&mut tx, c => sqlx::query("UPDATE posts SET deleted_at = NULL, deleted_by = NULL WHERE id = $1")
        .bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    if f.hidden_at.is_none() {
        count_presence(&mut tx, &f, 1).await?;
    }
    tx.happened(Happened::Changed { topic_id: f.topic() }, crate::clock::now_ms());
    tx.commit().await?;
    Ok(f.topic())
}

/// Every revision of a post the viewer may read, oldest first: the post
/// must be one they may open (`visible_facts`), so the history of a hidden,
/// held, deleted or restricted post is `NotFound` like the post itself.
/// Redacted revisions come without their title and body.
pub async fn revisions(db: &Db, viewer: Viewer, id: PostId) -> StoreResult<Vec<domain::model::Revision>> {
    let access = categories::access(db, viewer).await?;
    let levels = reputation::levels(db).await?;
    let mut tx = db.begin_read().await?;
    visible_facts(&mut tx, &access, id).await?;
    let rows: Vec<RevisionRow> = on_tx!(&mut tx, c => sqlx::query_as(
        "SELECT r.number, u.id AS author_id, u.username, u.reputation, r.created_at, r.reason, r.title, r.body_md,
                r.tags, r.rollback_of, r.redacted_at
         FROM revisions r JOIN users u ON u.id = r.author_id WHERE r.post_id = $1 ORDER BY r.number")
        .bind(id).fetch_all(c).await)?;
    tx.commit().await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            // Purged when redacted; blanked here too so that nothing a
            // redaction missed could reach a reader.
            let redacted = r.redacted_at.is_some();
            domain::model::Revision {
                number: r.number,
                author: reputation::author(r.author_id, r.username, r.reputation, &levels),
                created_at: r.created_at,
                reason: r.reason,
                title: if redacted { None } else { r.title },
                body_md: if redacted { String::new() } else { r.body_md },
                tags: r.tags,
                rollback_of: r.rollback_of,
                redacted_at: r.redacted_at,
            }
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct RevisionRow {
    number: i64,
    author_id: UserId,
    username: String,
    reputation: i64,
    created_at: Timestamp,
    reason: Option<String>,
    title: Option<String>,
    body_md: String,
    tags: Option<String>,
    rollback_of: Option<i64>,
    redacted_at: Option<Timestamp>,
}

/// Staff: purges the title and body of revision `number` of a post (pasted
/// personal data, say) and records who did it and why, here and in the
/// moderation log, in one transaction. The current revision cannot be
/// redacted (the post still shows it: edit the post first). Redacting an
/// already redacted revision changes nothing. Returns the topic's id.
pub async fn redact_revision(
    db: &Db,
    viewer: Viewer,
    id: PostId,
    number: i64,
    reason: &str,
    now: i64,
) -> StoreResult<TopicId> {
    let (actor, _) = audit::staff(viewer)?;
    let reason = domain::moderation::parse_reason(reason).map_err(StoreError::invalid)?;
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin().await?;
    let facts = visible_facts(&mut tx, &access, id).await?;
    let rev: Option<(UserId, Option<i64>)> = on_tx!(&mut tx, c => sqlx::query_as(
        "SELECT author_id, redacted_at FROM revisions WHERE post_id = $1 AND number = $2")
        .bind(id).bind(number).fetch_optional(c).await)?;
    let Some((author, redacted_at)) = rev else {
        return Err(StoreError::field("revision", ErrorCode::RevisionUnknown));
    };
    if number == facts.revision {
        return Err(StoreError::field("revision", ErrorCode::RevisionCurrent));
    }
    if redacted_at.is_some() {
        return Ok(facts.topic());
    }
    on_tx!(&mut tx, c => sqlx::query(
        "UPDATE revisions SET title = NULL, body_md = '', redacted_at = $1, redacted_by = $2, redacted_reason = $3
         WHERE post_id = $4 AND number = $5")
        .bind(now).bind(actor).bind(&reason).bind(id).bind(number).execute(c).await.map(|r| r.rows_affected()))?;
    // Translations are kept per revision: the redacted text must not live
    // on in another language.
    on_tx!(&mut tx, c => sqlx::query("DELETE FROM translations WHERE subject = $1 AND revision = $2")
        .bind(format!("post:{id}")).bind(number).execute(c).await.map(|r| r.rows_affected()))?;
    let line = LogLine {
        actor: Some(actor),
        action: domain::moderation::ModAction::Redact,
        member: Some(author),
        topic_id: Some(facts.topic()),
        post_id: Some(facts.id),
        comment_id: None,
        reason: &reason,
        detail: LogDetail::Revision { number },
    };
    audit::log(&mut tx, line, now).await?;
    tx.commit().await?;
    Ok(facts.topic())
}

/// Makes revision `number` the current text again, as a new revision.
/// Staff only.
pub async fn rollback(db: &Db, viewer: Viewer, id: PostId, number: i64, now: i64) -> StoreResult<Created> {
    let editor = author_id(viewer)?;
    permissions::check(viewer, Action::Moderate).map_err(StoreError::Denied)?;
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin().await?;
    let facts = visible_facts(&mut tx, &access, id).await?;
    type Rev = (Option<String>, String, Option<String>, Option<i64>);
    let rev: Option<Rev> = on_tx!(&mut tx, c => sqlx::query_as(
        "SELECT title, body_md, tags, redacted_at FROM revisions WHERE post_id = $1 AND number = $2")
        .bind(id).bind(number).fetch_optional(c).await)?;
    let Some((title, body, tag_text, redacted_at)) = rev else {
        return Err(StoreError::field("revision", ErrorCode::RevisionUnknown));
    };
    // Its text is gone: there is nothing to bring back.
    if redacted_at.is_some() {
        return Err(StoreError::field("revision", ErrorCode::RevisionRedacted));
    }
    let tag_names = if facts.is_topic() {
        tag_text.map(|t| t.split(' ').filter(|s| !s.is_empty()).map(str::to_owned).collect::<Vec<_>>())
    } else {
        None
    };
    // Staff may create tags, so a tag deleted since that revision comes back.
    let reason = format!("Rolled back to revision {number}");
    let title = if facts.is_topic() { title } else { None };
    let revised = Revised { title, body, tags: tag_names, reason: Some(reason), rollback_of: Some(number) };
    apply_revision(&mut tx, viewer, editor, &facts, revised, now).await?;
    let slug: String = on_tx!(&mut tx, c => sqlx::query_scalar("SELECT COALESCE(slug, '') FROM posts WHERE id = $1")
        .bind(facts.topic()).fetch_one(c).await)?;
    tx.commit().await?;
    Ok(Created { id, topic_id: facts.topic(), slug })
}

/// Hides a post from everyone but staff (`hidden` false shows it again).
/// Staff only; the post stays in place for review, unlike a deletion.
pub async fn set_hidden(db: &Db, viewer: Viewer, id: PostId, hidden: bool, now: i64) -> StoreResult<TopicId> {
    let by = author_id(viewer)?;
    permissions::check(viewer, Action::Moderate).map_err(StoreError::Denied)?;
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin().await?;
    let f = visible_facts(&mut tx, &access, id).await?;
    if f.hidden_at.is_some() == hidden {
        return Ok(f.topic());
    }
    on_tx!(&mut tx, c => sqlx::query("UPDATE posts SET hidden_at = $1, hidden_by = $2 WHERE id = $3")
        .bind(hidden.then_some(now)).bind(hidden.then_some(by)).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    count_visibility(&mut tx, &f, hidden).await?;
    tx.happened(Happened::Changed { topic_id: f.topic() }, now);
    tx.commit().await?;
    Ok(f.topic())
}

/// Moves a topic and its answers to another category (which must accept
/// its kind). Staff only; counters move with it.
pub async fn move_topic(
    db: &Db,
    viewer: Viewer,
    id: TopicId,
    category_id: CategoryId,
    now: i64,
) -> StoreResult<TopicId> {
    permissions::check(viewer, Action::Moderate).map_err(StoreError::Denied)?;
    let access = categories::access(db, viewer).await?;
    let target = access
        .category(category_id)
        .cloned()
        .ok_or_else(|| StoreError::field("category", ErrorCode::CategoryUnknown))?;
    let mut tx = db.begin().await?;
    let f = visible_facts(&mut tx, &access, id.post()).await?;
    if !f.is_topic() {
        return Err(StoreError::NotFound);
    }
    if f.category_id == Some(category_id) {
        return Ok(id);
    }
    let kind: String = on_tx!(&mut tx, c => sqlx::query_scalar("SELECT kind FROM posts WHERE id = $1")
        .bind(id).fetch_one(c).await)?;
    if !target.accepts(PostKind::parse(&kind).unwrap_or(PostKind::Question)) {
        return Err(StoreError::field("category", ErrorCode::KindNotAccepted));
    }
    on_tx!(&mut tx, c => sqlx::query("UPDATE posts SET category_id = $1 WHERE id = $2 OR topic_id = $2")
        .bind(category_id).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    if f.deleted_at.is_none() && f.hidden_at.is_none() {
        let posts = 1 + f.answer_count;
        if let Some(old) = f.category_id {
            bump_category(&mut tx, old, -1, -posts, None).await?;
        }
        bump_category(&mut tx, category_id, 1, posts, Some(now)).await?;
    }
    tx.happened(Happened::Changed { topic_id: id }, now);
    tx.commit().await?;
    Ok(id)
}
