//! The reputation ledger, its admin-set rules and levels, and the reads built
//! on it: a member's history and the leaderboards.
//!
//! Points change only through `credit` and `reverse`, inside the transaction
//! of the vote or acceptance that justifies them; both append ledger rows and
//! move `users.reputation` by the same amount, so the total always equals the
//! sum of the ledger (`recompute` checks it).

use domain::id::TopicId;
use domain::id::{CategoryId, PostId, TagId, UserId};
use domain::model::MemberStats;
use domain::permissions::{self, Action, Viewer};
use domain::reputation::{self, day_of, Level, Reason, Rules, RULE_FIELDS};
use domain::FieldError;
use serde::{Deserialize, Serialize};

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::store::categories::Access;
use crate::{on_db, on_tx};

const RULE_PREFIX: &str = "reputation.";
const LEVELS_KEY: &str = "reputation.levels";

async fn rule_rows(db: &Db) -> StoreResult<Vec<(String, String)>> {
    Ok(on_db!(db, p => sqlx::query_as(
        "SELECT key, value FROM settings WHERE key LIKE 'reputation.%'").fetch_all(p).await)?)
}

/// The rules in force; defaults for anything an admin has not set.
pub async fn rules(db: &Db) -> StoreResult<Rules> {
    let rows = rule_rows(db).await?;
    let pairs = rows.iter().filter_map(|(k, v)| Some((k.strip_prefix(RULE_PREFIX)?, v.as_str())));
    // Stored values were checked when saved; a bad row (from a newer node)
    // falls back to the defaults rather than refusing every vote.
    Ok(Rules::parse(pairs).unwrap_or_default())
}

/// The levels in force, lowest first.
pub async fn levels(db: &Db) -> StoreResult<Vec<Level>> {
    let v: Option<String> = on_db!(db, p => sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
        .bind(LEVELS_KEY).fetch_optional(p).await)?;
    Ok(v.and_then(|v| serde_json::from_str::<Vec<Level>>(&v).ok())
        .filter(|l| l.len() == reputation::LEVEL_COUNT)
        .unwrap_or_else(reputation::default_levels))
}

/// An author line: the member with their reputation and level.
pub fn author(id: UserId, username: String, reputation: i64, levels: &[Level]) -> domain::model::Author {
    let level = reputation::level_for(reputation, levels);
    let level_name = levels.iter().find(|l| l.number == level).map(|l| l.name.clone()).unwrap_or_default();
    domain::model::Author { id, username, reputation, level, level_name }
}

async fn put(tx: &mut Tx, key: &str, value: &str) -> StoreResult<()> {
    on_tx!(&mut *tx, c => sqlx::query(
        "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(key).bind(value).execute(c).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Admins only: saves the rules and levels together, after checking every
/// field (all problems are reported at once).
pub async fn configure(
    db: &Db,
    viewer: Viewer,
    rule_values: &[(String, String)],
    level_names: &[String],
    level_thresholds: &[String],
) -> StoreResult<()> {
    permissions::check(viewer, Action::ManageCommunity).map_err(StoreError::Denied)?;
    let mut errors: Vec<FieldError> = Vec::new();
    let rules = Rules::parse(rule_values.iter().map(|(k, v)| (k.as_str(), v.as_str()))).unwrap_or_else(|e| {
        errors.extend(e);
        Rules::default()
    });
    let levels = reputation::parse_levels(level_names, level_thresholds).unwrap_or_else(|e| {
        errors.extend(e);
        Vec::new()
    });
    if !errors.is_empty() {
        return Err(StoreError::Invalid(errors));
    }
    let levels = serde_json::to_string(&levels).map_err(|e| StoreError::Internal(e.to_string()))?;
    let mut tx = db.begin().await?;
    for (key, ..) in RULE_FIELDS {
        let value = rules.get(key).unwrap_or_default().to_string();
        put(&mut tx, &format!("{RULE_PREFIX}{key}"), &value).await?;
    }
    put(&mut tx, LEVELS_KEY, &levels).await?;
    tx.commit().await
}

/// Takes the row locks of `users` in id order before anything reads their
/// reputation. On PostgreSQL the no-op update holds the lock to commit, so a
/// concurrent vote for the same member waits here instead of reading a stale
/// daily total; ordering by id means two transactions never wait on each
/// other in a cycle. SQLite write transactions are already serialized.
pub(crate) async fn lock_members(tx: &mut Tx, users: &[UserId]) -> StoreResult<()> {
    let mut ids = users.to_vec();
    ids.sort_unstable();
    ids.dedup();
    for id in ids {
        on_tx!(&mut *tx, c => sqlx::query("UPDATE users SET reputation = reputation WHERE id = $1")
            .bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(())
}

pub(crate) async fn current(tx: &mut Tx, user: UserId) -> StoreResult<i64> {
    Ok(on_tx!(&mut *tx, c => sqlx::query_scalar("SELECT reputation FROM users WHERE id = $1")
        .bind(user).fetch_one(c).await)?)
}

/// One ledger entry to write.
pub(crate) struct Credit<'a> {
    pub user: UserId,
    pub reason: Reason,
    pub source: &'a str,
    pub post_id: Option<PostId>,
    pub actor: Option<UserId>,
}

/// Appends the points `rules` give for `credit`, cut by the daily cap, and
/// moves the member's total. The member must be locked (`lock_members`).
pub(crate) async fn credit(tx: &mut Tx, rules: &Rules, credit: Credit<'_>, now: i64) -> StoreResult<i64> {
    let day = day_of(now);
    let capped_today: i64 = if credit.reason.capped() {
        on_tx!(&mut *tx, c => sqlx::query_scalar::<_, i64>(
            "SELECT CAST(COALESCE(SUM(points), 0) AS BIGINT) FROM reputation_events WHERE user_id = $1 AND day = $2 AND capped = 1")
            .bind(credit.user).bind(day).fetch_one(c).await)?
    } else {
        0
    };
    let points = rules.credited(credit.reason, capped_today);
    let capped = credit.reason.capped();
    append(tx, &credit, points, capped, now).await?;
    Ok(points)
}

/// Writes `entry` with `points` (counted toward the daily cap when `capped`)
/// and moves the member's total.
async fn append(tx: &mut Tx, entry: &Credit<'_>, points: i64, capped: bool, now: i64) -> StoreResult<()> {
    on_tx!(&mut *tx, c => sqlx::query(
        "INSERT INTO reputation_events (user_id, reason, points, source, post_id, actor_id, capped, day, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
        .bind(entry.user).bind(entry.reason.as_str()).bind(points).bind(entry.source).bind(entry.post_id)
        .bind(entry.actor).bind(i64::from(capped)).bind(day_of(now)).bind(now)
        .execute(c).await.map(|r| r.rows_affected()))?;
    if points != 0 {
        on_tx!(&mut *tx, c => sqlx::query("UPDATE users SET reputation = reputation + $1 WHERE id = $2")
            .bind(points).bind(entry.user).execute(c).await.map(|r| r.rows_affected()))?;
    }
    Ok(())
}

/// The members whose points from `source` do not sum to zero: those a
/// reversal would touch, to lock first.
pub(crate) async fn holders(tx: &mut Tx, source: &str) -> StoreResult<Vec<UserId>> {
    Ok(on_tx!(&mut *tx, c => sqlx::query_scalar(
        "SELECT user_id FROM reputation_events WHERE source = $1 GROUP BY user_id HAVING SUM(points) <> 0")
        .bind(source).fetch_all(c).await)?)
}

/// Takes back every point still standing from `source` (a vote being changed
/// or withdrawn, an acceptance moved or taken back). The members must be
/// locked.
pub(crate) async fn reverse(tx: &mut Tx, source: &str, actor: Option<UserId>, now: i64) -> StoreResult<()> {
    let open: Vec<(UserId, i64, i64, Option<PostId>)> = on_tx!(&mut *tx, c => sqlx::query_as(
        "SELECT user_id, CAST(SUM(points) AS BIGINT), MAX(capped), MAX(post_id) FROM reputation_events WHERE source = $1
         GROUP BY user_id HAVING SUM(points) <> 0")
        .bind(source).fetch_all(c).await)?;
    for (user, points, capped, post_id) in open {
        let entry = Credit { user, reason: Reason::Reversal, source, post_id, actor };
        append(tx, &entry, -points, capped == 1, now).await?;
    }
    Ok(())
}

/// Reputation and the ledger sum of every member whose stored total differs
/// from their ledger: empty when the books balance.
pub async fn unbalanced(db: &Db) -> StoreResult<Vec<(UserId, i64, i64)>> {
    Ok(on_db!(db, p => sqlx::query_as(
        "SELECT u.id, u.reputation, CAST(COALESCE((SELECT SUM(points) FROM reputation_events e WHERE e.user_id = u.id), 0) AS BIGINT) AS ledger
         FROM users u
         WHERE u.reputation <> COALESCE((SELECT SUM(points) FROM reputation_events e WHERE e.user_id = u.id), 0)")
        .fetch_all(p).await)?)
}

/// Sets every total from the ledger (after a restore or a manual fix).
pub async fn recompute(db: &Db) -> StoreResult<u64> {
    let mut tx = db.begin().await?;
    let n = on_tx!(&mut tx, c => sqlx::query(
        "UPDATE users SET reputation = CAST(COALESCE((SELECT SUM(points) FROM reputation_events e WHERE e.user_id = users.id), 0) AS BIGINT)")
        .execute(c).await.map(|r| r.rows_affected()))?;
    tx.commit().await?;
    Ok(n)
}

/// One line of a member's reputation history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub reason: String,
    pub points: i64,
    pub created_at: i64,
    /// The post it was for, when the viewer may read it.
    pub post: Option<(TopicId, String, String)>,
}

/// A member's most recent ledger rows (newest first), `limit` from `before`.
/// Posts in places the viewer cannot read are left out of the line, never
/// the points: the total must still add up.
pub async fn history(
    db: &Db,
    access: &Access,
    user: UserId,
    before: Option<i64>,
    limit: i64,
) -> StoreResult<Vec<(i64, HistoryEntry)>> {
    type Row = (i64, String, i64, i64, Option<CategoryId>, Option<TopicId>, Option<String>, Option<String>);
    let rows: Vec<Row> = on_db!(db, p => sqlx::query_as(
        "SELECT e.id, e.reason, e.points, e.created_at, p.category_id, COALESCE(p.topic_id, p.id), t.title, t.slug
         FROM reputation_events e
         LEFT JOIN posts p ON p.id = e.post_id
         LEFT JOIN posts t ON t.id = COALESCE(p.topic_id, p.id)
         WHERE e.user_id = $1 AND e.id < $2
         ORDER BY e.id DESC LIMIT $3")
        .bind(user).bind(before.unwrap_or(i64::MAX)).bind(limit).fetch_all(p).await)?;
    Ok(rows
        .into_iter()
        .map(|(id, reason, points, created_at, category, topic, title, slug)| {
            let readable = category.is_some_and(|c| access.category(c).is_some());
            let post = match (readable, topic, title, slug) {
                (true, Some(t), Some(title), Some(slug)) => Some((t, title, slug)),
                _ => None,
            };
            (id, HistoryEntry { reason, points, created_at, post })
        })
        .collect())
}

/// Who the leaderboard ranks over.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Board {
    /// Only points earned at or after this time (ms); `None` for all time.
    pub since: Option<i64>,
    pub category_id: Option<CategoryId>,
    pub tag_id: Option<TagId>,
}

/// `(user id, username, points gained, total reputation)`, best first,
/// counting only points the viewer may know about: those earned on posts in
/// categories `access` can read (and those tied to no post). Otherwise a
/// board filtered by a tag, or by a public parent whose sub-category is
/// restricted, would rank members by activity the viewer cannot see.
pub async fn leaderboard(
    db: &Db,
    access: &Access,
    board: &Board,
    limit: i64,
) -> StoreResult<Vec<(UserId, String, i64, i64)>> {
    let mut conds = vec!["e.created_at >= $1".to_owned()];
    if board.category_id.is_some() || board.tag_id.is_some() {
        conds.push("p.id IS NOT NULL".to_owned());
    }
    conds.push(format!("(e.post_id IS NULL OR {})", access.sql_in("p.category_id")));
    if let Some(c) = board.category_id {
        // Sub-categories count towards their parent's board.
        conds.push(format!(
            "(p.category_id = {c} OR p.category_id IN (SELECT id FROM categories WHERE parent_id = {c}))"
        ));
    }
    if let Some(t) = board.tag_id {
        conds.push(format!(
            "EXISTS (SELECT 1 FROM post_tags pt WHERE pt.post_id = COALESCE(p.topic_id, p.id) AND pt.tag_id = {t})"
        ));
    }
    let sql = format!(
        "SELECT u.id, u.username, CAST(SUM(e.points) AS BIGINT) AS gained, u.reputation
         FROM reputation_events e JOIN users u ON u.id = e.user_id LEFT JOIN posts p ON p.id = e.post_id
         WHERE {}
         GROUP BY u.id, u.username, u.reputation
         HAVING SUM(e.points) > 0
         ORDER BY gained DESC, u.reputation DESC, u.id
         LIMIT $2",
        conds.join(" AND ")
    );
    Ok(
        on_db!(db, p => sqlx::query_as(&sql).bind(board.since.unwrap_or(i64::MIN)).bind(limit).fetch_all(p).await)?,
    )
}

/// A member's activity in numbers, counting only places the viewer can read.
pub async fn stats(db: &Db, access: &Access, user: UserId) -> StoreResult<MemberStats> {
    let readable = access.sql_in("p.category_id");
    let sql = format!(
        "SELECT
           CAST(COALESCE(SUM(CASE WHEN p.topic_id IS NULL AND p.kind = 'question' THEN 1 ELSE 0 END), 0) AS BIGINT),
           CAST(COALESCE(SUM(CASE WHEN p.topic_id IS NOT NULL THEN 1 ELSE 0 END), 0) AS BIGINT),
           CAST(COALESCE(SUM(CASE WHEN p.topic_id IS NOT NULL AND t.accepted_answer_id = p.id THEN 1 ELSE 0 END), 0) AS BIGINT),
           CAST(COALESCE(SUM(CASE WHEN p.score > 0 THEN p.score ELSE 0 END), 0) AS BIGINT)
         FROM posts p LEFT JOIN posts t ON t.id = p.topic_id
         WHERE p.author_id = $1 AND p.deleted_at IS NULL AND {readable}"
    );
    let (questions, answers, accepted, votes_received): (i64, i64, i64, i64) =
        on_db!(db, p => sqlx::query_as(&sql).bind(user).fetch_one(p).await)?;
    Ok(MemberStats { questions, answers, accepted, votes_received })
}

/// The tags a member answers most in, with the score those answers earned.
pub async fn top_tags(
    db: &Db,
    access: &Access,
    user: UserId,
    limit: i64,
) -> StoreResult<Vec<(String, i64, i64)>> {
    let sql = format!(
        "SELECT tg.name, COUNT(*) AS n, CAST(COALESCE(SUM(a.score), 0) AS BIGINT) AS score
         FROM posts a JOIN post_tags pt ON pt.post_id = a.topic_id JOIN tags tg ON tg.id = pt.tag_id
         WHERE a.author_id = $1 AND a.topic_id IS NOT NULL AND a.deleted_at IS NULL AND {}
         GROUP BY tg.name ORDER BY score DESC, n DESC, tg.name LIMIT $2",
        access.sql_in("a.category_id")
    );
    Ok(on_db!(db, p => sqlx::query_as(&sql).bind(user).bind(limit).fetch_all(p).await)?)
}
