//! Escalation to support: a private conversation between a question's asker
//! and the agents, one per question (opening it again reopens it). Each use
//! case is one transaction that also records what the desk and the member
//! see live, notifies the member, and queues the outgoing webhook.
//!
//! Visibility: only the asker and staff may know a conversation exists;
//! everyone else gets `NotFound` for reading, replying and changing it.
//! Opening is refused (`Forbidden`) to members who did not ask the question
//! — the question itself is readable to them, so that says nothing new.
//!
//! Status: staff may set any status; the asker may mark their own
//! conversation resolved (and reopens it by writing again), see
//! `domain::escalation::may_set_status`.

use domain::escalation::{self, Escalation, EscalationStatus, EscalationSummary, SupportMessage};
use domain::id::Timestamp;
use domain::id::{CategoryId, TopicId, UserId};
use domain::notification::Notice;
use domain::permissions::{self, Action, Denied, Viewer};

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::markdown;
use crate::store::happened::{Happened, StaffNotice};
use crate::store::{categories, facts};
use crate::{on_db, on_tx};

/// The desk queue that lists escalations.
pub const QUEUE: &str = "escalations";

/// The most conversations the desk queue lists.
pub const QUEUE_MAX: i64 = 200;

/// The webhook event announcing a new (or reopened) escalation.
pub const OPENED_EVENT: &str = "escalation.opened";

/// Who is acting, and in which capacity.
#[derive(Clone, Copy, Debug)]
struct Actor {
    id: UserId,
    staff: bool,
}

fn actor(viewer: Viewer) -> StoreResult<Actor> {
    match viewer {
        Viewer::Account { id, .. } => {
            Ok(Actor { id, staff: permissions::check(viewer, Action::Moderate).is_ok() })
        }
        Viewer::Visitor => Err(StoreError::Denied(Denied::NotSignedIn)),
    }
}

/// The question a conversation is about, as the checks need it.
#[derive(sqlx::FromRow, Clone, Debug)]
struct Topic {
    id: TopicId,
    author_id: UserId,
    category_id: Option<CategoryId>,
    title: Option<String>,
    slug: Option<String>,
    body_md: String,
}

impl Topic {
    fn title(&self) -> &str {
        self.title.as_deref().unwrap_or_default()
    }

    fn path(&self) -> String {
        domain::model::topic_path(self.id, self.slug.as_deref().unwrap_or_default())
    }
}

#[derive(sqlx::FromRow, Clone, Debug)]
struct Row {
    id: i64,
    member_id: UserId,
    opened_by: UserId,
    status: String,
    created_at: Timestamp,
    updated_at: Timestamp,
}

impl Row {
    fn status(&self) -> EscalationStatus {
        EscalationStatus::parse(&self.status).unwrap_or(EscalationStatus::Open)
    }
}

async fn topic(tx: &mut Tx, topic_id: TopicId) -> StoreResult<Option<Topic>> {
    Ok(on_tx!(&mut *tx, c => sqlx::query_as(
        "SELECT id, author_id, category_id, title, slug, body_md FROM posts WHERE id = $1 AND topic_id IS NULL")
        .bind(topic_id).fetch_optional(c).await)?)
}

async fn row(tx: &mut Tx, topic_id: TopicId) -> StoreResult<Option<Row>> {
    Ok(on_tx!(&mut *tx, c => sqlx::query_as(
        "SELECT id, member_id, opened_by, status, created_at, updated_at FROM escalations WHERE topic_id = $1")
        .bind(topic_id).fetch_optional(c).await)?)
}

/// The topic of a conversation the actor may take part in: its asker, or
/// staff who can read the question's place. Anyone else: `NotFound`, so a
/// conversation's existence does not leak. The asker keeps their
/// conversation even if the question is later hidden or deleted.
async fn party_topic(
    tx: &mut Tx,
    access: &categories::Access,
    who: Actor,
    topic_id: TopicId,
) -> StoreResult<Topic> {
    let t = topic(tx, topic_id).await?.ok_or(StoreError::NotFound)?;
    let staff_reads = who.staff && t.category_id.is_some_and(|c| access.category(c).is_some());
    if t.author_id == who.id || staff_reads {
        Ok(t)
    } else {
        Err(StoreError::NotFound)
    }
}

async fn add_message(
    tx: &mut Tx,
    escalation_id: i64,
    author: UserId,
    body: &str,
    now: i64,
) -> StoreResult<i64> {
    let html = markdown::render_block(body);
    Ok(on_tx!(&mut *tx, c => sqlx::query_scalar(
        "INSERT INTO escalation_messages (escalation_id, author_id, body_md, body_html, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id")
        .bind(escalation_id).bind(author).bind(body).bind(&html).bind(now).fetch_one(c).await)?)
}

async fn set_row_status(tx: &mut Tx, id: i64, status: EscalationStatus, now: i64) -> StoreResult<()> {
    on_tx!(&mut *tx, c => sqlx::query("UPDATE escalations SET status = $1, updated_at = $2 WHERE id = $3")
        .bind(status.as_str()).bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// News of their support conversation for the member (which they may
/// switch off), from agent `actor`.
fn tell_member(tx: &mut Tx, member: UserId, topic_id: TopicId, actor: UserId, notice: Notice, now: i64) {
    let notice = StaffNotice {
        user: member,
        notice,
        topic_id: Some(topic_id),
        actor: Some(actor),
        note: String::new(),
        until: None,
    };
    tx.happened(Happened::Notice(notice), now);
}

/// The agents' desks refresh, and the asker's open support page too.
fn announce(tx: &mut Tx, topic_id: TopicId, member: UserId, now: i64) {
    tx.happened(Happened::Queue(QUEUE), now);
    tx.happened(Happened::Support { topic_id, member }, now);
}

async fn username(tx: &mut Tx, id: UserId) -> StoreResult<(String, String)> {
    Ok(on_tx!(&mut *tx, c => sqlx::query_as("SELECT username, email FROM users WHERE id = $1")
        .bind(id).fetch_one(c).await)?)
}

/// Opens the support conversation about question `topic_id` (its asker or
/// staff), or reopens the existing one, adding `message` as the next
/// message. The asker must describe the problem; staff may open it without
/// a message. Returns the conversation's id.
///
/// Opening twice at once (the asker and an agent) leaves one conversation:
/// the insert yields to the row the database already holds (UNIQUE
/// topic_id, `ON CONFLICT DO NOTHING`), which is then reopened. The agents'
/// desk is told, the asker is notified when staff opened it, and the
/// webhook announces it when it actually opened (new, or reopened after
/// being resolved), not when a message is added to one already open.
pub async fn open(db: &Db, viewer: Viewer, topic_id: TopicId, message: &str, now: i64) -> StoreResult<i64> {
    let who = actor(viewer)?;
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin().await?;
    let facts = facts::visible_facts(&mut tx, &access, topic_id.post()).await?;
    if !facts.is_topic() {
        return Err(StoreError::NotFound);
    }
    let asker = facts.author_id == who.id;
    if !asker && !who.staff {
        return Err(StoreError::Denied(Denied::Forbidden));
    }
    let first = escalation::parse_opening(message, asker).map_err(StoreError::invalid)?;
    let t = topic(&mut tx, topic_id).await?.ok_or(StoreError::NotFound)?;
    let member = t.author_id;

    let created: Option<i64> = on_tx!(&mut tx, c => sqlx::query_scalar(
        "INSERT INTO escalations (topic_id, member_id, opened_by, status, created_at, updated_at)
         VALUES ($1, $2, $3, 'open', $4, $4) ON CONFLICT (topic_id) DO NOTHING RETURNING id")
        .bind(topic_id).bind(member).bind(who.id).bind(now).fetch_optional(c).await)?;
    let (id, opened) = match created {
        Some(id) => (id, true),
        None => {
            // Reopened only if it was resolved: a concurrent opener that
            // committed first left it open, so this one just adds its message.
            let reopened: Option<i64> = on_tx!(&mut tx, c => sqlx::query_scalar(
                "UPDATE escalations SET status = 'open', opened_by = $1, updated_at = $2
                 WHERE topic_id = $3 AND status = 'resolved' RETURNING id")
                .bind(who.id).bind(now).bind(topic_id).fetch_optional(c).await)?;
            match reopened {
                Some(id) => (id, true),
                None => {
                    let id: i64 = on_tx!(&mut tx, c => sqlx::query_scalar(
                        "UPDATE escalations SET status = 'open', updated_at = $1 WHERE topic_id = $2 RETURNING id")
                        .bind(now).bind(topic_id).fetch_one(c).await)?;
                    (id, false)
                }
            }
        }
    };
    if let Some(body) = &first {
        add_message(&mut tx, id, who.id, body, now).await?;
    }
    if !asker {
        tell_member(&mut tx, member, topic_id, who.id, Notice::SupportOpened, now);
    }
    announce(&mut tx, topic_id, member, now);
    if opened {
        let row = row(&mut tx, topic_id).await?.ok_or(StoreError::NotFound)?;
        let (member_name, member_email) = username(&mut tx, member).await?;
        let (opener, _) = username(&mut tx, who.id).await?;
        let payload = serde_json::json!({
            "event": OPENED_EVENT,
            "escalation": {
                "id": id,
                "status": EscalationStatus::Open.as_str(),
                "created_at": row.created_at,
                "reopened": created.is_none(),
                "url_path": escalation::support_path(topic_id),
            },
            "question": {
                "id": topic_id,
                "title": t.title(),
                "path": t.path(),
                "body_markdown": &t.body_md,
            },
            "member": { "id": member, "username": member_name, "email": member_email },
            "opened_by": opener,
            "message": first,
        });
        tx.happened(Happened::Webhook { event: OPENED_EVENT, escalation_id: Some(id), payload }, now);
    }
    tx.commit().await?;
    Ok(id)
}

/// Adds a message to the conversation about `topic_id` (its asker or
/// staff); returns the message's id. A staff reply leaves it waiting on
/// the member, who is notified; the member's reply puts it back in the
/// agents' queue (reopening it if it was resolved).
pub async fn reply(db: &Db, viewer: Viewer, topic_id: TopicId, message: &str, now: i64) -> StoreResult<i64> {
    let who = actor(viewer)?;
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin().await?;
    party_topic(&mut tx, &access, who, topic_id).await?;
    let r = row(&mut tx, topic_id).await?.ok_or(StoreError::NotFound)?;
    let body = escalation::parse_message(message).map_err(StoreError::invalid)?;
    let by_staff = who.id != r.member_id;
    let id = add_message(&mut tx, r.id, who.id, &body, now).await?;
    set_row_status(&mut tx, r.id, EscalationStatus::after_reply(by_staff), now).await?;
    if by_staff {
        tell_member(&mut tx, r.member_id, topic_id, who.id, Notice::SupportReplied, now);
    }
    announce(&mut tx, topic_id, r.member_id, now);
    tx.commit().await?;
    Ok(id)
}

/// Sets the status of the conversation about `topic_id`: staff to any
/// status, the asker only to resolved. Marking it resolved for the member
/// notifies them. Setting the status it already has changes nothing.
pub async fn set_status(
    db: &Db,
    viewer: Viewer,
    topic_id: TopicId,
    status: EscalationStatus,
    now: i64,
) -> StoreResult<EscalationStatus> {
    let who = actor(viewer)?;
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin().await?;
    party_topic(&mut tx, &access, who, topic_id).await?;
    let r = row(&mut tx, topic_id).await?.ok_or(StoreError::NotFound)?;
    let asker = who.id == r.member_id;
    if !escalation::may_set_status(who.staff, asker, status) {
        return Err(StoreError::Denied(Denied::Forbidden));
    }
    if r.status() == status {
        return Ok(status);
    }
    set_row_status(&mut tx, r.id, status, now).await?;
    if status == EscalationStatus::Resolved && !asker {
        tell_member(&mut tx, r.member_id, topic_id, who.id, Notice::SupportResolved, now);
    }
    announce(&mut tx, topic_id, r.member_id, now);
    tx.commit().await?;
    Ok(status)
}

/// Where the viewer stands with the support conversation about a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standing {
    /// The viewer asked the question (and must describe the problem to open).
    pub asker: bool,
    /// The viewer is staff.
    pub staff: bool,
    /// The conversation's status; None while there is none.
    pub status: Option<EscalationStatus>,
}

/// What the question page offers the asker and staff: opening the
/// conversation, or a link to it. Anyone else: `NotFound`.
pub async fn standing(db: &Db, viewer: Viewer, topic_id: TopicId) -> StoreResult<Standing> {
    let who = actor(viewer).map_err(|_| StoreError::NotFound)?;
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin_read().await?;
    let t = party_topic(&mut tx, &access, who, topic_id).await?;
    let r = row(&mut tx, topic_id).await?;
    tx.commit().await?;
    Ok(Standing { asker: t.author_id == who.id, staff: who.staff, status: r.map(|r| r.status()) })
}

/// The conversation about `topic_id` with its messages, None when there is
/// none yet, for the asker and staff only. Anyone else (visitors included)
/// gets `NotFound`, whether it exists or not.
pub async fn view(db: &Db, viewer: Viewer, topic_id: TopicId) -> StoreResult<Option<Escalation>> {
    let who = actor(viewer).map_err(|_| StoreError::NotFound)?;
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin_read().await?;
    let t = party_topic(&mut tx, &access, who, topic_id).await?;
    let Some(r) = row(&mut tx, topic_id).await? else {
        tx.commit().await?;
        return Ok(None);
    };
    let (member, _) = username(&mut tx, r.member_id).await?;
    let (opened_by, _) = username(&mut tx, r.opened_by).await?;
    let rows: Vec<(i64, String, String, String, i64)> = on_tx!(&mut tx, c => sqlx::query_as(
        "SELECT m.id, u.username, u.role, m.body_html, m.created_at
         FROM escalation_messages m JOIN users u ON u.id = m.author_id
         WHERE m.escalation_id = $1 ORDER BY m.id")
        .bind(r.id).fetch_all(c).await)?;
    tx.commit().await?;
    let messages = rows
        .into_iter()
        .map(|(id, author, role, body_html, created_at)| SupportMessage {
            id,
            author,
            author_is_staff: domain::Role::parse(&role).is_ok_and(|r| r >= domain::Role::Agent),
            body_html,
            created_at: Timestamp(created_at),
        })
        .collect();
    Ok(Some(Escalation {
        id: r.id,
        topic_id,
        topic_title: t.title().to_owned(),
        topic_path: t.path(),
        member,
        opened_by,
        status: r.status(),
        created_at: r.created_at,
        updated_at: r.updated_at,
        messages,
        viewer_is_staff: who.staff,
    }))
}

/// The agents' queue: conversations support owes an answer first (oldest
/// first), then those waiting on the member, then the most recently
/// resolved; at most `QUEUE_MAX`. Staff only.
pub async fn queue(db: &Db, viewer: Viewer) -> StoreResult<Vec<EscalationSummary>> {
    permissions::check(viewer, Action::Moderate).map_err(StoreError::Denied)?;
    let access = categories::access(db, viewer).await?;
    type QueueRow = (i64, TopicId, Option<String>, String, UserId, String, i64, i64, Option<UserId>);
    let sql = format!(
        "SELECT e.id, e.topic_id, t.title, u.username, e.member_id, e.status, e.updated_at,
                (SELECT COUNT(*) FROM escalation_messages m WHERE m.escalation_id = e.id),
                (SELECT m.author_id FROM escalation_messages m WHERE m.escalation_id = e.id
                 ORDER BY m.id DESC LIMIT 1)
         FROM escalations e JOIN posts t ON t.id = e.topic_id JOIN users u ON u.id = e.member_id
         WHERE {}
         ORDER BY CASE e.status WHEN 'open' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END,
                  CASE WHEN e.status = 'resolved' THEN -e.updated_at ELSE e.updated_at END, e.id
         LIMIT $1",
        access.sql_in("t.category_id")
    );
    let rows: Vec<QueueRow> = on_db!(db, p => sqlx::query_as(&sql).bind(QUEUE_MAX).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .map(|(id, topic_id, title, member, member_id, status, updated_at, count, last_author)| {
            EscalationSummary {
                id,
                topic_id,
                title: title.unwrap_or_default(),
                member,
                status: EscalationStatus::parse(&status).unwrap_or(EscalationStatus::Open),
                updated_at: Timestamp(updated_at),
                message_count: count,
                last_from_member: last_author == Some(member_id),
            }
        })
        .collect())
}
