//! Members flag posts and comments for the moderators. Enough trusted
//! flags hide the post until an agent reviews it.

use domain::id::UserId;
use domain::id::{CommentId, PostId, TopicId};
use domain::moderation::{self, FlagInput, FlagRules, LogDetail, ModAction};
use domain::permissions::{self, Action, Denied, Viewer};

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::store::audit::{log, LogLine};
use crate::store::facts::{count_visibility, visible_facts};
use crate::store::happened::Happened;
use crate::store::{categories, settings};
use crate::{on_db, on_tx};

pub const MIN_REPUTATION_KEY: &str = "flag_min_reputation";
pub const HIDE_AFTER_KEY: &str = "flags_to_hide";

pub async fn rules(db: &Db) -> StoreResult<FlagRules> {
    let d = FlagRules::default();
    let num = |v: String, default: i64| v.trim().parse::<i64>().unwrap_or(default);
    Ok(FlagRules {
        min_reputation: num(settings::get_text(db, MIN_REPUTATION_KEY, "").await?, d.min_reputation),
        hide_after: num(settings::get_text(db, HIDE_AFTER_KEY, "").await?, d.hide_after),
    })
}

/// What happened to a flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flagged {
    /// Recorded (or already there from this member).
    Recorded { topic_id: TopicId },
    /// Recorded, and it was the flag that hid the post.
    Hid { topic_id: TopicId },
}

/// Flags post `post_id` (or its comment `comment_id`). Idempotent per
/// member: flagging twice keeps one open flag.
pub async fn flag(
    db: &Db,
    viewer: Viewer,
    post_id: PostId,
    comment_id: Option<CommentId>,
    input: &FlagInput,
    now: i64,
) -> StoreResult<Flagged> {
    let Viewer::Account { id: user, role } = viewer else {
        return Err(StoreError::Denied(Denied::NotSignedIn));
    };
    let rules = rules(db).await?;
    let reputation: i64 = on_db!(db, p => sqlx::query_scalar("SELECT reputation FROM users WHERE id = $1")
        .bind(user).fetch_one(p).await)?;
    permissions::check(viewer, Action::Flag { reputation, min_reputation: rules.min_reputation })
        .map_err(StoreError::Denied)?;
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin().await?;
    let f = visible_facts(&mut tx, &access, post_id).await?;
    let author = match comment_id {
        Some(cid) => {
            let row: Option<(PostId, UserId)> = on_tx!(&mut tx, c => sqlx::query_as(
                "SELECT post_id, author_id FROM comments WHERE id = $1 AND deleted_at IS NULL")
                .bind(cid).fetch_optional(c).await)?;
            match row {
                Some((p, a)) if p == post_id => a,
                _ => return Err(StoreError::NotFound),
            }
        }
        None => f.author_id,
    };
    if author == user {
        return Err(StoreError::Denied(Denied::Forbidden));
    }
    let weight = i64::from(rules.trusted(reputation, role));
    // `ON CONFLICT DO NOTHING`: the partial unique index keeps one open flag
    // per member per post or comment, also under concurrent clicks.
    on_tx!(&mut tx, c => sqlx::query(
        "INSERT INTO flags (post_id, comment_id, user_id, reason, detail, duplicate_of, weight, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING")
        .bind(post_id).bind(comment_id).bind(user).bind(input.reason.as_str()).bind(&input.detail)
        .bind(input.duplicate_of).bind(weight).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    let trusted: i64 = on_tx!(&mut tx, c => sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(weight), 0) AS BIGINT) FROM flags
         WHERE post_id = $1 AND COALESCE(comment_id, 0) = $2 AND resolved_at IS NULL")
        .bind(post_id).bind(comment_id.map_or(0, CommentId::get)).fetch_one(c).await)?;
    let topic_id = f.topic();
    let mut hid = false;
    if rules.hides(trusted) {
        hid = hide_by_flags(&mut tx, post_id, comment_id, now).await?;
        if hid && comment_id.is_none() {
            // A hidden post leaves the counters readers see.
            count_visibility(&mut tx, &f, true).await?;
        }
        if hid {
            let line = LogLine {
                actor: None,
                action: ModAction::Hide,
                member: Some(author),
                topic_id: Some(topic_id),
                post_id: Some(post_id),
                comment_id,
                reason: "Flagged by members",
                detail: LogDetail::TrustedFlags { count: trusted },
            };
            log(&mut tx, line, now).await?;
            tx.happened(Happened::Moderated { topic_id, post_id, category_id: f.category_id }, now);
        }
    }
    tx.happened(Happened::Queue(moderation::queue::FLAGS), now);
    tx.commit().await?;
    Ok(if hid { Flagged::Hid { topic_id } } else { Flagged::Recorded { topic_id } })
}

/// Hides the post or comment (hidden_by NULL: by flags) unless it already
/// is; true when this call hid it.
async fn hide_by_flags(
    tx: &mut Tx,
    post_id: PostId,
    comment_id: Option<CommentId>,
    now: i64,
) -> StoreResult<bool> {
    let n = match comment_id {
        Some(cid) => on_tx!(&mut *tx, c => sqlx::query(
            "UPDATE comments SET hidden_at = $1 WHERE id = $2 AND hidden_at IS NULL")
            .bind(now).bind(cid).execute(c).await.map(|r| r.rows_affected()))?,
        None => on_tx!(&mut *tx, c => sqlx::query(
            "UPDATE posts SET hidden_at = $1 WHERE id = $2 AND hidden_at IS NULL")
            .bind(now).bind(post_id).execute(c).await.map(|r| r.rows_affected()))?,
    };
    Ok(n == 1)
}

/// Raised by auto-moderation (no member): an open flag agents review.
pub(crate) async fn flag_automatically(
    tx: &mut Tx,
    post_id: PostId,
    comment_id: Option<CommentId>,
    reasons: &str,
    now: i64,
) -> StoreResult<()> {
    on_tx!(&mut *tx, c => sqlx::query(
        "INSERT INTO flags (post_id, comment_id, user_id, reason, detail, weight, created_at)
         VALUES ($1, $2, NULL, 'other', $3, 0, $4)")
        .bind(post_id).bind(comment_id).bind(reasons).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    tx.happened(Happened::Queue(moderation::queue::FLAGS), now);
    Ok(())
}
