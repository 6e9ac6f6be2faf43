use std::collections::BTreeSet;

use super::*;

fn keys_of(code: &str) -> BTreeSet<String> {
    let (_, source) = sources().iter().find(|(c, _)| *c == code).expect("locale file");
    keys(source).into_iter().collect()
}

#[test]
fn every_language_file_parses_and_has_every_english_message() {
    let english = keys_of("en");
    assert!(english.len() > 10);
    for (code, source) in sources() {
        if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
            panic!("{code}.ftl does not parse: {errors:?}");
        }
        let theirs = keys_of(code);
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
        assert!(extra.is_empty(), "{code}.ftl has messages English lacks: {extra:?}");
    }
}

#[test]
fn the_five_first_languages_are_there() {
    let codes: Vec<_> = Locale::all().map(Locale::code).collect();
    assert_eq!(codes[0], "en");
    for c in ["fr", "it", "es", "ru"] {
        assert!(codes.contains(&c), "{c} missing");
    }
    assert_eq!(Locale::parse("fr").map(Locale::native_name).as_deref(), Some("Français"));
    assert_eq!(Locale::parse("ru").map(Locale::native_name).as_deref(), Some("Русский"));
}

/// Every literal key the code asks for exists in English, so a typo cannot
/// show a raw key to someone.
#[test]
fn every_key_used_in_the_code_exists() {
    let english = keys_of("en");
    let mut missing = BTreeSet::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            // The i18n module's own docs and tests show made-up keys.
            if path.extension().is_none_or(|e| e != "rs") || path.to_string_lossy().contains("i18n") {
                continue;
            }
            let code = std::fs::read_to_string(&path).expect("read file");
            for marker in ["t!(\"", "t(\"", "t_with(\""] {
                for (at, _) in code.match_indices(marker) {
                    // `text("…")` is not `t("…")`.
                    let before = code[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = &code[at + marker.len()..];
                    let Some(end) = rest.find('"') else { continue };
                    let key = &rest[..end];
                    let id = key.split('.').next().unwrap_or(key);
                    if !id.is_empty() && !english.contains(id) {
                        missing.insert(format!("{key} ({})", path.display()));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "keys missing from en.ftl: {missing:#?}");
}

#[test]
fn every_error_code_has_a_sentence_in_every_language() {
    for (code, _) in sources() {
        let theirs = keys_of(code);
        for e in domain::ErrorCode::ALL {
            assert!(theirs.contains(&error_key(*e)), "{code}.ftl lacks {}", error_key(*e));
        }
    }
}

#[test]
fn accept_language_picks_the_best_spoken_language() {
    let code = |h: &str| Locale::negotiate(h).map(Locale::code);
    assert_eq!(code("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5"), Some("fr"));
    assert_eq!(code("de-DE,de;q=0.9,it;q=0.8,en;q=0.7"), Some("it"));
    assert_eq!(code("en;q=0.2, ru"), Some("ru"));
    assert_eq!(code("es;q=0, en;q=0.5"), Some("en"));
    assert_eq!(code("de, ja"), None);
    assert_eq!(code(""), None);
    assert_eq!(code("*"), None);
    assert_eq!(code("ES-419"), Some("es"));
}

#[test]
fn numbers_and_dates_follow_the_language() {
    let fr = Locale::parse("fr").expect("fr");
    let en = Locale::ENGLISH;
    assert_eq!(group_digits(1234, ","), "1234");
    assert_eq!(group_digits(12345, ","), "12,345");
    assert_eq!(group_digits(-1234567, "."), "-1.234.567");
    assert_eq!(t_in(en, "test-count", &[("n", Arg::from(12345))]), "12,345 items");
    assert_eq!(t_in(fr, "test-count", &[("n", Arg::from(12345))]), "12\u{202f}345 éléments");
    assert_eq!(t_in(en, "test-count", &[("n", Arg::from(1))]), "1 item");
    let ru = Locale::parse("ru").expect("ru");
    assert_eq!(t_in(ru, "test-count", &[("n", Arg::from(2))]), "2 элемента");
    assert_eq!(t_in(ru, "test-count", &[("n", Arg::from(5))]), "5 элементов");
    assert_eq!(t_in(ru, "test-count", &[("n", Arg::from(21))]), "21 элемент");
}

#[test]
fn a_missing_message_falls_back_to_english_then_to_its_key() {
    assert_eq!(t_in(Locale::ENGLISH, "no-such-message", &[]), "no-such-message");
    assert_eq!(t_in(Locale::parse("fr").expect("fr"), "language-name", &[]), "Français");
}

/// The interface speaks exactly the community's languages
/// (`domain::language`), each naming itself as the table does.
#[test]
fn the_locale_files_are_the_community_languages() {
    let files: Vec<&str> = Locale::all().map(Locale::code).collect();
    let table: Vec<&str> = domain::language::community().map(|l| l.code).collect();
    let (mut a, mut b) = (files.clone(), table.clone());
    a.sort();
    b.sort();
    assert_eq!(a, b, "a locale file per community language, and no other");
    for l in Locale::all() {
        assert_eq!(l.native_name(), domain::language::by_code(l.code()).unwrap().native);
    }
}
