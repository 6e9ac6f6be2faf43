//! Language detection and translation of posts and comments.
//!
//! Every post and comment records its language when written. A reader asks
//! for a translation into one language; it is kept in `translations` per
//! subject *revision* and target language (an edit makes a new revision, so
//! old words are never shown for new ones). A human translation by the author
//! or an agent wins over the machine one. Machine translations come from the
//! provider the admin configured; concurrent requests for the same
//! translation on one node wait for a single provider call. A stored
//! translation is free; a new machine translation counts against an hourly
//! budget (`budget`), since providers are paid per use.

mod budget;
pub mod providers;
pub mod settings;

use domain::id::CommentId;
use domain::id::{PostId, TopicId, UserId};
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use domain::{ErrorCode, FieldError, Role, Viewer};

use crate::db::{Db, Tx};
use crate::error::{StoreError, StoreResult};
use crate::store::automod::{self, Stored, Writing};
use crate::store::happened::Happened;
use crate::store::{audit, categories, facts};
use crate::{markdown, on_db, on_tx};

pub use providers::{ProviderConfig, ProviderKind, TranslateError, Translator};

/// The language a text is written in (a code; English when unsure).
pub fn detect(text: &str) -> &'static str {
    crate::search::detect_language(text)
}

/// Languages a post can be written in: those the search index stems.
pub fn is_content_language(code: &str) -> bool {
    domain::language::by_code(code).is_some()
}

/// Languages posts are translated into: the community's.
pub fn is_target_language(code: &str) -> bool {
    domain::language::community_code(code).is_some()
}

/// What is translated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    Post(PostId),
    Comment(CommentId),
}

impl Subject {
    fn key(self) -> String {
        match self {
            Subject::Post(id) => format!("post:{id}"),
            Subject::Comment(id) => format!("comment:{id}"),
        }
    }
}

/// Who made a translation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A provider (its name: libretranslate, deepl, openai).
    Machine { provider: String },
    /// A person: the author or an agent.
    Human { translator: String },
}

/// A translation ready to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Translation {
    pub language: String,
    pub source_language: String,
    /// Questions and discussions only.
    pub title: Option<String>,
    pub body_md: String,
    /// Rendered and sanitized like the original.
    pub body_html: String,
    pub origin: Origin,
    pub revision: i64,
}

/// A translation, or why there is none right now (the original stays).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Translated(Translation),
    Unavailable(TranslateError),
}

/// The text to translate, as the viewer may read it.
struct Source {
    topic_id: TopicId,
    post_id: PostId,
    revision: i64,
    language: String,
    title: Option<String>,
    body_md: String,
    author_id: UserId,
}

async fn source(tx: &mut Tx, access: &categories::Access, subject: Subject) -> StoreResult<Source> {
    match subject {
        Subject::Post(id) => {
            let facts = facts::visible_facts(tx, access, id).await?;
            Ok(Source {
                topic_id: facts.topic(),
                post_id: id,
                revision: facts.revision,
                language: facts.language.clone(),
                title: facts.title.clone().filter(|_| facts.is_topic()),
                body_md: facts.body_md,
                author_id: facts.author_id,
            })
        }
        Subject::Comment(id) => {
            type Row = (PostId, UserId, String, String, Option<i64>, Option<i64>);
            let row: Option<Row> = on_tx!(&mut *tx, c => sqlx::query_as(
                "SELECT post_id, author_id, body_md, language, deleted_at, hidden_at FROM comments WHERE id = $1")
                .bind(id).fetch_optional(c).await)?;
            let (post_id, author_id, body_md, language, deleted, hidden) = row.ok_or(StoreError::NotFound)?;
            let facts = facts::visible_facts(tx, access, post_id).await?;
            if (deleted.is_some() || hidden.is_some()) && !access.is_staff() {
                return Err(StoreError::NotFound);
            }
            // Comments are not revised: one revision forever.
            Ok(Source {
                topic_id: facts.topic(),
                post_id,
                revision: 1,
                language,
                title: None,
                body_md,
                author_id,
            })
        }
    }
}

type TranslationRow = (String, String, String, String, String, String, String, Option<String>, i64);

/// `$4`: whether a translation held for review counts (for its translator
/// and staff; readers never see one).
const SELECT_TRANSLATION: &str =
    "SELECT t.language, t.source_language, t.title, t.body_md, t.body_html, t.origin, t.provider, u.username, t.revision
     FROM translations t LEFT JOIN users u ON u.id = t.translator_id
     WHERE t.subject = $1 AND t.revision = $2 AND t.language = $3 AND (t.held_at IS NULL OR $4)
     ORDER BY CASE t.origin WHEN 'human' THEN 0 ELSE 1 END LIMIT 1";

fn from_row(r: TranslationRow, has_title: bool) -> Translation {
    let (language, source_language, title, body_md, body_html, origin, provider, translator, revision) = r;
    Translation {
        language,
        source_language,
        title: has_title.then_some(title),
        body_md,
        body_html,
        origin: if origin == "human" {
            Origin::Human { translator: translator.unwrap_or_default() }
        } else {
            Origin::Machine { provider }
        },
        revision,
    }
}

async fn stored(
    db: &Db,
    subject: Subject,
    src: &Source,
    target: &str,
    with_held: bool,
) -> StoreResult<Option<Translation>> {
    let key = subject.key();
    let row: Option<TranslationRow> = on_db!(db, p => sqlx::query_as(SELECT_TRANSLATION)
        .bind(&key).bind(src.revision).bind(target).bind(with_held).fetch_optional(p).await)?;
    Ok(row.map(|r| from_row(r, src.title.is_some())))
}

/// One provider call per (subject, revision, language) at a time on this
/// node: latecomers wait, then find the stored result.
type FlightKey = (String, i64, String);
static FLIGHTS: LazyLock<Mutex<HashMap<FlightKey, Arc<tokio::sync::Mutex<()>>>>> =
    LazyLock::new(Default::default);

fn flight(key: &FlightKey) -> Arc<tokio::sync::Mutex<()>> {
    let mut map = FLIGHTS.lock().unwrap_or_else(|p| p.into_inner());
    map.entry(key.clone()).or_default().clone()
}

fn land(key: &FlightKey, lock: Arc<tokio::sync::Mutex<()>>) {
    let mut map = FLIGHTS.lock().unwrap_or_else(|p| p.into_inner());
    // The map's copy and ours: nobody else is waiting.
    if Arc::strong_count(&lock) <= 2 {
        map.remove(key);
    }
}

/// The translation of `subject` into `target` for `viewer`: the stored one
/// (human first), else a new machine translation, stored for everyone.
/// `NotFound` when the viewer may not read the subject. A new machine
/// translation counts against the hourly budget of the viewer, of
/// `ip_subject` (the caller's address as `ClientInfo::limit_subject` gives
/// it) and of the community; once one is used up it is refused with
/// `StoreError::Limited` (stored translations are still served).
pub async fn translate(
    db: &Db,
    viewer: Viewer,
    ip_subject: &str,
    subject: Subject,
    target: &str,
    now: i64,
) -> StoreResult<Outcome> {
    if !is_target_language(target) {
        return Err(StoreError::field("language", ErrorCode::LanguageUnknown));
    }
    let access = categories::access(db, viewer).await?;
    let src = {
        let mut tx = db.begin_read().await?;
        let src = source(&mut tx, &access, subject).await?;
        tx.commit().await?;
        src
    };
    if src.language == target {
        return Err(StoreError::field("language", ErrorCode::LanguageUnknown));
    }
    if let Some(t) = stored(db, subject, &src, target, false).await? {
        return Ok(Outcome::Translated(t));
    }
    let key = (subject.key(), src.revision, target.to_owned());
    let lock = flight(&key);
    let outcome = {
        let _turn = lock.lock().await;
        match stored(db, subject, &src, target, false).await? {
            Some(t) => Ok(Outcome::Translated(t)),
            None => match settings::machine_config(db).await? {
                // No provider, no cost: nothing is counted.
                None => Ok(Outcome::Unavailable(TranslateError::NotConfigured)),
                Some((config, allowance)) => {
                    // Counted before the call (with this flight's lock held,
                    // so simultaneous readers count once), and kept when the
                    // call fails: a failing provider is still called.
                    match budget::spend(db, viewer, ip_subject, allowance, now).await {
                        Ok(()) => machine(db, subject, &src, target, config, now).await,
                        Err(e) => Err(e),
                    }
                }
            },
        }
    };
    land(&key, lock);
    outcome
}

async fn machine(
    db: &Db,
    subject: Subject,
    src: &Source,
    target: &str,
    config: ProviderConfig,
    now: i64,
) -> StoreResult<Outcome> {
    let translator = providers::provider(config);
    let texts: Vec<String> = src.title.iter().cloned().chain([src.body_md.clone()]).collect();
    let source_language = if src.language.is_empty() { detect(&src.body_md) } else { &src.language };
    let out = match translator.translate(&texts, source_language, target).await {
        Ok(out) if out.len() == texts.len() => out,
        Ok(out) => {
            return Ok(Outcome::Unavailable(TranslateError::BadResponse(format!(
                "{} texts for {}",
                out.len(),
                texts.len()
            ))))
        }
        Err(e) => {
            tracing::warn!("translation of {} into {target} failed: {e}", subject.key());
            return Ok(Outcome::Unavailable(e));
        }
    };
    let (title, body) = match (src.title.is_some(), out.as_slice()) {
        (true, [t, b]) => (t.trim().to_owned(), b.clone()),
        (_, [.., b]) => (String::new(), b.clone()),
        _ => (String::new(), String::new()),
    };
    let html = render(subject, &body);
    let mut tx = db.begin().await?;
    on_tx!(&mut tx, c => sqlx::query(
        "INSERT INTO translations (subject, topic_id, post_id, revision, language, source_language, origin, provider,
                                   title, body_md, body_html, created_at, updated_at)
         VALUES ($1, $2, $11, $3, $4, $5, 'machine', $6, $7, $8, $9, $10, $10)
         ON CONFLICT (subject, revision, language, origin) DO NOTHING")
        .bind(subject.key()).bind(src.topic_id).bind(src.revision).bind(target).bind(source_language)
        .bind(translator.name()).bind(&title).bind(&body).bind(&html).bind(now).bind(src.post_id)
        .execute(c).await.map(|r| r.rows_affected()))?;
    // Translated words are searchable too.
    tx.happened(Happened::Changed { topic_id: src.topic_id }, now);
    tx.commit().await?;
    Ok(Outcome::Translated(Translation {
        language: target.to_owned(),
        source_language: source_language.to_owned(),
        title: src.title.is_some().then_some(title),
        body_md: body,
        body_html: html,
        origin: Origin::Machine { provider: translator.name().to_owned() },
        revision: src.revision,
    }))
}

fn render(subject: Subject, md: &str) -> String {
    match subject {
        Subject::Post(_) => markdown::render_block(md),
        Subject::Comment(_) => markdown::render_inline(md),
    }
}

fn may_translate_by_hand(viewer: Viewer, author_id: UserId) -> Result<UserId, StoreError> {
    match viewer {
        Viewer::Account { id, role } if id == author_id || role >= Role::Agent => Ok(id),
        Viewer::Account { .. } => Err(StoreError::Denied(domain::permissions::Denied::Forbidden)),
        Viewer::Visitor => Err(StoreError::Denied(domain::permissions::Denied::NotSignedIn)),
    }
}

/// A human translation of a post's current revision, to save.
pub struct HumanTranslation<'a> {
    pub post_id: PostId,
    pub language: &'a str,
    /// Required for questions and discussions, ignored for answers.
    pub title: &'a str,
    pub body: &'a str,
}

/// Saves (or corrects) the author's or an agent's translation of a post. It
/// wins over any machine translation of the same revision. Its words meet
/// the translator's silence and auto-moderation like an edit: refused with
/// the field error, or stored but held from readers until an agent
/// approves it (readers keep the machine translation meanwhile).
pub async fn save_human(
    db: &Db,
    viewer: Viewer,
    input: &HumanTranslation<'_>,
    now: i64,
) -> StoreResult<TopicId> {
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin().await?;
    let src = source(&mut tx, &access, Subject::Post(input.post_id)).await?;
    let translator = may_translate_by_hand(viewer, src.author_id)?;
    let mut errors = Vec::new();
    let language = input.language.trim();
    if !is_target_language(language) || language == src.language {
        errors.push(FieldError::new("language", ErrorCode::LanguageUnknown));
    }
    let title = match src.title {
        Some(_) => domain::post::parse_title(input.title).map_err(|e| errors.push(e)).unwrap_or_default(),
        None => String::new(),
    };
    let body = domain::post::parse_body(input.body, "body").map_err(|e| errors.push(e)).unwrap_or_default();
    if !errors.is_empty() {
        return Err(StoreError::Invalid(errors));
    }
    // New words on the page: a translation must not be the way around a
    // silence or the watched words.
    audit::ensure_not_silenced(&mut tx, translator, "body", now).await?;
    let text = format!("{title}\n\n{body}");
    let review = automod::review(&mut tx, translator, "body", &text, Writing::For(src.post_id), now).await?;
    let html = markdown::render_block(&body);
    let source_language =
        if src.language.is_empty() { detect(&src.body_md).to_owned() } else { src.language };
    let key = Subject::Post(input.post_id).key();
    let was_held: i64 = on_tx!(&mut tx, c => sqlx::query_scalar(
        "SELECT COUNT(*) FROM translations
         WHERE subject = $1 AND revision = $2 AND language = $3 AND origin = 'human' AND held_at IS NOT NULL")
        .bind(&key).bind(src.revision).bind(language).fetch_one(c).await)?;
    // A correction replaces the held words, so it is reviewed afresh.
    let id: i64 = on_tx!(&mut tx, c => sqlx::query_scalar(
        "INSERT INTO translations (subject, topic_id, post_id, revision, language, source_language, origin,
                                   translator_id, title, body_md, body_html, created_at, updated_at)
         VALUES ($1, $2, $11, $3, $4, $5, 'human', $6, $7, $8, $9, $10, $10)
         ON CONFLICT (subject, revision, language, origin) DO UPDATE
         SET translator_id = excluded.translator_id, title = excluded.title, body_md = excluded.body_md,
             body_html = excluded.body_html, updated_at = excluded.updated_at, held_at = NULL, held_reason = NULL
         RETURNING id")
        .bind(&key).bind(src.topic_id).bind(src.revision).bind(language)
        .bind(&source_language).bind(translator).bind(&title).bind(&body).bind(&html).bind(now)
        .bind(input.post_id).fetch_one(c).await)?;
    let stored =
        Stored::Translation { translator, topic_id: src.topic_id, post_id: src.post_id, id, language };
    let held = automod::apply(&mut tx, &review, stored, now).await?;
    if was_held > 0 && !held {
        tx.happened(Happened::Queue(domain::moderation::queue::HELD), now);
    }
    tx.happened(Happened::Changed { topic_id: src.topic_id }, now);
    tx.commit().await?;
    Ok(src.topic_id)
}

/// What the human-translation form starts from: the post's text, and the
/// translation into `language` already stored for this revision, if any.
pub struct TranslationDraft {
    pub topic_id: TopicId,
    pub source_language: String,
    pub original_title: Option<String>,
    pub original_body: String,
    pub existing: Option<Translation>,
}

pub async fn draft(
    db: &Db,
    viewer: Viewer,
    post_id: PostId,
    language: &str,
) -> StoreResult<TranslationDraft> {
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin_read().await?;
    let src = source(&mut tx, &access, Subject::Post(post_id)).await?;
    tx.commit().await?;
    may_translate_by_hand(viewer, src.author_id)?;
    // The translator sees their words even while they wait for review.
    let existing = if is_target_language(language) {
        stored(db, Subject::Post(post_id), &src, language, true).await?
    } else {
        None
    };
    Ok(TranslationDraft {
        topic_id: src.topic_id,
        source_language: src.language.clone(),
        original_title: src.title.clone(),
        original_body: src.body_md.clone(),
        existing,
    })
}

/// The author (or staff) corrects the language a post or comment is written
/// in; edits then keep it.
pub async fn set_language(
    db: &Db,
    viewer: Viewer,
    subject: Subject,
    language: &str,
    now: i64,
) -> StoreResult<TopicId> {
    let access = categories::access(db, viewer).await?;
    let mut tx = db.begin().await?;
    let src = source(&mut tx, &access, subject).await?;
    may_translate_by_hand(viewer, src.author_id)?;
    if !is_content_language(language) {
        return Err(StoreError::field("language", ErrorCode::LanguageUnknown));
    }
    match subject {
        Subject::Post(id) => {
            on_tx!(&mut tx, c => sqlx::query("UPDATE posts SET language = $1, language_by_author = 1 WHERE id = $2")
                .bind(language).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
        }
        Subject::Comment(id) => {
            on_tx!(&mut tx, c => sqlx::query("UPDATE comments SET language = $1 WHERE id = $2")
                .bind(language).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
        }
    }
    // The post is now stemmed in its corrected language.
    tx.happened(Happened::Changed { topic_id: src.topic_id }, now);
    tx.commit().await?;
    Ok(src.topic_id)
}

/// The languages people translated each post of a topic into, for its
/// current revision: (post id, language).
pub async fn human_languages(db: &Db, topic_id: TopicId) -> StoreResult<Vec<(PostId, String)>> {
    Ok(on_db!(db, p => sqlx::query_as(
        "SELECT t.post_id, t.language FROM translations t JOIN posts p ON p.id = t.post_id
         WHERE t.topic_id = $1 AND t.origin = 'human' AND t.subject LIKE 'post:%' AND t.revision = p.revision
           AND t.held_at IS NULL
         ORDER BY t.post_id, t.language")
        .bind(topic_id).fetch_all(p).await)?)
}

/// The stored translations of these topics' posts at their current
/// revisions, for the search index: (post id, language, title, body HTML),
/// a person's translation before a machine's of the same language.
pub async fn for_index(db: &Db, topic_ids: &[TopicId]) -> StoreResult<Vec<(PostId, String, String, String)>> {
    if topic_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT t.post_id, t.language, t.title, t.body_html FROM translations t JOIN posts p ON p.id = t.post_id
         WHERE {} AND t.subject LIKE 'post:%' AND t.revision = p.revision AND t.held_at IS NULL
         ORDER BY t.post_id, t.language, CASE t.origin WHEN 'human' THEN 0 ELSE 1 END",
        categories::sql_in("t.topic_id", topic_ids)
    );
    let rows: Vec<(PostId, String, String, String)> =
        on_db!(db, p => sqlx::query_as(&sql).fetch_all(p).await)?;
    let mut out: Vec<(PostId, String, String, String)> = Vec::new();
    for row in rows {
        if !out.iter().any(|(i, l, ..)| *i == row.0 && *l == row.1) {
            out.push(row);
        }
    }
    Ok(out)
}

/// Gives every post and comment written before languages were recorded its
/// detected language. Cheap once done: it finds nothing to do.
pub async fn backfill_languages(db: &Db) -> StoreResult<usize> {
    let posts: Vec<(i64, String, String)> = on_db!(db, p => sqlx::query_as(
        "SELECT id, COALESCE(title, ''), body_md FROM posts WHERE language = '' LIMIT 5000")
        .fetch_all(p).await)?;
    let comments: Vec<(i64, String, String)> = on_db!(db, p => sqlx::query_as(
        "SELECT id, '', body_md FROM comments WHERE language = '' LIMIT 5000")
        .fetch_all(p).await)?;
    let mut tx = db.begin().await?;
    for (id, title, body) in &posts {
        let lang = detect(&format!("{title}\n\n{body}"));
        on_tx!(&mut tx, c => sqlx::query("UPDATE posts SET language = $1 WHERE id = $2 AND language = ''")
            .bind(lang).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    }
    for (id, _, body) in &comments {
        on_tx!(&mut tx, c => sqlx::query("UPDATE comments SET language = $1 WHERE id = $2 AND language = ''")
            .bind(detect(body)).bind(id).execute(c).await.map(|r| r.rows_affected()))?;
    }
    tx.commit().await?;
    Ok(posts.len() + comments.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Samples of the five community languages, as members write them.
    #[test]
    fn detects_the_five_languages() {
        let samples = [
            ("en", "My phone stopped syncing photos after the last update. I tried signing out and back in, but nothing changed."),
            ("fr", "Mon téléphone ne synchronise plus les photos depuis la dernière mise à jour. J'ai essayé de me déconnecter, sans résultat."),
            ("it", "Il mio telefono non sincronizza più le foto dopo l'ultimo aggiornamento. Ho provato a uscire e rientrare, ma niente."),
            ("es", "Mi teléfono dejó de sincronizar las fotos después de la última actualización. Probé cerrar sesión y volver a entrar, sin éxito."),
            ("ru", "После последнего обновления телефон перестал синхронизировать фотографии. Я пробовал выйти и войти снова, но ничего не изменилось."),
        ];
        for (code, text) in samples {
            assert_eq!(detect(text), code, "{text}");
        }
    }

    #[test]
    fn unsure_short_texts_stay_english() {
        assert_eq!(detect("ok"), "en");
        assert_eq!(detect(""), "en");
    }

    #[test]
    fn subjects_have_stable_keys() {
        assert_eq!(Subject::Post(PostId(12)).key(), "post:12");
        assert_eq!(Subject::Comment(CommentId(7)).key(), "comment:7");
        assert!(is_target_language("ru") && !is_target_language("de"));
        assert!(is_content_language("de") && !is_content_language("xx"));
    }

    #[test]
    fn a_flight_is_forgotten_once_everyone_landed() {
        let key = ("post:99999".to_owned(), 3, "fr".to_owned());
        let a = flight(&key);
        let b = flight(&key);
        assert!(Arc::ptr_eq(&a, &b));
        land(&key, b);
        assert!(FLIGHTS.lock().map(|m| m.contains_key(&key)).unwrap_or(false));
        land(&key, a);
        assert!(!FLIGHTS.lock().map(|m| m.contains_key(&key)).unwrap_or(true));
    }
}
