//! Differences between two revisions of a post, for the history view.
//!
//! [`diff_text`] is a line diff (patience algorithm) in the style of a unified diff: a changed block lists its
//! removed lines first, then its added lines. When a removed line and an added line are similar enough, each is
//! also diffed word by word, so a line whose single word changed comes out as
//!
//! ```text
//! DiffLine { change: Removed, segments: [Same("Hello "), Removed("world")] }
//! DiffLine { change: Added,   segments: [Same("Hello "), Added("there")] }
//! ```
//!
//! The UI shows removed lines red and added lines green, and highlights the non-`Same` segments inside them.
//! Lines compared are normalized to LF (`\r\n` and lone `\r` count as line ends); a missing newline at the end of
//! the text is not a difference.

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use similar::{capture_diff_slices_deadline, Algorithm, DiffOp};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    Same,
    Added,
    Removed,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub change: Change,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffLine {
    pub change: Change,
    /// The line's text without its line end. Always at least one segment (possibly with empty text). For
    /// `Same` lines a single `Same` segment; for `Removed` lines `Same` + `Removed` segments; for `Added` lines
    /// `Same` + `Added` segments.
    pub segments: Vec<Segment>,
    /// `Some(n)`: this line stands for `n` (≥ 2) unchanged lines left out; `change` is `Same` and the single
    /// segment reads "… n unchanged lines …" (a fallback; the UI may word it itself from `n`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collapsed: Option<usize>,
}

impl Segment {
    fn new(change: Change, text: impl Into<String>) -> Self {
        Segment { change, text: text.into() }
    }
}

impl DiffLine {
    /// A line made of one segment.
    pub fn whole(change: Change, text: impl Into<String>) -> Self {
        DiffLine { segments: vec![Segment::new(change.clone(), text)], change, collapsed: None }
    }

    /// The placeholder for `hidden` unchanged lines.
    pub fn collapsed(hidden: usize) -> Self {
        DiffLine {
            change: Change::Same,
            segments: vec![Segment::new(Change::Same, format!("… {hidden} unchanged lines …"))],
            collapsed: Some(hidden),
        }
    }
}

/// Upper bound on the time spent diffing; past it the result is still correct, only less minimal.
const DEADLINE: Duration = Duration::from_millis(500);

/// A pair of changed lines is diffed word by word only when at least this share (1/n) of the longer line's
/// non-space characters is common; otherwise the lines are shown as wholly removed and added.
const MIN_COMMON_SHARE: usize = 3;

/// Line diff of `old` → `new` (similar's TextDiff, Myers/Patience), where a changed line pair is also diffed word by
/// word (inline segments) so the reader sees which words changed. Long runs of unchanged lines (more than
/// 2*context+1) are collapsed: keep `context` lines around changes and replace the rest by a single
/// DiffLine { change: Same, segments: [Segment { change: Same, text: "… N unchanged lines …" }] } — use a
/// dedicated constructor/flag if you prefer, e.g. add `pub collapsed: Option<usize>` field to DiffLine; your call, document it.
///
/// Here: the placeholder is [`DiffLine::collapsed`] (its `collapsed` field is `Some(N)`). A run at the start or
/// end of the text keeps `context` lines next to the change only; texts without any change collapse entirely.
/// A placeholder never replaces a single line.
pub fn diff_text(old: &str, new: &str, context: usize) -> Vec<DiffLine> {
    let old = normalize(old);
    let new = normalize(new);
    let old_lines: Vec<&str> = old.lines().collect();
    let new_lines: Vec<&str> = new.lines().collect();
    let ops = capture_diff_slices_deadline(
        Algorithm::Patience,
        &old_lines,
        &new_lines,
        Instant::now().checked_add(DEADLINE),
    );

    let mut lines = Vec::new();
    let mut removed: Vec<&str> = Vec::new();
    let mut added: Vec<&str> = Vec::new();
    for op in ops {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                flush_changes(&mut removed, &mut added, &mut lines);
                for line in old_lines.iter().skip(old_index).take(len) {
                    lines.push(DiffLine::whole(Change::Same, *line));
                }
            }
            DiffOp::Delete { old_index, old_len, .. } => {
                removed.extend(old_lines.iter().skip(old_index).take(old_len));
            }
            DiffOp::Insert { new_index, new_len, .. } => {
                added.extend(new_lines.iter().skip(new_index).take(new_len));
            }
            DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                removed.extend(old_lines.iter().skip(old_index).take(old_len));
                added.extend(new_lines.iter().skip(new_index).take(new_len));
            }
        }
    }
    flush_changes(&mut removed, &mut added, &mut lines);
    collapse(lines, context)
}

/// Word-level diff of a short single-line text such as a title or a tag list.
///
/// Tokens are runs of letters/digits/`_`, runs of whitespace, and single other characters. Whitespace between
/// two changes is folded into them, so a changed phrase reads as one `Removed` then one `Added` segment, e.g.
/// "the quick fox" → "a slow fox" gives `[Removed("the quick"), Added("a slow"), Same(" fox")]`. Adjacent
/// segments with the same change are merged.
pub fn diff_words(old: &str, new: &str) -> Vec<Segment> {
    let old = normalize(old);
    let new = normalize(new);
    let old_tokens = tokenize(&old);
    let new_tokens = tokenize(&new);
    let ops = capture_diff_slices_deadline(
        Algorithm::Myers,
        &old_tokens,
        &new_tokens,
        Instant::now().checked_add(DEADLINE),
    );

    let mut raw = Vec::new();
    for op in ops {
        let (removed, added, same) = match op {
            DiffOp::Equal { old_index, len, .. } => ((0, 0), (0, 0), (old_index, len)),
            DiffOp::Delete { old_index, old_len, .. } => ((old_index, old_len), (0, 0), (0, 0)),
            DiffOp::Insert { new_index, new_len, .. } => ((0, 0), (new_index, new_len), (0, 0)),
            DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                ((old_index, old_len), (new_index, new_len), (0, 0))
            }
        };
        let join = |tokens: &[&str], (start, len): (usize, usize)| -> String {
            tokens.iter().skip(start).take(len).copied().collect()
        };
        push_merged(&mut raw, Change::Same, &join(&old_tokens, same));
        push_merged(&mut raw, Change::Removed, &join(&old_tokens, removed));
        push_merged(&mut raw, Change::Added, &join(&new_tokens, added));
    }
    fold_whitespace(raw)
}

fn normalize(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

fn tokenize(text: &str) -> Vec<&str> {
    #[derive(PartialEq)]
    enum Kind {
        Word,
        Space,
        Other,
    }
    let kind = |c: char| {
        if c.is_alphanumeric() || c == '_' {
            Kind::Word
        } else if c.is_whitespace() {
            Kind::Space
        } else {
            Kind::Other
        }
    };
    let mut tokens = Vec::new();
    let mut start = 0;
    let mut current: Option<Kind> = None;
    for (i, c) in text.char_indices() {
        let k = kind(c);
        let continues = current.as_ref().is_some_and(|cur| *cur == k && k != Kind::Other);
        if !continues {
            if i > start {
                tokens.push(&text[start..i]);
            }
            start = i;
        }
        current = Some(k);
    }
    if start < text.len() {
        tokens.push(&text[start..]);
    }
    tokens
}

/// Appends `text` to `segments`, merging it into the last segment when the change is the same.
fn push_merged(segments: &mut Vec<Segment>, change: Change, text: &str) {
    if text.is_empty() {
        return;
    }
    match segments.last_mut() {
        Some(last) if last.change == change => last.text.push_str(text),
        _ => segments.push(Segment::new(change, text)),
    }
}

/// Folds whitespace-only `Same` segments lying between changes into the changes, and orders each run of
/// changes as one `Removed` followed by one `Added`.
fn fold_whitespace(raw: Vec<Segment>) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut removed = String::new();
    let mut added = String::new();
    let mut spaces = String::new();
    let mut in_run = false;
    for segment in raw {
        match segment.change {
            Change::Removed | Change::Added => {
                if in_run {
                    removed.push_str(&spaces);
                    added.push_str(&spaces);
                    spaces.clear();
                }
                in_run = true;
                if segment.change == Change::Removed {
                    removed.push_str(&segment.text);
                } else {
                    added.push_str(&segment.text);
                }
            }
            Change::Same if in_run && segment.text.trim().is_empty() => spaces.push_str(&segment.text),
            Change::Same => {
                flush_run(&mut out, &mut removed, &mut added);
                in_run = false;
                push_merged(&mut out, Change::Same, &spaces);
                spaces.clear();
                push_merged(&mut out, Change::Same, &segment.text);
            }
        }
    }
    flush_run(&mut out, &mut removed, &mut added);
    push_merged(&mut out, Change::Same, &spaces);
    out
}

/// Emits a run of changes as `Removed` then `Added`; whitespace both sides start or end with stays `Same`.
fn flush_run(out: &mut Vec<Segment>, removed: &mut String, added: &mut String) {
    let prefix = common_whitespace(removed.chars(), added.chars());
    push_merged(out, Change::Same, &removed[..prefix]);
    let (old, new) = (&removed[prefix..], &added[prefix..]);
    let suffix = common_whitespace(old.chars().rev(), new.chars().rev());
    push_merged(out, Change::Removed, &old[..old.len() - suffix]);
    push_merged(out, Change::Added, &new[..new.len() - suffix]);
    push_merged(out, Change::Same, &old[old.len() - suffix..]);
    removed.clear();
    added.clear();
}

/// Byte length of the common run of identical whitespace characters at the start of both iterators.
fn common_whitespace(a: impl Iterator<Item = char>, b: impl Iterator<Item = char>) -> usize {
    a.zip(b).take_while(|(x, y)| x == y && x.is_whitespace()).map(|(x, _)| x.len_utf8()).sum()
}

/// Emits a block of removed and added lines, pairing the i-th removed line with the i-th added line for an
/// inline word diff when they are similar enough.
fn flush_changes(removed: &mut Vec<&str>, added: &mut Vec<&str>, lines: &mut Vec<DiffLine>) {
    let mut removed_lines = Vec::with_capacity(removed.len());
    let mut added_lines = Vec::with_capacity(added.len());
    for i in 0..removed.len().max(added.len()) {
        match (removed.get(i), added.get(i)) {
            (Some(old), Some(new)) => match inline_pair(old, new) {
                Some((old_line, new_line)) => {
                    removed_lines.push(old_line);
                    added_lines.push(new_line);
                }
                None => {
                    removed_lines.push(DiffLine::whole(Change::Removed, *old));
                    added_lines.push(DiffLine::whole(Change::Added, *new));
                }
            },
            (Some(old), None) => removed_lines.push(DiffLine::whole(Change::Removed, *old)),
            (None, Some(new)) => added_lines.push(DiffLine::whole(Change::Added, *new)),
            (None, None) => {}
        }
    }
    lines.extend(removed_lines);
    lines.extend(added_lines);
    removed.clear();
    added.clear();
}

/// The removed and added versions of a changed line with word-level segments, or `None` when the lines have
/// too little in common for word highlights to help.
fn inline_pair(old: &str, new: &str) -> Option<(DiffLine, DiffLine)> {
    let segments = diff_words(old, new);
    let non_space = |text: &str| text.chars().filter(|c| !c.is_whitespace()).count();
    let common: usize =
        segments.iter().filter(|s| s.change == Change::Same).map(|s| non_space(&s.text)).sum();
    let longest = non_space(old).max(non_space(new));
    if common * MIN_COMMON_SHARE < longest {
        return None;
    }
    let side = |keep: Change| {
        let mut side_segments = Vec::new();
        for segment in &segments {
            if segment.change == Change::Same || segment.change == keep {
                push_merged(&mut side_segments, segment.change.clone(), &segment.text);
            }
        }
        if side_segments.is_empty() {
            side_segments.push(Segment::new(keep.clone(), ""));
        }
        DiffLine { change: keep, segments: side_segments, collapsed: None }
    };
    Some((side(Change::Removed), side(Change::Added)))
}

/// Replaces long runs of `Same` lines by a placeholder, keeping `context` lines next to changes.
fn collapse(lines: Vec<DiffLine>, context: usize) -> Vec<DiffLine> {
    let total = lines.len();
    let mut out = Vec::with_capacity(total);
    let mut iter = lines.into_iter().peekable();
    let mut index = 0;
    while let Some(line) = iter.next() {
        if line.change != Change::Same {
            out.push(line);
            index += 1;
            continue;
        }
        let mut run = vec![line];
        while iter.peek().is_some_and(|next| next.change == Change::Same) {
            if let Some(next) = iter.next() {
                run.push(next);
            }
        }
        let at_start = index == 0;
        let at_end = index + run.len() == total;
        index += run.len();
        let keep_before = if at_start { 0 } else { context };
        let keep_after = if at_end { 0 } else { context };
        let hidden = run.len().saturating_sub(keep_before + keep_after);
        if hidden < 2 {
            out.extend(run);
            continue;
        }
        let mut run = run.into_iter();
        out.extend(run.by_ref().take(keep_before));
        out.push(DiffLine::collapsed(hidden));
        out.extend(run.skip(hidden));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(text: &str) -> Segment {
        Segment::new(Change::Same, text)
    }
    fn added(text: &str) -> Segment {
        Segment::new(Change::Added, text)
    }
    fn removed(text: &str) -> Segment {
        Segment::new(Change::Removed, text)
    }

    /// Compact view: one string per line, "  " same, "- " removed, "+ " added, "~ n" collapsed; inline
    /// segments shown as [-x-] / {+x+} (bare text when the whole line is one change).
    fn show(lines: &[DiffLine]) -> Vec<String> {
        lines
            .iter()
            .map(|line| {
                if let Some(n) = line.collapsed {
                    return format!("~ {n}");
                }
                let prefix = match line.change {
                    Change::Same => "  ",
                    Change::Removed => "- ",
                    Change::Added => "+ ",
                };
                let body: String = line
                    .segments
                    .iter()
                    .map(|s| match (&line.change, &s.change) {
                        (Change::Same, _) | (_, Change::Same) => s.text.clone(),
                        _ if line.segments.len() == 1 => s.text.clone(),
                        (_, Change::Removed) => format!("[-{}-]", s.text),
                        (_, Change::Added) => format!("{{+{}+}}", s.text),
                    })
                    .collect();
                format!("{prefix}{body}")
            })
            .collect()
    }

    fn numbered(n: usize) -> String {
        (1..=n).map(|i| format!("line {i}\n")).collect()
    }

    #[test]
    fn identical_texts_collapse_entirely() {
        let text = numbered(10);
        let lines = diff_text(&text, &text, 3);
        assert_eq!(lines, vec![DiffLine::collapsed(10)]);
        assert_eq!(lines[0].change, Change::Same);
        assert_eq!(lines[0].segments, vec![same("… 10 unchanged lines …")]);
        // A single line is never replaced by a placeholder.
        assert_eq!(show(&diff_text("one", "one", 0)), vec!["  one"]);
        assert!(diff_text("", "", 3).is_empty());
    }

    #[test]
    fn pure_insertion() {
        let lines = diff_text("a\nb\n", "a\nx\nb\n", 3);
        assert_eq!(show(&lines), vec!["  a", "+ x", "  b"]);
        assert_eq!(lines[1].segments, vec![added("x")]);
    }

    #[test]
    fn pure_deletion() {
        let lines = diff_text("a\nx\ny\nb", "a\nb", 3);
        assert_eq!(show(&lines), vec!["  a", "- x", "- y", "  b"]);
        assert_eq!(lines[2].segments, vec![removed("y")]);
    }

    #[test]
    fn one_changed_word_gives_removed_and_added_lines_with_inline_segments() {
        let lines = diff_text("intro\nHello big world\noutro", "intro\nHello small world\noutro", 3);
        assert_eq!(
            lines,
            vec![
                DiffLine::whole(Change::Same, "intro"),
                DiffLine {
                    change: Change::Removed,
                    segments: vec![same("Hello "), removed("big"), same(" world")],
                    collapsed: None
                },
                DiffLine {
                    change: Change::Added,
                    segments: vec![same("Hello "), added("small"), same(" world")],
                    collapsed: None
                },
                DiffLine::whole(Change::Same, "outro"),
            ]
        );
    }

    #[test]
    fn unrelated_lines_are_whole_changes() {
        let lines = diff_text("the cat sleeps", "a dog barks loudly", 3);
        assert_eq!(show(&lines), vec!["- the cat sleeps", "+ a dog barks loudly"]);
    }

    #[test]
    fn changed_block_lists_removed_then_added() {
        let lines = diff_text("x\nfirst line here\nsecond line here\ny", "x\nfirst line there\nnew\ny", 3);
        assert_eq!(
            show(&lines),
            vec![
                "  x",
                "- first line [-here-]",
                "- second line here",
                "+ first line {+there+}",
                "+ new",
                "  y"
            ]
        );
    }

    #[test]
    fn long_unchanged_runs_are_collapsed_with_context() {
        let old = numbered(20);
        let new = old.replace("line 10\n", "line ten\n");
        let lines = diff_text(&old, &new, 2);
        assert_eq!(
            show(&lines),
            vec![
                "~ 7",
                "  line 8",
                "  line 9",
                "- line [-10-]",
                "+ line {+ten+}",
                "  line 11",
                "  line 12",
                "~ 8"
            ]
        );
        // Two changes far apart: the middle run keeps context on both sides.
        let new = old.replace("line 2\n", "line two\n").replace("line 19\n", "line nineteen\n");
        let shown = show(&diff_text(&old, &new, 1));
        assert_eq!(
            shown,
            vec![
                "  line 1",
                "- line [-2-]",
                "+ line {+two+}",
                "  line 3",
                "~ 14",
                "  line 18",
                "- line [-19-]",
                "+ line {+nineteen+}",
                "  line 20"
            ]
        );
        // A run of exactly 2*context+1 lines is kept.
        let old = "a\n1\n2\n3\nb\n";
        let new = "A\n1\n2\n3\nB\n";
        assert_eq!(diff_text(old, new, 1).iter().filter(|l| l.collapsed.is_some()).count(), 0);
        // Context 0 keeps only changes.
        let lines = diff_text(&numbered(5), &numbered(5).replace("line 3", "line three"), 0);
        assert_eq!(show(&lines), vec!["~ 2", "- line [-3-]", "+ line {+three+}", "~ 2"]);
    }

    #[test]
    fn crlf_and_lf_are_the_same() {
        let lines = diff_text("a\r\nb\r\nc\r\n", "a\nb\nc", 0);
        assert_eq!(lines, vec![DiffLine::collapsed(3)]);
        let lines = diff_text("a\r\nb\r\n", "a\nB\n", 3);
        assert_eq!(show(&lines), vec!["  a", "- b", "+ B"]);
        assert_eq!(diff_words("a\r\nb", "a\nb"), vec![same("a\nb")]);
    }

    #[test]
    fn unicode() {
        let lines = diff_text("Привет мир\nÉlève 日本語", "Привет друг\nÉlève 日本語", 3);
        assert_eq!(show(&lines), vec!["- Привет [-мир-]", "+ Привет {+друг+}", "  Élève 日本語"]);
        assert_eq!(
            diff_words("café crème 🍰", "café noir 🍰"),
            vec![same("café "), removed("crème"), added("noir"), same(" 🍰")]
        );
    }

    #[test]
    fn empty_old_is_all_added_and_empty_new_all_removed() {
        let lines = diff_text("", "one\n\nthree", 1);
        assert_eq!(show(&lines), vec!["+ one", "+ ", "+ three"]);
        assert!(lines.iter().all(|l| l.change == Change::Added && l.segments.len() == 1));
        assert_eq!(lines[1].segments, vec![added("")]);
        let lines = diff_text("one\ntwo", "", 1);
        assert_eq!(show(&lines), vec!["- one", "- two"]);
    }

    #[test]
    fn diff_words_basics() {
        assert_eq!(diff_words("", ""), vec![]);
        assert_eq!(diff_words("same title", "same title"), vec![same("same title")]);
        assert_eq!(diff_words("", "new title"), vec![added("new title")]);
        assert_eq!(diff_words("old title", ""), vec![removed("old title")]);
        assert_eq!(
            diff_words("How to fix a bug", "How to fix the nasty bug"),
            vec![same("How to fix "), removed("a"), added("the nasty"), same(" bug")]
        );
        assert_eq!(
            diff_words("the quick fox", "a slow fox"),
            vec![removed("the quick"), added("a slow"), same(" fox")]
        );
        assert_eq!(
            diff_words("rust, sqlite, web", "rust, postgres, web, axum"),
            vec![same("rust, "), removed("sqlite"), added("postgres"), same(", web"), added(", axum")]
        );
    }

    #[test]
    fn adjacent_segments_are_merged() {
        let cases = [
            ("a b c d", "a x y d"),
            ("one two three", "three two one"),
            ("x", "y"),
            ("a, b; c", "a; b, c"),
            ("  spaced   out  ", " spaced out "),
        ];
        for (old, new) in cases {
            let segments = diff_words(old, new);
            for pair in segments.windows(2) {
                assert_ne!(pair[0].change, pair[1].change, "{old:?} → {new:?}: {segments:?}");
            }
            assert!(segments.iter().all(|s| !s.text.is_empty()));
            // The old text is Same + Removed, the new text is Same + Added.
            let old_text: String =
                segments.iter().filter(|s| s.change != Change::Added).map(|s| s.text.as_str()).collect();
            let new_text: String =
                segments.iter().filter(|s| s.change != Change::Removed).map(|s| s.text.as_str()).collect();
            assert_eq!((old_text.as_str(), new_text.as_str()), (old, new));
        }
    }

    #[test]
    fn lines_reconstruct_both_texts() {
        let old = "title\n\nfirst paragraph with words\nsecond\n\n```\ncode\n```\n";
        let new = "title\n\nfirst paragraph with other words\nsecond\nthird\n\n```rust\ncode\n```\n";
        let lines = diff_text(old, new, 100);
        let text = |skip: Change| -> Vec<String> {
            lines
                .iter()
                .filter(|l| l.change != skip)
                .map(|l| l.segments.iter().filter(|s| s.change != skip).map(|s| s.text.as_str()).collect())
                .collect()
        };
        assert_eq!(text(Change::Added), old.lines().collect::<Vec<_>>());
        assert_eq!(text(Change::Removed), new.lines().collect::<Vec<_>>());
    }

    #[test]
    fn serde_round_trip() {
        let lines = diff_text(&numbered(8), &numbered(8).replace("line 4", "line four"), 1);
        let json = serde_json::to_string(&lines).unwrap();
        assert!(json.contains("\"collapsed\":2"));
        assert_eq!(serde_json::from_str::<Vec<DiffLine>>(&json).unwrap(), lines);
        let plain = serde_json::to_string(&DiffLine::whole(Change::Added, "x")).unwrap();
        assert_eq!(plain, r#"{"change":"Added","segments":[{"change":"Added","text":"x"}]}"#);
    }

    #[test]
    fn large_input_does_not_panic() {
        let old: String = (0..5_000).map(|i| format!("line {i} with some words\n")).collect();
        let new: String = (0..5_000).rev().map(|i| format!("line {i} with some other words\n")).collect();
        let lines = diff_text(&old, &new, 3);
        assert!(!lines.is_empty());
        let _ = diff_words(&old.replace('\n', " "), &new.replace('\n', " "));
    }
}
