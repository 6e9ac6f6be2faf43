//! The index's fields, its analyzers and the documents it holds.
//!
//! Every post is stemmed in its own language (detected with whatlang): the
//! `*_stem` fields receive tokens stemmed at indexing time, and a query word
//! is stemmed in each supported language. The `title` and `body` fields keep
//! plain (lowercased, accent-folded) words for phrases, exclusions, typo
//! tolerance and snippets.

use domain::id::{CategoryId, PostId, TopicId};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, PreTokenizedString, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer, Token,
};
use tantivy::{Index, TantivyDocument};

/// Bumped whenever fields or analyzers change: an index built by another
/// version is rebuilt from the database at start.
pub(crate) const SCHEMA_VERSION: u32 = 1;
pub(crate) const PLAIN: &str = "entraide_plain";
/// The language of a post whose language is unclear (short texts).
pub const DEFAULT_LANG: &str = "en";

#[derive(Clone, Copy, Debug)]
pub(crate) struct Fields {
    pub topic_id: Field,
    pub post_id: Field,
    /// question, discussion or answer.
    pub kind: Field,
    pub title: Field,
    pub body: Field,
    pub title_stem: Field,
    pub body_stem: Field,
    pub category_id: Field,
    pub tag: Field,
    pub author: Field,
    pub lang: Field,
    /// The thread is solved (on its question and its answers).
    pub solved: Field,
    /// 1 for a solved question or an accepted answer: ranks first at equal
    /// relevance.
    pub mark: Field,
    pub accepted: Field,
    pub answer_count: Field,
    pub score: Field,
    pub created: Field,
    /// Stored only: what a result shows without a database round trip.
    pub topic_title: Field,
    pub slug: Field,
    pub answer_excerpt: Field,
}

pub(crate) fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let plain = TextOptions::default().set_stored().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(PLAIN)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let stem = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default().set_tokenizer(PLAIN).set_index_option(IndexRecordOption::WithFreqs),
    );
    let f = Fields {
        topic_id: b.add_u64_field("topic_id", INDEXED | STORED | FAST),
        post_id: b.add_u64_field("post_id", INDEXED | STORED | FAST),
        kind: b.add_text_field("kind", STRING | STORED),
        title: b.add_text_field("title", plain.clone()),
        body: b.add_text_field("body", plain),
        title_stem: b.add_text_field("title_stem", stem.clone()),
        body_stem: b.add_text_field("body_stem", stem),
        category_id: b.add_u64_field("category_id", INDEXED | STORED | FAST),
        tag: b.add_text_field("tag", STRING | STORED),
        author: b.add_text_field("author", STRING | STORED),
        lang: b.add_text_field("lang", STRING | STORED),
        solved: b.add_u64_field("solved", INDEXED | STORED),
        mark: b.add_u64_field("mark", FAST),
        accepted: b.add_u64_field("accepted", STORED),
        answer_count: b.add_u64_field("answer_count", INDEXED | STORED),
        score: b.add_i64_field("score", STORED | FAST),
        created: b.add_i64_field("created", INDEXED | STORED | FAST),
        topic_title: b.add_text_field("topic_title", STORED),
        slug: b.add_text_field("slug", STORED),
        answer_excerpt: b.add_text_field("answer_excerpt", STORED),
    };
    (b.build(), f)
}

pub(crate) fn register(index: &Index) {
    index.tokenizers().register(PLAIN, plain_analyzer());
}

/// Words, lowercased and folded to ASCII where Latin (é → e), so that
/// "cafe" finds "café". Words longer than 40 bytes are noise (hashes).
pub(crate) fn plain_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// The stemmer of each language a post may be written in
/// (`domain::language::content`); a test checks that none lacks one.
fn language(code: &str) -> Option<Language> {
    Some(match code {
        "en" => Language::English,
        "fr" => Language::French,
        "it" => Language::Italian,
        "es" => Language::Spanish,
        "ru" => Language::Russian,
        "de" => Language::German,
        "pt" => Language::Portuguese,
        "nl" => Language::Dutch,
        _ => return None,
    })
}

/// Plain words stemmed in `lang`.
pub(crate) fn stem_analyzer(lang: &str) -> TextAnalyzer {
    match language(lang) {
        Some(l) => TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(l))
            .build(),
        None => plain_analyzer(),
    }
}

/// Stemmed, without the language's stop words: for "more like this" queries
/// built from whole sentences.
pub(crate) fn content_analyzer(lang: &str) -> TextAnalyzer {
    let stop = language(lang).and_then(StopWordFilter::new);
    match (language(lang), stop) {
        (Some(l), Some(stop)) => TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(stop)
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(l))
            .build(),
        _ => stem_analyzer(lang),
    }
}

/// The supported language `text` is written in, else the default. A guess
/// whatlang itself does not trust keeps the default: short English texts
/// are otherwise taken for French now and then.
pub fn detect_language(text: &str) -> &'static str {
    // Only the languages posts may be written in are guessed: choosing
    // among fewer makes guesses better.
    static DETECTOR: std::sync::LazyLock<whatlang::Detector> = std::sync::LazyLock::new(|| {
        whatlang::Detector::with_allowlist(
            domain::language::content().filter_map(|l| whatlang_of(l.code)).collect(),
        )
    });
    let Some(info) = DETECTOR.detect(text) else { return DEFAULT_LANG };
    if !info.is_reliable() && info.confidence() < 0.5 {
        return DEFAULT_LANG;
    }
    domain::language::content()
        .find(|l| whatlang_of(l.code) == Some(info.lang()))
        .map_or(DEFAULT_LANG, |l| l.code)
}

/// whatlang's name for each language a post may be written in; a test
/// checks that none lacks one.
fn whatlang_of(code: &str) -> Option<whatlang::Lang> {
    use whatlang::Lang;
    Some(match code {
        "en" => Lang::Eng,
        "fr" => Lang::Fra,
        "it" => Lang::Ita,
        "es" => Lang::Spa,
        "ru" => Lang::Rus,
        "de" => Lang::Deu,
        "pt" => Lang::Por,
        "nl" => Lang::Nld,
        _ => return None,
    })
}

/// The tokens of `text` through `analyzer`, ready for a pre-tokenized field.
pub(crate) fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        out.push(stream.token().clone());
    }
    out
}

fn pre_tokenized(analyzer: &mut TextAnalyzer, text: &str) -> PreTokenizedString {
    // The text itself is not stored in the stemmed fields; only tokens count.
    PreTokenizedString { text: String::new(), tokens: tokens(analyzer, text) }
}

/// One searchable post, as the indexer read it from the database.
#[derive(Clone, Debug, Default)]
pub struct DocInput {
    pub topic_id: TopicId,
    pub post_id: PostId,
    /// question, discussion or answer.
    pub kind: String,
    /// The question's title on the question; empty on answers (their
    /// question's title is `topic_title`).
    pub title: String,
    pub topic_title: String,
    pub slug: String,
    pub body: String,
    pub category_id: CategoryId,
    pub tags: Vec<String>,
    pub author: String,
    pub solved: bool,
    pub accepted: bool,
    pub answer_count: i64,
    pub score: i64,
    pub created_at: i64,
    pub answer_excerpt: Option<String>,
    /// Detected from the text when None.
    pub lang: Option<String>,
    /// Stored translations of the post: (language, title, body text). They
    /// are indexed with their own language's stems, so a search in French
    /// finds an English post that has a French translation.
    pub translations: Vec<(String, String, String)>,
}

pub(crate) fn document(f: &Fields, d: &DocInput) -> TantivyDocument {
    let lang = d.lang.clone().unwrap_or_else(|| {
        let sample: String = format!("{} {}", d.title, d.body).chars().take(600).collect();
        detect_language(&sample).to_owned()
    });
    let mut stem = stem_analyzer(&lang);
    let mut doc = TantivyDocument::default();
    doc.add_u64(f.topic_id, d.topic_id.get().max(0) as u64);
    doc.add_u64(f.post_id, d.post_id.get().max(0) as u64);
    doc.add_text(f.kind, &d.kind);
    if !d.title.is_empty() {
        doc.add_text(f.title, &d.title);
        doc.add_pre_tokenized_text(f.title_stem, pre_tokenized(&mut stem, &d.title));
    }
    doc.add_text(f.body, &d.body);
    doc.add_pre_tokenized_text(f.body_stem, pre_tokenized(&mut stem, &d.body));
    for (language, title, body) in &d.translations {
        let mut theirs = stem_analyzer(language);
        if !title.is_empty() {
            doc.add_text(f.title, title);
            doc.add_pre_tokenized_text(f.title_stem, pre_tokenized(&mut theirs, title));
        }
        doc.add_text(f.body, body);
        doc.add_pre_tokenized_text(f.body_stem, pre_tokenized(&mut theirs, body));
    }
    doc.add_u64(f.category_id, d.category_id.get().max(0) as u64);
    for t in &d.tags {
        doc.add_text(f.tag, t);
    }
    doc.add_text(f.author, d.author.to_lowercase());
    doc.add_text(f.lang, &lang);
    doc.add_u64(f.solved, u64::from(d.solved));
    let marked = if d.kind == "answer" { d.accepted } else { d.solved };
    doc.add_u64(f.mark, u64::from(marked));
    doc.add_u64(f.accepted, u64::from(d.accepted));
    doc.add_u64(f.answer_count, d.answer_count.max(0) as u64);
    doc.add_i64(f.score, d.score);
    doc.add_i64(f.created, d.created_at);
    doc.add_text(f.topic_title, &d.topic_title);
    doc.add_text(f.slug, &d.slug);
    if let Some(e) = &d.answer_excerpt {
        doc.add_text(f.answer_excerpt, e);
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
        tokens(analyzer, text).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn each_language_stems_its_own_words() {
        assert_eq!(words(&mut stem_analyzer("en"), "Printers printing"), ["printer", "print"]);
        // Plural and singular meet in each language's stemmer.
        for (lang, plural, singular) in [
            ("fr", "imprimantes", "imprimante"),
            ("es", "impresoras", "impresora"),
            ("it", "stampanti", "stampante"),
            ("de", "Druckern", "Drucker"),
            ("ru", "принтеры", "принтер"),
            ("pt", "impressoras", "impressora"),
        ] {
            let mut a = stem_analyzer(lang);
            assert_eq!(words(&mut a, plural), words(&mut a, singular), "{lang}");
        }
    }

    #[test]
    fn plain_words_fold_accents_and_case() {
        assert_eq!(words(&mut plain_analyzer(), "Café RÉSEAU wi-fi"), ["cafe", "reseau", "wi", "fi"]);
    }

    #[test]
    fn content_analyzer_drops_stop_words() {
        assert_eq!(words(&mut content_analyzer("en"), "reset the router"), ["reset", "router"]);
        assert_eq!(words(&mut content_analyzer("fr"), "le routeur et la box"), ["routeur", "box"]);
    }

    #[test]
    fn languages_are_detected_from_whole_sentences() {
        assert_eq!(
            detect_language("Mon imprimante ne fonctionne plus depuis la mise à jour du pilote"),
            "fr"
        );
        assert_eq!(detect_language("Mi impresora no funciona desde la actualización del controlador"), "es");
        assert_eq!(detect_language("Мой принтер не работает после обновления драйвера"), "ru");
        assert_eq!(detect_language("My printer stopped working after the driver update"), "en");
        assert_eq!(detect_language("ok"), DEFAULT_LANG);
        // whatlang's own guess here is French, with low confidence.
        for english in [
            "Wireless network drops every hour The wireless connection drops every hour on my laptop.",
            "Wireless network drops every hour The wireless connection drops every hour on my desktop.",
        ] {
            assert_eq!(detect_language(english), "en");
        }
    }

    #[test]
    fn every_content_language_is_stemmed_and_detected() {
        for l in domain::language::content() {
            assert!(language(l.code).is_some(), "no stemmer for {}", l.code);
            assert!(whatlang_of(l.code).is_some(), "no detection for {}", l.code);
        }
    }
}
