//! The one table of languages, from which every list is derived: the
//! community's languages (what members say they read, what the interface
//! speaks, what translations target) and the wider set a post may be
//! written in (detected, stemmed for search, named by `lang:`).
//!
//! Adding a language is adding a row here (plus, for a community language,
//! `app/locales/<code>.ftl`); tests fail where a library mapping lacks it.

/// A language as the product knows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// ISO 639-1.
    pub code: &'static str,
    /// Its name in itself ("Français"), as pickers show it.
    pub native: &'static str,
    /// Other names a search may use for it (`lang:french`), lowercase.
    pub names: &'static [&'static str],
    /// One of the community's languages (with an interface translation).
    pub community: bool,
}

const fn lang(
    code: &'static str,
    native: &'static str,
    names: &'static [&'static str],
    community: bool,
) -> Language {
    Language { code, native, names, community }
}

/// Every language, the community's first, English first of all.
pub const ALL: &[Language] = &[
    lang("en", "English", &["english"], true),
    lang("fr", "Français", &["french", "francais", "français"], true),
    lang("it", "Italiano", &["italian", "italiano"], true),
    lang("es", "Español", &["spanish", "espanol", "español"], true),
    lang("ru", "Русский", &["russian", "русский"], true),
    lang("de", "Deutsch", &["german", "deutsch"], false),
    lang("pt", "Português", &["portuguese", "português", "portugues"], false),
    lang("nl", "Nederlands", &["dutch", "nederlands"], false),
];

/// The community's languages: what members say they read and write, what
/// the interface speaks and what posts are translated into.
pub fn community() -> impl Iterator<Item = &'static Language> {
    ALL.iter().filter(|l| l.community)
}

/// Every language a post may be written in (detected, stemmed, searchable).
pub fn content() -> impl Iterator<Item = &'static Language> {
    ALL.iter()
}

/// The language of an exact code.
pub fn by_code(code: &str) -> Option<&'static Language> {
    ALL.iter().find(|l| l.code == code)
}

/// The community language of an exact code (the constant code, so only a
/// known one is ever stored or sent on).
pub fn community_code(code: &str) -> Option<&'static str> {
    community().find(|l| l.code == code).map(|l| l.code)
}

/// A language a person typed: a code or a name, any case.
pub fn parse(s: &str) -> Option<&'static Language> {
    let s = s.trim().to_lowercase();
    ALL.iter().find(|l| l.code == s || l.names.contains(&s.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_the_community_comes_first() {
        let mut codes: Vec<_> = ALL.iter().map(|l| l.code).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), ALL.len());
        assert_eq!(ALL[0].code, "en");
        let first_other = ALL.iter().position(|l| !l.community).unwrap_or(ALL.len());
        assert!(ALL[first_other..].iter().all(|l| !l.community), "community languages first");
        assert_eq!(community().map(|l| l.code).collect::<Vec<_>>(), ["en", "fr", "it", "es", "ru"]);
    }

    #[test]
    fn typed_languages_are_read_by_code_or_name() {
        assert_eq!(parse(" FR ").map(|l| l.code), Some("fr"));
        assert_eq!(parse("French").map(|l| l.code), Some("fr"));
        assert_eq!(parse("Deutsch").map(|l| l.code), Some("de"));
        assert_eq!(parse("Русский").map(|l| l.code), Some("ru"));
        assert_eq!(parse("klingon"), None);
        assert_eq!(community_code("de"), None);
        assert_eq!(community_code("it"), Some("it"));
        assert_eq!(by_code("nl").map(|l| l.native), Some("Nederlands"));
    }
}
