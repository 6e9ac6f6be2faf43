//! What a search asks for and what it finds: the query language (free
//! words, `"exact phrase"`, `-word`, `tag:x`, `is:solved`, `user:name`, …),
//! the filters of the search page, and the results both sides render.

use crate::id::Timestamp;
use crate::id::{CategoryId, PostId, TopicId};
use serde::{Deserialize, Serialize};

use crate::error::{ErrorCode, FieldError};

/// Longest query accepted, in characters: enough for a pasted error message.
pub const MAX_QUERY_CHARS: usize = 500;
/// Results per page of the search page.
pub const PER_PAGE: usize = 20;
/// Similar questions shown while asking.
pub const SIMILAR_MAX: usize = 5;
/// Last page of results anyone can ask for. The engine allocates for every
/// result before the page it returns, so the page is bounded here rather
/// than trusted (an unbounded page once aborted the process); 50 pages of
/// 20 is more than any reader goes through.
pub const MAX_PAGE: usize = 50;

/// Which posts a query keeps by their state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    #[default]
    Any,
    Solved,
    Unsolved,
    Unanswered,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Any => "",
            Status::Solved => "solved",
            Status::Unsolved => "unsolved",
            Status::Unanswered => "unanswered",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "" | "any" => Some(Status::Any),
            "solved" => Some(Status::Solved),
            "unsolved" | "open" => Some(Status::Unsolved),
            "unanswered" => Some(Status::Unanswered),
            _ => None,
        }
    }
}

/// Questions, answers or both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DocKind {
    #[default]
    Any,
    Question,
    Answer,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Any => "",
            DocKind::Question => "question",
            DocKind::Answer => "answer",
        }
    }

    pub fn parse(s: &str) -> Option<DocKind> {
        match s {
            "" | "any" | "all" => Some(DocKind::Any),
            "question" | "questions" | "q" => Some(DocKind::Question),
            "answer" | "answers" | "a" => Some(DocKind::Answer),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sort {
    #[default]
    Relevance,
    Newest,
    Votes,
}

impl Sort {
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
            Sort::Votes => "votes",
        }
    }

    pub fn parse(s: &str) -> Option<Sort> {
        match s {
            "" | "relevance" => Some(Sort::Relevance),
            "newest" => Some(Sort::Newest),
            "votes" => Some(Sort::Votes),
            _ => None,
        }
    }
}

/// A query as typed, split into what the engine matches and what it filters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedQuery {
    /// Free words: each should match (stemmed, typo-tolerant).
    pub words: Vec<String>,
    /// `"exact phrase"`: the words in this order, unstemmed.
    pub phrases: Vec<String>,
    /// `-word` or `-"a phrase"`: posts containing it are left out.
    pub excluded: Vec<String>,
    /// `tag:x`, every one required.
    pub tags: Vec<String>,
    /// `user:name`: written by this member.
    pub user: Option<String>,
    /// `is:solved`, `is:unsolved`, `is:unanswered`.
    pub status: Status,
    /// `is:question`, `is:answer`.
    pub kind: DocKind,
    /// `category:slug` (or `in:slug`).
    pub category: Option<String>,
    /// `lang:fr`.
    pub lang: Option<String>,
    /// `after:2024-01-31`, `before:2024-12-31`, as Unix milliseconds.
    pub after: Option<i64>,
    pub before: Option<i64>,
}

impl ParsedQuery {
    /// Nothing to match and nothing to filter on.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
            && self.phrases.is_empty()
            && self.tags.is_empty()
            && self.user.is_none()
            && self.category.is_none()
            && self.status == Status::Any
            && self.kind == DocKind::Any
            && self.lang.is_none()
            && self.after.is_none()
            && self.before.is_none()
    }

    /// Whether any text is to be matched (else results are a filtered list).
    pub fn has_text(&self) -> bool {
        !self.words.is_empty() || !self.phrases.is_empty()
    }
}

/// Splits a query into its parts. Never fails: an operator it does not
/// know (`foo:bar`) or a malformed value stays a free word, so whatever a
/// person types still searches for something.
pub fn parse(input: &str) -> ParsedQuery {
    let mut q = ParsedQuery::default();
    let input: String = input.chars().take(MAX_QUERY_CHARS).collect();
    for token in tokens(&input) {
        match token {
            Token::Phrase { text, negated } => {
                let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
                if words.is_empty() {
                    continue;
                }
                // A one-word "phrase" is an exact word: matched unstemmed.
                if negated {
                    q.excluded.push(words);
                } else {
                    q.phrases.push(words);
                }
            }
            Token::Word { text, negated } => {
                if negated {
                    let w = text.trim_matches(|c: char| !c.is_alphanumeric());
                    if !w.is_empty() {
                        q.excluded.push(w.to_owned());
                    }
                    continue;
                }
                if !operator(&mut q, &text) {
                    q.words.push(text);
                }
            }
        }
    }
    q
}

/// Applies `name:value` when it is an operator we know; false otherwise.
fn operator(q: &mut ParsedQuery, text: &str) -> bool {
    let Some((name, value)) = text.split_once(':') else { return false };
    let value = value.trim();
    if value.is_empty() {
        return false;
    }
    match name.to_ascii_lowercase().as_str() {
        "tag" | "tags" => {
            for t in value.split(',').map(|t| t.trim().to_lowercase()).filter(|t| !t.is_empty()) {
                if !q.tags.contains(&t) {
                    q.tags.push(t);
                }
            }
            true
        }
        "user" | "author" | "by" => {
            q.user = Some(value.trim_start_matches('@').to_lowercase());
            true
        }
        "is" => match value.to_ascii_lowercase().as_str() {
            v @ ("solved" | "unsolved" | "open" | "unanswered") => {
                q.status = Status::parse(v).unwrap_or_default();
                true
            }
            v @ ("question" | "answer") => {
                q.kind = DocKind::parse(v).unwrap_or_default();
                true
            }
            _ => false,
        },
        "category" | "in" | "cat" => {
            q.category = Some(value.to_lowercase());
            true
        }
        "lang" | "language" => match language(value) {
            Some(l) => {
                q.lang = Some(l.to_owned());
                true
            }
            None => false,
        },
        "after" | "since" => match day_start(value) {
            Some(ms) => {
                q.after = Some(ms);
                true
            }
            None => false,
        },
        "before" | "until" => match day_start(value) {
            Some(ms) => {
                q.before = Some(ms);
                true
            }
            None => false,
        },
        _ => false,
    }
}

enum Token {
    Word { text: String, negated: bool },
    Phrase { text: String, negated: bool },
}

/// Whitespace-separated words, with double quotes grouping a phrase (an
/// unclosed quote runs to the end) and a leading `-` negating.
fn tokens(input: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = input.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut negated = false;
        if c == '-' {
            chars.next();
            match chars.peek() {
                Some(&n) if !n.is_whitespace() => negated = true,
                // A lone dash is punctuation, not an operator.
                _ => continue,
            }
        }
        if chars.peek() == Some(&'"') || chars.peek() == Some(&'“') {
            chars.next();
            let text: String = chars.by_ref().take_while(|&c| c != '"' && c != '”').collect();
            out.push(Token::Phrase { text, negated });
            continue;
        }
        let mut text = String::new();
        while let Some(&c) = chars.peek() {
            if c.is_whitespace() {
                break;
            }
            // `tag:"two words"` is not a thing; a quote inside a word ends it.
            if c == '"' && !text.is_empty() && !text.ends_with(':') {
                break;
            }
            text.push(c);
            chars.next();
        }
        if !text.is_empty() {
            out.push(Token::Word { text, negated });
        }
    }
    out
}

/// The language code for `s` (a code or a name) among those posts may be
/// written in (`crate::language::content`).
pub fn language(s: &str) -> Option<&'static str> {
    crate::language::parse(s).map(|l| l.code)
}

/// Midnight UTC of a `YYYY-MM-DD` day, in Unix milliseconds.
pub fn day_start(s: &str) -> Option<i64> {
    let mut parts = s.trim().splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if !(1970..=9999).contains(&y) || !(1..=12).contains(&m) || !(1..=days_in_month(y, m)).contains(&d) {
        return None;
    }
    Some(crate::calendar::days_from_civil(y, m, d) * 86_400_000)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// The `page` of a search URL. Leniently 1 when absent or not a number, and
/// saturated just past [`MAX_PAGE`] when huge, so `resolve` reports it and
/// the value fits the browser's 32-bit `usize` when the page hydrates.
pub fn page_param(raw: &str) -> usize {
    let raw = raw.trim();
    if raw.is_empty() {
        return 1;
    }
    if raw.bytes().all(|b| b.is_ascii_digit()) {
        match raw.parse::<u64>() {
            Ok(n) => n.min(MAX_PAGE as u64 + 1) as usize,
            Err(_) => MAX_PAGE + 1,
        }
    } else {
        1
    }
}

/// The search page's request: the query text plus the filters of its form.
/// Operators in the text and form filters combine (both must hold).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchRequest {
    pub q: String,
    pub category: String,
    pub tag: String,
    pub status: String,
    pub kind: String,
    pub lang: String,
    pub author: String,
    /// `YYYY-MM-DD`, inclusive.
    pub from: String,
    pub to: String,
    pub sort: String,
    pub page: usize,
}

impl SearchRequest {
    /// The parsed query with the form's filters folded in, or the fields
    /// to fix. An empty filter means "any".
    pub fn resolve(&self) -> Result<(ParsedQuery, Sort), Vec<FieldError>> {
        let mut errors = Vec::new();
        if self.q.chars().count() > MAX_QUERY_CHARS {
            errors.push(FieldError::new("q", ErrorCode::QueryTooLong));
        }
        if self.page > MAX_PAGE {
            errors.push(FieldError::new("page", ErrorCode::PageOutOfRange));
        }
        let mut q = parse(&self.q);
        if !self.category.trim().is_empty() {
            q.category = Some(self.category.trim().to_lowercase());
        }
        // The tag and author filters are names to match, so one longer than
        // any tag or username is refused rather than sent to the index.
        if !self.tag.trim().is_empty() {
            match crate::post::tag_key("tag", &self.tag) {
                Ok(t) if !q.tags.contains(&t) => q.tags.push(t),
                Ok(_) => {}
                Err(e) => errors.push(e),
            }
        }
        match Status::parse(self.status.trim()) {
            Some(Status::Any) => {}
            Some(s) => q.status = s,
            None => errors.push(FieldError::new("status", ErrorCode::SearchFilterUnknown)),
        }
        match DocKind::parse(self.kind.trim()) {
            Some(DocKind::Any) => {}
            Some(k) => q.kind = k,
            None => errors.push(FieldError::new("kind", ErrorCode::SearchFilterUnknown)),
        }
        if !self.lang.trim().is_empty() {
            match language(&self.lang) {
                Some(l) => q.lang = Some(l.to_owned()),
                None => errors.push(FieldError::new("lang", ErrorCode::LanguageUnknown)),
            }
        }
        if !self.author.trim().is_empty() {
            match crate::account::username_key("author", self.author.trim().trim_start_matches('@')) {
                Ok(name) => q.user = Some(name),
                Err(e) => errors.push(e),
            }
        }
        if !self.from.trim().is_empty() {
            match day_start(&self.from) {
                Some(ms) => q.after = Some(ms),
                None => errors.push(FieldError::new("from", ErrorCode::DateInvalid)),
            }
        }
        if !self.to.trim().is_empty() {
            match day_start(&self.to) {
                // Inclusive: up to the end of that day.
                Some(ms) => q.before = Some(ms + 86_400_000),
                None => errors.push(FieldError::new("to", ErrorCode::DateInvalid)),
            }
        }
        if let (Some(a), Some(b)) = (q.after, q.before) {
            if a >= b {
                errors.push(FieldError::new("to", ErrorCode::DateRangeInverted));
            }
        }
        let sort = match Sort::parse(self.sort.trim()) {
            Some(s) => s,
            None => {
                errors.push(FieldError::new("sort", ErrorCode::SearchFilterUnknown));
                Sort::Relevance
            }
        };
        if errors.is_empty() {
            Ok((q, sort))
        } else {
            Err(errors)
        }
    }

    /// The query string of this request (for links to other pages and sorts).
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        for (k, v) in [
            ("q", self.q.as_str()),
            ("category", &self.category),
            ("tag", &self.tag),
            ("status", &self.status),
            ("kind", &self.kind),
            ("lang", &self.lang),
            ("author", &self.author),
            ("from", &self.from),
            ("to", &self.to),
            ("sort", &self.sort),
        ] {
            if !v.is_empty() {
                parts.push(format!("{k}={}", crate::urlencode(v)));
            }
        }
        if self.page > 1 {
            parts.push(format!("page={}", self.page));
        }
        parts.join("&")
    }
}

/// One result: a question or an answer, with what the result list shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    pub topic_id: TopicId,
    pub post_id: PostId,
    pub kind: DocKind,
    /// The question's title (also for answers).
    pub title: String,
    pub slug: String,
    /// Escaped text with `<mark>` around matched words: safe as HTML.
    pub snippet_html: String,
    /// The title with matched words marked, escaped likewise.
    pub title_html: String,
    pub category_id: CategoryId,
    pub category_name: String,
    pub category_slug: String,
    pub tags: Vec<String>,
    pub author: String,
    /// The question is solved (for answers: their question is).
    pub solved: bool,
    /// This answer is the accepted one.
    pub accepted: bool,
    pub score: i64,
    pub answer_count: i64,
    pub created_at: Timestamp,
    pub lang: String,
}

impl SearchHit {
    /// Where the result leads: the question, or the answer within it.
    pub fn path(&self) -> String {
        let base = crate::model::topic_path(self.topic_id, &self.slug);
        match self.kind {
            DocKind::Answer => format!("{base}#post-{}", self.post_id),
            _ => base,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    pub hits: Vec<SearchHit>,
    /// Matching posts the viewer may read (all pages).
    pub total: usize,
    pub page: usize,
    pub per_page: usize,
    /// The query as understood, for the "showing results for" line.
    pub parsed: ParsedQuery,
}

impl SearchResults {
    pub fn pages(&self) -> usize {
        self.total.div_ceil(self.per_page.max(1))
    }
}

/// A question like the one being asked (or the one being read).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SimilarQuestion {
    pub topic_id: TopicId,
    pub title: String,
    pub slug: String,
    pub solved: bool,
    pub score: i64,
    pub answer_count: i64,
    /// The start of the accepted answer, when there is one.
    pub answer_excerpt: Option<String>,
    /// The start of the question.
    pub excerpt: String,
}

impl SimilarQuestion {
    pub fn path(&self) -> String {
        crate::model::topic_path(self.topic_id, &self.slug)
    }
}

/// Orders similar questions: solved ones first, then by relevance (the
/// order they arrive in), at most `max`.
pub fn solved_first<T>(mut items: Vec<(T, bool)>, max: usize) -> Vec<T> {
    items.truncate(max);
    // A stable sort keeps relevance order within each group.
    items.sort_by_key(|(_, solved)| !*solved);
    items.into_iter().map(|(t, _)| t).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_words_stay_in_order() {
        let q = parse("  wifi   drops after suspend ");
        assert_eq!(q.words, ["wifi", "drops", "after", "suspend"]);
        assert!(q.has_text());
    }

    #[test]
    fn phrases_exclusions_and_operators() {
        let q = parse(r#""kernel panic" -nvidia tag:Drivers is:solved user:@Yuki grub"#);
        assert_eq!(q.phrases, ["kernel panic"]);
        assert_eq!(q.excluded, ["nvidia"]);
        assert_eq!(q.tags, ["drivers"]);
        assert_eq!(q.status, Status::Solved);
        assert_eq!(q.user.as_deref(), Some("yuki"));
        assert_eq!(q.words, ["grub"]);
    }

    #[test]
    fn negated_phrase_and_unclosed_quote() {
        let q = parse(r#"-"secure boot" "black screen"#);
        assert_eq!(q.excluded, ["secure boot"]);
        assert_eq!(q.phrases, ["black screen"]);
    }

    #[test]
    fn lone_dash_and_hyphenated_words_are_not_negations() {
        let q = parse("wi-fi - driver");
        assert_eq!(q.words, ["wi-fi", "driver"]);
        assert!(q.excluded.is_empty());
    }

    #[test]
    fn unknown_operators_and_bad_values_stay_words() {
        let q = parse("error:404 is:shiny lang:klingon after:2024-13-01 http://x");
        assert_eq!(q.words, ["error:404", "is:shiny", "lang:klingon", "after:2024-13-01", "http://x"]);
        assert_eq!(q.status, Status::Any);
        assert!(q.lang.is_none() && q.after.is_none());
    }

    #[test]
    fn kinds_languages_categories_and_dates() {
        let q = parse("is:answer lang:French in:Billing after:2024-02-29 before:2024-03-01 tag:a,b");
        assert_eq!(q.kind, DocKind::Answer);
        assert_eq!(q.lang.as_deref(), Some("fr"));
        assert_eq!(q.category.as_deref(), Some("billing"));
        assert_eq!(q.after, Some(1_709_164_800_000));
        assert_eq!(q.before, Some(1_709_251_200_000));
        assert_eq!(q.tags, ["a", "b"]);
        assert!(!q.has_text());
        assert!(!q.is_empty());
    }

    #[test]
    fn overlong_input_is_cut_not_rejected_by_the_parser() {
        let long = "word ".repeat(400);
        let q = parse(&long);
        assert!(q.words.len() <= MAX_QUERY_CHARS / 5);
    }

    #[test]
    fn dates() {
        assert_eq!(day_start("1970-01-01"), Some(0));
        assert_eq!(day_start("2000-03-01"), Some(951_868_800_000));
        assert_eq!(day_start("2023-02-29"), None);
        assert_eq!(day_start("2024-02-29"), Some(1_709_164_800_000));
        assert_eq!(day_start("yesterday"), None);
    }

    #[test]
    fn request_folds_form_filters_into_the_query() {
        let r = SearchRequest {
            q: "printer offline tag:hp".into(),
            tag: "windows".into(),
            status: "unanswered".into(),
            from: "2024-01-01".into(),
            to: "2024-01-31".into(),
            sort: "votes".into(),
            ..Default::default()
        };
        let (q, sort) = r.resolve().expect("valid");
        assert_eq!(q.tags, ["hp", "windows"]);
        assert_eq!(q.status, Status::Unanswered);
        assert_eq!(q.after, Some(1_704_067_200_000));
        // "to" includes the whole last day.
        assert_eq!(q.before, Some(1_706_745_600_000));
        assert_eq!(sort, Sort::Votes);
    }

    #[test]
    fn request_reports_each_bad_filter() {
        let r = SearchRequest {
            q: "x".repeat(MAX_QUERY_CHARS + 1),
            status: "maybe".into(),
            lang: "xx".into(),
            from: "2024-05-01".into(),
            to: "2024-04-01".into(),
            sort: "random".into(),
            ..Default::default()
        };
        let errors = r.resolve().expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["q", "status", "lang", "to", "sort"]);
    }

    #[test]
    fn tag_and_author_filters_are_no_longer_than_a_tag_or_a_username() {
        let fits = SearchRequest {
            q: "printer".into(),
            tag: "t".repeat(crate::post::TAG_MAX),
            author: format!("@{}", "U".repeat(crate::account::USERNAME_MAX)),
            ..Default::default()
        };
        let (q, _) = fits.resolve().expect("valid");
        assert_eq!(q.tags, ["t".repeat(crate::post::TAG_MAX)]);
        assert_eq!(q.user, Some("u".repeat(crate::account::USERNAME_MAX)));
        let hostile = "x".repeat(100_000);
        let r = SearchRequest {
            q: "printer".into(),
            tag: hostile.clone(),
            author: hostile,
            ..Default::default()
        };
        assert_eq!(
            r.resolve().expect_err("over-long names"),
            [
                FieldError::new("tag", ErrorCode::TagInvalid),
                FieldError::new("author", ErrorCode::UsernameTooLong)
            ]
        );
    }

    #[test]
    fn page_is_bounded_before_it_reaches_the_engine() {
        let at_limit = SearchRequest { q: "printer".into(), page: MAX_PAGE, ..Default::default() };
        assert!(at_limit.resolve().is_ok());
        for page in [MAX_PAGE + 1, 10_000_000_000_000, usize::MAX] {
            let r = SearchRequest { q: "printer".into(), page, ..Default::default() };
            let errors = r.resolve().expect_err("page past the last one");
            assert_eq!(errors, [FieldError::new("page", ErrorCode::PageOutOfRange)]);
        }
    }

    #[test]
    fn page_parameter_saturates_instead_of_overflowing() {
        assert_eq!(page_param(""), 1);
        assert_eq!(page_param("abc"), 1);
        assert_eq!(page_param("-3"), 1);
        assert_eq!(page_param("7"), 7);
        assert_eq!(page_param("10000000000000"), MAX_PAGE + 1);
        assert_eq!(page_param(&"9".repeat(400)), MAX_PAGE + 1);
    }

    #[test]
    fn query_string_round_trip_keeps_only_set_fields() {
        let r = SearchRequest { q: "a b".into(), sort: "newest".into(), page: 2, ..Default::default() };
        assert_eq!(r.to_query(), "q=a%20b&sort=newest&page=2");
    }

    #[test]
    fn solved_questions_come_first_in_relevance_order() {
        let items = vec![("a", false), ("b", true), ("c", false), ("d", true), ("e", true), ("f", true)];
        assert_eq!(solved_first(items, 5), ["b", "d", "e", "a", "c"]);
    }
}
