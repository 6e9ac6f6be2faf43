//! Reads topics from the database as the documents the index holds: the
//! question and each visible answer. A deleted or hidden topic has none.

use domain::id::{CategoryId, PostId, TopicId};
use std::collections::HashMap;

use crate::db::Db;
use crate::error::StoreResult;
use crate::markdown;
use crate::on_db;
use crate::store::categories::sql_in;

use super::schema::DocInput;

/// Characters of the accepted answer shown under a similar question.
const ANSWER_EXCERPT_CHARS: usize = 220;

#[derive(sqlx::FromRow)]
struct TopicRow {
    id: TopicId,
    kind: String,
    category_id: Option<CategoryId>,
    title: Option<String>,
    slug: Option<String>,
    body_html: String,
    created_at: i64,
    score: i64,
    answer_count: i64,
    accepted_answer_id: Option<PostId>,
    username: String,
}

#[derive(sqlx::FromRow)]
struct AnswerRow {
    id: PostId,
    topic_id: Option<TopicId>,
    body_html: String,
    created_at: i64,
    score: i64,
    username: String,
}

/// The documents of each topic in `ids` (an id with no visible topic maps
/// to nothing: its documents are to be removed).
pub(crate) async fn topics(db: &Db, ids: &[TopicId]) -> StoreResult<HashMap<TopicId, Vec<DocInput>>> {
    let mut out: HashMap<TopicId, Vec<DocInput>> = ids.iter().map(|id| (*id, Vec::new())).collect();
    if ids.is_empty() {
        return Ok(out);
    }
    // Integer ids from our own log: inlining them cannot inject anything.
    let sql = format!(
        "SELECT p.id, p.kind, p.category_id, p.title, p.slug, p.body_html, p.created_at, p.score, p.answer_count,
                p.accepted_answer_id, u.username
         FROM posts p JOIN users u ON u.id = p.author_id
         WHERE p.topic_id IS NULL AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND {}",
        sql_in("p.id", ids)
    );
    let topics: Vec<TopicRow> = on_db!(db, p => sqlx::query_as(&sql).fetch_all(p).await)?;
    if topics.is_empty() {
        return Ok(out);
    }
    let live: Vec<TopicId> = topics.iter().map(|t| t.id).collect();
    let sql = format!(
        "SELECT p.id, p.topic_id, p.body_html, p.created_at, p.score, u.username
         FROM posts p JOIN users u ON u.id = p.author_id
         WHERE p.deleted_at IS NULL AND p.hidden_at IS NULL AND {} ORDER BY p.id",
        sql_in("p.topic_id", &live)
    );
    let answers: Vec<AnswerRow> = on_db!(db, p => sqlx::query_as(&sql).fetch_all(p).await)?;
    let sql = format!(
        "SELECT pt.post_id, t.name FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE {} ORDER BY t.name",
        sql_in("pt.post_id", &live)
    );
    let tags: Vec<(TopicId, String)> = on_db!(db, p => sqlx::query_as(&sql).fetch_all(p).await)?;
    let translated = crate::translate::for_index(db, &live).await?;
    let translations_of = |post_id: PostId| -> Vec<(String, String, String)> {
        translated
            .iter()
            .filter(|(p, ..)| *p == post_id)
            .map(|(_, l, t, html)| (l.clone(), t.clone(), markdown::html_text(html)))
            .collect()
    };
    for t in topics {
        let Some(category_id) = t.category_id else { continue };
        let title = t.title.unwrap_or_default();
        let slug = t.slug.unwrap_or_default();
        let solved = t.accepted_answer_id.is_some();
        let topic_tags: Vec<String> =
            tags.iter().filter(|(p, _)| *p == t.id).map(|(_, n)| n.clone()).collect();
        let mine: Vec<&AnswerRow> = answers.iter().filter(|a| a.topic_id == Some(t.id)).collect();
        let answer_excerpt = t
            .accepted_answer_id
            .and_then(|a| mine.iter().find(|r| r.id == a))
            .map(|a| super::cut(&markdown::html_text(&a.body_html), ANSWER_EXCERPT_CHARS));
        let question_text = markdown::html_text(&t.body_html);
        // One language for the whole thread: its question's.
        let lang = super::schema::detect_language(&format!(
            "{title} {}",
            question_text.chars().take(600).collect::<String>()
        ))
        .to_owned();
        let docs = out.entry(t.id).or_default();
        docs.push(DocInput {
            topic_id: t.id,
            post_id: t.id.post(),
            kind: t.kind.clone(),
            title: title.clone(),
            topic_title: title.clone(),
            slug: slug.clone(),
            body: question_text,
            category_id,
            tags: topic_tags.clone(),
            author: t.username.clone(),
            solved,
            accepted: false,
            answer_count: t.answer_count,
            score: t.score,
            created_at: t.created_at,
            answer_excerpt,
            lang: Some(lang.clone()),
            translations: translations_of(t.id.post()),
        });
        for a in mine {
            docs.push(DocInput {
                topic_id: t.id,
                post_id: a.id,
                kind: "answer".into(),
                title: String::new(),
                topic_title: title.clone(),
                slug: slug.clone(),
                body: markdown::html_text(&a.body_html),
                category_id,
                tags: topic_tags.clone(),
                author: a.username.clone(),
                solved,
                accepted: t.accepted_answer_id == Some(a.id),
                answer_count: t.answer_count,
                score: a.score,
                created_at: a.created_at,
                answer_excerpt: None,
                lang: Some(lang.clone()),
                translations: translations_of(a.id),
            });
        }
    }
    Ok(out)
}

/// Topic ids after `after`, in id order, at most `limit` (for a rebuild).
pub(crate) async fn topic_ids(db: &Db, after: i64, limit: i64) -> StoreResult<Vec<TopicId>> {
    Ok(on_db!(db, p => sqlx::query_scalar(
        "SELECT id FROM posts WHERE topic_id IS NULL AND id > $1 ORDER BY id LIMIT $2")
        .bind(after).bind(limit).fetch_all(p).await)?)
}
