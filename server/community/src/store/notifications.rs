//! Notifications: written in the transaction of what caused them (so a
//! notification exists exactly when its cause does), each with a private
//! live event that moves the member's bell.

use domain::id::Timestamp;
use domain::id::{CategoryId, CommentId, PostId, TagId, TopicId, UserId};
use std::collections::BTreeSet;

use domain::follow::{FollowSet, FollowTarget, Happening};
use domain::live::LiveEvent;
use domain::notification::{self, Candidate, Notice, NotificationItem, NotificationKind};
use domain::permissions::{Denied, Viewer};

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::store::happened::{Happened, StaffNotice};
use crate::store::{categories, events, follows};
use crate::{on_db, on_tx};

/// Where something happened and who did it.
#[derive(Clone, Debug)]
pub(crate) struct About {
    pub topic_id: TopicId,
    pub post_id: PostId,
    pub comment_id: Option<CommentId>,
    pub category_id: CategoryId,
    pub actor_id: UserId,
}

/// The people a happening concerns directly, whatever they follow.
#[derive(Clone, Debug, Default)]
pub(crate) struct Direct {
    /// The author of the post that was commented on.
    pub target_author: Option<UserId>,
    /// The author of the answer that was accepted.
    pub accepted_author: Option<UserId>,
    /// Lowercased usernames mentioned in the new text.
    pub mentioned: Vec<String>,
}

/// Notifies whoever should hear about `h`.
pub(crate) async fn happened(
    tx: &mut Tx,
    h: Happening,
    about: &About,
    direct: &Direct,
    now: i64,
) -> StoreResult<()> {
    let tag_ids: Vec<TagId> = on_tx!(&mut *tx, c => sqlx::query_scalar("SELECT tag_id FROM post_tags WHERE post_id = $1")
        .bind(about.topic_id).fetch_all(c).await)?;
    let category_ids = categories::with_parent(tx, about.category_id).await?;
    let follows = follows::around(tx, about.topic_id, &category_ids, &tag_ids).await?;
    let mentioned: Vec<UserId> = if direct.mentioned.is_empty() {
        Vec::new()
    } else {
        let keys = direct
            .mentioned
            .iter()
            .take(20)
            .map(|m| format!("'{}'", m.replace('\'', "")))
            .collect::<Vec<_>>();
        // Mentions are [a-z0-9_-] by construction; the quote strip is a belt.
        let sql = format!("SELECT id FROM users WHERE username_key IN ({})", keys.join(", "));
        on_tx!(&mut *tx, c => sqlx::query_scalar(&sql).fetch_all(c).await)?
    };
    let mut ids: BTreeSet<UserId> = follows.iter().map(|(u, _, _)| *u).collect();
    ids.extend(direct.target_author);
    ids.extend(direct.accepted_author);
    ids.extend(&mentioned);
    ids.remove(&about.actor_id);
    if ids.is_empty() {
        return Ok(());
    }
    let ids: Vec<UserId> = ids.into_iter().collect();
    let readers = categories::readers(tx, about.category_id, &ids).await?;
    let mutes = muted_kinds_of(tx, &ids).await?;
    let candidates: Vec<Candidate> = ids
        .iter()
        .map(|&user| {
            let mut set = FollowSet::default();
            for (_, target, level) in follows.iter().filter(|(u, _, _)| *u == user) {
                match target {
                    FollowTarget::Topic => set.topic = Some(*level),
                    FollowTarget::Category | FollowTarget::Tag => set.places.push(*level),
                }
            }
            Candidate {
                user_id: user,
                can_read: readers.contains(&user),
                follows: set,
                wrote_target: direct.target_author == Some(user),
                wrote_accepted: direct.accepted_author == Some(user),
                mentioned: mentioned.contains(&user),
                muted_kinds: mutes.iter().filter(|(u, _)| *u == user).map(|(_, k)| *k).collect(),
            }
        })
        .collect();
    let chosen = notification::recipients(about.actor_id, h, &candidates);
    if chosen.is_empty() {
        return Ok(());
    }
    for (user, kind) in chosen {
        let id = insert(tx, user, kind, about, None, now).await?;
        add_actor(tx, id, about.actor_id).await?;
        announce(tx, user, kind, now).await?;
    }
    Ok(())
}

async fn insert(
    tx: &mut Tx,
    user: UserId,
    kind: NotificationKind,
    about: &About,
    badge: Option<&str>,
    now: i64,
) -> StoreResult<i64> {
    Ok(on_tx!(&mut *tx, c => sqlx::query_scalar(
        "INSERT INTO notifications (user_id, kind, topic_id, post_id, comment_id, actor_id, badge, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id")
        .bind(user).bind(kind.as_str()).bind(about.topic_id).bind(about.post_id).bind(about.comment_id)
        .bind(about.actor_id).bind(badge).bind(now).fetch_one(c).await)?)
}

/// Records one more actor on a notification; false when already counted.
async fn add_actor(tx: &mut Tx, id: i64, actor: UserId) -> StoreResult<bool> {
    let n = on_tx!(&mut *tx, c => sqlx::query(
        "INSERT INTO notification_actors (notification_id, actor_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
        .bind(id).bind(actor).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(n == 1)
}

async fn unread_in(tx: &mut Tx, user: UserId) -> StoreResult<i64> {
    Ok(on_tx!(&mut *tx, c => sqlx::query_scalar(
        "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL")
        .bind(user).fetch_one(c).await)?)
}

/// The private live event that moves the member's bell. It says what kind
/// of notification arrived, not its words: the inbox words it in the
/// member's language when it reloads.
async fn announce(tx: &mut Tx, user: UserId, kind: NotificationKind, now: i64) -> StoreResult<()> {
    let unread = unread_in(tx, user).await?;
    events::record(tx, None, Some(user), &LiveEvent::Notification { unread, kind }, now).await
}

async fn muted_kinds_of(tx: &mut Tx, users: &[UserId]) -> StoreResult<Vec<(UserId, NotificationKind)>> {
    let sql = format!(
        "SELECT user_id, kind FROM notification_mutes WHERE {}",
        categories::sql_in("user_id", users)
    );
    let rows: Vec<(UserId, String)> = on_tx!(&mut *tx, c => sqlx::query_as(&sql).fetch_all(c).await)?;
    Ok(rows.into_iter().filter_map(|(u, k)| Some((u, NotificationKind::parse(&k).ok()?))).collect())
}

/// An upvote on `author`'s post: one unread notification per post gathers
/// every voter ("3 people upvoted your answer"). The vote's transaction
/// holds the author's row lock, so two votes cannot both create the group.
pub(crate) async fn upvoted(tx: &mut Tx, author: UserId, about: &About, now: i64) -> StoreResult<()> {
    if author == about.actor_id || switched_off(tx, author, NotificationKind::Upvote).await? {
        return Ok(());
    }
    let open: Option<i64> = on_tx!(&mut *tx, c => sqlx::query_scalar(
        "SELECT id FROM notifications WHERE user_id = $1 AND kind = 'upvote' AND post_id = $2 AND read_at IS NULL")
        .bind(author).bind(about.post_id).fetch_optional(c).await)?;
    match open {
        Some(id) => {
            if !add_actor(tx, id, about.actor_id).await? {
                return Ok(());
            }
            on_tx!(&mut *tx, c => sqlx::query(
                "UPDATE notifications SET actor_id = $1, actor_count = actor_count + 1, updated_at = $2
                 WHERE id = $3")
                .bind(about.actor_id).bind(now).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
        }
        None => {
            let id = insert(tx, author, NotificationKind::Upvote, about, None, now).await?;
            add_actor(tx, id, about.actor_id).await?;
        }
    }
    announce(tx, author, NotificationKind::Upvote, now).await
}

async fn switched_off(tx: &mut Tx, user: UserId, kind: NotificationKind) -> StoreResult<bool> {
    Ok(muted_kinds_of(tx, &[user]).await?.iter().any(|(_, k)| *k == kind))
}

/// A badge was awarded to `user`.
pub(crate) async fn badge(
    tx: &mut Tx,
    user: UserId,
    key: &str,
    post_id: Option<PostId>,
    now: i64,
) -> StoreResult<()> {
    if switched_off(tx, user, NotificationKind::Badge).await? {
        return Ok(());
    }
    on_tx!(&mut *tx, c => sqlx::query(
        "INSERT INTO notifications (user_id, kind, post_id, badge, created_at, updated_at)
         VALUES ($1, 'badge', $2, $3, $4, $4)")
        .bind(user).bind(post_id).bind(key).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    announce(tx, user, NotificationKind::Badge, now).await
}

/// A staff notice for one member: a moderator's (always delivered) or news
/// of their support conversation (which they may switch off).
pub(crate) async fn notice(tx: &mut Tx, n: &StaffNotice, now: i64) -> StoreResult<()> {
    let kind = n.notice.kind();
    if kind != NotificationKind::Moderation && switched_off(tx, n.user, kind).await? {
        return Ok(());
    }
    on_tx!(&mut *tx, c => sqlx::query(
        "INSERT INTO notifications (user_id, kind, topic_id, actor_id, notice, note, until_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)")
        .bind(n.user).bind(kind.as_str()).bind(n.topic_id).bind(n.actor).bind(n.notice.as_str()).bind(&n.note)
        .bind(n.until).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    announce(tx, n.user, kind, now).await
}

fn account(viewer: Viewer) -> StoreResult<UserId> {
    match viewer {
        Viewer::Account { id, .. } => Ok(id),
        Viewer::Visitor => Err(StoreError::Denied(Denied::NotSignedIn)),
    }
}

/// How many unread notifications a member has.
pub async fn unread(db: &Db, user: UserId) -> StoreResult<i64> {
    Ok(on_db!(db, p => sqlx::query_scalar(
        "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL")
        .bind(user).fetch_one(p).await)?)
}

/// A notification with what decides whether its member may still see it.
#[derive(sqlx::FromRow)]
struct ListRow {
    id: i64,
    kind: String,
    topic_id: Option<TopicId>,
    post_id: Option<PostId>,
    comment_id: Option<CommentId>,
    actor_count: i64,
    badge: Option<String>,
    updated_at: Timestamp,
    read_at: Option<i64>,
    notice: Option<String>,
    note: Option<String>,
    until_at: Option<Timestamp>,
    actor: Option<String>,
    title: Option<String>,
    slug: Option<String>,
    category_id: Option<CategoryId>,
    post_topic: Option<i64>,
    /// When the topic, the post or the comment it is about was deleted or
    /// hidden (held posts are hidden too): the earliest, if any.
    gone_at: Option<i64>,
}

/// A page of the viewer's notifications, newest first, before id `before`.
/// Notifications about what the viewer can no longer read are left out: a
/// restricted category, or (except for staff) a topic, post or comment
/// since deleted, hidden or held, whose title would otherwise still show.
pub async fn list(
    db: &Db,
    viewer: Viewer,
    before: Option<i64>,
    limit: i64,
) -> StoreResult<(Vec<NotificationItem>, Option<i64>)> {
    let user = account(viewer)?;
    let access = categories::access(db, viewer).await?;
    let rows: Vec<ListRow> = on_db!(db, p => sqlx::query_as(
        "SELECT n.id, n.kind, n.topic_id, n.post_id, n.comment_id, n.actor_count, n.badge, n.updated_at, n.read_at,
                n.notice, n.note, n.until_at, u.username AS actor, t.title, t.slug, t.category_id, p.topic_id AS post_topic,
                COALESCE(t.deleted_at, t.hidden_at, p.deleted_at, p.hidden_at, c.deleted_at, c.hidden_at) AS gone_at
         FROM notifications n
         LEFT JOIN users u ON u.id = n.actor_id
         LEFT JOIN posts t ON t.id = n.topic_id
         LEFT JOIN posts p ON p.id = n.post_id
         LEFT JOIN comments c ON c.id = n.comment_id
         WHERE n.user_id = $1 AND n.id < $2 ORDER BY n.id DESC LIMIT $3")
        .bind(user).bind(before.unwrap_or(i64::MAX)).bind(limit + 1).fetch_all(p).await)?;
    let more = rows.len() as i64 > limit;
    let next = if more { rows.get(limit as usize - 1).map(|r| r.id) } else { None };
    let items = rows
        .into_iter()
        .take(limit as usize)
        .filter_map(|r| {
            let kind = NotificationKind::parse(&r.kind).ok()?;
            let notice = r.notice.as_deref().and_then(Notice::from_text);
            let url = match (kind, r.topic_id) {
                (NotificationKind::Moderation, _) => "/notifications".to_owned(),
                (NotificationKind::Support, Some(topic)) => format!("/support/{topic}"),
                (NotificationKind::Badge, _) => "/badges".to_owned(),
                (_, Some(topic)) => {
                    let readable = r.category_id.is_some_and(|c| access.category(c).is_some())
                        && (r.gone_at.is_none() || access.is_staff());
                    if !readable {
                        return None;
                    }
                    let anchor = domain::model::post_anchor(topic, r.post_id, r.comment_id);
                    format!("/q/{topic}/{}{anchor}", r.slug.as_deref().unwrap_or_default())
                }
                (_, None) => return None,
            };
            Some(NotificationItem {
                id: r.id,
                kind,
                actor: r.actor,
                count: r.actor_count,
                // A staff notice quotes the question it is about (the
                // assigned agent's, the asker's own); older notices were
                // whole sentences that named it themselves.
                title: match (kind, &notice) {
                    (NotificationKind::Badge, _)
                    | (NotificationKind::Moderation | NotificationKind::Support, None) => String::new(),
                    _ => r.title.unwrap_or_default(),
                },
                on_question: r.post_topic.is_none(),
                badge: r.badge,
                notice,
                note: r.note.unwrap_or_default(),
                until: r.until_at,
                url,
                at: r.updated_at,
                read: r.read_at.is_some(),
            })
        })
        .collect();
    Ok((items, next))
}

/// Marks one notification (or, with None, all) as read; returns the unread
/// count after, and tells the member's other tabs.
pub async fn mark_read(db: &Db, viewer: Viewer, id: Option<i64>, now: i64) -> StoreResult<i64> {
    let user = account(viewer)?;
    let mut tx = db.begin().await?;
    let changed = on_tx!(&mut tx, c => sqlx::query(
        "UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL AND ($3 = 0 OR id = $3)")
        .bind(now).bind(user).bind(id.unwrap_or(0)).execute(c).await.map(|r| r.rows_affected()))?;
    let unread = unread_in(&mut tx, user).await?;
    if changed > 0 {
        tx.happened(Happened::NotificationsRead { user, unread }, now);
    }
    tx.commit().await?;
    Ok(unread)
}

/// The kinds the viewer switched off.
pub async fn muted_kinds(db: &Db, viewer: Viewer) -> StoreResult<Vec<NotificationKind>> {
    let user = account(viewer)?;
    let rows: Vec<String> = on_db!(db, p => sqlx::query_scalar("SELECT kind FROM notification_mutes WHERE user_id = $1")
        .bind(user).fetch_all(p).await)?;
    Ok(rows.iter().filter_map(|k| NotificationKind::parse(k).ok()).collect())
}

/// Keeps the kinds in `wanted` on and switches every other kind off.
pub async fn choose_kinds(db: &Db, viewer: Viewer, wanted: &[String]) -> StoreResult<Vec<NotificationKind>> {
    let user = account(viewer)?;
    let wanted = wanted
        .iter()
        .map(|k| NotificationKind::parse(k))
        .collect::<Result<Vec<_>, _>>()
        .map_err(StoreError::invalid)?;
    // Moderators' messages cannot be switched off: a warning must reach its member.
    let off: Vec<NotificationKind> = NotificationKind::ALL
        .into_iter()
        .filter(|k| !wanted.contains(k) && *k != NotificationKind::Moderation)
        .collect();
    let mut tx = db.begin().await?;
    on_tx!(&mut tx, c => sqlx::query("DELETE FROM notification_mutes WHERE user_id = $1")
        .bind(user).execute(c).await.map(|r| r.rows_affected()))?;
    for k in &off {
        on_tx!(&mut tx, c => sqlx::query("INSERT INTO notification_mutes (user_id, kind) VALUES ($1, $2)")
            .bind(user).bind(k.as_str()).execute(c).await.map(|r| r.rows_affected()))?;
    }
    tx.commit().await?;
    Ok(off)
}
