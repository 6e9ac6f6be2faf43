//! Replays the committed fuzzing corpus (`fuzz/corpus/<target>/`) through
//! the same checks the fuzz targets run (`community::fuzzing`), so every
//! input fuzzing found, and every crash it once hit (kept under
//! `fuzz/corpus/<target>/` after the fix), is a test on the stable toolchain.

use std::path::PathBuf;

fn corpus(target: &str) -> Vec<(PathBuf, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus").join(target);
    let mut inputs: Vec<(PathBuf, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("corpus entry").path())
        .filter_map(|path| {
            let bytes = std::fs::read(&path).expect("corpus file");
            // The targets skip input that is not UTF-8, as the server never sees it as text.
            String::from_utf8(bytes).ok().map(|text| (path, text))
        })
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 5, "the {target} corpus is committed ({} inputs)", inputs.len());
    inputs
}

fn replay(target: &str, check: fn(&str)) {
    for (path, text) in corpus(target) {
        let outcome = std::panic::catch_unwind(|| check(&text));
        assert!(outcome.is_ok(), "{target} fails on {}", path.display());
    }
}

#[test]
fn the_markdown_corpus_renders_safely() {
    replay("markdown", community::fuzzing::check_rendering);
}

#[test]
fn the_search_query_corpus_parses() {
    replay("search_query", community::fuzzing::check_parsing);
}

#[test]
fn the_automod_corpus_scans() {
    replay("automod", community::fuzzing::check_scanning);
}
