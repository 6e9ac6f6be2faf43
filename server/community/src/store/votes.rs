//! Votes, accepted answers and "Verified by support". Each is one
//! transaction that changes the row, the counter and the reputation ledger
//! together; uniqueness (one vote per member per post) is the database's.

use domain::id::{PostId, TopicId, UserId};
use domain::model::VoteState;
use domain::permissions::{self, Action, Denied, Viewer};
use domain::reputation::Reason;
use domain::ErrorCode;

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::store::categories;
use crate::store::facts::{self, PostFacts};
use crate::store::happened::Happened;
use crate::store::reputation::{self, Credit};
use crate::{on_db, on_tx};

fn account(viewer: Viewer) -> StoreResult<UserId> {
    match viewer {
        Viewer::Account { id, .. } => Ok(id),
        Viewer::Visitor => Err(StoreError::Denied(Denied::NotSignedIn)),
    }
}

/// A post the viewer can read and act on: not deleted, thread not locked.
async fn open_post(
    tx: &mut Tx,
    access: &categories::Access,
    id: PostId,
    field: &str,
) -> StoreResult<PostFacts> {
    let f = facts::visible_facts(tx, access, id).await?;
    if f.deleted_at.is_some() || f.topic_deleted_at.is_some() {
        return Err(StoreError::field(field, ErrorCode::PostDeleted));
    }
    if f.locked_at.is_some() || f.topic_locked_at.is_some() {
        return Err(StoreError::field(field, ErrorCode::PostLocked));
    }
    Ok(f)
}

async fn my_vote(tx: &mut Tx, post: PostId, voter: UserId) -> StoreResult<i64> {
    let v: Option<i64> = on_tx!(&mut *tx, c => sqlx::query_scalar(
        "SELECT value FROM votes WHERE post_id = $1 AND voter_id = $2").bind(post).bind(voter).fetch_optional(c).await)?;
    Ok(v.unwrap_or(0))
}

/// Sets the viewer's vote on a post to `value`: 1 up, -1 down, 0 none
/// (withdrawn). Setting the vote it already has changes nothing.
pub async fn cast(db: &Db, viewer: Viewer, post_id: PostId, value: i64, now: i64) -> StoreResult<VoteState> {
    let voter = account(viewer)?;
    if !(-1..=1).contains(&value) {
        return Err(StoreError::field("value", ErrorCode::VoteInvalid));
    }
    let rules = reputation::rules(db).await?;
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin().await?;
    let f = open_post(&mut tx, &access, post_id, "value").await?;
    reputation::lock_members(&mut tx, &[voter, f.author_id]).await?;
    let voter_reputation = reputation::current(&mut tx, voter).await?;
    permissions::check(
        viewer,
        Action::Vote {
            author_id: f.author_id,
            down: value < 0,
            reputation: voter_reputation,
            downvote_min: rules.downvote_min,
        },
    )
    .map_err(StoreError::Denied)?;
    let previous = my_vote(&mut tx, post_id, voter).await?;
    if previous == value {
        let score = on_tx!(&mut tx, c => sqlx::query_scalar("SELECT score FROM posts WHERE id = $1")
            .bind(post_id).fetch_one(c).await)?;
        return Ok(VoteState { post_id, score, my_vote: value });
    }
    if value == 0 {
        on_tx!(&mut tx, c => sqlx::query("DELETE FROM votes WHERE post_id = $1 AND voter_id = $2")
            .bind(post_id).bind(voter).execute(c).await.map(|r| r.rows_affected()))?;
    } else {
        on_tx!(&mut tx, c => sqlx::query(
            "INSERT INTO votes (post_id, voter_id, value, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (post_id, voter_id) DO UPDATE SET value = excluded.value, created_at = excluded.created_at")
            .bind(post_id).bind(voter).bind(value).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    }
    let score: i64 = on_tx!(&mut tx, c => sqlx::query_scalar(
        "UPDATE posts SET score = score + $1 WHERE id = $2 RETURNING score")
        .bind(value - previous).bind(post_id).fetch_one(c).await)?;

    let source = format!("vote:{post_id}:{voter}");
    if previous != 0 {
        reputation::reverse(&mut tx, &source, Some(voter), now).await?;
    }
    let on =
        |user, reason| Credit { user, reason, source: &source, post_id: Some(post_id), actor: Some(voter) };
    match value {
        1 => {
            let reason = if f.is_topic() { Reason::QuestionUpvoted } else { Reason::AnswerUpvoted };
            reputation::credit(&mut tx, &rules, on(f.author_id, reason), now).await?;
        }
        -1 => {
            reputation::credit(&mut tx, &rules, on(f.author_id, Reason::PostDownvoted), now).await?;
            if !f.is_topic() {
                reputation::credit(&mut tx, &rules, on(voter, Reason::DownvoteCast), now).await?;
            }
        }
        _ => {}
    }
    let voted = Happened::Voted {
        topic_id: f.topic(),
        post_id,
        category_id: f.category_id,
        author: f.author_id,
        voter,
        score,
        up: value == 1,
    };
    tx.happened(voted, now);
    tx.commit().await?;
    Ok(VoteState { post_id, score, my_vote: value })
}

/// The viewer's votes on `post_ids` (only the non-zero ones).
pub async fn mine(db: &Db, viewer: Viewer, post_ids: &[PostId]) -> StoreResult<Vec<(PostId, i64)>> {
    let Viewer::Account { id, .. } = viewer else { return Ok(Vec::new()) };
    if post_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT post_id, value FROM votes WHERE voter_id = $1 AND {}",
        categories::sql_in("post_id", post_ids)
    );
    Ok(on_db!(db, p => sqlx::query_as(&sql).bind(id).fetch_all(p).await)?)
}

/// What accepting changed, for the thread page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Acceptance {
    pub topic_id: TopicId,
    pub accepted_answer_id: Option<PostId>,
}

/// Accepts `answer_id` on its question (`accept` true), replacing any other
/// accepted answer, or takes the acceptance back (`accept` false). The asker
/// or staff only. Points for an earlier acceptance are reversed first.
pub async fn accept(
    db: &Db,
    viewer: Viewer,
    answer_id: PostId,
    accept: bool,
    now: i64,
) -> StoreResult<Acceptance> {
    let by = account(viewer)?;
    let rules = reputation::rules(db).await?;
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin().await?;
    let answer = open_post(&mut tx, &access, answer_id, "answer").await?;
    let Some(topic_id) = answer.topic_id else {
        return Err(StoreError::field("answer", ErrorCode::NotAnAnswer));
    };
    let (asker, kind, previous): (UserId, String, Option<PostId>) = on_tx!(&mut tx, c => sqlx::query_as(
        "SELECT author_id, kind, accepted_answer_id FROM posts WHERE id = $1").bind(topic_id).fetch_one(c).await)?;
    if kind != "question" {
        return Err(StoreError::field("answer", ErrorCode::NotAnAnswer));
    }
    permissions::check(viewer, Action::Accept { asker_id: asker }).map_err(StoreError::Denied)?;
    let target = accept.then_some(answer_id);
    if previous == target || (!accept && previous != Some(answer_id)) {
        return Ok(Acceptance { topic_id, accepted_answer_id: previous });
    }
    let source = format!("accept:{topic_id}");
    let mut lock = reputation::holders(&mut tx, &source).await?;
    lock.extend([by, answer.author_id]);
    reputation::lock_members(&mut tx, &lock).await?;
    reputation::reverse(&mut tx, &source, Some(by), now).await?;
    on_tx!(&mut tx, c => sqlx::query(
        "UPDATE posts SET accepted_answer_id = $1, accepted_by = $2, accepted_at = $3 WHERE id = $4")
        .bind(target).bind(target.map(|_| by)).bind(target.map(|_| now)).bind(topic_id)
        .execute(c).await.map(|r| r.rows_affected()))?;
    // Nobody earns points for accepting their own answer, or for an answer
    // staff accepted on their own behalf.
    if accept && answer.author_id != by {
        let on = |user, reason| Credit {
            user,
            reason,
            source: &source,
            post_id: Some(answer_id),
            actor: Some(by),
        };
        if answer.author_id != asker {
            reputation::credit(&mut tx, &rules, on(answer.author_id, Reason::AnswerAccepted), now).await?;
        }
        reputation::credit(&mut tx, &rules, on(by, Reason::Accepted), now).await?;
    }
    let by_name: String = on_tx!(&mut tx, c => sqlx::query_scalar("SELECT username FROM users WHERE id = $1")
        .bind(by).fetch_one(c).await)?;
    let accepted = Happened::Accepted {
        topic_id,
        category_id: answer.category_id,
        answer: accept.then_some((answer_id, answer.author_id)),
        earns: accept && answer.author_id != by && answer.author_id != asker,
        by,
        by_name,
    };
    tx.happened(accepted, now);
    tx.commit().await?;
    Ok(Acceptance { topic_id, accepted_answer_id: target })
}

/// Marks an answer "Verified by support" (or removes the mark). Staff only.
pub async fn verify(db: &Db, viewer: Viewer, answer_id: PostId, on: bool, now: i64) -> StoreResult<TopicId> {
    let by = account(viewer)?;
    permissions::check(viewer, Action::Verify).map_err(StoreError::Denied)?;
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin().await?;
    let answer = open_post(&mut tx, &access, answer_id, "answer").await?;
    let Some(topic_id) = answer.topic_id else {
        return Err(StoreError::field("answer", ErrorCode::NotAnAnswer));
    };
    on_tx!(&mut tx, c => sqlx::query("UPDATE posts SET verified_by = $1, verified_at = $2 WHERE id = $3")
        .bind(on.then_some(by)).bind(on.then_some(now)).bind(answer_id).execute(c).await.map(|r| r.rows_affected()))?;
    let by_name: Option<String> = if on {
        on_tx!(&mut tx, c => sqlx::query_scalar("SELECT username FROM users WHERE id = $1")
            .bind(by).fetch_optional(c).await)?
    } else {
        None
    };
    let verified = Happened::Verified {
        topic_id,
        post_id: answer_id,
        category_id: answer.category_id,
        author: answer.author_id,
        by_name,
    };
    tx.happened(verified, now);
    tx.commit().await?;
    Ok(topic_id)
}
