//! Moderator actions. `act` is the one door: it checks who is asking, takes
//! the action, writes the audit log and tells the desk and the thread — all
//! in one transaction, so an action exists exactly when its log line does.

use domain::id::Timestamp;
use domain::id::{CategoryId, CommentId, PostId, TagId, TopicId, UserId};
use domain::moderation::{self, LogDetail, ModAction};
use domain::notification::Notice;
use domain::permissions::{self, Action, Viewer};
use domain::{account, ErrorCode, FieldError, Role};

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::store::audit::{log, staff, LogLine};
use crate::store::categories;
use crate::store::facts::{self, PostFacts};
use crate::store::happened::{Happened, Publication, StaffNotice};
use crate::{on_db, on_tx};

/// One moderator action as submitted from a menu or the desk, its action
/// parsed at the edge.
#[derive(Clone, Debug)]
pub struct Command {
    pub action: ModAction,
    pub post_id: Option<PostId>,
    pub comment_id: Option<CommentId>,
    /// The member, for warnings and sanctions (a username).
    pub member: String,
    pub reason: String,
    /// Move: the category.
    pub category_id: Option<CategoryId>,
    /// Close as duplicate, merge: the other question (number or link).
    pub target: String,
    /// Assign: the agent's username.
    pub assignee: String,
    /// Silence, suspend: "3 days".
    pub duration: String,
}

impl Command {
    /// `action` with every other field empty.
    pub fn new(action: ModAction) -> Self {
        Self {
            action,
            post_id: None,
            comment_id: None,
            member: String::new(),
            reason: String::new(),
            category_id: None,
            target: String::new(),
            assignee: String::new(),
            duration: String::new(),
        }
    }
}

/// Where the action's result shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub topic_id: Option<TopicId>,
    pub member: Option<String>,
}

/// Takes a moderator action. Staff only; each action needs a reason.
pub async fn act(db: &Db, viewer: Viewer, cmd: &Command, now: i64) -> StoreResult<Outcome> {
    let (actor, _) = staff(viewer)?;
    let action = Some(cmd.action)
        .filter(|a| a.is_manual())
        .ok_or_else(|| StoreError::field("action", ErrorCode::Required))?;
    let mut errors = Vec::new();
    let reason = moderation::parse_reason(&cmd.reason).map_err(|e| errors.push(e)).unwrap_or_default();
    if action.is_about_member() {
        let duration = match action {
            ModAction::Silence | ModAction::Suspend => {
                moderation::parse_duration(&cmd.duration).map_err(|e| errors.push(e)).ok()
            }
            _ => None,
        };
        if !errors.is_empty() {
            return Err(StoreError::Invalid(errors));
        }
        return on_member(db, viewer, action, &cmd.member, &reason, duration, now).await;
    }
    let access = categories::access(db, viewer).await?;
    // Ids and names of other things, checked before the transaction.
    let target = if matches!(action, ModAction::CloseDuplicate | ModAction::Merge) {
        let t = moderation::question_ref(&cmd.target);
        if t.is_none() {
            errors.push(FieldError::new("target", ErrorCode::QuestionUnknown));
        }
        t
    } else {
        None
    };
    let assignee = if action == ModAction::Assign {
        find_assignee(db, &cmd.assignee).await?.map_err(|e| errors.push(e)).ok()
    } else {
        None
    };
    if action == ModAction::Move && cmd.category_id.and_then(|c| access.category(c)).is_none() {
        errors.push(FieldError::new("category_id", ErrorCode::CategoryUnknown));
    }
    if !errors.is_empty() {
        return Err(StoreError::Invalid(errors));
    }
    let post_id = cmd.post_id.ok_or(StoreError::NotFound)?;
    let mut tx = db.begin().await?;
    let f = facts::visible_facts(&mut tx, &access, post_id).await?;
    if action.needs_topic() && !f.is_topic() {
        return Err(StoreError::NotFound);
    }
    let mut line = LogLine {
        actor: Some(actor),
        action,
        member: Some(f.author_id),
        topic_id: Some(f.topic()),
        post_id: Some(f.id),
        comment_id: None,
        reason: &reason,
        detail: LogDetail::None,
    };
    if let Some(comment_id) = cmd.comment_id {
        comment_action(&mut tx, actor, action, &f, comment_id, now).await?;
        line.comment_id = Some(comment_id);
        line.member = on_tx!(&mut tx, c => sqlx::query_scalar("SELECT author_id FROM comments WHERE id = $1")
            .bind(comment_id).fetch_optional(c).await)?;
    } else {
        match action {
            ModAction::Hide => set_hidden(&mut tx, &f, Some(actor), true, now).await?,
            ModAction::Unhide | ModAction::Approve => {
                let (held, held_edit): (Option<i64>, i64) = on_tx!(&mut tx, c => sqlx::query_as(
                    "SELECT held_at, held_edit FROM posts WHERE id = $1").bind(f.id).fetch_one(c).await)?;
                let translations = if action == ModAction::Approve {
                    release_translations(&mut tx, &f).await?
                } else {
                    Vec::new()
                };
                // Approving what waited on the post: the post itself, its
                // translations. When only a translation waited, the post
                // stays as it is (a moderator may have hidden it since).
                if held.is_some() || translations.is_empty() {
                    set_hidden(&mut tx, &f, Some(actor), false, now).await?;
                }
                // Held since it was written, it reaches people now; held for
                // an edit, it was announced when first published.
                if held.is_some() && held_edit == 0 {
                    announce_released(&mut tx, &f, now).await?;
                }
                if !translations.is_empty() {
                    line.detail = LogDetail::Translations { languages: translations.clone() };
                }
            }
            ModAction::Dismiss => {
                if f.hidden_at.is_some() && hidden_by_flags(&mut tx, f.id).await? {
                    set_hidden(&mut tx, &f, Some(actor), false, now).await?;
                }
            }
            ModAction::Delete => set_deleted(&mut tx, &f, actor, true, now).await?,
            ModAction::Restore => set_deleted(&mut tx, &f, actor, false, now).await?,
            ModAction::Lock | ModAction::Unlock => {
                let lock = action == ModAction::Lock;
                // Unlocking also reopens a question closed as a duplicate.
                let sql = if lock {
                    "UPDATE posts SET locked_at = $1 WHERE id = $2"
                } else {
                    "UPDATE posts SET locked_at = $1, duplicate_of = NULL WHERE id = $2"
                };
                on_tx!(&mut tx, c => sqlx::query(sql).bind(lock.then_some(now)).bind(f.id)
                    .execute(c).await.map(|r| r.rows_affected()))?;
            }
            ModAction::Pin | ModAction::Unpin => {
                let on = (action == ModAction::Pin).then_some(now);
                on_tx!(&mut tx, c => sqlx::query("UPDATE posts SET pinned_at = $1 WHERE id = $2").bind(on).bind(f.id)
                    .execute(c).await.map(|r| r.rows_affected()))?;
            }
            ModAction::Feature | ModAction::Unfeature => {
                let on = (action == ModAction::Feature).then_some(now);
                on_tx!(&mut tx, c => sqlx::query("UPDATE posts SET featured_at = $1 WHERE id = $2").bind(on).bind(f.id)
                    .execute(c).await.map(|r| r.rows_affected()))?;
            }
            ModAction::Move => {
                let to = cmd.category_id.unwrap_or_default();
                line.detail = move_topic(&mut tx, &access, &f, to, now).await?;
            }
            ModAction::CloseDuplicate => {
                let original = other_question(&mut tx, &access, &f, target).await?;
                on_tx!(&mut tx, c => sqlx::query("UPDATE posts SET duplicate_of = $1, locked_at = $2 WHERE id = $3")
                    .bind(original.0).bind(now).bind(f.id).execute(c).await.map(|r| r.rows_affected()))?;
                line.detail = LogDetail::DuplicateOf { topic: original.0, title: original.1 };
            }
            ModAction::Merge => {
                let into = other_question(&mut tx, &access, &f, target).await?;
                merge(&mut tx, actor, &f, into.0, now).await?;
                line.detail = LogDetail::MergedInto { topic: into.0, title: into.1 };
            }
            ModAction::Assign | ModAction::Unassign => {
                let who = assignee.as_ref().map(|(id, _)| *id);
                on_tx!(&mut tx, c => sqlx::query("UPDATE posts SET assigned_to = $1 WHERE id = $2").bind(who).bind(f.id)
                    .execute(c).await.map(|r| r.rows_affected()))?;
                if let Some((agent, name)) = &assignee {
                    line.detail = LogDetail::AssignedTo { name: name.clone() };
                    if *agent != actor {
                        let notice = StaffNotice {
                            user: *agent,
                            notice: Notice::Assigned,
                            topic_id: Some(f.topic()),
                            actor: Some(actor),
                            note: reason.clone(),
                            until: None,
                        };
                        tx.happened(Happened::Notice(notice), now);
                    }
                }
                tx.happened(Happened::Queue(moderation::queue::ASSIGNED), now);
            }
            // Edits go through the edit form (posts::edit logs them);
            // the rest are about members or raised by the system.
            ModAction::Edit
            | ModAction::Warn
            | ModAction::Silence
            | ModAction::Suspend
            | ModAction::Lift
            | ModAction::Hold
            | ModAction::Flag
            | ModAction::Redact => return Err(StoreError::field("action", ErrorCode::Required)),
        }
    }
    let outcome = match action {
        ModAction::Hide | ModAction::Delete | ModAction::Approve => Some("acted"),
        ModAction::Dismiss => Some("dismissed"),
        _ => None,
    };
    if let Some(outcome) = outcome {
        resolve_flags(&mut tx, f.id, cmd.comment_id, actor, outcome, now).await?;
        // Done with: whoever claimed it is free again.
        on_tx!(&mut tx, c => sqlx::query("DELETE FROM desk_claims WHERE item_id = $1 AND queue IN ('flags', 'held')")
            .bind(f.id).execute(c).await.map(|r| r.rows_affected()))?;
    }
    log(&mut tx, line, now).await?;
    if matches!(action, ModAction::Approve | ModAction::Hide | ModAction::Unhide | ModAction::Delete) {
        on_tx!(&mut tx, c => sqlx::query("UPDATE posts SET held_at = NULL, held_reason = NULL WHERE id = $1 AND held_at IS NOT NULL")
            .bind(f.id).execute(c).await.map(|r| r.rows_affected()))?;
        tx.happened(Happened::Queue(moderation::queue::HELD), now);
    }
    tx.happened(Happened::Queue(moderation::queue::FLAGS), now);
    tx.happened(Happened::Moderated { topic_id: f.topic(), post_id: f.id, category_id: f.category_id }, now);
    tx.commit().await?;
    Ok(Outcome { topic_id: Some(f.topic()), member: None })
}

async fn set_hidden(
    tx: &mut Tx,
    f: &PostFacts,
    by: Option<UserId>,
    hidden: bool,
    now: i64,
) -> StoreResult<()> {
    if hidden {
        on_tx!(&mut *tx, c => sqlx::query("UPDATE posts SET hidden_at = $1, hidden_by = $2 WHERE id = $3")
            .bind(now).bind(by).bind(f.id).execute(c).await.map(|r| r.rows_affected()))?;
    } else {
        on_tx!(&mut *tx, c => sqlx::query(
            "UPDATE posts SET hidden_at = NULL, hidden_by = NULL, held_at = NULL, held_reason = NULL WHERE id = $1")
            .bind(f.id).execute(c).await.map(|r| r.rows_affected()))?;
    }
    facts::count_visibility(tx, f, hidden).await
}

/// Releases the held human translations of the post's current revision
/// (readers see them from now on); returns their languages.
async fn release_translations(tx: &mut Tx, f: &PostFacts) -> StoreResult<Vec<String>> {
    let mut languages: Vec<String> = on_tx!(&mut *tx, c => sqlx::query_scalar(
        "UPDATE translations SET held_at = NULL, held_reason = NULL
         WHERE subject = $1 AND revision = $2 AND held_at IS NOT NULL RETURNING language")
        .bind(format!("post:{}", f.id)).bind(f.revision).fetch_all(c).await)?;
    languages.sort_unstable();
    Ok(languages)
}

/// A held post, now approved, reaches people as if it had just been
/// posted: followers' notifications, mentions and the live event that
/// creating it skipped.
async fn announce_released(tx: &mut Tx, f: &PostFacts, now: i64) -> StoreResult<()> {
    let Some(category_id) = f.category_id else { return Ok(()) };
    let tags = if f.is_topic() {
        facts::current_tags(tx, f.id).await?.into_iter().map(|(_, name)| name).collect()
    } else {
        Vec::new()
    };
    let published = Publication {
        topic_id: f.topic(),
        post_id: f.id,
        category_id,
        author: f.author_id,
        tags,
        mentioned: crate::markdown::mentions(&f.body_md),
    };
    tx.happened(Happened::Published(published), now);
    Ok(())
}

/// Hidden by members' flags rather than by a moderator or a hold.
async fn hidden_by_flags(tx: &mut Tx, post_id: PostId) -> StoreResult<bool> {
    let row: Option<(Option<i64>, Option<i64>)> = on_tx!(&mut *tx, c => sqlx::query_as(
        "SELECT hidden_by, held_at FROM posts WHERE id = $1").bind(post_id).fetch_optional(c).await)?;
    Ok(matches!(row, Some((None, None))))
}

async fn set_deleted(tx: &mut Tx, f: &PostFacts, by: UserId, delete: bool, _now: i64) -> StoreResult<()> {
    if f.deleted_at.is_some() == delete {
        return Ok(());
    }
    if delete {
        on_tx!(&mut *tx, c => sqlx::query("UPDATE posts SET deleted_at = $1, deleted_by = $2 WHERE id = $3")
            .bind(_now).bind(by).bind(f.id).execute(c).await.map(|r| r.rows_affected()))?;
    } else {
        on_tx!(&mut *tx, c => sqlx::query("UPDATE posts SET deleted_at = NULL, deleted_by = NULL WHERE id = $1")
            .bind(f.id).execute(c).await.map(|r| r.rows_affected()))?;
    }
    // A hidden post left the counters when it was hidden.
    if f.hidden_at.is_some() {
        return Ok(());
    }
    facts::count_presence(tx, f, if delete { -1 } else { 1 }).await
}

async fn comment_action(
    tx: &mut Tx,
    actor: UserId,
    action: ModAction,
    f: &PostFacts,
    comment_id: CommentId,
    now: i64,
) -> StoreResult<()> {
    let on_post: Option<PostId> = on_tx!(&mut *tx, c => sqlx::query_scalar("SELECT post_id FROM comments WHERE id = $1")
        .bind(comment_id).fetch_optional(c).await)?;
    if on_post != Some(f.id) {
        return Err(StoreError::NotFound);
    }
    let sql = match action {
        ModAction::Hide => "UPDATE comments SET hidden_at = $1, hidden_by = $2 WHERE id = $3",
        ModAction::Unhide => {
            "UPDATE comments SET hidden_at = NULL, hidden_by = NULL WHERE id = $3 AND ($1 > 0 OR $2 > 0)"
        }
        // Like a post: dismissing flags shows a comment hidden by flags or
        // auto-moderation (hidden_by NULL), never one a moderator hid.
        ModAction::Dismiss => {
            "UPDATE comments SET hidden_at = NULL WHERE id = $3 AND hidden_by IS NULL AND ($1 > 0 OR $2 > 0)"
        }
        ModAction::Delete => {
            "UPDATE comments SET deleted_at = $1, deleted_by = $2 WHERE id = $3 AND deleted_at IS NULL"
        }
        ModAction::Restore => {
            "UPDATE comments SET deleted_at = NULL, deleted_by = NULL
             WHERE id = $3 AND deleted_at IS NOT NULL AND ($1 > 0 OR $2 > 0)"
        }
        _ => return Err(StoreError::field("action", ErrorCode::Required)),
    };
    let changed = on_tx!(&mut *tx, c => sqlx::query(sql).bind(now).bind(actor).bind(comment_id)
        .execute(c).await.map(|r| r.rows_affected()))?;
    // The post's comment count follows, as in comments::delete.
    let delta: i64 = match action {
        ModAction::Delete => -1,
        ModAction::Restore => 1,
        _ => 0,
    };
    if changed == 1 && delta != 0 {
        on_tx!(&mut *tx, c => sqlx::query("UPDATE posts SET comment_count = comment_count + $1 WHERE id = $2")
            .bind(delta).bind(f.id).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(())
}

async fn resolve_flags(
    tx: &mut Tx,
    post_id: PostId,
    comment_id: Option<CommentId>,
    by: UserId,
    outcome: &str,
    now: i64,
) -> StoreResult<()> {
    on_tx!(&mut *tx, c => sqlx::query(
        "UPDATE flags SET resolved_at = $1, resolved_by = $2, outcome = $3
         WHERE post_id = $4 AND COALESCE(comment_id, 0) = $5 AND resolved_at IS NULL")
        .bind(now).bind(by).bind(outcome).bind(post_id).bind(comment_id.map_or(0, CommentId::get))
        .execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The other question of a duplicate or merge: readable, a live topic, not
/// this one. Returns its id and title.
async fn other_question(
    tx: &mut Tx,
    access: &categories::Access,
    f: &PostFacts,
    target: Option<TopicId>,
) -> StoreResult<(TopicId, String)> {
    let id = target.ok_or_else(|| StoreError::field("target", ErrorCode::QuestionUnknown))?;
    if id.post() == f.id {
        return Err(StoreError::field("target", ErrorCode::SameQuestion));
    }
    let other = match facts::visible_facts(tx, access, id.post()).await {
        Ok(o) => o,
        Err(StoreError::NotFound) => return Err(StoreError::field("target", ErrorCode::QuestionUnknown)),
        Err(e) => return Err(e),
    };
    if !other.is_topic() || other.deleted_at.is_some() {
        return Err(StoreError::field("target", ErrorCode::QuestionUnknown));
    }
    Ok((id, other.title.unwrap_or_default()))
}

async fn move_topic(
    tx: &mut Tx,
    access: &categories::Access,
    f: &PostFacts,
    to: CategoryId,
    now: i64,
) -> StoreResult<LogDetail> {
    let target = access
        .category(to)
        .cloned()
        .ok_or_else(|| StoreError::field("category_id", ErrorCode::CategoryUnknown))?;
    let kind: String = on_tx!(&mut *tx, c => sqlx::query_scalar("SELECT kind FROM posts WHERE id = $1")
        .bind(f.id).fetch_one(c).await)?;
    if !target.accepts(domain::PostKind::parse(&kind).unwrap_or(domain::PostKind::Question)) {
        return Err(StoreError::field("category_id", ErrorCode::KindNotAccepted));
    }
    if f.category_id == Some(to) {
        return Ok(LogDetail::AlreadyIn { category: target.name });
    }
    let from = f.category_id.and_then(|c| access.category(c)).map(|c| c.name.clone()).unwrap_or_default();
    on_tx!(&mut *tx, c => sqlx::query("UPDATE posts SET category_id = $1 WHERE id = $2 OR topic_id = $2")
        .bind(to).bind(f.id).execute(c).await.map(|r| r.rows_affected()))?;
    if f.deleted_at.is_none() && f.hidden_at.is_none() {
        let count = 1 + f.answer_count;
        if let Some(old) = f.category_id {
            facts::bump_category(tx, old, -1, -count, None).await?;
        }
        facts::bump_category(tx, to, 1, count, Some(now)).await?;
    }
    Ok(LogDetail::Moved { from, to: target.name })
}

/// Moves the answers of `f` to question `into` and retires `f` (deleted,
/// pointing at its target so old links lead there).
async fn merge(tx: &mut Tx, actor: UserId, f: &PostFacts, into: TopicId, now: i64) -> StoreResult<()> {
    let (into_category, into_gone): (Option<CategoryId>, Option<i64>) = on_tx!(&mut *tx, c => sqlx::query_as(
        "SELECT category_id, COALESCE(deleted_at, hidden_at) FROM posts WHERE id = $1")
        .bind(into).fetch_one(c).await)?;
    // Only the answers readers see are in the counters (hidden and held ones
    // move too, uncounted).
    let moved: i64 = on_tx!(&mut *tx, c => sqlx::query_scalar(
        "SELECT COUNT(*) FROM posts WHERE topic_id = $1 AND deleted_at IS NULL AND hidden_at IS NULL")
        .bind(f.id).fetch_one(c).await)?;
    on_tx!(&mut *tx, c => sqlx::query(
        "UPDATE posts SET topic_id = $1, category_id = $2 WHERE topic_id = $3 AND deleted_at IS NULL")
        .bind(into).bind(into_category).bind(f.id).execute(c).await.map(|r| r.rows_affected()))?;
    on_tx!(&mut *tx, c => sqlx::query(
        "UPDATE posts SET answer_count = answer_count + $1, last_activity_at = $2 WHERE id = $3")
        .bind(moved).bind(now).bind(into).execute(c).await.map(|r| r.rows_affected()))?;
    // The retired question keeps its deleted answers only; its accepted
    // answer (now on the target) no longer belongs to it.
    on_tx!(&mut *tx, c => sqlx::query(
        "UPDATE posts SET merged_into = $1, answer_count = answer_count - $2, accepted_answer_id = NULL,
                          deleted_at = COALESCE(deleted_at, $3), deleted_by = COALESCE(deleted_by, $4)
         WHERE id = $5")
        .bind(into).bind(moved).bind(now).bind(actor).bind(f.id).execute(c).await.map(|r| r.rows_affected()))?;
    // The answers were in the old category's counts only while their
    // question was; they join the target's while it is shown.
    if f.deleted_at.is_none() && f.hidden_at.is_none() {
        if let Some(cat) = f.category_id {
            facts::bump_category(tx, cat, -1, -(1 + moved), None).await?;
        }
    }
    if let (Some(cat), None) = (into_category, into_gone) {
        facts::bump_category(tx, cat, 0, moved, Some(now)).await?;
    }
    if f.deleted_at.is_none() {
        let tag_ids: Vec<TagId> = on_tx!(&mut *tx, c => sqlx::query_scalar("SELECT tag_id FROM post_tags WHERE post_id = $1")
            .bind(f.id).fetch_all(c).await)?;
        crate::store::tags::recount(tx, &tag_ids).await?;
    }
    tx.happened(
        Happened::Moderated { topic_id: into, post_id: into.post(), category_id: into_category },
        now,
    );
    Ok(())
}

/// The staff member an Assign names: (id, username), or the field error.
/// A name longer than any username is refused before the lookup.
async fn find_assignee(db: &Db, typed: &str) -> StoreResult<Result<(UserId, String), FieldError>> {
    let key = match account::username_key("assignee", typed) {
        Ok(key) => key,
        Err(e) => return Ok(Err(e)),
    };
    let agent: Option<(UserId, String, String)> = on_db!(db, p => sqlx::query_as(
        "SELECT id, username, role FROM users WHERE username_key = $1")
        .bind(&key).fetch_optional(p).await)?;
    Ok(agent
        .filter(|(_, _, role)| role == "agent" || role == "admin")
        .map(|(id, name, _)| (id, name))
        .ok_or_else(|| FieldError::new("assignee", ErrorCode::AgentUnknown)))
}

/// A warning or sanction of `member` by staff `viewer`.
async fn on_member(
    db: &Db,
    viewer: Viewer,
    action: ModAction,
    member: &str,
    reason: &str,
    duration: Option<i64>,
    now: i64,
) -> StoreResult<Outcome> {
    let key = account::username_key("member", member.trim().trim_start_matches('@'))
        .map_err(StoreError::invalid)?;
    let target: Option<(UserId, String, String)> = on_db!(db, p => sqlx::query_as(
        "SELECT id, username, role FROM users WHERE username_key = $1")
        .bind(&key).fetch_optional(p).await)?;
    let Some((target_id, name, target_role)) = target else {
        return Err(StoreError::field("member", ErrorCode::MemberUnknown));
    };
    let target_role = Role::parse(&target_role).unwrap_or(Role::Member);
    let (actor, _) = staff(viewer)?;
    permissions::check(viewer, Action::Sanction { target_id, target_role }).map_err(StoreError::Denied)?;
    let mut tx = db.begin().await?;
    let until = duration.map(|d| now + d);
    let notice = match action {
        ModAction::Warn => Notice::Warned,
        ModAction::Silence => {
            on_tx!(&mut tx, c => sqlx::query("UPDATE users SET silenced_until = $1, silenced_reason = $2 WHERE id = $3")
                .bind(until).bind(reason).bind(target_id).execute(c).await.map(|r| r.rows_affected()))?;
            Notice::Silenced
        }
        ModAction::Suspend => {
            on_tx!(&mut tx, c => sqlx::query("UPDATE users SET suspended_until = $1, suspended_reason = $2 WHERE id = $3")
                .bind(until).bind(reason).bind(target_id).execute(c).await.map(|r| r.rows_affected()))?;
            // Signed out everywhere now; signing in is refused until then.
            on_tx!(&mut tx, c => sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(target_id).execute(c).await.map(|r| r.rows_affected()))?;
            Notice::Suspended
        }
        _ => {
            on_tx!(&mut tx, c => sqlx::query(
                "UPDATE users SET silenced_until = NULL, silenced_reason = NULL, suspended_until = NULL,
                                  suspended_reason = NULL WHERE id = $1")
                .bind(target_id).execute(c).await.map(|r| r.rows_affected()))?;
            Notice::Lifted
        }
    };
    let notice = StaffNotice {
        user: target_id,
        notice,
        topic_id: None,
        actor: Some(actor),
        note: reason.to_owned(),
        until,
    };
    tx.happened(Happened::Notice(notice), now);
    let detail = until.map_or(LogDetail::None, |u| LogDetail::Until { at: Timestamp(u) });
    let line = LogLine {
        actor: Some(actor),
        action,
        member: Some(target_id),
        topic_id: None,
        post_id: None,
        comment_id: None,
        reason,
        detail,
    };
    log(&mut tx, line, now).await?;
    tx.commit().await?;
    Ok(Outcome { topic_id: None, member: Some(name) })
}

/// A member's current sanctions, if any: (silenced, suspended).
pub async fn sanctions(
    db: &Db,
    user_id: UserId,
    now: i64,
) -> StoreResult<(Option<moderation::Sanction>, Option<moderation::Sanction>)> {
    type Row = (Option<i64>, Option<String>, Option<i64>, Option<String>);
    let row: Option<Row> = on_db!(db, p => sqlx::query_as(
        "SELECT silenced_until, silenced_reason, suspended_until, suspended_reason FROM users WHERE id = $1")
        .bind(user_id).fetch_optional(p).await)?;
    let Some((s_until, s_reason, x_until, x_reason)) = row else { return Ok((None, None)) };
    let current = |until: Option<i64>, reason: Option<String>| {
        until
            .filter(|u| *u > now)
            .map(|until| moderation::Sanction { until, reason: reason.unwrap_or_default() })
    };
    Ok((current(s_until, s_reason), current(x_until, x_reason)))
}

/// The audit log, newest first, filtered. Staff only.
pub async fn log_entries(
    db: &Db,
    viewer: Viewer,
    filter: &moderation::LogFilter,
    before: Option<i64>,
    limit: i64,
) -> StoreResult<Vec<moderation::LogEntry>> {
    staff(viewer)?;
    let mut errors = Vec::new();
    let mut conds = vec!["l.id < $1".to_owned()];
    let mut texts: Vec<String> = Vec::new();
    let mut push_text = |conds: &mut Vec<String>, sql: &str, value: String| {
        texts.push(value);
        conds.push(sql.replace("?", &format!("${}", texts.len() + 1)));
    };
    for (field, typed, column) in [("agent", &filter.agent, "a"), ("member", &filter.member, "m")] {
        if typed.trim().is_empty() {
            continue;
        }
        match account::username_key(field, typed.trim().trim_start_matches('@')) {
            Ok(key) => push_text(&mut conds, &format!("{column}.username_key = ?"), key),
            Err(e) => errors.push(e),
        }
    }
    if !filter.action.trim().is_empty() {
        match ModAction::parse(filter.action.trim()) {
            Some(a) => push_text(&mut conds, "l.action = ?", a.as_str().to_owned()),
            None => errors.push(FieldError::new("action", ErrorCode::SearchFilterUnknown)),
        }
    }
    let day = |s: &str, field: &str, errors: &mut Vec<FieldError>| -> Option<i64> {
        let s = s.trim();
        if s.is_empty() {
            return None;
        }
        let d = domain::search::day_start(s);
        if d.is_none() {
            errors.push(FieldError::new(field, ErrorCode::DateInvalid));
        }
        d
    };
    let from = day(&filter.from, "from", &mut errors);
    let to = day(&filter.to, "to", &mut errors);
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            errors.push(FieldError::new("to", ErrorCode::DateRangeInverted));
        }
    }
    if !errors.is_empty() {
        return Err(StoreError::Invalid(errors));
    }
    // Integers, inlined safely.
    if let Some(f) = from {
        conds.push(format!("l.created_at >= {f}"));
    }
    if let Some(t) = to {
        conds.push(format!("l.created_at < {}", t + 86_400_000));
    }
    let sql = format!(
        "SELECT l.id, a.username, l.action, m.username, l.topic_id, t.slug, l.post_id, l.comment_id, l.reason,
                l.detail, l.created_at
         FROM mod_log l
         LEFT JOIN users a ON a.id = l.actor_id
         LEFT JOIN users m ON m.id = l.member_id
         LEFT JOIN posts t ON t.id = l.topic_id
         WHERE {} ORDER BY l.id DESC LIMIT {}",
        conds.join(" AND "),
        limit.clamp(1, 200)
    );
    type Row = (
        i64,
        Option<String>,
        String,
        Option<String>,
        Option<TopicId>,
        Option<String>,
        Option<PostId>,
        Option<CommentId>,
        String,
        LogDetail,
        i64,
    );
    let rows: Vec<Row> = on_db!(db, p => {
        let mut q = sqlx::query_as(&sql).bind(before.unwrap_or(i64::MAX));
        for t in &texts {
            q = q.bind(t);
        }
        q.fetch_all(p).await
    })?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, actor, action, member, topic_id, slug, post_id, comment_id, reason, detail, at)| {
            let url = topic_id.map(|t| {
                let anchor = domain::model::post_anchor(t, post_id, comment_id);
                format!("{}{anchor}", domain::model::topic_path(t, &slug.unwrap_or_default()))
            });
            // An action written by a newer node during a rolling upgrade is
            // left out: this version cannot name it.
            let Some(action) = ModAction::parse(&action) else {
                tracing::warn!(id, action, "skipping a log line this version cannot read");
                return None;
            };
            Some(moderation::LogEntry { id, actor, action, member, url, reason, detail, at: Timestamp(at) })
        })
        .collect())
}
