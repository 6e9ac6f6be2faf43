//! Reading topics: lists with sorts, filters and keyset cursors, whole
//! threads, view counts, and what sitemaps and feeds publish. Every read
//! goes through an `Access`, so restricted categories never leak.

use domain::id::Timestamp;
use domain::id::{CategoryId, PostId, TopicId, UserId};
use domain::model::{
    decode_cursor, encode_cursor, ListQuery, Post, Sort, StatusFilter, Thread, TopicPage, TopicSummary,
};
use domain::permissions::{self, Action, Viewer};
use domain::PostKind;

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::store::categories::{self, sql_in, Access};
use crate::store::happened::Happened;
use crate::store::{comments, reputation, tags, votes};
use crate::{on_db, on_tx};

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: TopicId,
    kind: String,
    title: Option<String>,
    slug: Option<String>,
    excerpt: String,
    category_id: Option<CategoryId>,
    author_id: UserId,
    username: String,
    reputation: i64,
    created_at: Timestamp,
    last_activity_at: Timestamp,
    answer_count: i64,
    view_count: i64,
    score: i64,
    accepted_answer_id: Option<PostId>,
    locked_at: Option<i64>,
    pinned_at: Option<i64>,
    featured_at: Option<i64>,
}

const SUMMARY_COLUMNS: &str = "p.id, p.kind, p.title, p.slug, p.excerpt, p.category_id, p.author_id, u.username, u.reputation,
    p.created_at, p.last_activity_at, p.answer_count, p.view_count, p.score, p.accepted_answer_id, p.locked_at,
    p.pinned_at, p.featured_at";

/// At most this many pinned topics head the first page of a list.
const PINNED_LIMIT: i64 = 10;

fn kind(s: &str) -> PostKind {
    PostKind::parse(s).unwrap_or(PostKind::Discussion)
}

/// The sort's key columns (all descending) and their values for a row.
fn sort_keys(sort: Sort) -> &'static [&'static str] {
    match sort {
        Sort::Active => &["p.last_activity_at", "p.id"],
        Sort::Newest => &["p.created_at", "p.id"],
        // Fewest answers first, newest first among equals.
        Sort::Unanswered => &["-p.answer_count", "p.created_at", "p.id"],
        Sort::Votes => &["p.score", "p.created_at", "p.id"],
    }
}

fn row_keys(sort: Sort, r: &SummaryRow) -> Vec<i64> {
    match sort {
        Sort::Active => vec![r.last_activity_at.get(), r.id.get()],
        Sort::Newest => vec![r.created_at.get(), r.id.get()],
        Sort::Unanswered => vec![-r.answer_count, r.created_at.get(), r.id.get()],
        Sort::Votes => vec![r.score, r.created_at.get(), r.id.get()],
    }
}

/// One page of topics. Unknown or unreadable category and tag filters are
/// `NotFound` (the same answer for both, so nothing leaks); a malformed
/// cursor starts from the beginning.
pub async fn list(db: &Db, access: &Access, q: &ListQuery, limit: i64) -> StoreResult<TopicPage> {
    let mut conds = vec![
        "p.topic_id IS NULL".to_owned(),
        "p.deleted_at IS NULL".to_owned(),
        access.sql_in("p.category_id"),
    ];
    if !access.is_staff() {
        conds.push("p.hidden_at IS NULL".to_owned());
    }
    if let Some(slug) = q.category.as_deref() {
        let cat = access.by_slug(slug).ok_or(StoreError::NotFound)?;
        let ids: Vec<CategoryId> = access
            .categories
            .iter()
            .filter(|c| c.id == cat.id || c.parent_id == Some(cat.id))
            .map(|c| c.id)
            .collect();
        conds.push(sql_in("p.category_id", &ids));
    }
    if let Some(name) = q.tag.as_deref() {
        let tag = tags::by_name(db, access, name).await?.ok_or(StoreError::NotFound)?;
        conds.push(format!(
            "EXISTS (SELECT 1 FROM post_tags pt WHERE pt.post_id = p.id AND pt.tag_id = {})",
            tag.id
        ));
    }
    match q.status {
        StatusFilter::All => {}
        StatusFilter::Solved => conds.push("p.accepted_answer_id IS NOT NULL".into()),
        StatusFilter::Unsolved => {
            conds.push("p.kind = 'question' AND p.accepted_answer_id IS NULL".into());
        }
        StatusFilter::Unanswered => conds.push("p.answer_count = 0".into()),
    }
    let keys = sort_keys(q.sort);
    // In the default order, pinned topics head the first page and stay out
    // of the pages (a separate query keeps the sort on its index).
    let pinned_first = q.sort == Sort::Active && q.status == StatusFilter::All;
    let mut pinned = Vec::new();
    if pinned_first {
        if q.after.is_none() {
            let sql = format!(
                "SELECT {SUMMARY_COLUMNS} FROM posts p JOIN users u ON u.id = p.author_id
                 WHERE {} AND p.pinned_at IS NOT NULL ORDER BY p.pinned_at DESC LIMIT {PINNED_LIMIT}",
                conds.join(" AND ")
            );
            pinned = on_db!(db, p => sqlx::query_as::<_, SummaryRow>(&sql).fetch_all(p).await)?;
        }
        conds.push("p.pinned_at IS NULL".to_owned());
    }
    if let Some(values) = q.after.as_deref().and_then(|a| decode_cursor(a, keys.len())) {
        // Integers parsed from the cursor: safe to inline.
        let vals = values.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
        conds.push(format!("({}) < ({vals})", keys.join(", ")));
    }
    let order = keys.iter().map(|k| format!("{k} DESC")).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM posts p JOIN users u ON u.id = p.author_id
         WHERE {} ORDER BY {order} LIMIT {}",
        conds.join(" AND "),
        limit + 1
    );
    let mut rows = on_db!(db, p => sqlx::query_as::<_, SummaryRow>(&sql).fetch_all(p).await)?;
    let next_after = if rows.len() as i64 > limit {
        rows.truncate(limit as usize);
        rows.last().map(|r| encode_cursor(&row_keys(q.sort, r)))
    } else {
        None
    };
    pinned.extend(rows);
    let topics = summaries(db, pinned).await?;
    Ok(TopicPage { topics, next_after })
}

async fn summaries(db: &Db, rows: Vec<SummaryRow>) -> StoreResult<Vec<TopicSummary>> {
    let levels = reputation::levels(db).await?;
    let ids: Vec<TopicId> = rows.iter().map(|r| r.id).collect();
    let tag_rows: Vec<(TopicId, String)> = if ids.is_empty() {
        Vec::new()
    } else {
        let sql = format!(
            "SELECT pt.post_id, t.name FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE {} ORDER BY t.name",
            sql_in("pt.post_id", &ids)
        );
        on_db!(db, p => sqlx::query_as(&sql).fetch_all(p).await)?
    };
    Ok(rows
        .into_iter()
        .map(|r| TopicSummary {
            tags: tag_rows.iter().filter(|(p, _)| *p == r.id).map(|(_, n)| n.clone()).collect(),
            id: r.id,
            kind: kind(&r.kind),
            title: r.title.unwrap_or_default(),
            slug: r.slug.unwrap_or_default(),
            excerpt: r.excerpt,
            category_id: r.category_id.unwrap_or_default(),
            author: reputation::author(r.author_id, r.username, r.reputation, &levels),
            created_at: r.created_at,
            last_activity_at: r.last_activity_at,
            answer_count: r.answer_count,
            view_count: r.view_count,
            score: r.score,
            solved: r.accepted_answer_id.is_some(),
            locked: r.locked_at.is_some(),
            pinned: r.pinned_at.is_some(),
            featured: r.featured_at.is_some(),
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct PostRow {
    id: PostId,
    kind: String,
    topic_id: Option<TopicId>,
    category_id: Option<CategoryId>,
    author_id: UserId,
    username: String,
    reputation: i64,
    title: Option<String>,
    slug: Option<String>,
    body_md: String,
    body_html: String,
    excerpt: String,
    revision: i64,
    created_at: Timestamp,
    edited_at: Option<Timestamp>,
    edited_by_name: Option<String>,
    last_activity_at: Timestamp,
    answer_count: i64,
    view_count: i64,
    score: i64,
    accepted_answer_id: Option<PostId>,
    locked_at: Option<i64>,
    deleted_at: Option<i64>,
    hidden_at: Option<i64>,
    accepted_by_name: Option<String>,
    verified_by_name: Option<String>,
    held_reason: Option<String>,
    pinned_at: Option<i64>,
    featured_at: Option<i64>,
    duplicate_of: Option<TopicId>,
    merged_into: Option<TopicId>,
    assigned_name: Option<String>,
    language: String,
}

const POST_COLUMNS: &str = "p.id, p.kind, p.topic_id, p.category_id, p.author_id, u.username, u.reputation, p.title, p.slug,
    p.body_md, p.body_html, p.excerpt, p.revision, p.created_at, p.edited_at, e.username AS edited_by_name,
    p.last_activity_at, p.answer_count, p.view_count, p.score, p.accepted_answer_id, p.locked_at, p.deleted_at,
    p.hidden_at, a.username AS accepted_by_name, v.username AS verified_by_name, p.held_reason, p.pinned_at,
    p.featured_at, p.duplicate_of, p.merged_into, s.username AS assigned_name, p.language";
const POST_FROM: &str =
    "FROM posts p JOIN users u ON u.id = p.author_id LEFT JOIN users e ON e.id = p.edited_by
    LEFT JOIN users a ON a.id = p.accepted_by LEFT JOIN users v ON v.id = p.verified_by
    LEFT JOIN users s ON s.id = p.assigned_to";

/// What the viewer's relation to a post depends on beyond the row itself.
struct PostContext<'a> {
    viewer: Viewer,
    levels: &'a [domain::reputation::Level],
    votes: &'a [(PostId, i64)],
    open: bool,
    accepted_answer_id: Option<PostId>,
}

fn to_post(cx: &PostContext<'_>, r: &PostRow, is_topic: bool) -> Post {
    let viewer = cx.viewer;
    let can_edit =
        r.deleted_at.is_none() && permissions::check(viewer, Action::Edit { author_id: r.author_id }).is_ok();
    let can_delete = r.deleted_at.is_none()
        && permissions::check(
            viewer,
            Action::Delete { author_id: r.author_id, is_question: is_topic, answer_count: r.answer_count },
        )
        .is_ok();
    Post {
        id: r.id,
        kind: kind(&r.kind),
        author: reputation::author(r.author_id, r.username.clone(), r.reputation, cx.levels),
        body_html: r.body_html.clone(),
        created_at: r.created_at,
        edited_at: r.edited_at,
        edited_by: r.edited_by_name.clone(),
        revision: r.revision,
        score: r.score,
        deleted: r.deleted_at.is_some(),
        hidden: r.hidden_at.is_some() && r.held_reason.is_none(),
        held_reason: r.held_reason.clone(),
        comments: Vec::new(),
        can_edit,
        can_delete,
        my_vote: cx.votes.iter().find(|(p, _)| *p == r.id).map_or(0, |(_, v)| *v),
        can_vote: cx.open
            && r.deleted_at.is_none()
            && matches!(viewer, Viewer::Account { id, .. } if id != r.author_id),
        accepted: !is_topic && cx.accepted_answer_id == Some(r.id),
        verified_by: r.verified_by_name.clone(),
        language: r.language.clone(),
        human_translations: Vec::new(),
    }
}

/// A whole thread as `access.viewer` may see it. Deleted topics and answers
/// exist only for staff; for everyone else they are `NotFound` / absent.
pub async fn thread(db: &Db, access: &Access, id: TopicId) -> StoreResult<Thread> {
    // Read before the transaction: a query on the pool while the transaction
    // holds a connection could wait forever once every connection is held
    // by a request doing the same (the benchmark found exactly that).
    let levels = reputation::levels(db).await?;
    let mut tx = db.begin_read().await?;
    let sql = format!("SELECT {POST_COLUMNS} {POST_FROM} WHERE p.id = $1 AND p.topic_id IS NULL");
    let topic: Option<PostRow> = on_tx!(&mut tx, c => sqlx::query_as(&sql).bind(id).fetch_optional(c).await)?;
    let topic = topic.ok_or(StoreError::NotFound)?;
    let category = topic.category_id.and_then(|c| access.category(c)).ok_or(StoreError::NotFound)?.clone();
    let staff = access.is_staff();
    let me = match access.viewer {
        Viewer::Account { id, .. } => id,
        Viewer::Visitor => UserId(0),
    };
    // A merged question lives on in its target: old links lead there (the
    // page redirects to the target's address).
    if let (Some(into), false) = (topic.merged_into, staff) {
        tx.commit().await?;
        return Box::pin(thread(db, access, into)).await;
    }
    // Held posts are seen by their author (marked as waiting for review).
    let own_held = |r: &PostRow| r.held_reason.is_some() && r.author_id == me;
    if (topic.deleted_at.is_some() || (topic.hidden_at.is_some() && !own_held(&topic))) && !staff {
        return Err(StoreError::NotFound);
    }
    let hide_deleted = if staff {
        String::new()
    } else {
        format!("AND p.deleted_at IS NULL AND (p.hidden_at IS NULL OR (p.held_at IS NOT NULL AND p.author_id = {me}))")
    };
    // The accepted answer first, then the oldest first.
    let sql = format!(
        "SELECT {POST_COLUMNS} {POST_FROM} WHERE p.topic_id = $1 {hide_deleted}
         ORDER BY CASE WHEN p.id = $2 THEN 0 ELSE 1 END, p.created_at, p.id"
    );
    let answers: Vec<PostRow> = on_tx!(&mut tx, c => sqlx::query_as(&sql)
        .bind(id).bind(topic.accepted_answer_id.unwrap_or_default()).fetch_all(c).await)?;
    let mut ids = vec![topic.id];
    ids.extend(answers.iter().map(|a| a.id));
    let comments = comments::for_posts(&mut tx, access, &ids, &levels).await?;
    let tags = topic_tags(&mut tx, id).await?;
    // The banner names and links its target only when the viewer could
    // open it: a hidden, held or restricted question stays unnamed.
    let duplicate_of = match topic.duplicate_of {
        Some(d) => {
            type Target = (Option<String>, Option<String>, Option<CategoryId>, Option<i64>);
            let row: Option<Target> = on_tx!(&mut tx, c => sqlx::query_as(
                "SELECT title, slug, category_id, hidden_at FROM posts WHERE id = $1 AND deleted_at IS NULL")
                .bind(d).fetch_optional(c).await)?;
            row.filter(|(_, _, cat, hidden)| {
                cat.is_some_and(|c| access.category(c).is_some()) && (hidden.is_none() || staff)
            })
            .map(|(title, slug, ..)| {
                (d, title.unwrap_or_default(), domain::model::topic_path(d, &slug.unwrap_or_default()))
            })
        }
        None => None,
    };
    tx.commit().await?;
    let votes = votes::mine(db, access.viewer, &ids).await?;
    let open = topic.locked_at.is_none() && topic.deleted_at.is_none();
    let cx = PostContext {
        viewer: access.viewer,
        levels: &levels,
        votes: &votes,
        open,
        accepted_answer_id: topic.accepted_answer_id,
    };
    let can_accept = open
        && topic.kind == "question"
        && permissions::check(access.viewer, Action::Accept { asker_id: topic.author_id }).is_ok();

    let human = crate::translate::human_languages(db, id).await?;
    let with_comments = |mut p: Post| {
        p.comments = comments.iter().filter(|c| c.post_id == p.id).cloned().collect();
        p.human_translations = human.iter().filter(|(id, _)| *id == p.id).map(|(_, l)| l.clone()).collect();
        p
    };
    let parent_category = category.parent_id.and_then(|p| access.category(p)).cloned();
    Ok(Thread {
        id,
        title: topic.title.clone().unwrap_or_default(),
        slug: topic.slug.clone().unwrap_or_default(),
        excerpt: crate::markdown::shorten_excerpt(&topic.excerpt, 160),
        parent_category,
        category,
        tags,
        answers: answers.iter().map(|a| with_comments(to_post(&cx, a, false))).collect(),
        topic: with_comments(to_post(&cx, &topic, true)),
        view_count: topic.view_count,
        answer_count: topic.answer_count,
        last_activity_at: topic.last_activity_at,
        locked: topic.locked_at.is_some(),
        accepted_answer_id: topic.accepted_answer_id,
        accepted_by: topic.accepted_by_name.clone(),
        can_accept,
        can_moderate: staff,
        pinned: topic.pinned_at.is_some(),
        featured: topic.featured_at.is_some(),
        duplicate_of,
        assigned_to: topic.assigned_name.clone(),
    })
}

async fn topic_tags(tx: &mut Tx, id: TopicId) -> StoreResult<Vec<String>> {
    Ok(on_tx!(&mut *tx, c => sqlx::query_scalar(
        "SELECT t.name FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = $1 ORDER BY t.name")
        .bind(id).fetch_all(c).await)?)
}

/// The Markdown source of a post, for its edit form, with its topic's title
/// and tags when it is a topic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub id: PostId,
    pub topic_id: TopicId,
    pub topic_slug: String,
    pub topic_title: String,
    pub is_topic: bool,
    pub title: Option<String>,
    pub body_md: String,
    pub tags: Vec<String>,
    pub can_edit: bool,
}

pub async fn source(db: &Db, access: &Access, id: PostId) -> StoreResult<Source> {
    let mut tx = db.begin_read().await?;
    let sql = format!("SELECT {POST_COLUMNS} {POST_FROM} WHERE p.id = $1");
    let row: Option<PostRow> = on_tx!(&mut tx, c => sqlx::query_as(&sql).bind(id).fetch_optional(c).await)?;
    let row = row.ok_or(StoreError::NotFound)?;
    let topic_id = row.topic_id.unwrap_or(row.id.as_topic());
    let topic: (Option<String>, Option<String>, Option<i64>) = on_tx!(&mut tx, c => sqlx::query_as(
        "SELECT title, slug, COALESCE(deleted_at, hidden_at) FROM posts WHERE id = $1").bind(topic_id).fetch_one(c).await)?;
    let readable = row.category_id.is_some_and(|c| access.category(c).is_some());
    let gone = row.deleted_at.is_some() || row.hidden_at.is_some() || topic.2.is_some();
    if !readable || (gone && !access.is_staff()) {
        return Err(StoreError::NotFound);
    }
    let tags = if row.topic_id.is_none() { topic_tags(&mut tx, id.as_topic()).await? } else { Vec::new() };
    tx.commit().await?;
    Ok(Source {
        id,
        topic_id,
        topic_slug: topic.1.unwrap_or_default(),
        topic_title: topic.0.unwrap_or_default(),
        is_topic: row.topic_id.is_none(),
        title: row.title,
        body_md: row.body_md,
        tags,
        can_edit: permissions::check(access.viewer, Action::Edit { author_id: row.author_id }).is_ok(),
    })
}

/// Adds a batch of counted views (`crate::views`) in one transaction,
/// stating each topic's new count (badges follow it). Topics deleted since
/// they were read are skipped.
pub(crate) async fn add_views(
    db: &Db,
    batch: &std::collections::HashMap<TopicId, i64>,
    now: i64,
) -> StoreResult<()> {
    // In id order, so two nodes flushing at once lock rows in the same order.
    let mut topics: Vec<(&TopicId, &i64)> = batch.iter().collect();
    topics.sort();
    let mut tx = db.begin().await?;
    for (topic, n) in topics {
        let row: Option<(UserId, i64)> = on_tx!(&mut tx, c => sqlx::query_as(
            "UPDATE posts SET view_count = view_count + $1 WHERE id = $2 AND topic_id IS NULL
             RETURNING author_id, view_count")
            .bind(*n).bind(*topic).fetch_optional(c).await)?;
        if let Some((author, views)) = row {
            tx.happened(Happened::Viewed { topic_id: *topic, author, views }, now);
        }
    }
    tx.commit().await
}

/// A stable, non-reversible key for a reader without an account.
pub fn anonymous_visitor(ip: &str, user_agent: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(format!("{ip}\n{user_agent}").as_bytes());
    format!("a{}", hex::encode(&digest[..12]))
}

/// Topics a visitor may read, for the sitemap: (id, slug, last activity),
/// by id, `limit` from `offset`.
pub async fn public_entries(db: &Db, offset: i64, limit: i64) -> StoreResult<Vec<(TopicId, String, i64)>> {
    let access = categories::access(db, Viewer::Visitor).await?;
    let sql = format!(
        "SELECT p.id, COALESCE(p.slug, ''), p.last_activity_at FROM posts p
         WHERE p.topic_id IS NULL AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND {} ORDER BY p.id LIMIT {limit} OFFSET {offset}",
        access.sql_in("p.category_id")
    );
    Ok(on_db!(db, p => sqlx::query_as(&sql).fetch_all(p).await)?)
}

pub async fn public_count(db: &Db) -> StoreResult<i64> {
    let access = categories::access(db, Viewer::Visitor).await?;
    let sql = format!(
        "SELECT COUNT(*) FROM posts p WHERE p.topic_id IS NULL AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND {}",
        access.sql_in("p.category_id")
    );
    Ok(on_db!(db, p => sqlx::query_scalar(&sql).fetch_one(p).await)?)
}

/// Topics by one member, newest first, that the viewer may read.
pub async fn by_author(
    db: &Db,
    access: &Access,
    author_id: UserId,
    limit: i64,
) -> StoreResult<Vec<TopicSummary>> {
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM posts p JOIN users u ON u.id = p.author_id
         WHERE p.topic_id IS NULL AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.author_id = $1 AND {}
         ORDER BY p.created_at DESC, p.id DESC LIMIT {limit}",
        access.sql_in("p.category_id")
    );
    let rows = on_db!(db, p => sqlx::query_as::<_, SummaryRow>(&sql).bind(author_id).fetch_all(p).await)?;
    summaries(db, rows).await
}

/// How many posts (topics and answers, deleted ones included) a member has
/// written: zero means a first-time poster.
pub async fn post_count_by(db: &Db, author_id: UserId) -> StoreResult<i64> {
    Ok(on_db!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM posts WHERE author_id = $1")
        .bind(author_id).fetch_one(p).await)?)
}
