//! What must hold for any text a visitor sends to the code that reads it:
//! the Markdown renderer, the search query parser and the auto-moderation
//! scanner. Each check panics when a property fails. The fuzz targets in
//! `fuzz/` call them on generated input; `tests/fuzz_corpus.rs` replays the
//! committed corpus through them on every `cargo test`, so an input fuzzing
//! once found stays a regression test.

use domain::automod::{self, Author, Policy, WatchedWord, WordAction};
use domain::search::{self, SearchRequest};

use crate::markdown;

/// Rendering never panics, its HTML carries no script (no `<script>`, no
/// `on…=` handler, no `javascript:`/`data:`/`vbscript:` link or source),
/// and excerpts keep their length.
pub fn check_rendering(text: &str) {
    for html in [markdown::render_block(text), markdown::render_inline(text)] {
        check_sanitized(&html);
    }
    let excerpt = markdown::plain_excerpt(text, 160);
    assert!(excerpt.chars().count() <= 160, "excerpt too long: {excerpt:?}");
    let shorter = markdown::shorten_excerpt(&excerpt, 80);
    assert!(shorter.chars().count() <= 80, "shortened excerpt too long: {shorter:?}");
    let _ = markdown::mentions(text);
}

/// Checks every tag of sanitized HTML. Text never holds a raw `<` (it is
/// escaped), so each `<` opens a tag.
fn check_sanitized(html: &str) {
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').map_or(rest.len(), |e| start + e + 1);
        let tag = rest[start..end].to_ascii_lowercase();
        assert!(
            !tag.starts_with("<script") && !tag.starts_with("<style") && !tag.starts_with("<iframe"),
            "{tag}"
        );
        let bytes = tag.as_bytes();
        // An attribute named on… (event handler): whitespace, "on", letters, "=".
        for (i, _) in tag.match_indices("on") {
            let after_space = i > 0 && bytes[i - 1].is_ascii_whitespace();
            let name_end = tag[i..].find(|c: char| !c.is_ascii_alphabetic()).map_or(tag.len(), |n| i + n);
            assert!(
                !(after_space && name_end > i + 2 && bytes.get(name_end) == Some(&b'=')),
                "handler in {tag}"
            );
        }
        for attr in ["href=\"", "src=\""] {
            for (i, _) in tag.match_indices(attr) {
                let value = tag[i + attr.len()..].trim_start();
                for scheme in ["javascript:", "data:", "vbscript:"] {
                    assert!(!value.starts_with(scheme), "{scheme} in {tag}");
                }
            }
        }
        rest = &rest[end..];
    }
}

/// Parsing a query, resolving the search form with the text in every field,
/// and reading a page number never panic; a resolved page stays in bounds.
pub fn check_parsing(text: &str) {
    let _ = search::parse(text);
    let page = search::page_param(text);
    let request = SearchRequest {
        q: text.to_owned(),
        category: text.to_owned(),
        tag: text.to_owned(),
        status: text.to_owned(),
        kind: text.to_owned(),
        lang: text.to_owned(),
        author: text.to_owned(),
        from: text.to_owned(),
        to: text.to_owned(),
        sort: text.to_owned(),
        page,
    };
    if request.resolve().is_ok() {
        assert!(page <= search::MAX_PAGE, "page {page} resolved");
    }
    let _ = request.to_query();
    let _ = search::language(text);
    let _ = search::day_start(text);
}

/// Reviewing a post by a new member against watched words of every action
/// and a spam domain, finding its links and parsing admin lists never panic;
/// every link found has a host.
pub fn check_scanning(text: &str) {
    let watched =
        [("free money", WordAction::Hold), ("casino", WordAction::Block), ("refund", WordAction::Flag)]
            .into_iter()
            .filter_map(|(w, a)| WatchedWord::new(w, a).ok())
            .collect();
    let policy = Policy { watched, spam_domains: vec!["spam.example".to_owned()], ..Policy::default() };
    let author = Author { reputation: 1, account_age_ms: 0, posts_in_first_hour: 0, is_staff: false };
    let _ = automod::review(&policy, &author, text, &[text, "an earlier post about sync"]);
    for link in automod::links(text) {
        assert!(!link.host.is_empty(), "a link without a host: {link:?}");
        let _ = automod::host_matches(&link.host, "spam.example");
    }
    let _ = automod::contains_word(text, "free money");
    let _ = automod::parse_spam_domains(text);
    let _ = automod::parse_watched_word(text);
}
