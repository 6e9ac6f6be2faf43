//! Markdown → safe HTML, rendered on the server.
//!
//! Pipeline: `pulldown-cmark` parses the Markdown (CommonMark + tables, strikethrough, task lists), the event
//! stream is decorated (bare URL autolinks, `@mentions`, unsafe link/image removal, sanitized code languages,
//! task markers as text, demoted headings), rendered with `pulldown_cmark::html`, and the result always goes
//! through an `ammonia` allow-list sanitizer. Raw HTML in the Markdown is therefore allowed only as far as the
//! sanitizer lets it through: `<b>bold</b>` survives, `<script>` (and its text) never does.
//!
//! Choices worth knowing when styling the output:
//! - Headings are demoted by two levels (`#` → `<h3>`, `##` → `<h4>`, `###` → `<h5>`, deeper → `<h6>`): the page
//!   owns `<h1>`/`<h2>`. Raw `<h1>`/`<h2>` are not allowed at all (their text is kept).
//! - Task list items are rendered as text markers `☐ ` / `☑ ` (no `<input>` elements).
//! - Table column alignment is dropped (no `style` attribute is ever emitted).
//! - Images are kept only with an `http(s)` source; otherwise only their alt text is rendered.
//! - Every `<a>` gets `rel="nofollow ugc noopener"`; allowed URL schemes are http, https, mailto, plus relative
//!   URLs such as `/q/12`.
//! - Classes: only `language-*` on `<code>` and `mention` on `<a>`.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use ammonia::{Builder, UrlRelative};
use pulldown_cmark::{
    html, Alignment, CodeBlockKind, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd,
    TextMergeStream,
};

/// The `rel` every link gets.
const LINK_REL: &str = "nofollow ugc noopener";

/// Tags allowed in post bodies.
const BLOCK_TAGS: &[&str] = &[
    "a",
    "b",
    "blockquote",
    "br",
    "code",
    "del",
    "details",
    "em",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "kbd",
    "li",
    "ol",
    "p",
    "pre",
    "s",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Tags allowed in comments (inline only).
const INLINE_TAGS: &[&str] = &["a", "b", "br", "code", "del", "em", "i", "kbd", "s", "strong", "sub", "sup"];

/// Tags removed together with their content (their text must never show up).
const CLEAN_CONTENT_TAGS: &[&str] = &[
    "embed", "iframe", "math", "noembed", "noframes", "noscript", "object", "script", "select", "style",
    "svg", "template", "textarea", "title", "xmp",
];

static BLOCK_SANITIZER: LazyLock<Builder<'static>> = LazyLock::new(|| sanitizer(BLOCK_TAGS));
static INLINE_SANITIZER: LazyLock<Builder<'static>> = LazyLock::new(|| sanitizer(INLINE_TAGS));

fn sanitizer(tags: &'static [&'static str]) -> Builder<'static> {
    let attributes: HashMap<&'static str, HashSet<&'static str>> = [
        ("a", ["href", "title", "class"].into_iter().collect()),
        ("img", ["src", "alt", "title"].into_iter().collect()),
        ("code", ["class"].into_iter().collect()),
        ("ol", ["start"].into_iter().collect()),
    ]
    .into_iter()
    .filter(|(tag, _)| tags.contains(tag))
    .collect();
    let mut builder = Builder::default();
    builder
        .tags(tags.iter().copied().collect())
        .clean_content_tags(CLEAN_CONTENT_TAGS.iter().copied().collect())
        .tag_attributes(attributes)
        .tag_attribute_values(HashMap::new())
        .set_tag_attribute_values(HashMap::new())
        .generic_attributes(HashSet::new())
        .allowed_classes(HashMap::new())
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .url_relative(UrlRelative::PassThrough)
        .link_rel(Some(LINK_REL))
        .strip_comments(true)
        .id_prefix(None)
        .attribute_filter(filter_attribute);
    builder
}

/// Second line of defence after ammonia's own checks (values arrive entity-decoded).
fn filter_attribute<'u>(element: &str, attribute: &str, value: &'u str) -> Option<Cow<'u, str>> {
    match (element, attribute) {
        ("a", "href") => is_safe_href(value).then_some(Cow::Borrowed(value)),
        ("img", "src") => is_http_url(value).then_some(Cow::Borrowed(value)),
        ("a", "class") => keep_classes(value, |class| class == "mention"),
        ("code", "class") => keep_classes(value, is_language_class),
        _ => Some(Cow::Borrowed(value)),
    }
}

fn keep_classes<'u>(value: &'u str, allowed: impl Fn(&str) -> bool) -> Option<Cow<'u, str>> {
    let kept: Vec<&str> = value.split_whitespace().filter(|class| allowed(class)).collect();
    if kept.is_empty() {
        None
    } else {
        Some(Cow::Owned(kept.join(" ")))
    }
}

fn is_language_class(class: &str) -> bool {
    class.strip_prefix("language-").is_some_and(|lang| !lang.is_empty() && lang.chars().all(is_language_char))
}

fn is_language_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '+' | '-')
}

/// The URL as a browser sees its scheme: without whitespace and control characters, lowercased.
fn normalized_url(url: &str) -> String {
    url.chars().filter(|c| !c.is_whitespace() && !c.is_control()).flat_map(char::to_lowercase).collect()
}

/// Relative URLs and http, https, mailto.
fn is_safe_href(url: &str) -> bool {
    let url = normalized_url(url);
    match url.find([':', '/', '?', '#']) {
        Some(i) if url[i..].starts_with(':') => matches!(&url[..i], "http" | "https" | "mailto"),
        _ => true,
    }
}

/// Absolute http(s) URLs only (image sources).
fn is_http_url(url: &str) -> bool {
    let url = normalized_url(url);
    url.starts_with("http://") || url.starts_with("https://")
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Block,
    Inline,
}

/// Full post bodies (questions, answers): CommonMark + tables, fenced code, strikethrough, autolinks, task lists.
pub fn render_block(md: &str) -> String {
    let (events, _) = decorate(md, Mode::Block);
    let mut raw = String::with_capacity(md.len() + md.len() / 2);
    html::push_html(&mut raw, events.into_iter());
    BLOCK_SANITIZER.clean(&raw).to_string()
}

/// Comments: inline Markdown only (emphasis, strong, code, links, strikethrough, autolinks). Block constructs
/// (headings, lists, block quotes, code blocks, tables, html blocks, images) must not produce block HTML:
/// render their text inline. Paragraph breaks become <br>; the result has no wrapping <p>.
///
/// List items get a `• ` (or `N. `) prefix, table cells are separated by spaces, code blocks become
/// `<code>` with `<br>` between lines, images render their alt text. Whatever raw HTML remains goes through an
/// inline-only sanitizer, so no block element can appear in the output.
pub fn render_inline(md: &str) -> String {
    let (events, _) = decorate(md, Mode::Inline);
    let events = flatten(events);
    let mut raw = String::with_capacity(md.len() + md.len() / 2);
    html::push_html(&mut raw, events.into_iter());
    INLINE_SANITIZER.clean(&raw).to_string()
}

/// Usernames mentioned as @name (lowercased, deduplicated, in order of first appearance), ignoring mentions inside
/// inline code, code blocks and links, and email addresses like a@b.com. Username chars: [a-z0-9_-], 3..=32,
/// case-insensitive.
///
/// These are exactly the mentions [`render_block`] turns into links.
pub fn mentions(md: &str) -> Vec<String> {
    decorate(md, Mode::Block).1
}

/// Plain text of the rendered Markdown (no tags, entities decoded, whitespace collapsed), cut at a word boundary
/// to at most `max_chars` characters (counting chars, not bytes) with "…" appended when cut. For meta descriptions,
/// list excerpts and feeds.
///
/// The "…" counts toward `max_chars`. A single word longer than the budget is cut inside the word.
/// Plain text of already rendered, sanitized HTML (structured data, feeds).
pub fn html_text(html: &str) -> String {
    collapse_whitespace(&decode_entities(&strip_tags(html)))
}

pub fn plain_excerpt(md: &str, max_chars: usize) -> String {
    let text = collapse_whitespace(&decode_entities(&strip_tags(&render_block(md))));
    truncate_words(&text, max_chars)
}

/// A shorter excerpt cut from a stored one (plain text already), without
/// rendering the Markdown again: pages read it on every view.
pub fn shorten_excerpt(excerpt: &str, max_chars: usize) -> String {
    let text = excerpt.trim_end_matches('…');
    if text.len() == excerpt.len() {
        return truncate_words(&collapse_whitespace(text), max_chars);
    }
    if text.chars().count() < max_chars {
        // Already cut shorter than asked: keep its ellipsis.
        return excerpt.to_owned();
    }
    // The text went on after the stored cut: the marker makes the cut fall
    // before it, so the result ends with an ellipsis too.
    truncate_words(&format!("{} …", collapse_whitespace(text)), max_chars)
}

// ---------------------------------------------------------------------------------------------------------------
// Event decoration
// ---------------------------------------------------------------------------------------------------------------

/// What happened to a `Start(Link)` / `Start(Image)`, so that the matching `End` is treated alike.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kept {
    Yes,
    No,
}

#[derive(Default)]
struct Decorator {
    /// Markdown links and images we are inside of (kept or not).
    links: Vec<Kept>,
    images: Vec<Kept>,
    code_block: bool,
    /// Raw inline HTML `<a>` and `<code>`/`<pre>` we are inside of (best effort).
    raw_links: usize,
    raw_code: usize,
    /// Open block quotes, lists, items, emphasis, strong and strikethrough, and whether each was kept.
    nesting: Vec<Kept>,
    kept_nesting: usize,
    mentions: Vec<String>,
    seen: HashSet<String>,
}

/// Deeper nesting of block quotes, lists and emphasis is flattened (the text stays): the HTML parser behind the
/// sanitizer is quadratic in nesting depth, and 30 000 chars of `> > > …` would otherwise cost seconds.
const MAX_NESTING: usize = 32;

fn decorate(md: &str, mode: Mode) -> (Vec<Event<'_>>, Vec<String>) {
    let mut decorator = Decorator::default();
    let mut out = Vec::new();
    for event in TextMergeStream::new(Parser::new_ext(md, options())) {
        decorator.event(event, mode, &mut out);
    }
    (out, decorator.mentions)
}

impl Decorator {
    fn event<'a>(&mut self, event: Event<'a>, mode: Mode, out: &mut Vec<Event<'a>>) {
        match event {
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                if is_safe_href(&dest_url) {
                    self.links.push(Kept::Yes);
                    out.push(Event::Start(Tag::Link { link_type, dest_url, title, id }));
                } else {
                    self.links.push(Kept::No);
                }
            }
            Event::End(TagEnd::Link) => {
                if self.links.pop() == Some(Kept::Yes) {
                    out.push(Event::End(TagEnd::Link));
                }
            }
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                if mode == Mode::Block && is_http_url(&dest_url) {
                    self.images.push(Kept::Yes);
                    out.push(Event::Start(Tag::Image { link_type, dest_url, title, id }));
                } else {
                    self.images.push(Kept::No);
                }
            }
            Event::End(TagEnd::Image) => {
                if self.images.pop() == Some(Kept::Yes) {
                    out.push(Event::End(TagEnd::Image));
                }
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                self.code_block = true;
                let kind = match kind {
                    CodeBlockKind::Fenced(info) => CodeBlockKind::Fenced(CowStr::from(code_language(&info))),
                    CodeBlockKind::Indented => CodeBlockKind::Indented,
                };
                out.push(Event::Start(Tag::CodeBlock(kind)));
            }
            Event::End(TagEnd::CodeBlock) => {
                self.code_block = false;
                out.push(Event::End(TagEnd::CodeBlock));
            }
            Event::Start(Tag::Heading { level, id, classes, attrs }) => {
                out.push(Event::Start(Tag::Heading { level: demote(level), id, classes, attrs }));
            }
            Event::End(TagEnd::Heading(level)) => out.push(Event::End(TagEnd::Heading(demote(level)))),
            Event::Start(Tag::Table(alignments)) => {
                out.push(Event::Start(Tag::Table(vec![Alignment::None; alignments.len()])));
            }
            Event::TaskListMarker(checked) => {
                out.push(Event::Text(CowStr::Borrowed(if checked { "☑ " } else { "☐ " })));
            }
            Event::InlineHtml(tag) => {
                self.track_raw_html(&tag);
                out.push(Event::InlineHtml(tag));
            }
            Event::Text(text) => {
                if self.code_block
                    || !self.links.is_empty()
                    || !self.images.is_empty()
                    || self.raw_links > 0
                    || self.raw_code > 0
                {
                    out.push(Event::Text(text));
                } else {
                    self.text(&text, out);
                }
            }
            Event::Start(
                tag @ (Tag::BlockQuote(_)
                | Tag::List(_)
                | Tag::Item
                | Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough),
            ) => {
                // An item goes with its list, so that a kept list never loses its items.
                let keep = if tag == Tag::Item {
                    self.nesting.last().is_none_or(|&parent| parent == Kept::Yes)
                } else {
                    self.kept_nesting < MAX_NESTING
                };
                if keep {
                    self.nesting.push(Kept::Yes);
                    self.kept_nesting += 1;
                    out.push(Event::Start(tag));
                } else {
                    self.nesting.push(Kept::No);
                }
            }
            Event::End(
                end @ (TagEnd::BlockQuote(_)
                | TagEnd::List(_)
                | TagEnd::Item
                | TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough),
            ) => {
                if self.nesting.pop() == Some(Kept::Yes) {
                    self.kept_nesting = self.kept_nesting.saturating_sub(1);
                    out.push(Event::End(end));
                }
            }
            other => out.push(other),
        }
    }

    fn track_raw_html(&mut self, tag: &str) {
        let tag = tag.trim().to_ascii_lowercase();
        let opens = |name: &str| {
            tag.strip_prefix('<').and_then(|t| t.strip_prefix(name)).is_some_and(|rest| {
                rest.starts_with(|c: char| c.is_whitespace() || c == '>') && !rest.trim_end().ends_with("/>")
            })
        };
        let closes = |name: &str| {
            tag.strip_prefix("</")
                .and_then(|t| t.strip_prefix(name))
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_whitespace() || c == '>'))
        };
        if opens("a") {
            self.raw_links += 1;
        } else if closes("a") {
            self.raw_links = self.raw_links.saturating_sub(1);
        } else if opens("code") || opens("pre") {
            self.raw_code += 1;
        } else if closes("code") || closes("pre") {
            self.raw_code = self.raw_code.saturating_sub(1);
        }
    }

    /// Plain text outside links and code: bare URLs become links, `@name` becomes a mention link.
    fn text<'a>(&mut self, text: &str, out: &mut Vec<Event<'a>>) {
        let mut rest = text;
        while let Some((start, end)) = find_url(rest) {
            self.mentions_in(&rest[..start], out);
            let url = &rest[start..end];
            out.push(Event::Start(Tag::Link {
                link_type: LinkType::Inline,
                dest_url: CowStr::from(url.to_owned()),
                title: CowStr::Borrowed(""),
                id: CowStr::Borrowed(""),
            }));
            out.push(Event::Text(CowStr::from(url.to_owned())));
            out.push(Event::End(TagEnd::Link));
            rest = &rest[end..];
        }
        self.mentions_in(rest, out);
    }

    fn mentions_in<'a>(&mut self, text: &str, out: &mut Vec<Event<'a>>) {
        let mut plain_from = 0;
        for (start, end) in find_mentions(text) {
            if plain_from < start {
                out.push(Event::Text(CowStr::from(text[plain_from..start].to_owned())));
            }
            // `start` is the '@', the name is ASCII [A-Za-z0-9_-]: nothing to escape.
            let written = &text[start + 1..end];
            let name = written.to_ascii_lowercase();
            out.push(Event::InlineHtml(CowStr::from(format!(
                "<a href=\"/u/{name}\" class=\"mention\">@{written}</a>"
            ))));
            if self.seen.insert(name.clone()) {
                self.mentions.push(name);
            }
            plain_from = end;
        }
        if plain_from < text.len() {
            out.push(Event::Text(CowStr::from(text[plain_from..].to_owned())));
        }
    }
}

fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H3,
        HeadingLevel::H2 => HeadingLevel::H4,
        HeadingLevel::H3 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// First word of a fenced code block's info string, reduced to [A-Za-z0-9_+-] (at most 32 chars).
fn code_language(info: &str) -> String {
    info.split(|c: char| c.is_whitespace() || c == ',' || c == '{')
        .next()
        .unwrap_or("")
        .chars()
        .filter(|&c| is_language_char(c))
        .take(32)
        .collect()
}

fn is_username_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

/// Byte ranges `@name` of the mentions in `text`.
///
/// Not a mention: `@` preceded by a letter, digit or one of `._+-@/` (emails, paths), a name outside 3..=32
/// chars, a name followed by `@`, a non-ASCII letter or `.` + alphanumeric (`@host.example`).
fn find_mentions(text: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let boundary =
            prev.is_none_or(|p| !(p.is_alphanumeric() || matches!(p, '.' | '_' | '+' | '-' | '@' | '/')));
        prev = Some(c);
        if c != '@' || !boundary {
            continue;
        }
        let name_start = i + 1;
        let name_end =
            text[name_start..].find(|c: char| !is_username_char(c)).map_or(text.len(), |n| name_start + n);
        let len = name_end - name_start;
        let after = &text[name_end..];
        let mut after_chars = after.chars();
        let valid_end = match after_chars.next() {
            None => true,
            Some('@') => false,
            Some('.') => !after_chars.next().is_some_and(char::is_alphanumeric),
            Some(c) => !c.is_alphanumeric(),
        };
        if (3..=32).contains(&len) && valid_end {
            found.push((i, name_end));
        }
        // Skip the name so that `@a@b` style sequences are not rescanned from the middle.
        while chars.peek().is_some_and(|&(j, _)| j < name_end) {
            if let Some((_, c)) = chars.next() {
                prev = Some(c);
            }
        }
    }
    found
}

/// Byte range of the first bare `http://` / `https://` URL in `text`, trailing punctuation excluded.
fn find_url(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let after_boundary = prev.is_none_or(|p| !p.is_alphanumeric());
        prev = Some(c);
        if !after_boundary || !(c == 'h' || c == 'H') {
            continue;
        }
        let scheme_len = if starts_with_ignore_case(&bytes[i..], b"https://") {
            8
        } else if starts_with_ignore_case(&bytes[i..], b"http://") {
            7
        } else {
            continue;
        };
        let body_start = i + scheme_len;
        // A URL starts with a letter or digit after the scheme. Checked before
        // scanning to the URL's end, so a run of failed candidates
        // (`http://(http://(…`) costs one character each, not the rest of the text.
        if !text[body_start..].chars().next().is_some_and(char::is_alphanumeric) {
            continue;
        }
        let body_len = text[body_start..]
            .find(|c: char| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"'))
            .unwrap_or(text.len() - body_start);
        let body = trim_url_end(&text[body_start..body_start + body_len]);
        if body.chars().next().is_some_and(char::is_alphanumeric) {
            return Some((i, body_start + body.len()));
        }
    }
    None
}

fn starts_with_ignore_case(haystack: &[u8], prefix: &[u8]) -> bool {
    haystack.len() >= prefix.len() && haystack[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// GFM-style: drop trailing punctuation, and a trailing `)` / `]` without its opening partner.
///
/// The brackets are counted once and kept in step as characters are dropped:
/// recounting them for every trailing `)` made a run of them quadratic, and
/// `find_url` doing that per URL made a 30 KB body cost minutes.
fn trim_url_end(url: &str) -> &str {
    let count = |c: char| url.bytes().filter(|&b| b == c as u8).count();
    let (open_paren, mut close_paren) = (count('('), count(')'));
    let (open_bracket, mut close_bracket) = (count('['), count(']'));
    let mut url = url;
    loop {
        let Some(last) = url.chars().next_back() else { return url };
        let drop = match last {
            '.' | ',' | ':' | ';' | '!' | '?' | '\'' | '*' | '_' | '~' | '…' => true,
            ')' if close_paren > open_paren => {
                close_paren -= 1;
                true
            }
            ']' if close_bracket > open_bracket => {
                close_bracket -= 1;
                true
            }
            _ => false,
        };
        if !drop {
            return url;
        }
        url = &url[..url.len() - last.len_utf8()];
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Inline flattening (comments)
// ---------------------------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Separator {
    None,
    Space,
    Break,
}

struct Flattener<'a> {
    out: Vec<Event<'a>>,
    pending: Separator,
    started: bool,
    /// Next number of each open list (`None`: bullet list).
    lists: Vec<Option<u64>>,
    code_block: bool,
}

impl<'a> Flattener<'a> {
    fn want(&mut self, separator: Separator) {
        if self.started {
            self.pending = self.pending.max(separator);
        }
    }

    /// Emits an inline event, preceded by the pending separator.
    fn emit(&mut self, event: Event<'a>) {
        match std::mem::replace(&mut self.pending, Separator::None) {
            Separator::Break => self.out.push(Event::InlineHtml(CowStr::Borrowed("<br>"))),
            Separator::Space => self.out.push(Event::Text(CowStr::Borrowed(" "))),
            Separator::None => {}
        }
        self.started = true;
        self.out.push(event);
    }

    fn event(&mut self, event: Event<'a>) {
        match event {
            Event::Start(Tag::List(first)) => {
                self.lists.push(first);
                self.want(Separator::Break);
            }
            Event::End(TagEnd::List(_)) => {
                self.lists.pop();
                self.want(Separator::Break);
            }
            Event::Start(Tag::Item) => {
                self.want(Separator::Break);
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let marker = format!("{n}. ");
                        *n = n.saturating_add(1);
                        CowStr::from(marker)
                    }
                    _ => CowStr::Borrowed("• "),
                };
                self.emit(Event::Text(marker));
            }
            Event::Start(Tag::CodeBlock(_)) => {
                self.want(Separator::Break);
                self.code_block = true;
                self.emit(Event::InlineHtml(CowStr::Borrowed("<code>")));
            }
            Event::End(TagEnd::CodeBlock) => {
                self.code_block = false;
                self.out.push(Event::InlineHtml(CowStr::Borrowed("</code>")));
                self.want(Separator::Break);
            }
            Event::Text(text) if self.code_block => {
                let text = text.strip_suffix('\n').unwrap_or(&text);
                for (i, line) in text.split('\n').enumerate() {
                    if i > 0 {
                        self.emit(Event::InlineHtml(CowStr::Borrowed("<br>")));
                    }
                    if !line.is_empty() {
                        self.emit(Event::Text(CowStr::from(line.to_owned())));
                    }
                }
            }
            Event::End(TagEnd::TableCell) => self.want(Separator::Space),
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::BlockQuote(_)
                | Tag::HtmlBlock
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::FootnoteDefinition(_)
                | Tag::DefinitionList
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition
                | Tag::MetadataBlock(_)
                | Tag::Image { .. },
            ) => self.want(Separator::Break),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::HtmlBlock
                | TagEnd::Table
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::Item
                | TagEnd::FootnoteDefinition
                | TagEnd::DefinitionList
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition
                | TagEnd::MetadataBlock(_)
                | TagEnd::Image,
            ) => self.want(Separator::Break),
            Event::Rule => self.want(Separator::Break),
            Event::Html(html) | Event::DisplayMath(html) => self.emit(Event::InlineHtml(html)),
            Event::HardBreak => self.emit(Event::InlineHtml(CowStr::Borrowed("<br>"))),
            // Inline closing tags must not be preceded by a separator.
            Event::End(end) => self.out.push(Event::End(end)),
            other => self.emit(other),
        }
    }
}

fn flatten(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut flattener = Flattener {
        out: Vec::new(),
        pending: Separator::None,
        started: false,
        lists: Vec::new(),
        code_block: false,
    };
    for event in events {
        flattener.event(event);
    }
    flattener.out
}

// ---------------------------------------------------------------------------------------------------------------
// Plain text
// ---------------------------------------------------------------------------------------------------------------

/// Tags whose removal must not separate words.
const INLINE_TEXT_TAGS: &[&str] = &["a", "b", "code", "del", "em", "i", "kbd", "s", "strong", "sub", "sup"];

/// Text of sanitizer output (html5ever serialization: `<` in text is always escaped, attribute values are
/// double-quoted). Block-level tags become a space.
fn strip_tags(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let tag = &rest[open + 1..];
        let mut quoted = false;
        let mut close = tag.len();
        for (i, c) in tag.char_indices() {
            match c {
                '"' => quoted = !quoted,
                '>' if !quoted => {
                    close = i;
                    break;
                }
                _ => {}
            }
        }
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if !INLINE_TEXT_TAGS.contains(&name.as_str()) {
            text.push(' ');
        }
        rest = tag.get(close + 1..).unwrap_or("");
    }
    text.push_str(rest);
    text
}

fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let decoded = after.find(';').filter(|&end| end <= 10).and_then(|end| {
            let entity = &after[..end];
            let c = match entity {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => entity
                    .strip_prefix("#x")
                    .or_else(|| entity.strip_prefix("#X"))
                    .map(|hex| u32::from_str_radix(hex, 16))
                    .or_else(|| entity.strip_prefix('#').map(str::parse::<u32>))
                    .and_then(Result::ok)
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` has its whitespace collapsed to single spaces.
fn truncate_words(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let Some(budget) = max_chars.checked_sub(1) else { return String::new() };
    let cut = text.char_indices().nth(budget).map_or(text.len(), |(i, _)| i);
    let head = &text[..cut];
    let head = if text[cut..].starts_with(' ') {
        head
    } else {
        match head.rfind(' ') {
            Some(space) if space > 0 => &head[..space],
            _ => head,
        }
    };
    let head =
        head.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—'));
    format!("{head}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Start tags of sanitizer output as (name, [(attribute, decoded value)]). The serializer always
    /// double-quotes attribute values and escapes `<` in text, so this small scanner is exact for it.
    fn start_tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
        let mut tags = Vec::new();
        let mut rest = html;
        while let Some(i) = rest.find('<') {
            rest = &rest[i + 1..];
            if rest.starts_with('/') {
                rest = &rest[rest.find('>').unwrap() + 1..];
                continue;
            }
            let name_len = rest.find(|c: char| !c.is_ascii_alphanumeric()).unwrap();
            let name = rest[..name_len].to_string();
            rest = &rest[name_len..];
            let mut attrs = Vec::new();
            loop {
                rest = rest.trim_start();
                if let Some(r) = rest.strip_prefix('>') {
                    rest = r;
                    break;
                }
                let attr_len = rest.find(|c: char| c == '=' || c == '>' || c.is_whitespace()).unwrap();
                let attr = rest[..attr_len].to_string();
                rest = &rest[attr_len..];
                let mut value = String::new();
                if let Some(r) = rest.strip_prefix("=\"") {
                    let end = r.find('"').unwrap();
                    value = decode_entities(&r[..end]);
                    rest = &r[end + 1..];
                }
                attrs.push((attr, value));
            }
            tags.push((name, attrs));
        }
        tags
    }

    /// Allow-list check of the output: only known tags, attributes, URLs and classes.
    fn assert_safe(html: &str, allowed_tags: &[&str]) {
        for (tag, attrs) in start_tags(html) {
            assert!(allowed_tags.contains(&tag.as_str()), "tag {tag} in {html:?}");
            for (attr, value) in attrs {
                match (tag.as_str(), attr.as_str()) {
                    ("a", "href") => assert!(is_safe_href(&value), "href {value:?} in {html:?}"),
                    ("a", "rel") => assert_eq!(value, LINK_REL),
                    ("a", "class") => assert_eq!(value, "mention", "{html:?}"),
                    ("a" | "img", "title") | ("img", "alt") | ("ol", "start") => {}
                    ("img", "src") => assert!(is_http_url(&value), "src {value:?} in {html:?}"),
                    ("code", "class") => assert!(is_language_class(&value), "class {value:?} in {html:?}"),
                    _ => panic!("attribute {attr}={value:?} on {tag} in {html:?}"),
                }
            }
        }
    }

    const HOSTILE: &[&str] = &[
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](java\tscript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "<img src=x onerror=alert(1)>",
        "<img src=\"javascript:alert(1)\">",
        "<img src=\"data:image/svg+xml;base64,AAAA\">",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<div style=\"position:fixed\">x</div>",
        "<style>body{display:none}</style>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg onload=alert(1)><circle r=1 /></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<form action=\"https://evil.example\"><input name=x><button>go</button></form>",
        "<b><i>x</b>",
        "<a onclick=\"alert(1)\" href=\"/ok\">x</a>",
        "<p class=\"evil\">x</p>",
        "<a href=\"/x\" title='\"><script>alert(1)</script>'>x</a>",
        "<a href=\"/x\"\" onmouseover=\"alert(1)\">x</a>",
        "[x](/ok \"title\\\" onmouseover=\\\"alert(1)\")",
        "![x](javascript:alert(1))",
        "![x](data:image/png;base64,AAAA)",
        "<javascript:alert(1)>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<!--<img src=x onerror=alert(1)>-->",
        "<code class=\"language-x evil\" onclick=x>a</code>",
        "<a class=\"mention evil\" href=\"/u/x\">x</a>",
        "`<script>alert(1)</script>`",
        "```\n<script>alert(1)</script>\n```",
        "```js\" onclick=\"alert(1)\n1\n```",
        "<details open ontoggle=alert(1)><summary>s</summary>x</details>",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "https://example.com/\"onmouseover=\"alert(1)",
        "@bob\"><script>alert(1)</script>",
    ];

    #[test]
    fn hostile_input_is_neutralized_in_both_renderers() {
        for input in HOSTILE {
            assert_safe(&render_block(input), BLOCK_TAGS);
            assert_safe(&render_inline(input), INLINE_TAGS);
            // Also when embedded in a paragraph, in a list and in a table.
            assert_safe(&render_block(&format!("text {input} text")), BLOCK_TAGS);
            assert_safe(&render_block(&format!("- {input}")), BLOCK_TAGS);
            assert_safe(&render_block(&format!("| a |\n|---|\n| {input} |")), BLOCK_TAGS);
            assert_safe(&render_inline(&format!("> {input}")), INLINE_TAGS);
        }
    }

    #[test]
    fn script_and_style_content_disappears() {
        let html =
            render_block("before\n\n<script>alert(1)</script>\n\n<style>body{color:red}</style>\n\nafter");
        assert!(!html.contains("alert"), "{html}");
        assert!(!html.contains("color"), "{html}");
        assert!(html.contains("before") && html.contains("after"), "{html}");
        let html = render_block("inline <script>alert(1)</script> script");
        assert!(!html.contains("alert"), "{html}");
        let html = render_inline("x <style>p{}</style><script>alert(2)</script> y");
        assert!(!html.contains("alert") && !html.contains("p{}"), "{html}");
    }

    #[test]
    fn javascript_links_lose_their_href() {
        for input in
            ["[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](java&#x09;script:alert(1))"]
        {
            let html = render_block(input);
            assert_eq!(html, "<p>x</p>\n", "{input}");
        }
        let html = render_block("<javascript:alert(1)>");
        assert!(!html.contains("href"), "{html}");
        let html = render_block("![pic](javascript:alert(1))");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("pic"), "{html}");
    }

    #[test]
    fn raw_html_is_filtered_not_escaped() {
        assert_eq!(render_block("<b>bold</b>"), "<p><b>bold</b></p>\n");
        let html = render_block("<img src=x onerror=alert(1)>");
        assert!(!html.contains("onerror") && !html.contains("src"), "{html}");
        let html = render_block("<img src=\"https://example.com/a.png\" onerror=alert(1)>");
        assert!(html.contains("<img src=\"https://example.com/a.png\">"), "{html}");
        let html = render_block("<b><i>x</b>");
        assert!(html.contains("<b><i>x</i></b>"), "{html}");
        let html = render_block("<p class=\"evil\">x</p>");
        assert!(html.contains("<p>x</p>"), "{html}");
        let html = render_block("<a onclick=\"alert(1)\" href=\"/ok\">x</a>");
        assert_eq!(html, "<p><a href=\"/ok\" rel=\"nofollow ugc noopener\">x</a></p>\n");
        let html = render_block("<div style=\"position:fixed\">x</div>");
        assert_eq!(html.trim(), "x");
        let html = render_block("<h1>Title</h1>");
        assert_eq!(html.trim(), "Title");
    }

    #[test]
    fn tables() {
        let html = render_block("| a | b |\n|:--|--:|\n| 1 | 2 |\n");
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("<thead><tr><th>a</th><th>b</th></tr></thead>"), "{html}");
        assert!(html.contains("<tbody>\n<tr><td>1</td><td>2</td></tr>\n</tbody>"), "{html}");
        assert!(!html.contains("style"), "{html}");
    }

    #[test]
    fn fenced_code_keeps_a_sanitized_language_class() {
        let html = render_block("```rust\nfn main() {}\n```");
        assert_eq!(html, "<pre><code class=\"language-rust\">fn main() {}\n</code></pre>\n");
        let html = render_block("```c++ extra words\nint x;\n```");
        assert!(html.contains("class=\"language-c++\""), "{html}");
        let html = render_block("```\"><script>x</script>\nint x;\n```");
        assert!(html.contains("class=\"language-scriptxscript\""), "{html}");
        let html = render_block("```\nplain\n```");
        assert_eq!(html, "<pre><code>plain\n</code></pre>\n");
        let html = render_block("```rust\n<b>not bold</b> https://example.com @alice\n```");
        assert!(html.contains("&lt;b&gt;not bold&lt;/b&gt; https://example.com @alice"), "{html}");
    }

    #[test]
    fn strikethrough_task_lists_and_headings() {
        assert_eq!(render_block("~~old~~ new"), "<p><del>old</del> new</p>\n");
        let html = render_block("- [ ] todo\n- [x] done\n");
        assert!(html.contains("<li>☐ todo</li>") && html.contains("<li>☑ done</li>"), "{html}");
        assert!(!html.contains("<input"), "{html}");
        assert_eq!(render_block("# One"), "<h3>One</h3>\n");
        assert_eq!(render_block("## Two"), "<h4>Two</h4>\n");
        assert_eq!(render_block("### Three"), "<h5>Three</h5>\n");
        assert_eq!(render_block("###### Six"), "<h6>Six</h6>\n");
    }

    #[test]
    fn links_get_rel_and_relative_urls_survive() {
        assert_eq!(
            render_block("[q](/q/12)"),
            "<p><a href=\"/q/12\" rel=\"nofollow ugc noopener\">q</a></p>\n"
        );
        assert_eq!(
            render_block("[doc](https://example.com \"Doc\")"),
            "<p><a href=\"https://example.com\" title=\"Doc\" rel=\"nofollow ugc noopener\">doc</a></p>\n"
        );
        assert_eq!(
            render_block("<a@b.com>"),
            "<p><a href=\"mailto:a@b.com\" rel=\"nofollow ugc noopener\">a@b.com</a></p>\n"
        );
        let html = render_block("![logo](https://example.com/logo.png \"Logo\")");
        assert_eq!(html, "<p><img src=\"https://example.com/logo.png\" alt=\"logo\" title=\"Logo\"></p>\n");
        let html = render_block("![rel](/img/a.png)");
        assert_eq!(html, "<p>rel</p>\n");
    }

    #[test]
    fn autolinks() {
        assert_eq!(
            render_block("<https://example.com/a?b=1&c=2>"),
            "<p><a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"nofollow ugc noopener\">\
             https://example.com/a?b=1&amp;c=2</a></p>\n"
        );
        assert_eq!(
            render_block("See https://example.com/x."),
            "<p>See <a href=\"https://example.com/x\" rel=\"nofollow ugc noopener\">https://example.com/x</a>.</p>\n"
        );
        let html = render_block("(see http://example.com/a_(b)), then HTTPS://EXAMPLE.COM, ok");
        assert!(html.contains("href=\"http://example.com/a_(b)\""), "{html}");
        assert!(html.contains(">http://example.com/a_(b)</a>),"), "{html}");
        assert!(html.contains("href=\"HTTPS://EXAMPLE.COM\""), "{html}");
        assert!(html.contains("EXAMPLE.COM</a>, ok"), "{html}");
        // Not inside existing links or code, not glued to a word, not a bare scheme.
        let html = render_block(
            "[https://a.example](https://b.example) `https://c.example` xhttps://d.example https://",
        );
        assert_eq!(html.matches("<a ").count(), 1, "{html}");
        assert!(!html.contains("d.example\""), "{html}");
        let html = render_block("https://ru.wikipedia.org/wiki/Москва");
        assert!(html.contains("href=\"https://ru.wikipedia.org/wiki/%D0%9C"), "{html}");
        assert_eq!(render_inline("go to https://example.com!").matches("<a ").count(), 1);
    }

    #[test]
    fn mention_links() {
        assert_eq!(
            render_block("Hi @Alice_B, see this."),
            "<p>Hi <a href=\"/u/alice_b\" class=\"mention\" rel=\"nofollow ugc noopener\">@Alice_B</a>, see this.</p>\n"
        );
        let html = render_block(
            "`@alice` a@b.com me@example.org [@alice](/x) @al @toolongtoolongtoolongtoolongtoolong",
        );
        assert!(!html.contains("mention"), "{html}");
        let html = render_block("```\n@alice\n```\n\n    @alice\n");
        assert!(!html.contains("mention"), "{html}");
        let html = render_block("<a href=\"/x\">@alice</a> https://example.com/@alice");
        assert!(!html.contains("mention"), "{html}");
        let html = render_inline("**@bob** and @carol-d.");
        assert!(html.contains("<strong><a href=\"/u/bob\" class=\"mention\""), "{html}");
        assert!(html.contains("href=\"/u/carol-d\""), "{html}");
    }

    #[test]
    fn mentions_are_lowercased_deduplicated_ordered() {
        assert_eq!(
            mentions("@Bob hi @alice, @BOB again; cc (@carol_1) and @dave."),
            vec!["bob", "alice", "carol_1", "dave"]
        );
        assert_eq!(mentions("mail a@b.com or bob@example.org or @host.example"), Vec::<String>::new());
        assert_eq!(
            mentions("`@code`\n\n```\n@block\n```\n\n[@link](/u/x) <https://x.example/@url>"),
            Vec::<String>::new()
        );
        assert_eq!(
            mentions("@ab @abc @abcdefghijabcdefghijabcdefghijab @abcdefghijabcdefghijabcdefghijabc"),
            vec!["abc", "abcdefghijabcdefghijabcdefghijab"]
        );
        assert_eq!(mentions("@bob@mastodon.example @élise @chloé"), Vec::<String>::new());
        assert_eq!(mentions("# Thanks @Eve\n\n- @frank\n\n> @grace"), vec!["eve", "frank", "grace"]);
        assert_eq!(mentions(""), Vec::<String>::new());
    }

    #[test]
    fn render_inline_never_emits_block_html() {
        let md = "# Title\n\npara *one*\n\n- item 1\n- item 2\n\n1. first\n2. second\n\n> quote\n\n```rust\nlet x = 1;\nlet y = 2;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![img](https://example.com/i.png)\n\n<div><p>raw</p><h1>h</h1><ul><li>l</li></ul><pre>p</pre><table><tr><td>t</td></tr></table><img src=\"https://example.com/x.png\"></div>\n\n---\n\nend";
        let html = render_inline(md);
        for tag in
            ["<p", "<h", "<ul", "<ol", "<li", "<pre", "<table", "<tr", "<td", "<img", "<blockquote", "<div"]
        {
            assert!(!html.contains(tag), "{tag} in {html}");
        }
        for text in
            ["Title", "<em>one</em>", "• item 1", "1. first", "2. second", "quote", "raw", "img", "end"]
        {
            assert!(html.contains(text), "{text} missing in {html}");
        }
        assert!(html.contains("<code>let x = 1;<br>let y = 2;</code>"), "{html}");
        assert!(!html.starts_with("<br>") && !html.ends_with("<br>"), "{html}");
    }

    #[test]
    fn render_inline_formats_inline_markdown() {
        assert_eq!(render_inline("Hello *world*"), "Hello <em>world</em>");
        assert_eq!(render_inline("one\n\ntwo"), "one<br>two");
        assert_eq!(render_inline("soft\nbreak"), "soft\nbreak");
        assert_eq!(
            render_inline("**b** `c` ~~d~~ [e](/f)"),
            "<strong>b</strong> <code>c</code> <del>d</del> <a href=\"/f\" rel=\"nofollow ugc noopener\">e</a>"
        );
        assert_eq!(render_inline("<b>x</b> <p>y</p>"), "<b>x</b> y");
        assert_eq!(render_inline("![alt text](https://example.com/a.png)"), "alt text");
    }

    #[test]
    fn empty_input() {
        assert_eq!(render_block(""), "");
        assert_eq!(render_inline(""), "");
        assert_eq!(plain_excerpt("", 10), "");
        assert_eq!(render_block("   \n\n  "), "");
        assert_eq!(render_inline("\n\n"), "");
    }

    #[test]
    fn plain_excerpt_strips_and_cuts_at_word_boundary() {
        assert_eq!(
            plain_excerpt("# Title\n\nSome *bold* text &amp; <b>more</b>.", 100),
            "Title Some bold text & more."
        );
        assert_eq!(plain_excerpt("a < b && c > d \"q\"", 100), "a < b && c > d \"q\"");
        assert_eq!(plain_excerpt("one two three four", 12), "one two…");
        assert_eq!(plain_excerpt("one two three four", 8), "one two…");
        assert_eq!(plain_excerpt("one two three four", 18), "one two three four");
        assert_eq!(plain_excerpt("one, two three", 7), "one…");
        assert_eq!(plain_excerpt("abcdefghij", 5), "abcd…");
        assert_eq!(plain_excerpt("abc def", 0), "");
        assert_eq!(plain_excerpt("abc def", 1), "…");
        assert_eq!(plain_excerpt("| a | b |\n|---|---|\n| 1 | 2 |", 100), "a b 1 2");
        assert_eq!(plain_excerpt("x <script>alert(1)</script> y", 100), "x y");
        assert_eq!(plain_excerpt("Hi @Bob, [see](https://e.example)", 100), "Hi @Bob, see");
        assert_eq!(plain_excerpt("a&nbsp;&nbsp;b", 100), "a b");
    }

    #[test]
    fn a_stored_excerpt_shortens_like_a_fresh_one() {
        let md = "Since the **update** my printer shows *offline* although it is on the network and prints a test page fine, every single morning.";
        let stored = plain_excerpt(md, 240);
        for max in [10, 40, 80, 160, 300] {
            assert_eq!(shorten_excerpt(&stored, max), plain_excerpt(md, max), "{max}");
        }
        assert_eq!(shorten_excerpt("cut here…", 160), "cut here…");
        let long = "Every morning the printer in our office shows offline. ".repeat(12);
        let stored = plain_excerpt(&long, 240);
        for max in [10, 40, 80, 160] {
            let short = shorten_excerpt(&stored, max);
            assert_eq!(short, plain_excerpt(&long, max), "{max}");
            assert!(short.chars().count() <= max && short.ends_with('…'));
        }
    }

    #[test]
    fn plain_excerpt_counts_chars_not_bytes() {
        let ru = "Привет мир, как дела сегодня";
        assert_eq!(plain_excerpt(ru, 100), ru);
        assert_eq!(plain_excerpt(ru, 15), "Привет мир…");
        let fr = "Élève à l'école très développée";
        assert_eq!(plain_excerpt(fr, 16), "Élève à l'école…");
        for max in 0..40 {
            let excerpt = plain_excerpt(ru, max);
            assert!(excerpt.chars().count() <= max, "{max}: {excerpt}");
            let excerpt = plain_excerpt("日本語のテキストはスペースがない", max);
            assert!(excerpt.chars().count() <= max, "{max}: {excerpt}");
        }
    }

    /// Bodies that once cost seconds to minutes (every trailing `)` recounted
    /// the brackets, for every `http://`). The bound is two orders of
    /// magnitude above what a linear renderer takes even in a debug build;
    /// `entraide bench-render` measures the real figures.
    #[test]
    fn autolink_scanning_stays_linear_on_hostile_bodies() {
        let bodies = [
            format!("http://a{}", ")".repeat(30_000)),
            "http://a) ".repeat(3_000),
            "http://(".repeat(4_000),
            format!("{}{}", "http://x".repeat(3_000), ")".repeat(6_000)),
            format!("https://e.example/{}", "]".repeat(30_000)),
        ];
        for body in &bodies {
            let started = std::time::Instant::now();
            let html = render_block(body);
            let took = started.elapsed();
            assert!(took < std::time::Duration::from_secs(2), "{} bytes took {took:?}", body.len());
            assert!(!html.is_empty());
        }
        // Trimming still keeps balanced brackets and drops unbalanced ones.
        assert_eq!(trim_url_end("e.example/a_(b))."), "e.example/a_(b)");
        assert_eq!(trim_url_end("e.example/[x]]]"), "e.example/[x]");
    }

    #[test]
    fn very_long_input_does_not_panic() {
        let mut md = String::new();
        while md.len() < 100_000 {
            md.push_str(
                "Some **text** with @mention_1 and https://example.com/x_(y) and `code` <b>x</b> é\n",
            );
            md.push_str("> quote [link](/q/1) ![i](https://e.example/i.png) - [ ] task | a | b |\n\n");
        }
        let html = render_block(&md);
        assert!(html.len() > 100_000);
        let inline = render_inline(&md);
        assert!(!inline.contains("<p>"));
        assert_eq!(mentions(&md), vec!["mention_1"]);
        assert!(plain_excerpt(&md, 200).chars().count() <= 200);
        let nested = "> ".repeat(5_000) + &"*".repeat(20_000) + &"[".repeat(20_000) + &"<b>".repeat(5_000);
        let _ = render_block(&nested);
        let _ = render_inline(&nested);
        let _ = plain_excerpt(&nested, 50);
    }

    #[test]
    fn deep_nesting_is_flattened() {
        let html = render_block(&"> ".repeat(100));
        assert_eq!(html.matches("<blockquote>").count(), MAX_NESTING);
        let html = render_block(&("1. ".repeat(100) + "x"));
        assert_eq!(html.matches("<ol>").count() + html.matches("<li>").count(), MAX_NESTING);
        assert!(html.contains('x'));
        let html = render_block(&("*".repeat(100) + "x" + &"*".repeat(100)));
        assert!(html.matches("<em>").count() + html.matches("<strong>").count() <= MAX_NESTING, "{html}");
        let html = render_block("> - *a* **b** ~~c~~\n>   > 1. d");
        assert_eq!(
            html,
            "<blockquote>\n<ul>\n<li><em>a</em> <strong>b</strong> <del>c</del>\n<blockquote>\n<ol>\n<li>d</li>\n\
             </ol>\n</blockquote>\n</li>\n</ul>\n</blockquote>\n"
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        for input in [
            "@",
            "@@@",
            "@-",
            "https://",
            "http://(",
            "<",
            "&",
            "&#xFFFFFFFF;",
            "&#0;",
            "\0",
            "\u{feff}@bob",
            "é@bob",
            "`",
            "```",
            "[]()",
            "![]()",
            "|",
            "- [ ]",
            "<a",
            "</a>",
            "<code>@bob</code> @carol",
        ] {
            let _ = render_block(input);
            let _ = render_inline(input);
            let _ = mentions(input);
            for max in 0..5 {
                let _ = plain_excerpt(input, max);
            }
        }
        assert_eq!(mentions("<code>@bob</code> @carol"), vec!["carol"]);
    }

    #[test]
    fn output_is_deterministic() {
        let md = "<a href=\"/x\" title=\"t\" class=\"mention evil\" onclick=\"y\">@a</a> <img alt=\"a\" title=\"t\" src=\"https://e.example/x.png\">";
        let first = render_block(md);
        for _ in 0..20 {
            assert_eq!(render_block(md), first);
        }
    }
}
