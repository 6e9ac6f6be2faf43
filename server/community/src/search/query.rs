//! Turns a parsed query and a viewer's access into tantivy queries.

use domain::id::CategoryId;
use domain::id::TopicId;
use std::collections::BTreeSet;
use std::ops::Bound;

use domain::search::{DocKind, ParsedQuery, Status};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, DisjunctionMaxQuery, EmptyQuery, FuzzyTermQuery, Occur, PhraseQuery,
    Query, RangeQuery, TermQuery, TermSetQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use super::schema::{content_analyzer, plain_analyzer, stem_analyzer, tokens, Fields};
use crate::store::categories::Access;

/// How much a title match weighs against a body match.
pub(crate) const TITLE_BOOST: f32 = 2.5;

fn term(f: Field, text: &str) -> Term {
    Term::from_field_text(f, text)
}

fn term_query(f: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(term(f, text), IndexRecordOption::WithFreqs))
}

fn boosted(q: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(q, boost))
}

/// The stems of one plain word in every supported language (and the word).
pub(crate) fn stems(word: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    out.insert(word.to_owned());
    for lang in domain::language::content() {
        for t in tokens(&mut stem_analyzer(lang.code), word) {
            out.insert(t.text);
        }
    }
    out
}

/// Plain tokens of free text (lowercased, accent-folded).
pub(crate) fn plain_words(text: &str) -> Vec<String> {
    tokens(&mut plain_analyzer(), text).into_iter().map(|t| t.text).collect()
}

/// One query word: its stems in the title and the body, or the word itself
/// within one or two typos.
fn word_query(f: &Fields, word: &str, fuzzy: bool) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for s in stems(word) {
        clauses.push((Occur::Should, boosted(term_query(f.title_stem, &s), TITLE_BOOST)));
        clauses.push((Occur::Should, term_query(f.body_stem, &s)));
    }
    let chars = word.chars().count();
    if fuzzy && chars >= 4 {
        let distance = if chars >= 8 { 2 } else { 1 };
        // Typos weigh less than the word spelled right.
        let typo: Box<dyn Query> = Box::new(DisjunctionMaxQuery::new(vec![
            boosted(Box::new(FuzzyTermQuery::new(term(f.title, word), distance, true)), 0.5),
            boosted(Box::new(FuzzyTermQuery::new(term(f.body, word), distance, true)), 0.25),
        ]));
        clauses.push((Occur::Should, typo));
    }
    Box::new(BooleanQuery::new(clauses))
}

/// Words in this order, in the title or the body.
fn phrase_query(f: &Fields, words: &[String]) -> Box<dyn Query> {
    let in_field = |field: Field| -> Box<dyn Query> {
        if words.len() == 1 {
            term_query(field, &words[0])
        } else {
            Box::new(PhraseQuery::new(words.iter().map(|w| term(field, w)).collect()))
        }
    };
    Box::new(BooleanQuery::new(vec![
        (Occur::Should, boosted(in_field(f.title), TITLE_BOOST)),
        (Occur::Should, in_field(f.body)),
    ]))
}

/// The viewer's readable categories (narrowed to one and its children when
/// the query names one): posts elsewhere never match.
fn places(f: &Fields, access: &Access, category: Option<&str>) -> Box<dyn Query> {
    let ids: Vec<CategoryId> = match category {
        Some(slug) => match access.by_slug(slug) {
            Some(c) => access
                .categories
                .iter()
                .filter(|x| x.id == c.id || x.parent_id == Some(c.id))
                .map(|x| x.id)
                .collect(),
            None => Vec::new(),
        },
        None => access.readable_ids(),
    };
    if ids.is_empty() {
        return Box::new(EmptyQuery);
    }
    Box::new(TermSetQuery::new(
        ids.into_iter().map(|id| Term::from_field_u64(f.category_id, id.get().max(0) as u64)),
    ))
}

fn kinds(f: &Fields, kind: DocKind) -> Option<Box<dyn Query>> {
    match kind {
        DocKind::Any => None,
        DocKind::Question => {
            Some(Box::new(TermSetQuery::new([term(f.kind, "question"), term(f.kind, "discussion")])))
        }
        DocKind::Answer => Some(term_query(f.kind, "answer")),
    }
}

/// The filters of a query (always including what the viewer may read).
fn filters(f: &Fields, access: &Access, q: &ParsedQuery) -> Vec<(Occur, Box<dyn Query>)> {
    let mut must: Vec<(Occur, Box<dyn Query>)> =
        vec![(Occur::Must, places(f, access, q.category.as_deref()))];
    for t in &q.tags {
        must.push((Occur::Must, term_query(f.tag, t)));
    }
    if let Some(u) = &q.user {
        must.push((Occur::Must, term_query(f.author, u)));
    }
    if let Some(l) = &q.lang {
        must.push((Occur::Must, term_query(f.lang, l)));
    }
    match q.status {
        Status::Any => {}
        Status::Solved => must.push((
            Occur::Must,
            Box::new(TermQuery::new(Term::from_field_u64(f.solved, 1), IndexRecordOption::Basic)),
        )),
        Status::Unsolved => must.push((
            Occur::Must,
            Box::new(TermQuery::new(Term::from_field_u64(f.solved, 0), IndexRecordOption::Basic)),
        )),
        Status::Unanswered => must.push((
            Occur::Must,
            Box::new(TermQuery::new(Term::from_field_u64(f.answer_count, 0), IndexRecordOption::Basic)),
        )),
    }
    if let Some(k) = kinds(f, q.kind) {
        must.push((Occur::Must, k));
    }
    if q.after.is_some() || q.before.is_some() {
        let lower = q.after.map_or(Bound::Unbounded, |a| Bound::Included(Term::from_field_i64(f.created, a)));
        let upper =
            q.before.map_or(Bound::Unbounded, |b| Bound::Excluded(Term::from_field_i64(f.created, b)));
        must.push((Occur::Must, Box::new(RangeQuery::new(lower, upper))));
    }
    for ex in &q.excluded {
        let words = plain_words(ex);
        if !words.is_empty() {
            must.push((Occur::MustNot, phrase_query(f, &words)));
        }
    }
    must
}

/// The search page's query: every word should match (most of them, for
/// long queries), phrases must, filters hold.
pub(crate) fn search(f: &Fields, access: &Access, q: &ParsedQuery) -> Box<dyn Query> {
    let mut clauses = filters(f, access, q);
    let words: Vec<String> = q.words.iter().flat_map(|w| plain_words(w)).collect();
    if !words.is_empty() {
        let groups: Vec<Box<dyn Query>> = words.iter().map(|w| word_query(f, w, true)).collect();
        // Natural-language questions carry words that are not in the answer
        // ("how", "my"): with more than three words, three in four suffice.
        let n = groups.len();
        let required = if n <= 3 { n } else { (n * 3).div_ceil(4) };
        let text = BooleanQuery::with_minimum_required_clauses(
            groups.into_iter().map(|g| (Occur::Should, g)).collect(),
            required,
        );
        clauses.push((Occur::Must, Box::new(text)));
    }
    for p in &q.phrases {
        let words = plain_words(p);
        if !words.is_empty() {
            clauses.push((Occur::Must, phrase_query(f, &words)));
        }
    }
    if !q.has_text() {
        clauses.push((Occur::Must, Box::new(AllQuery)));
    }
    Box::new(BooleanQuery::new(clauses))
}

/// "More like this": the content words of a title and body, stemmed in
/// their language, title words counting more. Questions (and discussions)
/// only, never `exclude`, only where the viewer may read.
pub(crate) fn similar(
    f: &Fields,
    access: &Access,
    lang: &str,
    title: &str,
    body: &str,
    exclude: Option<TopicId>,
    only: Option<&[i64]>,
) -> Option<Box<dyn Query>> {
    let mut analyzer = content_analyzer(lang);
    let title_terms: BTreeSet<String> = tokens(&mut analyzer, title).into_iter().map(|t| t.text).collect();
    let body_terms: BTreeSet<String> = tokens(&mut analyzer, body).into_iter().map(|t| t.text).collect();
    let mut groups: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for t in title_terms.iter().take(30) {
        groups.push((
            Occur::Should,
            Box::new(BooleanQuery::new(vec![
                (Occur::Should, boosted(term_query(f.title_stem, t), TITLE_BOOST * 1.5)),
                (Occur::Should, boosted(term_query(f.body_stem, t), 0.6)),
            ])),
        ));
    }
    for t in body_terms.iter().filter(|t| !title_terms.contains(*t)).take(60) {
        groups.push((
            Occur::Should,
            Box::new(BooleanQuery::new(vec![
                (Occur::Should, boosted(term_query(f.title_stem, t), 0.6)),
                (Occur::Should, boosted(term_query(f.body_stem, t), 0.3)),
            ])),
        ));
    }
    if groups.is_empty() {
        return None;
    }
    // One shared word is chance; two make a candidate (unless the query
    // itself has fewer, or the candidates are given).
    let required = if only.is_some() { 1 } else { groups.len().min(2) };
    let text = BooleanQuery::with_minimum_required_clauses(groups, required);
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
        (Occur::Must, Box::new(text)),
        (Occur::Must, places(f, access, None)),
        (Occur::Must, kinds(f, DocKind::Question).unwrap_or_else(|| Box::new(AllQuery))),
    ];
    if let Some(id) = exclude {
        clauses.push((
            Occur::MustNot,
            Box::new(TermQuery::new(
                Term::from_field_u64(f.topic_id, id.get().max(0) as u64),
                IndexRecordOption::Basic,
            )),
        ));
    }
    if let Some(ids) = only {
        clauses.push((
            Occur::Must,
            Box::new(TermSetQuery::new(
                ids.iter().map(|id| Term::from_field_u64(f.post_id, (*id).max(0) as u64)),
            )),
        ));
    }
    Some(Box::new(BooleanQuery::new(clauses)))
}

/// Titles starting with what is typed so far: earlier words match as
/// words (stems, typos), the last one as a prefix.
pub(crate) fn suggest(f: &Fields, access: &Access, text: &str) -> Option<Box<dyn Query>> {
    let words = plain_words(text);
    let (last, rest) = words.split_last()?;
    let mut clauses: Vec<(Occur, Box<dyn Query>)> =
        rest.iter().map(|w| (Occur::Must, word_query(f, w, true))).collect();
    let prefix: Box<dyn Query> = Box::new(FuzzyTermQuery::new_prefix(term(f.title, last), 0, true));
    clauses.push((
        Occur::Must,
        Box::new(BooleanQuery::new(vec![
            (Occur::Should, prefix),
            (Occur::Should, word_query(f, last, true)),
        ])),
    ));
    clauses.push((Occur::Must, places(f, access, None)));
    clauses.push((Occur::Must, kinds(f, DocKind::Question).unwrap_or_else(|| Box::new(AllQuery))));
    Some(Box::new(BooleanQuery::new(clauses)))
}

/// The words to highlight in a post written in `lang`: the query's words
/// and phrases as that language's stemmer sees them.
pub(crate) fn highlight_terms(q: &ParsedQuery, lang: &str) -> BTreeSet<String> {
    let mut analyzer = stem_analyzer(lang);
    q.words.iter().chain(q.phrases.iter()).flat_map(|w| tokens(&mut analyzer, w)).map(|t| t.text).collect()
}
