//! The worst case of every text scanner a visitor's input reaches, on a
//! corpus of adversarial inputs of the largest accepted size:
//! `cargo bench -p community --bench hostile`.
//!
//! For each input it times, taking the slowest of `[runs]` (default 5) runs:
//! the Markdown renderer (block and inline, as posts and comments are), the
//! plain-text excerpt, the auto-moderation review (watched words, spam
//! domains, links, repeats against three recent posts) and the search query
//! parser. It prints one line per input and fails (exit 1) when any input
//! costs more than the budget: 50 ms per input at `BODY_MAX`.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

use std::time::{Duration, Instant};

use community::markdown;
use domain::automod::{self, Author, Policy, WatchedWord, WordAction};
use domain::post::BODY_MAX;

const BUDGET: Duration = Duration::from_millis(50);

/// `unit` repeated to exactly `BODY_MAX` characters.
fn fill(unit: &str) -> String {
    unit.chars().cycle().take(BODY_MAX).collect()
}

fn corpus() -> Vec<(&'static str, String)> {
    let mut nested_lists = String::new();
    for depth in 0.. {
        let line = format!("{}- item\n", "  ".repeat(depth % 400));
        if nested_lists.chars().count() + line.chars().count() > BODY_MAX {
            break;
        }
        nested_lists.push_str(&line);
    }
    vec![
        ("open brackets [ x30000", fill("[")),
        ("close parens after a URL", format!("http://a{}", ")".repeat(BODY_MAX - 8))),
        ("URLs ending in ) repeated", fill("http://a) ")),
        ("failed URL candidates", fill("http://(")),
        (
            "URLs then closing parens",
            format!("{}{}", "http://x".repeat(BODY_MAX / 16), ")".repeat(BODY_MAX / 2)),
        ),
        ("brackets after a URL", format!("https://e.example/{}", "]".repeat(BODY_MAX - 18))),
        ("link syntax unclosed", fill("[a](")),
        ("nested links", fill("[[[[a](b)](c)](d)")),
        ("deep block quotes", fill("> ")),
        ("deep nested lists", nested_lists),
        ("emphasis runs", fill("*_")),
        ("alternating emphasis", fill("**a*")),
        ("backtick runs", fill("`a``")),
        ("raw HTML tags", fill("<div><span><a href=x>")),
        ("unclosed HTML comments", fill("<!--")),
        ("HTML entities", fill("&amp;&#x1F600;&")),
        ("mentions", fill("@someone ")),
        ("emails and @", fill("a@b@c.d ")),
        ("table pipes", fill("|a")),
        ("one long word", fill("a")),
        ("many short lines", fill("a\n")),
        ("long URL", format!("https://e.example/{}", "a/".repeat(BODY_MAX / 2 - 10))),
        ("links to spam domains", fill("see https://spam.example/x and http://a.spam.example ")),
        ("typographic text", fill("L'été “déjà” — très … ")),
        ("Cyrillic words", fill("Привет мир как дела ")),
    ]
}

fn policy() -> Policy {
    let watched = ["casino", "free money", "crypto wallet", "password reset", "click here"]
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let action = [WordAction::Block, WordAction::Hold, WordAction::Flag][i % 3];
            WatchedWord::new(w, action).expect("watched word")
        })
        .collect();
    Policy { watched, spam_domains: vec!["spam.example".into(), "junk.example".into()], ..Policy::default() }
}

fn worst(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .max()
        .unwrap_or_default()
}

fn main() {
    let runs: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(5);
    let policy = policy();
    let author =
        Author { reputation: 1, account_age_ms: 3_600_000 * 24, posts_in_first_hour: 0, is_staff: false };
    println!(
        "{:<28} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}",
        "input", "block", "inline", "excerpt", "automod", "query", "worst"
    );
    let mut over = Vec::new();
    for (name, input) in corpus() {
        let recent = [input.as_str(), "an earlier post", input.as_str()];
        let times = [
            worst(runs, || drop(std::hint::black_box(markdown::render_block(&input)))),
            worst(runs, || drop(std::hint::black_box(markdown::render_inline(&input)))),
            worst(runs, || drop(std::hint::black_box(markdown::plain_excerpt(&input, 240)))),
            worst(runs, || drop(std::hint::black_box(automod::review(&policy, &author, &input, &recent)))),
            worst(runs, || drop(std::hint::black_box(domain::search::parse(&input)))),
        ];
        let total = times.iter().copied().max().unwrap_or_default();
        let ms = |d: Duration| format!("{:.2}", d.as_secs_f64() * 1e3);
        println!(
            "{:<28} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}",
            name,
            ms(times[0]),
            ms(times[1]),
            ms(times[2]),
            ms(times[3]),
            ms(times[4]),
            ms(total)
        );
        if total > BUDGET {
            over.push(name);
        }
    }
    println!(
        "(milliseconds, slowest of {runs} runs, {BODY_MAX} characters each; budget {} ms)",
        BUDGET.as_millis()
    );
    if !over.is_empty() {
        eprintln!("over budget: {}", over.join(", "));
        std::process::exit(1);
    }
}
