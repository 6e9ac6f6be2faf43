//! Auto-moderation: what happens to a new post before anyone reads it.
//!
//! The rules are deliberately few and explainable. A refusal must tell the
//! author what to change (their text is kept), and a post held or flagged
//! must tell the agent why, so every outcome carries its reasons. Staff are
//! never checked: they are the ones who would review the result.
//!
//! Matching works on the Markdown as typed, with a small scanner instead of a
//! Markdown parser, because the browser compiles this crate too and the
//! rules only need links, words and whitespace, not a rendering.

use std::collections::HashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::error::{ErrorCode, FieldError};

/// How long the "first hour" of an account lasts, for the new-member post
/// limit.
pub const FIRST_HOUR_MS: i64 = 3_600_000;
/// How far back the caller looks for the author's other posts (`recent` in
/// [`review`]): a day catches a burst of copies without punishing someone who
/// asks the same thing again a week later.
pub const REPEAT_WINDOW_MS: i64 = 24 * 3_600_000;

pub const WORD_MIN: usize = 2;
pub const WORD_MAX: usize = 60;

/// Below this many words, texts must be identical to count as repeated:
/// a share of a handful of words says little.
const NEAR_MIN_WORDS: usize = 8;
/// Share of words, in percent, two texts need in common to be "the same
/// text" with a few words changed.
const NEAR_PERCENT: usize = 90;
/// Longest URL the scanner reads; longer ones are cut (and still counted).
/// Bounds the work a post full of half-written links can cause.
const MAX_URL: usize = 2048;

/// What an admin wants done when a watched word appears.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WordAction {
    /// The post is refused; the author is asked to rephrase.
    Block,
    /// The post is saved but out of sight until an agent approves it.
    Hold,
    /// The post is visible; agents see it in their queue.
    Flag,
}

impl WordAction {
    pub const ALL: [WordAction; 3] = [WordAction::Block, WordAction::Hold, WordAction::Flag];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Block => "block",
            Self::Hold => "hold",
            Self::Flag => "flag",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ErrorCode> {
        match s.trim().to_ascii_lowercase().as_str() {
            "block" => Ok(Self::Block),
            "hold" => Ok(Self::Hold),
            "flag" => Ok(Self::Flag),
            _ => Err(ErrorCode::WordActionUnknown),
        }
    }
}

/// A word or phrase an admin watches for; `word` comes from
/// [`parse_watched_word`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct WatchedWord {
    pub word: String,
    pub action: WordAction,
}

impl WatchedWord {
    pub fn new(word: &str, action: WordAction) -> Result<Self, ErrorCode> {
        Ok(Self { word: parse_watched_word(word)?, action })
    }
}

/// A watched word or phrase as stored: lowercase, single spaces, typographic
/// apostrophes made plain so that the admin's keyboard does not matter.
/// It must start and end with a letter or digit, because matching is by
/// whole words and a word that starts with a hyphen has no edge to match.
pub fn parse_watched_word(s: &str) -> Result<String, ErrorCode> {
    let word =
        s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace(['’', '‘', 'ʼ'], "'");
    let len = word.chars().count();
    let chars_ok = word.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '\''));
    let ends_ok = word.chars().next().is_some_and(char::is_alphanumeric)
        && word.chars().next_back().is_some_and(char::is_alphanumeric);
    if !(WORD_MIN..=WORD_MAX).contains(&len) || !chars_ok || !ends_ok {
        return Err(ErrorCode::WordInvalid);
    }
    Ok(word)
}

/// A spam domain as stored: the host name alone, lowercase, so that an admin
/// may paste a whole URL or `*.spam.example`.
pub fn parse_domain(s: &str) -> Result<String, ErrorCode> {
    let s = s.trim().to_lowercase();
    let s = strip_prefix_ci(&s, "https://").or_else(|| strip_prefix_ci(&s, "http://")).unwrap_or(&s);
    let host = s.split(['/', '?', '#', ':']).next().unwrap_or_default();
    let host = host.trim_start_matches("*.").trim_matches('.');
    let labels_ok = host.split('.').all(|label| {
        !label.is_empty()
            && label.chars().count() <= 63
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    });
    if host.len() > 253 || !host.contains('.') || !labels_ok {
        return Err(ErrorCode::UrlInvalid);
    }
    Ok(host.to_owned())
}

/// The most spam domains an admin may list. The list is read with the
/// policy for every new post, and each link in a post is compared with every
/// entry; a thousand covers the spam a community actually meets (a list
/// imported wholesale from a blocklist belongs in a proxy, not here).
pub const MAX_SPAM_DOMAINS: usize = 1000;

/// The spam domains box as an admin fills it: one domain (or pasted URL) a
/// line, blank lines ignored, each read by [`parse_domain`], at most
/// `MAX_SPAM_DOMAINS` of them. The count is checked before any line is
/// parsed, so a flood of lines costs no more than counting them.
pub fn parse_spam_domains(text: &str) -> Result<Vec<String>, FieldError> {
    let lines = || text.lines().map(str::trim).filter(|l| !l.is_empty());
    if lines().take(MAX_SPAM_DOMAINS + 1).count() > MAX_SPAM_DOMAINS {
        return Err(FieldError::new("spam_domains", ErrorCode::TooManyDomains));
    }
    lines().map(|l| parse_domain(l).map_err(|code| FieldError::new("spam_domains", code))).collect()
}

/// The key of a watched word to stop watching, as the admin page sends it
/// back: trimmed and lowercased (the stored word is already normalized by
/// [`parse_watched_word`]). A word of more than `WORD_MAX` characters was
/// never stored, so it is refused on `word` before it reaches a query.
pub fn watched_word_key(s: &str) -> Result<String, FieldError> {
    let word = s.trim();
    if word.chars().take(WORD_MAX + 1).count() > WORD_MAX {
        return Err(FieldError::new("word", ErrorCode::WordInvalid));
    }
    Ok(word.to_lowercase())
}

/// The admin's settings for auto-moderation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Policy {
    /// Members below this reputation are new: they have not yet shown they
    /// are here to help.
    pub new_member_reputation: i64,
    /// Accounts younger than this many hours are new whatever their
    /// reputation, so that reputation farmed in a day does not unlock links.
    pub new_member_hours: i64,
    /// Links a new member may include in one post; the usual shape of spam is
    /// a fresh account posting many links.
    pub max_links_new: usize,
    /// Posts a new member may make during the first hour of their account.
    pub max_posts_first_hour: usize,
    pub watched: Vec<WatchedWord>,
    /// Host names (from [`parse_domain`]); each also covers its subdomains.
    pub spam_domains: Vec<String>,
    /// A post with two links or more needs at least this many words per
    /// link, or it is held as mostly links. 0 turns the rule off.
    pub min_words_per_link: usize,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            new_member_reputation: 10,
            new_member_hours: 72,
            max_links_new: 2,
            max_posts_first_hour: 3,
            watched: Vec::new(),
            spam_domains: Vec::new(),
            min_words_per_link: 15,
        }
    }
}

/// What the rules need to know about the author of a post.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Author {
    pub reputation: i64,
    pub account_age_ms: i64,
    /// Posts the author made while their account was less than an hour old,
    /// not counting the one under review.
    pub posts_in_first_hour: usize,
    pub is_staff: bool,
}

impl Policy {
    /// Either a low reputation or a young account makes a member new.
    pub fn is_new(&self, author: &Author) -> bool {
        !author.is_staff
            && (author.reputation < self.new_member_reputation
                || author.account_age_ms < self.new_member_hours.saturating_mul(3_600_000))
    }
}

/// Why a post is refused. The author sees `message()` next to their text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    BlockedWord(String),
    TooManyLinks { max: usize },
    FirstHourLimit { max: usize },
}

impl Refusal {
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::BlockedWord(_) => ErrorCode::ContentBlocked,
            Self::TooManyLinks { .. } => ErrorCode::TooManyLinks,
            Self::FirstHourLimit { .. } => ErrorCode::NewMemberPostLimit,
        }
    }

    pub fn message(&self) -> String {
        match self {
            Self::BlockedWord(word) => {
                format!("This contains “{word}”, a word this community does not allow. Please rephrase it.")
            }
            Self::TooManyLinks { max: 0 } => {
                "New members cannot include links in a post yet. Remove the links, or post them later."
                    .to_owned()
            }
            Self::TooManyLinks { max } => format!(
                "New members can include at most {} in a post. Remove some links, or post them later.",
                plural(*max, "link", "links")
            ),
            Self::FirstHourLimit { max } => format!(
                "New members can post {} in their first hour. Please wait a little and try again.",
                match max {
                    1 => "once".to_owned(),
                    n => format!("{n} times"),
                }
            ),
        }
    }
}

/// Why a post is held for review (or, for watched words, flagged).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HoldReason {
    WatchedWord(String),
    SpamDomain(String),
    LinkDensity {
        links: usize,
        words: usize,
    },
    /// `exact`: the same text after normalisation, rather than nearly.
    Repeated {
        exact: bool,
    },
}

impl HoldReason {
    /// A stable name for logs and filters.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::WatchedWord(_) => "watched_word",
            Self::SpamDomain(_) => "spam_domain",
            Self::LinkDensity { .. } => "link_density",
            Self::Repeated { .. } => "repeated",
        }
    }

    pub fn message(&self) -> String {
        match self {
            Self::WatchedWord(word) => watched_message(word),
            Self::SpamDomain(domain) => format!("Links to a spam domain: {domain}"),
            Self::LinkDensity { links, words } => {
                format!(
                    "Link density: {} in {}",
                    plural(*links, "link", "links"),
                    plural(*words, "word", "words")
                )
            }
            Self::Repeated { exact: true } => {
                "Same text as another post of the author in the last day".to_owned()
            }
            Self::Repeated { exact: false } => {
                "Nearly the same text as another post of the author in the last day".to_owned()
            }
        }
    }
}

fn watched_message(word: &str) -> String {
    format!("Watched word “{word}”")
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The outcome of [`review`], strongest first: refused, held, flagged,
/// allowed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    Refuse(Refusal),
    Hold(Vec<HoldReason>),
    /// Visible, with the watched words (action flag) that were found.
    Flag(Vec<String>),
    Allow,
}

impl Verdict {
    /// Every reason in words, for the audit log and the agents' queue.
    pub fn reasons(&self) -> Vec<String> {
        match self {
            Self::Refuse(refusal) => vec![refusal.message()],
            Self::Hold(reasons) => reasons.iter().map(HoldReason::message).collect(),
            Self::Flag(words) => words.iter().map(|w| watched_message(w)).collect(),
            Self::Allow => Vec::new(),
        }
    }
}

/// Decides what happens to a new post. `text` is its Markdown (title and
/// body joined), `recent` the author's other posts of the last
/// [`REPEAT_WINDOW_MS`].
pub fn review(policy: &Policy, author: &Author, text: &str, recent: &[&str]) -> Verdict {
    if author.is_staff {
        return Verdict::Allow;
    }
    let is_new = policy.is_new(author);
    // The refusal the author cannot fix by editing comes first, so that they
    // do not rephrase a post that would be refused anyway.
    if is_new
        && author.account_age_ms < FIRST_HOUR_MS
        && author.posts_in_first_hour >= policy.max_posts_first_hour
    {
        return Verdict::Refuse(Refusal::FirstHourLimit { max: policy.max_posts_first_hour });
    }
    let folded = Folded::new(text);
    let found = |action: WordAction| {
        policy
            .watched
            .iter()
            .filter(move |w| w.action == action)
            .filter(|w| folded.contains(&w.word))
            .map(|w| w.word.clone())
    };
    if let Some(word) = found(WordAction::Block).next() {
        return Verdict::Refuse(Refusal::BlockedWord(word));
    }
    let scanned = scan_links(text);
    if is_new && scanned.len() > policy.max_links_new {
        return Verdict::Refuse(Refusal::TooManyLinks { max: policy.max_links_new });
    }

    let mut holds: Vec<HoldReason> = found(WordAction::Hold).map(HoldReason::WatchedWord).collect();
    for domain in &policy.spam_domains {
        if scanned.iter().any(|(_, link)| host_matches(&link.host, domain)) {
            holds.push(HoldReason::SpamDomain(domain.clone()));
        }
    }
    let words = word_count(text, scanned.iter().map(|(range, _)| range.clone()));
    if scanned.len() >= 2 && words < scanned.len().saturating_mul(policy.min_words_per_link) {
        holds.push(HoldReason::LinkDensity { links: scanned.len(), words });
    }
    if let Some(exact) = repeated(text, recent) {
        holds.push(HoldReason::Repeated { exact });
    }

    let flags: Vec<String> = found(WordAction::Flag).collect();
    if !holds.is_empty() {
        // Agents reviewing the held post should see the flag words too.
        holds.extend(flags.into_iter().map(HoldReason::WatchedWord));
        Verdict::Hold(holds)
    } else if !flags.is_empty() {
        Verdict::Flag(flags)
    } else {
        Verdict::Allow
    }
}

// ---------------------------------------------------------------------------
// Whole words
// ---------------------------------------------------------------------------

/// Whether `word` (a word or phrase) occurs in `text` as whole words, in any
/// case, with any run of whitespace between the words of a phrase.
pub fn contains_word(text: &str, word: &str) -> bool {
    Folded::new(text).contains(word)
}

/// A text folded once for many watched words, with where each word of it
/// starts, by first character: a word is only tried where it could begin.
struct Folded {
    chars: Vec<char>,
    starts: HashMap<char, Vec<usize>>,
}

impl Folded {
    fn new(text: &str) -> Self {
        let chars = fold_text(text);
        let mut starts: HashMap<char, Vec<usize>> = HashMap::new();
        for (i, c) in chars.iter().enumerate() {
            if i == 0 || !is_word_char(chars[i - 1]) {
                starts.entry(*c).or_default().push(i);
            }
        }
        Self { chars, starts }
    }

    fn contains(&self, word: &str) -> bool {
        let parts: Vec<Vec<char>> =
            word.split_whitespace().map(fold_text).filter(|p| !p.is_empty()).collect();
        let Some(first) = parts.first().and_then(|p| p.first()) else { return false };
        let hay = &self.chars;
        self.starts.get(first).is_some_and(|starts| {
            starts.iter().any(|&start| {
                match_at(hay, start, &parts).is_some_and(|end| end == hay.len() || !is_word_char(hay[end]))
            })
        })
    }
}

/// End of the phrase when it matches at `start`.
fn match_at(hay: &[char], start: usize, parts: &[Vec<char>]) -> Option<usize> {
    let mut i = start;
    for (k, part) in parts.iter().enumerate() {
        if k > 0 {
            let gap = i;
            while hay.get(i).is_some_and(|c| c.is_whitespace()) {
                i += 1;
            }
            if i == gap {
                return None;
            }
        }
        if hay.get(i..i + part.len()) != Some(part.as_slice()) {
            return None;
        }
        i += part.len();
    }
    Some(i)
}

/// Letters and digits of any script make words; combining accents belong to
/// the letter before them, so "cafe\u{301}" is one word like "café".
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Lowercases character by character so the text and the word fold alike
/// (`str::to_lowercase` would turn a final Σ into ς in one and σ in the
/// other), and drops invisible characters, which would otherwise let
/// "ca\u{AD}sino" slip past a watched "casino".
fn fold_text(s: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
            '’' | '‘' | 'ʼ' => out.push('\''),
            'İ' => out.push('i'),
            _ => out.extend(c.to_lowercase().map(|l| if l == 'ς' { 'σ' } else { l })),
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Repeated content
// ---------------------------------------------------------------------------

/// `Some(true)` when `text` is one of `recent` once case, whitespace,
/// punctuation and Markdown markup are set aside; `Some(false)` when it
/// shares at least 90 % of its words with one (both ways, so a short text
/// quoted from a long one is not "the same").
fn repeated(text: &str, recent: &[&str]) -> Option<bool> {
    let words = normalized_words(text);
    if words.is_empty() {
        return None;
    }
    let others: Vec<Vec<String>> = recent.iter().map(|r| normalized_words(r)).collect();
    if others.contains(&words) {
        return Some(true);
    }
    if words.len() < NEAR_MIN_WORDS {
        return None;
    }
    let mut mine = words.clone();
    mine.sort_unstable();
    others
        .into_iter()
        .any(|mut other| {
            other.sort_unstable();
            shared(&mine, &other) * 100 >= NEAR_PERCENT * mine.len().max(other.len())
        })
        .then_some(false)
}

fn normalized_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in fold_text(text) {
        if is_word_char(c) {
            word.push(c);
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Words two sorted lists have in common, counting repeats.
fn shared(a: &[String], b: &[String]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

// ---------------------------------------------------------------------------
// Links
// ---------------------------------------------------------------------------

/// A link in a post: the URL as written and the lowercase host it leads to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub url: String,
    pub host: String,
}

/// Links to other sites in a post, in order: inline links and images,
/// autolinks, reference definitions and bare `http(s)://` or `www.` URLs,
/// each counted once. Relative links stay inside the community and are not
/// counted; neither is anything in code, which is not clickable.
pub fn links(markdown: &str) -> Vec<Link> {
    scan_links(markdown).into_iter().map(|(_, link)| link).collect()
}

/// Whether `host` is `domain` or one of its subdomains: "www.spam.example"
/// is under "spam.example", "notspam.example" is not.
pub fn host_matches(host: &str, domain: &str) -> bool {
    let host = host.trim_end_matches('.').to_lowercase();
    let domain = domain.trim().trim_start_matches("*.").trim_matches('.').to_lowercase();
    !domain.is_empty()
        && (host == domain || host.strip_suffix(domain.as_str()).is_some_and(|head| head.ends_with('.')))
}

/// Links with their byte range in `markdown` (the URL only), sorted.
fn scan_links(markdown: &str) -> Vec<(Range<usize>, Link)> {
    let text = mask_code(markdown);
    let mut found = Vec::new();
    let mut taken = Taken::new(text.len());
    reference_definitions(&text, &mut found, &mut taken);
    let link_texts = inline_links(&text, &mut found, &mut taken);
    // In a link's text a URL is what the link says, not another link.
    taken.mark_all(link_texts);
    bare_urls(&text, &mut found, &taken);
    found.sort_by_key(|(range, _)| range.start);
    found
}

/// Byte ranges a later pass must not look into (destinations, definition
/// lines, link texts). Each byte holds the end of the range covering it, so
/// that skipping costs nothing per byte even with thousands of links.
struct Taken {
    end: Vec<usize>,
}

impl Taken {
    fn new(len: usize) -> Self {
        Self { end: vec![0; len] }
    }

    fn mark(&mut self, range: Range<usize>) {
        let end = range.end;
        if let Some(bytes) = self.end.get_mut(range) {
            bytes.iter_mut().for_each(|e| *e = (*e).max(end));
        }
    }

    /// Nested ranges (link texts inside link texts) are merged first, so
    /// that marking stays linear in the length of the text.
    fn mark_all(&mut self, mut ranges: Vec<Range<usize>>) {
        ranges.sort_by_key(|r| r.start);
        let mut merged: Option<Range<usize>> = None;
        for r in ranges {
            match merged.as_mut() {
                Some(m) if r.start <= m.end => m.end = m.end.max(r.end),
                _ => {
                    if let Some(m) = merged.replace(r) {
                        self.mark(m);
                    }
                }
            }
        }
        if let Some(m) = merged {
            self.mark(m);
        }
    }

    /// Where to resume when `i` is taken.
    fn skip(&self, i: usize) -> Option<usize> {
        self.end.get(i).copied().filter(|end| *end > i)
    }
}

fn push_link(text: &str, range: Range<usize>, found: &mut Vec<(Range<usize>, Link)>) {
    if let Some(url) = text.get(range.clone()) {
        if let Some(host) = host_of(url) {
            found.push((range, Link { url: url.to_owned(), host }));
        }
    }
}

/// `[label]: url` lines.
fn reference_definitions(text: &str, found: &mut Vec<(Range<usize>, Link)>, taken: &mut Taken) {
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        if let Some(dest) = definition_destination(line) {
            push_link(text, start + dest.start..start + dest.end, found);
            taken.mark(start..start + line.len());
        }
        start += line.len();
    }
}

fn definition_destination(line: &str) -> Option<Range<usize>> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[indent..];
    if indent > 3 || !rest.starts_with('[') || rest.starts_with("[^") {
        return None;
    }
    let close = rest.find(']')?;
    if close == 1 || rest.as_bytes().get(close + 1) != Some(&b':') {
        return None;
    }
    let after = &rest[close + 2..];
    let dest_start = indent + close + 2 + (after.len() - after.trim_start_matches([' ', '\t']).len());
    let dest = &line[dest_start..];
    if let Some(inner) = dest.strip_prefix('<') {
        let end = inner.find(['>', '\n'])?;
        (inner.as_bytes()[end] == b'>').then_some(dest_start + 1..dest_start + 1 + end)
    } else {
        let end = dest.find(char::is_whitespace).unwrap_or(dest.len());
        (end > 0).then_some(dest_start..dest_start + end)
    }
}

/// `[text](url)`, `![alt](url)`, `<https://…>` and `[text][label]`;
/// returns the link texts.
fn inline_links(text: &str, found: &mut Vec<(Range<usize>, Link)>, taken: &mut Taken) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let closing = bracket_pairs(b);
    let close_of = |i: usize| closing.get(i).copied().flatten();
    let mut link_texts = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if let Some(end) = taken.skip(i) {
            i = end;
            continue;
        }
        match b[i] {
            b'\\' => i += 2,
            b'<' => match autolink_at(text, i) {
                Some(url) => {
                    taken.mark(i..url.end + 1);
                    i = url.end + 1;
                    push_link(text, url, found);
                }
                None => i += 1,
            },
            b'[' => {
                if let Some(close) = close_of(i) {
                    match b.get(close + 1) {
                        Some(b'(') => {
                            if let Some((dest, end)) = inline_destination(text, close + 1) {
                                push_link(text, dest, found);
                                taken.mark(close + 1..end);
                                link_texts.push(i..close + 1);
                            }
                        }
                        Some(b'[') => {
                            if let Some(label_close) = close_of(close + 1) {
                                taken.mark(close + 1..label_close + 1);
                                link_texts.push(i..close + 1);
                            }
                        }
                        _ => {}
                    }
                }
                // Link texts may hold images (`[![badge](…)](…)`), so look
                // inside rather than past them.
                i += 1;
            }
            _ => i += 1,
        }
    }
    link_texts
}

/// For each `[`, its `]`, matched in one pass (a search from every `[`
/// would be quadratic on a post of brackets). Brackets do not pair across
/// paragraphs.
fn bracket_pairs(b: &[u8]) -> Vec<Option<usize>> {
    let mut closing = vec![None; b.len()];
    let mut open: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' => open.push(i),
            b']' => {
                if let Some(o) = open.pop() {
                    closing[o] = Some(i);
                }
            }
            b'\n' if starts_blank_line(&b[i + 1..]) => open.clear(),
            _ => {}
        }
        i += 1;
    }
    closing
}

fn starts_blank_line(rest: &[u8]) -> bool {
    rest.iter().find(|c| !matches!(c, b' ' | b'\t' | b'\r')).is_none_or(|c| *c == b'\n')
}

/// The destination of `(url "title")` opening at `open`, and the end of it.
/// Looks no further than [`MAX_URL`] bytes, so that a post of unclosed
/// `[a](x` cannot make every attempt read to its end.
fn inline_destination(text: &str, open: usize) -> Option<(Range<usize>, usize)> {
    let b = &text.as_bytes()[..text.len().min(open + MAX_URL)];
    let skip_space = |mut j: usize| {
        while b.get(j).is_some_and(|c| c.is_ascii_whitespace()) {
            j += 1;
        }
        j
    };
    let mut j = skip_space(open + 1);
    let dest = if b.get(j) == Some(&b'<') {
        let start = j + 1;
        let end = start + b.get(start..)?.iter().position(|c| matches!(c, b'>' | b'\n'))?;
        if b[end] != b'>' {
            return None;
        }
        j = end + 1;
        start..end
    } else {
        let start = j;
        let mut depth = 0usize;
        while j < b.len() {
            match b[j] {
                b'\\' => j += 1,
                b'(' => depth += 1,
                b')' if depth == 0 => break,
                b')' => depth -= 1,
                c if c.is_ascii_whitespace() || c.is_ascii_control() => break,
                _ => {}
            }
            j += 1;
        }
        j = j.min(b.len());
        start..j
    };
    j = skip_space(j);
    if let Some(&quote) = b.get(j).filter(|c| matches!(c, b'"' | b'\'' | b'(')) {
        let close = if quote == b'(' { b')' } else { quote };
        j += 1;
        while b.get(j).is_some_and(|c| *c != close) {
            j += 1;
        }
        j = skip_space(j + 1);
    }
    (b.get(j) == Some(&b')')).then_some((dest, j + 1))
}

/// The URL of `<http(s)://…>` starting at `open`.
fn autolink_at(text: &str, open: usize) -> Option<Range<usize>> {
    let rest = text.get(open + 1..)?;
    if !starts_with_ci(rest, "http://") && !starts_with_ci(rest, "https://") {
        return None;
    }
    let end = rest.find(|c: char| c == '>' || c == '<' || c.is_whitespace())?;
    rest[end..].starts_with('>').then_some(open + 1..open + 1 + end)
}

/// URLs in running text, outside the ranges already taken.
fn bare_urls(text: &str, found: &mut Vec<(Range<usize>, Link)>, taken: &Taken) {
    let mut i = 0;
    let mut prev: Option<char> = None;
    while i < text.len() {
        if let Some(end) = taken.skip(i) {
            i = end;
            prev = text.get(..i).and_then(|s| s.chars().next_back());
            continue;
        }
        let Some(rest) = text.get(i..) else {
            i += 1;
            continue;
        };
        let Some(c) = rest.chars().next() else { break };
        if !prev.is_some_and(char::is_alphanumeric) {
            if let Some(len) = bare_url_len(rest) {
                push_link(text, i..i + len, found);
                i += len;
                prev = rest[..len].chars().next_back();
                continue;
            }
        }
        prev = Some(c);
        i += c.len_utf8();
    }
}

fn bare_url_len(s: &str) -> Option<usize> {
    let scheme = if starts_with_ci(s, "https://") {
        8
    } else if starts_with_ci(s, "http://") {
        7
    } else if starts_with_ci(s, "www.") {
        0
    } else {
        return None;
    };
    let body = &s[scheme..];
    // Check the host before reading on: a post of `http://%%…` must not
    // make every attempt read a whole URL.
    let host_end = body
        .char_indices()
        .find(|(i, c)| *i >= MAX_URL || is_url_end(*c) || matches!(c, '/' | '?' | '#' | '\\'))
        .map_or(body.len(), |(i, _)| i);
    host_of(trim_url_end(&s[..scheme + host_end]))?;
    let end =
        body.char_indices().find(|(i, c)| *i >= MAX_URL || is_url_end(*c)).map_or(body.len(), |(i, _)| i);
    let url = trim_url_end(&s[..scheme + end]);
    host_of(url).map(|_| url.len())
}

fn is_url_end(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '`')
}

/// GFM-style: trailing punctuation ends a sentence, not the URL; so does a
/// `)` or `]` without its opening partner.
fn trim_url_end(mut url: &str) -> &str {
    while let Some(last) = url.chars().next_back() {
        let drop = match last {
            '.' | ',' | ':' | ';' | '!' | '?' | '\'' | '*' | '_' | '~' | '…' => true,
            ')' => url.matches(')').count() > url.matches('(').count(),
            ']' => url.matches(']').count() > url.matches('[').count(),
            _ => false,
        };
        if !drop {
            break;
        }
        url = &url[..url.len() - last.len_utf8()];
    }
    url
}

/// The host a browser would go to, lowercase; `None` for relative links and
/// other schemes. Percent escapes and full-width dots are undone because
/// browsers undo them, and a listed domain must not hide behind them.
fn host_of(url: &str) -> Option<String> {
    let rest =
        if let Some(rest) = strip_prefix_ci(url, "https://").or_else(|| strip_prefix_ci(url, "http://")) {
            rest
        } else if let Some(rest) = url.strip_prefix("//") {
            rest
        } else if starts_with_ci(url, "www.") {
            url
        } else {
            return None;
        };
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or_default();
    let host_port = authority.rsplit('@').next().unwrap_or_default();
    let host = if host_port.starts_with('[') {
        host_port.split_inclusive(']').next().unwrap_or_default()
    } else {
        host_port.split(':').next().unwrap_or_default()
    };
    let host = percent_decode(host)?.replace(['。', '．', '｡'], ".").to_lowercase();
    let host = host.trim_end_matches('.');
    let valid = host.chars().any(char::is_alphanumeric)
        && (host.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '_'))
            || (host.starts_with('[')
                && host.ends_with(']')
                && host.chars().all(|c| c.is_ascii_hexdigit() || matches!(c, ':' | '.' | '[' | ']'))));
    valid.then(|| host.to_owned())
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = b.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match hex.filter(|_| b[i] == b'%').and_then(|h| u8::from_str_radix(h, 16).ok()) {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(b[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.as_bytes().get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    if starts_with_ci(s, prefix) {
        s.get(prefix.len()..)
    } else {
        None
    }
}

/// `markdown` with fenced code blocks and code spans blanked out (same
/// length, newlines kept), so that byte offsets still point into the
/// original.
fn mask_code(markdown: &str) -> String {
    let mut masked = vec![false; markdown.len()];
    let mut fence: Option<(u8, usize)> = None;
    let mut paragraph: Option<usize> = None;
    let mut start = 0;
    for line in markdown.split_inclusive('\n') {
        let end = start + line.len();
        if let Some((ch, len)) = fence {
            masked[start..end].fill(true);
            if fence_run(line).is_some_and(|(c, n, rest)| c == ch && n >= len && rest.trim().is_empty()) {
                fence = None;
            }
        } else if let Some((ch, len, _)) =
            fence_run(line).filter(|(c, _, info)| *c == b'~' || !info.contains('`'))
        {
            if let Some(p) = paragraph.take() {
                mask_code_spans(markdown, p..start, &mut masked);
            }
            masked[start..end].fill(true);
            fence = Some((ch, len));
        } else if line.trim().is_empty() {
            if let Some(p) = paragraph.take() {
                mask_code_spans(markdown, p..start, &mut masked);
            }
        } else if paragraph.is_none() {
            paragraph = Some(start);
        }
        start = end;
    }
    if let Some(p) = paragraph {
        mask_code_spans(markdown, p..markdown.len(), &mut masked);
    }
    let mut out = String::with_capacity(markdown.len());
    for (i, c) in markdown.char_indices() {
        if masked[i] && c != '\n' {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

/// A fence line's character, its run length and what follows.
fn fence_run(line: &str) -> Option<(u8, usize, &str)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[indent..];
    let ch = *rest.as_bytes().first().filter(|c| matches!(c, b'`' | b'~'))?;
    let run = rest.len() - rest.trim_start_matches(ch as char).len();
    (indent <= 3 && run >= 3).then(|| (ch, run, &rest[run..]))
}

/// Code spans: a run of backticks up to the next run of the same length.
fn mask_code_spans(text: &str, range: Range<usize>, masked: &mut [bool]) {
    let b = text.as_bytes();
    let run_at = |i: usize| b[i..range.end].iter().take_while(|c| **c == b'`').count();
    let mut i = range.start;
    while i < range.end {
        match b[i] {
            b'\\' => i += 2,
            b'`' => {
                let run = run_at(i);
                let mut j = i + run;
                let mut closed = None;
                while j < range.end {
                    if b[j] == b'`' {
                        let other = run_at(j);
                        if other == run {
                            closed = Some(j + run);
                            break;
                        }
                        j += other;
                    } else {
                        j += 1;
                    }
                }
                match closed {
                    Some(end) => {
                        masked[i..end].fill(true);
                        i = end;
                    }
                    None => i += run,
                }
            }
            _ => i += 1,
        }
    }
}

/// Words for the link-density rule: whitespace-separated tokens with a
/// letter in them, URLs left out so that a link does not count as its own
/// explanation.
fn word_count(text: &str, urls: impl Iterator<Item = Range<usize>>) -> usize {
    let mut url_byte = vec![false; text.len()];
    for range in urls {
        if let Some(slice) = url_byte.get_mut(range) {
            slice.fill(true);
        }
    }
    let mut prose = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        prose.push(if url_byte[i] { ' ' } else { c });
    }
    prose.split_whitespace().filter(|t| t.chars().any(char::is_alphabetic) && !t.contains("://")).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY_MS: i64 = 24 * 3_600_000;

    fn member() -> Author {
        Author { reputation: 200, account_age_ms: 90 * DAY_MS, posts_in_first_hour: 0, is_staff: false }
    }

    fn newcomer() -> Author {
        Author { reputation: 1, account_age_ms: 10 * 60_000, posts_in_first_hour: 0, is_staff: false }
    }

    fn staff() -> Author {
        Author { reputation: 0, account_age_ms: 60_000, posts_in_first_hour: 50, is_staff: true }
    }

    fn watched(pairs: &[(&str, WordAction)]) -> Policy {
        let watched = pairs.iter().map(|(w, a)| WatchedWord { word: (*w).to_owned(), action: *a }).collect();
        Policy { watched, ..Policy::default() }
    }

    /// Sixty words of ordinary prose, enough that a few links are not dense.
    const PROSE: &str =
        "My printer stopped working after the last update and I tried reinstalling the driver \
        twice but nothing changed so I am wondering whether anyone here has seen the same problem on \
        their machine and found a way to get it printing again today, because the office \
        depends on it and the shop that sold it to us has not answered any of our emails yet";

    fn with_links(n: usize) -> String {
        let links: Vec<String> = (0..n).map(|i| format!("https://site{i}.example/page")).collect();
        format!("{PROSE} {}", links.join(" "))
    }

    // Whole words

    #[test]
    fn a_watched_word_never_matches_inside_a_longer_word() {
        assert!(!contains_word("Please read the document first", "doc"));
        assert!(!contains_word("the docs are wrong", "doc"));
        assert!(!contains_word("doc2 is out", "doc"));
        assert!(!contains_word("undoc", "doc"));
    }

    #[test]
    fn a_watched_word_matches_any_case_next_to_punctuation() {
        for text in
            ["See the Doc.", "(doc)", "DOC", "the doc's title", "the doc’s title", "**doc**", "doc-writer"]
        {
            assert!(contains_word(text, "doc"), "{text}");
        }
    }

    #[test]
    fn apostrophes_in_the_word_match_typographic_ones_in_the_text() {
        assert!(contains_word("I don’t know", "don't"));
        assert!(!contains_word("I dont know", "don't"));
    }

    #[test]
    fn phrases_match_across_any_whitespace_but_only_whole() {
        assert!(contains_word("get free  money now", "free money"));
        assert!(contains_word("FREE\n\tMoney!", "free money"));
        assert!(contains_word("free money", "free   money"));
        assert!(!contains_word("freemoney", "free money"));
        assert!(!contains_word("free moneys", "free money"));
        assert!(!contains_word("carefree money", "free money"));
        assert!(!contains_word("free, money", "free money"));
    }

    #[test]
    fn accented_and_other_scripts_are_letters() {
        assert!(!contains_word("un café noir", "caf"));
        assert!(contains_word("UN CAFÉ NOIR", "café"));
        assert!(!contains_word("cafe\u{301} noir", "cafe"));
        assert!(contains_word("Привет, мир", "мир"));
        assert!(!contains_word("мирный", "мир"));
        assert!(contains_word("ΟΔΟΣ", "οδος"));
        assert!(contains_word("İstanbul", "istanbul"));
    }

    #[test]
    fn invisible_characters_do_not_hide_a_word() {
        assert!(contains_word("best ca\u{AD}si\u{200B}no", "casino"));
    }

    #[test]
    fn empty_word_matches_nothing() {
        assert!(!contains_word("anything", "  "));
    }

    // Watched words and actions

    #[test]
    fn watched_words_are_normalised() {
        assert_eq!(parse_watched_word("  Free \t Money "), Ok("free money".to_owned()));
        assert_eq!(parse_watched_word("Don’t-Care"), Ok("don't-care".to_owned()));
        assert_eq!(parse_watched_word("Café"), Ok("café".to_owned()));
        assert_eq!(parse_watched_word("ab"), Ok("ab".to_owned()));
        assert_eq!(parse_watched_word(&"a".repeat(60)).map(|w| w.len()), Ok(60));
    }

    #[test]
    fn watched_words_out_of_shape_are_refused() {
        for bad in ["", "a", " x ", "doc!", "a.b", "-doc", "doc'", "<b>", "--"] {
            assert_eq!(parse_watched_word(bad), Err(ErrorCode::WordInvalid), "{bad:?}");
        }
        assert_eq!(parse_watched_word(&"a".repeat(61)), Err(ErrorCode::WordInvalid));
    }

    #[test]
    fn word_actions_round_trip() {
        for action in WordAction::ALL {
            assert_eq!(WordAction::parse(action.as_str()), Ok(action));
        }
        assert_eq!(WordAction::parse(" Hold "), Ok(WordAction::Hold));
        assert_eq!(WordAction::parse("delete"), Err(ErrorCode::WordActionUnknown));
        assert_eq!(serde_json::to_string(&WordAction::Flag).ok(), Some("\"flag\"".to_owned()));
    }

    // New members

    #[test]
    fn low_reputation_or_young_account_is_new_staff_never() {
        let policy = Policy::default();
        assert!(policy.is_new(&newcomer()));
        assert!(!policy.is_new(&member()));
        assert!(policy.is_new(&Author { reputation: 9, ..member() }));
        assert!(!policy.is_new(&Author { reputation: 10, ..member() }));
        assert!(policy.is_new(&Author { account_age_ms: 72 * 3_600_000 - 1, ..member() }));
        assert!(!policy.is_new(&Author { account_age_ms: 72 * 3_600_000, ..member() }));
        assert!(!policy.is_new(&staff()));
    }

    #[test]
    fn new_member_may_include_two_links_not_three() {
        let policy = Policy::default();
        assert_eq!(review(&policy, &newcomer(), &with_links(2), &[]), Verdict::Allow);
        let verdict = review(&policy, &newcomer(), &with_links(3), &[]);
        assert_eq!(verdict, Verdict::Refuse(Refusal::TooManyLinks { max: 2 }));
    }

    #[test]
    fn established_member_may_include_three_links() {
        assert_eq!(review(&Policy::default(), &member(), &with_links(3), &[]), Verdict::Allow);
    }

    #[test]
    fn third_post_in_first_hour_is_fine_fourth_refused() {
        let policy = Policy::default();
        let third = Author { posts_in_first_hour: 2, ..newcomer() };
        let fourth = Author { posts_in_first_hour: 3, ..newcomer() };
        assert_eq!(review(&policy, &third, PROSE, &[]), Verdict::Allow);
        assert_eq!(review(&policy, &fourth, PROSE, &[]), Verdict::Refuse(Refusal::FirstHourLimit { max: 3 }));
    }

    #[test]
    fn first_hour_limit_ends_with_the_first_hour() {
        let later = Author { posts_in_first_hour: 3, account_age_ms: FIRST_HOUR_MS, ..newcomer() };
        assert_eq!(review(&Policy::default(), &later, PROSE, &[]), Verdict::Allow);
    }

    #[test]
    fn staff_bypass_everything() {
        let policy = Policy {
            spam_domains: vec!["spam.example".to_owned()],
            ..watched(&[("casino", WordAction::Block), ("crypto", WordAction::Hold)])
        };
        let text = "casino crypto https://spam.example/a https://b.example https://c.example";
        assert_eq!(review(&policy, &staff(), text, &[text]), Verdict::Allow);
        assert!(matches!(review(&policy, &newcomer(), text, &[]), Verdict::Refuse(_)));
    }

    // Refusals

    #[test]
    fn blocked_word_refuses_and_names_the_word() {
        let policy = watched(&[("casino", WordAction::Block)]);
        let verdict = review(&policy, &member(), "Best Casino bonuses", &[]);
        let Verdict::Refuse(refusal) = verdict else { panic!("not refused: {verdict:?}") };
        assert_eq!(refusal, Refusal::BlockedWord("casino".to_owned()));
        assert_eq!(refusal.code(), ErrorCode::ContentBlocked);
        assert_eq!(
            refusal.message(),
            "This contains “casino”, a word this community does not allow. Please rephrase it."
        );
        assert_eq!(review(&policy, &member(), "casinos of Monaco", &[]), Verdict::Allow);
    }

    #[test]
    fn refusals_map_to_their_codes_and_explain() {
        let links = Refusal::TooManyLinks { max: 2 };
        assert_eq!(links.code(), ErrorCode::TooManyLinks);
        assert!(links.message().contains("at most 2 links"), "{}", links.message());
        assert!(Refusal::TooManyLinks { max: 1 }.message().contains("at most 1 link "));
        assert!(Refusal::TooManyLinks { max: 0 }.message().contains("cannot include links"));
        let first = Refusal::FirstHourLimit { max: 3 };
        assert_eq!(first.code(), ErrorCode::NewMemberPostLimit);
        assert!(first.message().contains("3 times in their first hour"), "{}", first.message());
    }

    #[test]
    fn first_hour_limit_comes_before_what_editing_could_fix() {
        let policy = watched(&[("casino", WordAction::Block)]);
        let busy = Author { posts_in_first_hour: 3, ..newcomer() };
        assert_eq!(
            review(&policy, &busy, "casino", &[]),
            Verdict::Refuse(Refusal::FirstHourLimit { max: 3 })
        );
    }

    // Spam domains

    #[test]
    fn a_spam_domain_covers_itself_and_its_subdomains_only() {
        assert!(host_matches("spam.example", "spam.example"));
        assert!(host_matches("www.spam.example", "spam.example"));
        assert!(host_matches("a.b.spam.example.", "SPAM.example"));
        assert!(host_matches("www.spam.example", "*.spam.example"));
        assert!(!host_matches("notspam.example", "spam.example"));
        assert!(!host_matches("spam.example.org", "spam.example"));
        assert!(!host_matches("example", "spam.example"));
        assert!(!host_matches("spam.example", ""));
    }

    #[test]
    fn links_to_a_spam_domain_are_held() {
        let policy = Policy { spam_domains: vec!["spam.example".to_owned()], ..Policy::default() };
        let text = format!("{PROSE} see https://www.SPAM.example/offer");
        let verdict = review(&policy, &member(), &text, &[]);
        assert_eq!(verdict, Verdict::Hold(vec![HoldReason::SpamDomain("spam.example".to_owned())]));
        assert_eq!(verdict.reasons(), vec!["Links to a spam domain: spam.example".to_owned()]);
        let fine = format!("{PROSE} see https://notspam.example/offer");
        assert_eq!(review(&policy, &member(), &fine, &[]), Verdict::Allow);
    }

    #[test]
    fn spam_domain_behind_userinfo_or_escapes_is_found() {
        let hosts = |md: &str| links(md).into_iter().map(|l| l.host).collect::<Vec<_>>();
        assert_eq!(hosts("https://good.example@spam.example/x"), ["spam.example"]);
        assert_eq!(hosts("https://spam%2Eexample/x"), ["spam.example"]);
        assert_eq!(hosts("https://spam。example/x"), ["spam.example"]);
        assert_eq!(hosts("https://Spam.Example:8443/x"), ["spam.example"]);
    }

    #[test]
    fn domains_are_parsed_from_what_admins_paste() {
        assert_eq!(parse_domain(" https://WWW.Spam.example/x?y "), Ok("www.spam.example".to_owned()));
        assert_eq!(parse_domain("*.spam.example"), Ok("spam.example".to_owned()));
        for bad in ["", "localhost", "spam..example", "-spam.example", "spam example.com"] {
            assert_eq!(parse_domain(bad), Err(ErrorCode::UrlInvalid), "{bad:?}");
        }
    }

    #[test]
    fn the_spam_domain_list_is_bounded_before_it_is_read() {
        assert_eq!(
            parse_spam_domains("spam.example\n\n  https://Junk.example/x \n"),
            Ok(vec!["spam.example".to_owned(), "junk.example".to_owned()])
        );
        assert_eq!(parse_spam_domains(""), Ok(vec![]));
        let most = (0..MAX_SPAM_DOMAINS).map(|i| format!("d{i}.example\n")).collect::<String>();
        assert_eq!(parse_spam_domains(&most).map(|d| d.len()), Ok(MAX_SPAM_DOMAINS));
        let too_many = FieldError::new("spam_domains", ErrorCode::TooManyDomains);
        assert_eq!(parse_spam_domains(&format!("{most}one-more.example")), Err(too_many.clone()));
        // A million lines, none of them valid: refused for their number.
        assert_eq!(parse_spam_domains(&"x\n".repeat(1_000_000)), Err(too_many));
        assert_eq!(
            parse_spam_domains("spam.example\nlocalhost"),
            Err(FieldError::new("spam_domains", ErrorCode::UrlInvalid))
        );
        assert!(ErrorCode::TooManyDomains.message().contains("1,000"));
        const { assert!(MAX_SPAM_DOMAINS == 1000) };
    }

    #[test]
    fn a_watched_word_to_remove_is_no_longer_than_a_watched_word() {
        assert_eq!(watched_word_key(" Casino "), Ok("casino".to_owned()));
        assert_eq!(watched_word_key(&"é".repeat(WORD_MAX)).map(|w| w.chars().count()), Ok(WORD_MAX));
        for long in ["a".repeat(WORD_MAX + 1), "a".repeat(100_000)] {
            assert_eq!(watched_word_key(&long), Err(FieldError::new("word", ErrorCode::WordInvalid)));
        }
    }

    // Links

    fn urls(md: &str) -> Vec<String> {
        links(md).into_iter().map(|l| l.url).collect()
    }

    #[test]
    fn every_kind_of_link_is_found_in_order() {
        let md = "Read [the guide](https://a.example/guide \"Guide\"), or <https://b.example/x>,\n\
                  then http://c.example and www.d.example/page.\n\n[ref]: https://e.example/ref\n";
        assert_eq!(
            urls(md),
            [
                "https://a.example/guide",
                "https://b.example/x",
                "http://c.example",
                "www.d.example/page",
                "https://e.example/ref"
            ]
        );
        let hosts: Vec<String> = links(md).into_iter().map(|l| l.host).collect();
        assert_eq!(hosts, ["a.example", "b.example", "c.example", "www.d.example", "e.example"]);
    }

    #[test]
    fn a_url_inside_a_markdown_link_counts_once() {
        assert_eq!(links("[https://a.example](https://a.example)").len(), 1);
        assert_eq!(links("[see https://a.example/x][1]\n\n[1]: https://a.example/x").len(), 1);
        assert_eq!(links("[ref]: <https://a.example/x> \"title\"").len(), 1);
    }

    #[test]
    fn images_and_badges_count_each_url() {
        assert_eq!(urls("![logo](https://a.example/logo.png)"), ["https://a.example/logo.png"]);
        assert_eq!(
            urls("[![build](https://ci.example/badge.svg)](https://ci.example/job)"),
            ["https://ci.example/badge.svg", "https://ci.example/job"]
        );
    }

    #[test]
    fn relative_links_code_and_escapes_are_not_links() {
        assert!(links("[question](/q/12) and [top](#top) and [mail](mailto:a@b.example)").is_empty());
        assert!(links("run `curl https://a.example/x` first").is_empty());
        assert!(links("```\nGET https://a.example/x\nhttps://b.example\n```\n").is_empty());
        assert!(links("~~~sh\nwget http://a.example\n~~~").is_empty());
        assert!(links("see http:// and www. and notwww.x").is_empty());
        assert_eq!(links("`open\n\nhttps://a.example` across paragraphs").len(), 1);
        assert_eq!(links("\\[x](https://a.example)").len(), 1);
    }

    #[test]
    fn bare_urls_lose_trailing_punctuation_but_keep_balanced_parens() {
        assert_eq!(urls("(see https://a.example/wiki/A_(b)), ok"), ["https://a.example/wiki/A_(b)"]);
        assert_eq!(urls("Go to https://a.example/x."), ["https://a.example/x"]);
        assert_eq!(urls("**https://a.example**"), ["https://a.example"]);
        assert_eq!(urls("<a href=\"https://a.example/x\">x</a>"), ["https://a.example/x"]);
    }

    #[test]
    fn link_with_parens_and_title_in_destination() {
        assert_eq!(urls("[w](https://a.example/A_(b) 'T')"), ["https://a.example/A_(b)"]);
        assert_eq!(urls("[w](<https://a.example/a b>)"), ["https://a.example/a b"]);
    }

    #[test]
    fn words_leave_urls_out() {
        let text = "[click here](https://a.example/some/long/path) and https://b.example/x 42 —";
        let ranges = scan_links(text).into_iter().map(|(r, _)| r);
        assert_eq!(word_count(text, ranges), 3);
    }

    // Density

    #[test]
    fn many_links_in_few_words_are_held_for_anyone() {
        let words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen \
                     fifteen sixteen seventeen eighteen nineteen twenty";
        let text = format!(
            "{words} {}",
            (0..5).map(|i| format!("https://s{i}.example")).collect::<Vec<_>>().join(" ")
        );
        let verdict = review(&Policy::default(), &member(), &text, &[]);
        assert_eq!(verdict, Verdict::Hold(vec![HoldReason::LinkDensity { links: 5, words: 20 }]));
        assert_eq!(verdict.reasons(), ["Link density: 5 links in 20 words"]);
    }

    #[test]
    fn density_boundary_is_fifteen_words_per_link_from_two_links() {
        let text = |words: usize, links: usize| {
            let prose = vec!["word"; words].join(" ");
            let links: Vec<String> = (0..links).map(|i| format!("https://s{i}.example")).collect();
            format!("{prose} {}", links.join(" "))
        };
        let policy = Policy::default();
        assert_eq!(review(&policy, &member(), &text(30, 2), &[]), Verdict::Allow);
        assert_eq!(
            review(&policy, &member(), &text(29, 2), &[]),
            Verdict::Hold(vec![HoldReason::LinkDensity { links: 2, words: 29 }])
        );
        assert_eq!(review(&policy, &member(), &text(1, 1), &[]), Verdict::Allow);
        let off = Policy { min_words_per_link: 0, ..Policy::default() };
        assert_eq!(review(&off, &member(), &text(0, 5), &[]), Verdict::Allow);
    }

    // Repeated content

    #[test]
    fn the_same_text_again_is_held() {
        let earlier = "My **printer** stopped working!";
        let verdict =
            review(&Policy::default(), &member(), "my printer   stopped working", &[PROSE, earlier]);
        assert_eq!(verdict, Verdict::Hold(vec![HoldReason::Repeated { exact: true }]));
        assert_eq!(verdict.reasons(), ["Same text as another post of the author in the last day"]);
    }

    #[test]
    fn nearly_the_same_text_is_held() {
        let earlier = "one two three four five six seven eight nine ten";
        let one_changed = "one two three four five six seven eight nine eleven";
        let verdict = review(&Policy::default(), &member(), one_changed, &[earlier]);
        assert_eq!(verdict, Verdict::Hold(vec![HoldReason::Repeated { exact: false }]));
        assert!(verdict.reasons()[0].contains("Nearly the same text"));
        let two_changed = "one two three four five six seven eight twelve eleven";
        assert_eq!(review(&Policy::default(), &member(), two_changed, &[earlier]), Verdict::Allow);
    }

    #[test]
    fn different_or_merely_quoted_text_is_not_repeated() {
        let other = "Has anyone managed to pair the headset with two phones at once without resetting it";
        assert_eq!(review(&Policy::default(), &member(), PROSE, &[other]), Verdict::Allow);
        let part = "my printer stopped working after the last update and i tried";
        assert_eq!(review(&Policy::default(), &member(), part, &[PROSE]), Verdict::Allow);
        assert_eq!(review(&Policy::default(), &member(), "short note", &["short note two"]), Verdict::Allow);
        assert_eq!(review(&Policy::default(), &member(), "👍", &["👍"]), Verdict::Allow);
    }

    // Precedence

    #[test]
    fn flag_words_flag_and_hold_words_hold() {
        let policy = watched(&[("crypto", WordAction::Hold), ("refund", WordAction::Flag)]);
        let flagged = review(&policy, &member(), "I want a Refund", &[]);
        assert_eq!(flagged, Verdict::Flag(vec!["refund".to_owned()]));
        assert_eq!(flagged.reasons(), ["Watched word “refund”"]);
        let held = review(&policy, &member(), "crypto?", &[]);
        assert_eq!(held, Verdict::Hold(vec![HoldReason::WatchedWord("crypto".to_owned())]));
        assert_eq!(held.reasons(), ["Watched word “crypto”"]);
    }

    #[test]
    fn hold_absorbs_flags_and_refusal_beats_both() {
        let policy = Policy {
            spam_domains: vec!["spam.example".to_owned()],
            ..watched(&[
                ("crypto", WordAction::Hold),
                ("refund", WordAction::Flag),
                ("casino", WordAction::Block),
            ])
        };
        let text = format!("{PROSE} crypto refund https://spam.example");
        let verdict = review(&policy, &member(), &text, &[]);
        assert_eq!(
            verdict,
            Verdict::Hold(vec![
                HoldReason::WatchedWord("crypto".to_owned()),
                HoldReason::SpamDomain("spam.example".to_owned()),
                HoldReason::WatchedWord("refund".to_owned()),
            ])
        );
        let refused = review(&policy, &member(), &format!("{text} casino"), &[]);
        assert_eq!(refused, Verdict::Refuse(Refusal::BlockedWord("casino".to_owned())));
        assert_eq!(review(&policy, &member(), PROSE, &[]), Verdict::Allow);
    }

    #[test]
    fn hold_reasons_have_stable_kinds() {
        let kinds: Vec<&str> = [
            HoldReason::WatchedWord("x".to_owned()),
            HoldReason::SpamDomain("x".to_owned()),
            HoldReason::LinkDensity { links: 2, words: 1 },
            HoldReason::Repeated { exact: true },
        ]
        .iter()
        .map(HoldReason::kind)
        .collect();
        assert_eq!(kinds, ["watched_word", "spam_domain", "link_density", "repeated"]);
        assert_eq!(
            HoldReason::LinkDensity { links: 2, words: 1 }.message(),
            "Link density: 2 links in 1 word"
        );
    }
}
