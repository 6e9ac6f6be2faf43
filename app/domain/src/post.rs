//! What a post is allowed to look like: kinds, titles, bodies, comments, tags
//! and the slug in a question's URL.

use serde::{Deserialize, Serialize};

use crate::error::{ErrorCode, FieldError};

pub const TITLE_MIN: usize = 15;
pub const TITLE_MAX: usize = 150;
pub const BODY_MIN: usize = 30;
pub const BODY_MAX: usize = 30_000;
pub const COMMENT_MAX: usize = 600;
pub const TAGS_MAX: usize = 5;
pub const TAG_MAX: usize = 30;
pub const REASON_MAX: usize = 300;

/// The kind of a post. Topics (question, discussion, and the kinds later
/// issues add) start a thread; answers reply to one. Stored as text so new
/// kinds need no schema change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostKind {
    /// What the ask form starts with.
    #[default]
    Question,
    Discussion,
    Answer,
}

impl PostKind {
    /// Kinds that start a thread and that a category may accept.
    pub const TOPICS: [PostKind; 2] = [PostKind::Question, PostKind::Discussion];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Question => "question",
            Self::Discussion => "discussion",
            Self::Answer => "answer",
        }
    }

    pub fn parse(s: &str) -> Result<Self, FieldError> {
        match s.trim() {
            "question" => Ok(Self::Question),
            "discussion" => Ok(Self::Discussion),
            "answer" => Ok(Self::Answer),
            _ => Err(FieldError::new("kind", ErrorCode::KindUnknown)),
        }
    }

    pub fn is_topic(self) -> bool {
        self != Self::Answer
    }
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Collapses runs of whitespace into one space and trims, so that a title
/// padded with spaces cannot pass the length rule.
pub fn normalize_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A validated question or discussion title.
pub fn parse_title(s: &str) -> Result<String, FieldError> {
    let t = normalize_line(s);
    match char_len(&t) {
        0 => Err(FieldError::new("title", ErrorCode::Required)),
        n if n < TITLE_MIN => Err(FieldError::new("title", ErrorCode::TitleTooShort)),
        n if n > TITLE_MAX => Err(FieldError::new("title", ErrorCode::TitleTooLong)),
        _ => Ok(t),
    }
}

/// A validated Markdown body (questions and answers). Line endings are
/// normalised; the text is otherwise kept exactly as written.
pub fn parse_body(s: &str, field: &str) -> Result<String, FieldError> {
    let body = s.replace("\r\n", "\n").trim_end().trim_start_matches(['\n', '\r']).to_owned();
    let visible = char_len(body.trim());
    match visible {
        0 => Err(FieldError::new(field, ErrorCode::Required)),
        n if n < BODY_MIN => Err(FieldError::new(field, ErrorCode::BodyTooShort)),
        _ if char_len(&body) > BODY_MAX => Err(FieldError::new(field, ErrorCode::BodyTooLong)),
        _ => Ok(body),
    }
}

/// A validated comment (inline Markdown, one short paragraph or two).
pub fn parse_comment(s: &str) -> Result<String, FieldError> {
    let body = s.replace("\r\n", "\n").trim().to_owned();
    match char_len(&body) {
        0 => Err(FieldError::new("comment", ErrorCode::Required)),
        n if n > COMMENT_MAX => Err(FieldError::new("comment", ErrorCode::CommentTooLong)),
        _ => Ok(body),
    }
}

/// An optional edit reason.
pub fn parse_reason(s: &str) -> Result<Option<String>, FieldError> {
    let r = normalize_line(s);
    if r.is_empty() {
        Ok(None)
    } else if char_len(&r) > REASON_MAX {
        Err(FieldError::new("reason", ErrorCode::ReasonTooLong))
    } else {
        Ok(Some(r))
    }
}

/// One tag name: lowercase letters (any script), digits and `- + # .`.
pub fn parse_tag(s: &str) -> Result<String, FieldError> {
    let t = s.trim().trim_start_matches('#').to_lowercase();
    let ok_chars = t.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '+' | '#' | '.'));
    if t.is_empty() || char_len(&t) > TAG_MAX || !ok_chars || t.starts_with(['.', '-']) {
        return Err(FieldError::new("tags", ErrorCode::TagInvalid));
    }
    Ok(t)
}

/// The key to look a tag up by, from a name in a link or a filter
/// (`/tags/{name}`, `?tag=`): trimmed and lowercased as tags are stored.
/// Every stored tag went through `parse_tag`, so a name of more than
/// `TAG_MAX` characters names none: it is refused here, as an error on
/// `field`, before it reaches a query or the search index.
pub fn tag_key(field: &str, s: &str) -> Result<String, FieldError> {
    let t = s.trim();
    // Counting stops past the limit: a megabyte of text costs no more than a tag.
    if t.chars().take(TAG_MAX + 1).count() > TAG_MAX {
        return Err(FieldError::new(field, ErrorCode::TagInvalid));
    }
    Ok(t.to_lowercase())
}

/// The tag field of the ask form: names separated by spaces or commas,
/// deduplicated in order, 1 to 5 of them.
pub fn parse_tags(s: &str) -> Result<Vec<String>, FieldError> {
    let mut tags: Vec<String> = Vec::new();
    for part in s.split(|c: char| c == ',' || c.is_whitespace()).filter(|p| !p.is_empty()) {
        let tag = parse_tag(part)?;
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    match tags.len() {
        0 => Err(FieldError::new("tags", ErrorCode::TagsRequired)),
        n if n > TAGS_MAX => Err(FieldError::new("tags", ErrorCode::TooManyTags)),
        _ => Ok(tags),
    }
}

/// The readable part of a question's URL: ASCII lowercase words joined by
/// hyphens, Latin accents folded and Cyrillic transliterated so that links
/// stay readable when shared; at most 80 characters, cut at a word.
pub fn slugify(title: &str) -> String {
    let mut out = String::new();
    let mut pending_dash = false;
    for c in title.chars().flat_map(char::to_lowercase) {
        let piece = fold_char(c);
        if piece.is_empty() {
            pending_dash = !out.is_empty();
            continue;
        }
        if pending_dash {
            out.push('-');
            pending_dash = false;
        }
        out.push_str(piece);
    }
    if out.len() > 80 {
        let cut = out[..80].rfind('-').unwrap_or(80);
        out.truncate(cut);
    }
    if out.is_empty() {
        "post".to_owned()
    } else {
        out
    }
}

fn fold_char(c: char) -> &'static str {
    const ASCII: [&str; 36] = [
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
        "u", "v", "w", "x", "y", "z", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
    ];
    match c {
        'a'..='z' => ASCII[(c as u8 - b'a') as usize],
        '0'..='9' => ASCII[26 + (c as u8 - b'0') as usize],
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
        'æ' => "ae",
        'ç' | 'č' | 'ć' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ñ' | 'ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => "o",
        'œ' => "oe",
        'ß' => "ss",
        'ś' | 'š' => "s",
        'ù' | 'ú' | 'û' | 'ü' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ž' | 'ź' | 'ż' => "z",
        'ł' => "l",
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' | 'ы' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ю' => "yu",
        'я' => "ya",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_trimmed_and_bounded() {
        assert_eq!(parse_title("  Sync   stuck at preparing  ").as_deref(), Ok("Sync stuck at preparing"));
        assert_eq!(parse_title("   ").unwrap_err().code, ErrorCode::Required);
        // Whitespace padding does not count towards the minimum.
        assert_eq!(parse_title("short     title").unwrap_err().code, ErrorCode::TitleTooShort);
        assert!(parse_title(&"é".repeat(150)).is_ok());
        assert_eq!(parse_title(&"é".repeat(151)).unwrap_err().code, ErrorCode::TitleTooLong);
    }

    #[test]
    fn bodies_count_characters_not_bytes() {
        assert!(parse_body(&"щ".repeat(30), "body").is_ok());
        assert_eq!(parse_body(&"щ".repeat(29), "body").unwrap_err().code, ErrorCode::BodyTooShort);
        assert_eq!(parse_body(&"x".repeat(30_001), "body").unwrap_err().code, ErrorCode::BodyTooLong);
        assert_eq!(
            parse_body("\n\n   \n", "answer").unwrap_err(),
            FieldError::new("answer", ErrorCode::Required)
        );
        let kept =
            parse_body("\r\n```\r\n  code\r\n```\r\nand enough words to pass the rule\r\n\r\n", "body");
        assert_eq!(kept.as_deref(), Ok("```\n  code\n```\nand enough words to pass the rule"));
    }

    #[test]
    fn comments_are_short() {
        assert!(parse_comment("Thanks!").is_ok());
        assert_eq!(parse_comment(" ").unwrap_err().code, ErrorCode::Required);
        assert_eq!(parse_comment(&"a".repeat(601)).unwrap_err().code, ErrorCode::CommentTooLong);
    }

    #[test]
    fn tags_are_parsed_deduplicated_and_limited() {
        assert_eq!(parse_tags("Windows, sync  windows").unwrap(), vec!["windows", "sync"]);
        assert_eq!(parse_tags("c++ .net").unwrap_err().code, ErrorCode::TagInvalid);
        assert_eq!(parse_tags("c++ c# node.js").unwrap(), vec!["c++", "c#", "node.js"]);
        assert_eq!(parse_tags("#sync").unwrap(), vec!["sync"]);
        assert_eq!(parse_tags(" , ").unwrap_err().code, ErrorCode::TagsRequired);
        assert_eq!(parse_tags("a b c d e f").unwrap_err().code, ErrorCode::TooManyTags);
        assert_eq!(parse_tags("<script>").unwrap_err().code, ErrorCode::TagInvalid);
        assert_eq!(parse_tag(&"x".repeat(31)).unwrap_err().code, ErrorCode::TagInvalid);
        assert_eq!(parse_tag("синхронизация").as_deref(), Ok("синхронизация"));
    }

    #[test]
    fn tag_lookups_refuse_names_longer_than_any_tag() {
        assert_eq!(tag_key("tag", " Sync "), Ok("sync".to_owned()));
        assert_eq!(tag_key("tag", &"é".repeat(TAG_MAX)).map(|t| t.chars().count()), Ok(TAG_MAX));
        for long in ["x".repeat(TAG_MAX + 1), "x".repeat(100_000)] {
            assert_eq!(tag_key("tag", &long), Err(FieldError::new("tag", ErrorCode::TagInvalid)));
        }
    }

    #[test]
    fn slugs_are_readable_ascii() {
        assert_eq!(
            slugify("Sync stuck at \"Preparing…\" on Windows 11!"),
            "sync-stuck-at-preparing-on-windows-11"
        );
        assert_eq!(slugify("Où sont passées mes photos ?"), "ou-sont-passees-mes-photos");
        assert_eq!(slugify("Синхронизация не работает"), "sinkhronizatsiya-ne-rabotaet");
        assert_eq!(slugify("同步问题"), "post");
        assert_eq!(slugify("---"), "post");
        let long = slugify(&"word ".repeat(40));
        assert!(long.len() <= 80 && !long.ends_with('-'), "{long}");
    }

    #[test]
    fn kinds_round_trip() {
        for k in [PostKind::Question, PostKind::Discussion, PostKind::Answer] {
            assert_eq!(PostKind::parse(k.as_str()), Ok(k));
        }
        assert!(PostKind::parse("poll").is_err());
        assert!(!PostKind::Answer.is_topic());
    }

    #[test]
    fn reasons_are_optional() {
        assert_eq!(parse_reason("  "), Ok(None));
        assert_eq!(parse_reason(" typo ").unwrap().as_deref(), Some("typo"));
        assert!(parse_reason(&"a".repeat(301)).is_err());
    }
}
