//! Full-text search over questions and answers, with tantivy.
//!
//! The index is derived data. Writes record the topics they change in the
//! `search_changes` table, in their own transaction
//! (`store::search_log`); each node's indexer follows that log by id and
//! rebuilds the documents of each changed topic from the database, so an
//! index can be thrown away and rebuilt (`entraide reindex`) and several
//! nodes, each with its own index, converge. The last change applied is
//! stored inside the index's commit, so a restarted node resumes where it
//! stopped. Re-indexing a topic reads its current state, so applying a
//! change twice, or late, is harmless; the follower therefore indexes past
//! a hole in the ids at once and only holds its saved position at the hole
//! until PostgreSQL says no transaction can fill it (`crate::holes`).

mod query;
pub mod schema;
mod source;

use domain::id::Timestamp;
use domain::id::{CategoryId, PostId, TopicId};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use domain::search::{
    solved_first, DocKind, ParsedQuery, SearchHit, SearchResults, SimilarQuestion, Sort, MAX_PAGE, PER_PAGE,
};
use domain::text::escape_html as escape;
use serde::{Deserialize, Serialize};
use tantivy::collector::{Count, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::query::Query;
use tantivy::schema::Value;
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, TantivyDocument, Term};

use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::holes::{hole_closed, Hole};
use crate::store::categories::Access;
use crate::store::search_log;

pub use schema::{detect_language, DocInput};
use schema::{document, Fields, SCHEMA_VERSION};

const BATCH: i64 = 500;
const POLL: Duration = Duration::from_secs(1);
const WRITER_HEAP: usize = 50_000_000;
const SNIPPET_CHARS: usize = 220;

fn internal(e: impl std::fmt::Display) -> StoreError {
    StoreError::Internal(format!("search index: {e}"))
}

/// What the index remembers in each commit.
#[derive(Serialize, Deserialize, Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Payload {
    version: u32,
    /// Every change with an id up to this one is applied.
    cursor: i64,
}

/// Where the follower is in the change log.
#[derive(Default)]
struct Follow {
    cursor: i64,
    /// Changes above the cursor already applied (past a hole).
    applied: BTreeSet<i64>,
    hole: Option<Hole>,
}

struct Inner {
    db: Db,
    reader: IndexReader,
    writer: Arc<Mutex<IndexWriter>>,
    fields: Fields,
    follow: tokio::sync::Mutex<Follow>,
    related: Mutex<RelatedCache>,
}

/// Related questions per thread, for the index generation they were found
/// in: every view of a thread asks, and the answer changes only when the
/// index does. Keyed by the readable categories too, so a reader never gets
/// a list computed for someone who may read more.
#[derive(Default)]
struct RelatedCache {
    generation: u64,
    entries: HashMap<(TopicId, Vec<CategoryId>, usize), Vec<SimilarQuestion>>,
}

/// Threads whose related questions are kept at once; past it the cache
/// starts again (a popular thread is back in it on its next view).
const RELATED_CACHED: usize = 4_096;

/// One node's search index. Cheap to clone.
#[derive(Clone)]
pub struct Search {
    inner: Arc<Inner>,
}

/// What `open` found on disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opened {
    /// A current index, resumed after the change it had applied last.
    Resumed,
    /// No index, an older version or one too far behind: rebuilt.
    Rebuilt,
}

impl Search {
    /// Opens the index in `dir` (in memory when None), or creates and fills
    /// it when it is missing, was built by another version, or has fallen
    /// further behind than the kept change log.
    pub async fn open(db: Db, dir: Option<&Path>) -> StoreResult<(Search, Opened)> {
        let (schema, fields) = schema::schema();
        let index = match dir {
            None => Index::create_in_ram(schema),
            Some(dir) => open_dir(dir, schema)?,
        };
        schema::register(&index);
        let payload: Option<Payload> = index
            .load_metas()
            .map_err(internal)?
            .payload
            .and_then(|p| serde_json::from_str(&p).ok())
            .filter(|p: &Payload| p.version == SCHEMA_VERSION);
        let writer: IndexWriter = index.writer_with_num_threads(1, WRITER_HEAP).map_err(internal)?;
        let reader =
            index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into().map_err(internal)?;
        let search = Search {
            inner: Arc::new(Inner {
                db,
                reader,
                writer: Arc::new(Mutex::new(writer)),
                fields,
                follow: tokio::sync::Mutex::new(Follow::default()),
                related: Mutex::new(RelatedCache::default()),
            }),
        };
        let first = search_log::first_id(&search.inner.db).await?;
        match payload {
            Some(p) if first.is_none_or(|first| p.cursor + 1 >= first) => {
                search.inner.follow.lock().await.cursor = p.cursor;
                Ok((search, Opened::Resumed))
            }
            _ => {
                search.rebuild().await?;
                Ok((search, Opened::Rebuilt))
            }
        }
    }

    /// Empties the index and indexes every topic again; changes made
    /// meanwhile are applied after. Returns the number of documents.
    pub async fn rebuild(&self) -> StoreResult<u64> {
        let db = &self.inner.db;
        let mut follow = self.inner.follow.lock().await;
        // Every change up to here is covered by what the rebuild reads, once
        // the transactions in flight now (which may hold lower ids) are done.
        let cursor = search_log::last_id(db).await?;
        let settle = Hole::new(db, cursor).await;
        while !hole_closed(db, &settle).await {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        self.write(|w, _| {
            w.delete_all_documents()?;
            Ok(())
        })
        .await?;
        let mut after = 0;
        let mut docs = 0;
        loop {
            let ids = source::topic_ids(db, after, BATCH).await?;
            let Some(last) = ids.last().copied() else { break };
            after = last.get();
            let topics = source::topics(db, &ids).await?;
            docs += self.replace(topics, None).await?;
        }
        self.commit(cursor).await?;
        *follow = Follow { cursor, ..Follow::default() };
        Ok(docs)
    }

    /// Applies every change recorded so far. Returns how many changes were
    /// applied. The follower calls this; tests call it to be sure.
    pub async fn catch_up(&self) -> StoreResult<usize> {
        let mut total = 0;
        loop {
            let (applied, again) = self.step().await?;
            total += applied;
            match again {
                Some(pause) if pause.is_zero() => continue,
                Some(pause) => tokio::time::sleep(pause).await,
                None => return Ok(total),
            }
        }
    }

    /// One read of the log: applies what is new, moves the saved cursor as
    /// far as no hole forbids. Returns the changes applied and whether (and
    /// after how long) to look again before waiting for a wake-up.
    async fn step(&self) -> StoreResult<(usize, Option<Duration>)> {
        let db = &self.inner.db;
        let mut follow = self.inner.follow.lock().await;
        let rows = search_log::range(db, follow.cursor, BATCH).await?;
        let full = rows.len() as i64 == BATCH;
        let fresh: Vec<(i64, TopicId)> =
            rows.iter().copied().filter(|(id, _)| !follow.applied.contains(id)).collect();
        let mut topics: Vec<TopicId> = fresh.iter().map(|(_, t)| *t).collect();
        topics.sort_unstable();
        topics.dedup();
        // Move the cursor over contiguous ids; stop at a hole until it can
        // no longer be filled.
        let mut cursor = follow.cursor;
        let mut hole_pending = false;
        for (id, _) in &rows {
            if *id > cursor + 1 {
                let at = cursor + 1;
                let settled = match &mut follow.hole {
                    Some(h) if h.at == at => h.settled || hole_closed(db, h).await,
                    _ => {
                        let h = Hole::new(db, at).await;
                        let settled = h.settled;
                        follow.hole = Some(h);
                        settled
                    }
                };
                if !settled {
                    hole_pending = true;
                    break;
                }
                // Nothing will fill it: a rolled-back transaction.
                follow.hole = None;
            }
            cursor = *id;
        }
        if !topics.is_empty() {
            let docs = source::topics(db, &topics).await?;
            self.replace(docs, Some(cursor)).await?;
        } else if cursor != follow.cursor {
            self.commit(cursor).await?;
        }
        for (id, _) in &fresh {
            if *id > cursor {
                follow.applied.insert(*id);
            }
        }
        follow.cursor = cursor;
        follow.applied.retain(|id| *id > cursor);
        let again = if full && !hole_pending {
            Some(Duration::ZERO)
        } else if hole_pending {
            Some(Duration::from_millis(20))
        } else {
            None
        };
        Ok((fresh.len(), again))
    }

    /// Replaces the documents of each topic; commits (saving `cursor`) when
    /// given one. Returns the number of documents written.
    async fn replace(
        &self,
        topics: HashMap<TopicId, Vec<DocInput>>,
        cursor: Option<i64>,
    ) -> StoreResult<u64> {
        let f = self.inner.fields;
        let n = topics.values().map(|d| d.len() as u64).sum();
        self.write(move |w, _| {
            for (topic, docs) in &topics {
                w.delete_term(Term::from_field_u64(f.topic_id, topic.get().max(0) as u64));
                for d in docs {
                    w.add_document(document(&f, d))?;
                }
            }
            Ok(())
        })
        .await?;
        if let Some(c) = cursor {
            self.commit(c).await?;
        }
        Ok(n)
    }

    async fn commit(&self, cursor: i64) -> StoreResult<()> {
        let payload =
            serde_json::to_string(&Payload { version: SCHEMA_VERSION, cursor }).map_err(internal)?;
        self.write(move |w, reader| {
            let mut prepared = w.prepare_commit()?;
            prepared.set_payload(&payload);
            prepared.commit()?;
            reader.reload()?;
            Ok(())
        })
        .await
    }

    /// Runs `f` with the writer on a blocking thread (tantivy's writes and
    /// commits do file I/O and take locks).
    async fn write<F>(&self, f: F) -> StoreResult<()>
    where
        F: FnOnce(&mut IndexWriter, &IndexReader) -> tantivy::Result<()> + Send + 'static,
    {
        let writer = self.inner.writer.clone();
        let inner = self.inner.clone();
        tokio::task::spawn_blocking(move || {
            let mut w = writer.lock().map_err(|_| internal("the index writer panicked earlier"))?;
            f(&mut w, &inner.reader).map_err(internal)
        })
        .await
        .map_err(internal)?
    }

    /// Starts following the change log: changes on this node are applied
    /// as they commit, other nodes' within a second (at once on PostgreSQL,
    /// through LISTEN). Stops when the returned handle is dropped.
    /// Moves whenever the readers see a new state of the index: what was
    /// found before may be found differently now.
    pub fn generation(&self) -> u64 {
        self.inner.reader.searcher().generation().generation_id()
    }

    pub fn follow(&self) -> Follower {
        let search = self.clone();
        let task = tokio::spawn(async move {
            let mut local = crate::live::local_commits();
            let mut listener = crate::live::listen(&search.inner.db).await;
            let mut tick = tokio::time::interval(POLL);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                if search.inner.db.is_closed() {
                    return;
                }
                if let Err(e) = search.catch_up().await {
                    tracing::warn!(error = %e, "applying search changes failed; retrying");
                    tokio::time::sleep(POLL).await;
                    continue;
                }
                tokio::select! {
                    _ = local.changed() => {}
                    _ = crate::live::notified(&mut listener) => {}
                    _ = tick.tick() => {}
                }
            }
        });
        Follower(task)
    }

    /// The number of documents searchable now.
    pub fn doc_count(&self) -> u64 {
        self.inner.reader.searcher().num_docs()
    }

    /// The last change this index has applied (and saved).
    pub async fn cursor(&self) -> i64 {
        self.inner.follow.lock().await.cursor
    }

    /// The search page: matching posts the viewer may read, one page.
    pub async fn search(
        &self,
        access: &Access,
        q: &ParsedQuery,
        sort: Sort,
        page: usize,
    ) -> StoreResult<SearchResults> {
        let this = self.clone();
        let access = access.clone();
        let q = q.clone();
        blocking(move || this.search_now(&access, &q, sort, page)).await
    }

    fn search_now(
        &self,
        access: &Access,
        q: &ParsedQuery,
        sort: Sort,
        page: usize,
    ) -> StoreResult<SearchResults> {
        let f = &self.inner.fields;
        let searcher = self.inner.reader.searcher();
        let query = query::search(f, access, q);
        // Callers validate the page (`SearchRequest::resolve`); the clamp is
        // the second lock, because tantivy allocates for every result before
        // the offset and an absurd page aborts the process.
        let page = page.clamp(1, MAX_PAGE);
        let offset = (page - 1) * PER_PAGE;
        let top = TopDocs::with_limit(PER_PAGE).and_offset(offset);
        let sort = if q.has_text() {
            sort
        } else if sort == Sort::Relevance {
            Sort::Newest
        } else {
            sort
        };
        let (addresses, total): (Vec<DocAddress>, usize) = match sort {
            Sort::Relevance => {
                let (docs, total) = searcher.search(&query, &(ranked(top), Count)).map_err(internal)?;
                (docs.into_iter().map(|(_, a)| a).collect(), total)
            }
            Sort::Newest | Sort::Votes => {
                let field = if sort == Sort::Newest { "created" } else { "score" };
                let (docs, total) = searcher
                    .search(&query, &(top.order_by_fast_field::<i64>(field, Order::Desc), Count))
                    .map_err(internal)?;
                (docs.into_iter().map(|(_, a)| a).collect(), total)
            }
        };
        let mut snippets = Snippets::new(f, q);
        let mut hits = Vec::with_capacity(addresses.len());
        for a in addresses {
            let doc: TantivyDocument = searcher.doc(a).map_err(internal)?;
            if let Some(hit) = self.hit(access, &doc, &mut snippets) {
                hits.push(hit);
            }
        }
        Ok(SearchResults { hits, total, page, per_page: PER_PAGE, parsed: q.clone() })
    }

    fn hit(&self, access: &Access, doc: &TantivyDocument, snippets: &mut Snippets) -> Option<SearchHit> {
        let f = &self.inner.fields;
        let category_id = CategoryId(u64_of(doc, f.category_id) as i64);
        // The query already filters by category; this is the second lock.
        let category = access.category(category_id)?;
        let kind = match str_of(doc, f.kind) {
            "answer" => DocKind::Answer,
            _ => DocKind::Question,
        };
        let lang = str_of(doc, f.lang).to_owned();
        let title = str_of(doc, f.topic_title).to_owned();
        let body = str_of(doc, f.body);
        Some(SearchHit {
            topic_id: TopicId(u64_of(doc, f.topic_id) as i64),
            post_id: PostId(u64_of(doc, f.post_id) as i64),
            kind,
            title_html: snippets.html(&lang, &title, title.chars().count() + 1, false),
            snippet_html: snippets.html(&lang, body, SNIPPET_CHARS, true),
            title,
            slug: str_of(doc, f.slug).to_owned(),
            category_id,
            category_name: category.name.clone(),
            category_slug: category.slug.clone(),
            tags: doc.get_all(f.tag).filter_map(|v| v.as_str().map(str::to_owned)).collect(),
            author: str_of(doc, f.author).to_owned(),
            solved: u64_of(doc, f.solved) == 1,
            accepted: u64_of(doc, f.accepted) == 1,
            score: doc.get_first(f.score).and_then(|v| v.as_i64()).unwrap_or(0),
            answer_count: u64_of(doc, f.answer_count) as i64,
            created_at: Timestamp(doc.get_first(f.created).and_then(|v| v.as_i64()).unwrap_or(0)),
            lang,
        })
    }

    /// Questions like the one being asked: solved ones first, each with
    /// the start of its accepted answer.
    pub async fn similar(
        &self,
        access: &Access,
        title: &str,
        body: &str,
        exclude: Option<TopicId>,
        limit: usize,
    ) -> StoreResult<Vec<SimilarQuestion>> {
        let this = self.clone();
        let access = access.clone();
        let (title, body) = (title.to_owned(), body.to_owned());
        blocking(move || this.similar_now(&access, &title, &body, exclude, limit)).await
    }

    /// Questions related to a thread (itself left out), as [`Self::similar`]
    /// finds them from its title and body, remembered until the index
    /// changes.
    pub async fn related(
        &self,
        access: &Access,
        topic: TopicId,
        title: &str,
        body: &str,
        limit: usize,
    ) -> StoreResult<Vec<SimilarQuestion>> {
        let generation = self.generation();
        let key = (topic, access.readable_ids(), limit);
        {
            let cache = self.inner.related.lock().map_err(|_| internal("related cache poisoned"))?;
            if cache.generation == generation {
                if let Some(found) = cache.entries.get(&key) {
                    return Ok(found.clone());
                }
            }
        }
        let found = self.similar(access, title, body, Some(topic), limit).await?;
        let mut cache = self.inner.related.lock().map_err(|_| internal("related cache poisoned"))?;
        // A list found on an older index than the cache holds is not kept.
        if cache.generation != generation {
            if cache.generation > generation {
                return Ok(found);
            }
            *cache = RelatedCache { generation, entries: HashMap::new() };
        }
        if cache.entries.len() >= RELATED_CACHED {
            cache.entries.clear();
        }
        cache.entries.insert(key, found.clone());
        Ok(found)
    }

    fn similar_now(
        &self,
        access: &Access,
        title: &str,
        body: &str,
        exclude: Option<TopicId>,
        limit: usize,
    ) -> StoreResult<Vec<SimilarQuestion>> {
        let lang = detect_language(&format!("{title} {body}"));
        let Some(query) = query::similar(&self.inner.fields, access, lang, title, body, exclude, None) else {
            return Ok(Vec::new());
        };
        let found = self.top_questions(access, &*query, limit)?;
        Ok(solved_first(
            found
                .into_iter()
                .map(|q| {
                    let s = q.solved;
                    (q, s)
                })
                .collect(),
            limit,
        ))
    }

    /// Titles matching what is typed so far, for the header's search box.
    pub async fn suggest(
        &self,
        access: &Access,
        text: &str,
        limit: usize,
    ) -> StoreResult<Vec<SimilarQuestion>> {
        let this = self.clone();
        let access = access.clone();
        let text = text.to_owned();
        blocking(move || {
            let Some(query) = query::suggest(&this.inner.fields, &access, &text) else {
                return Ok(Vec::new());
            };
            this.top_questions(&access, &*query, limit)
        })
        .await
    }

    fn top_questions(
        &self,
        access: &Access,
        query: &dyn Query,
        limit: usize,
    ) -> StoreResult<Vec<SimilarQuestion>> {
        let f = &self.inner.fields;
        let searcher = self.inner.reader.searcher();
        let top = searcher.search(query, &ranked(TopDocs::with_limit(limit))).map_err(internal)?;
        let mut out = Vec::with_capacity(top.len());
        for (_, a) in top {
            let doc: TantivyDocument = searcher.doc(a).map_err(internal)?;
            if access.category(CategoryId(u64_of(&doc, f.category_id) as i64)).is_none() {
                continue;
            }
            let body = str_of(&doc, f.body);
            out.push(SimilarQuestion {
                topic_id: TopicId(u64_of(&doc, f.topic_id) as i64),
                title: str_of(&doc, f.topic_title).to_owned(),
                slug: str_of(&doc, f.slug).to_owned(),
                solved: u64_of(&doc, f.solved) == 1,
                score: doc.get_first(f.score).and_then(|v| v.as_i64()).unwrap_or(0),
                answer_count: u64_of(&doc, f.answer_count) as i64,
                answer_excerpt: doc.get_first(f.answer_excerpt).and_then(|v| v.as_str()).map(str::to_owned),
                excerpt: cut(body, 160),
            });
        }
        Ok(out)
    }

    /// Scores of `candidates` (question post ids) against a question's
    /// title and body, for re-ranking (the relevance benchmark). Candidates
    /// that share no word score 0.
    pub fn score_candidates(
        &self,
        access: &Access,
        title: &str,
        body: &str,
        candidates: &[i64],
    ) -> StoreResult<Vec<(i64, f32)>> {
        let f = &self.inner.fields;
        let lang = detect_language(&format!("{title} {body}"));
        let mut scores: HashMap<i64, f32> = candidates.iter().map(|c| (*c, 0.0)).collect();
        if let Some(query) = query::similar(f, access, lang, title, body, None, Some(candidates)) {
            let searcher = self.inner.reader.searcher();
            let top = searcher
                .search(&*query, &TopDocs::with_limit(candidates.len().max(1)).order_by_score())
                .map_err(internal)?;
            for (score, a) in top {
                let doc: TantivyDocument = searcher.doc(a).map_err(internal)?;
                scores.insert(u64_of(&doc, f.post_id) as i64, score);
            }
        }
        Ok(candidates.iter().map(|c| (*c, scores.get(c).copied().unwrap_or(0.0))).collect())
    }

    /// Adds documents directly, without the database (benchmarks load
    /// corpora this way); `commit` makes them searchable.
    pub async fn add_documents(&self, docs: Vec<DocInput>) -> StoreResult<()> {
        let f = self.inner.fields;
        self.write(move |w, _| {
            for d in &docs {
                w.add_document(document(&f, d))?;
            }
            Ok(())
        })
        .await
    }

    /// Commits what `add_documents` wrote.
    pub async fn commit_documents(&self) -> StoreResult<()> {
        let cursor = self.cursor().await;
        self.commit(cursor).await
    }
}

/// The follower task; stops when dropped.
pub struct Follower(tokio::task::JoinHandle<()>);

impl Drop for Follower {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Relevance, with solved questions and accepted answers first among
/// equals and well-voted posts slightly ahead.
fn ranked(top: TopDocs) -> impl tantivy::collector::Collector<Fruit = Vec<(f32, DocAddress)>> {
    top.tweak_score(move |segment: &tantivy::SegmentReader| {
        let mark = segment.fast_fields().u64("mark").ok().map(|c| c.first_or_default_col(0));
        let score = segment.fast_fields().i64("score").ok().map(|c| c.first_or_default_col(0));
        move |doc: tantivy::DocId, relevance: tantivy::Score| {
            let marked = mark.as_ref().map_or(0, |m| m.get_val(doc));
            let votes = score.as_ref().map_or(0, |s| s.get_val(doc)).max(0) as f32;
            relevance * (1.0 + 0.1 * marked as f32) * (1.0 + 0.03 * votes.ln_1p())
        }
    })
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> StoreResult<T> + Send + 'static) -> StoreResult<T> {
    tokio::task::spawn_blocking(f).await.map_err(internal)?
}

fn open_dir(dir: &Path, schema: tantivy::schema::Schema) -> StoreResult<Index> {
    std::fs::create_dir_all(dir).map_err(|e| internal(format!("cannot create {}: {e}", dir.display())))?;
    let open = |dir: &Path| -> tantivy::Result<Index> {
        let d = MmapDirectory::open(dir)?;
        Index::open_or_create(d, schema.clone())
    };
    match open(dir) {
        Ok(index) => Ok(index),
        // Another version's schema: the index is derived data, start over.
        Err(tantivy::TantivyError::SchemaError(_)) | Err(tantivy::TantivyError::IncompatibleIndex(_)) => {
            tracing::warn!(dir = %dir.display(), "search index from another version: rebuilding");
            clear_dir(dir)?;
            open(dir).map_err(internal)
        }
        Err(e) => Err(internal(e)),
    }
}

fn clear_dir(dir: &Path) -> StoreResult<()> {
    let entries = std::fs::read_dir(dir).map_err(internal)?;
    for e in entries.flatten() {
        let p: PathBuf = e.path();
        let removed = if p.is_dir() { std::fs::remove_dir_all(&p) } else { std::fs::remove_file(&p) };
        removed.map_err(|e| internal(format!("cannot remove {}: {e}", p.display())))?;
    }
    Ok(())
}

fn str_of(doc: &TantivyDocument, f: tantivy::schema::Field) -> &str {
    doc.get_first(f).and_then(|v| v.as_str()).unwrap_or_default()
}

fn u64_of(doc: &TantivyDocument, f: tantivy::schema::Field) -> u64 {
    doc.get_first(f).and_then(|v| v.as_u64()).unwrap_or(0)
}

pub(crate) fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let head: String = text.chars().take(max).collect();
    let head = head.rsplit_once(' ').map_or(head.as_str(), |(h, _)| h);
    format!("{head}…")
}

/// Highlighted, escaped fragments, one generator per language.
struct Snippets<'a> {
    q: &'a ParsedQuery,
    field: tantivy::schema::Field,
    by_lang: BTreeMap<String, SnippetGenerator>,
}

impl<'a> Snippets<'a> {
    fn new(f: &Fields, q: &'a ParsedQuery) -> Self {
        Snippets { q, field: f.body, by_lang: BTreeMap::new() }
    }

    /// `text` cut around the matched words, escaped, matches in `<mark>`;
    /// the start of the text when nothing matches (or `fallback` is false,
    /// the text as is).
    fn html(&mut self, lang: &str, text: &str, max_chars: usize, fallback: bool) -> String {
        let field = self.field;
        let q = self.q;
        let generator = self.by_lang.entry(lang.to_owned()).or_insert_with(|| {
            let terms = query::highlight_terms(q, lang).into_iter().map(|t| (t, 1.0)).collect();
            SnippetGenerator::new(terms, schema::stem_analyzer(lang), field, max_chars)
        });
        generator.set_max_num_chars(max_chars);
        let mut snippet = generator.snippet(text);
        if snippet.is_empty() {
            let start = if fallback { cut(text, max_chars) } else { text.to_owned() };
            return escape(&start);
        }
        snippet.set_snippet_prefix_postfix("<mark>", "</mark>");
        let html = snippet.to_html();
        // A fragment ends at its last word: a whole title keeps what comes
        // before and after it ("(Fedora 40)" must not lose its ")").
        match (fallback, text.find(snippet.fragment())) {
            (false, Some(at)) => {
                let end = at + snippet.fragment().len();
                format!("{}{html}{}", escape(&text[..at]), escape(&text[end..]))
            }
            _ => html,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_titles_keep_their_ends() {
        let q = domain::search::parse("core fedora");
        let mut snippets = Snippets { q: &q, field: schema::schema().1.body, by_lang: BTreeMap::new() };
        let html = snippets.html("en", "Uses 100% of one core (Fedora 40)", 200, false);
        assert_eq!(html, "Uses 100% of one <mark>core</mark> (<mark>Fedora</mark> 40)");
    }

    #[test]
    fn cut_stops_at_a_word() {
        assert_eq!(cut("one two three", 9), "one two…");
        assert_eq!(cut("short", 9), "short");
    }
}
