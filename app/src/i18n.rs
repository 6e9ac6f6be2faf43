//! The interface's languages. Every string a person reads comes from
//! `app/locales/<code>.ftl` (Project Fluent): one file per language, found by
//! the build script, so adding a language is adding one file. English is the
//! fallback for any message a translation lacks.
//!
//! A page renders in one language from start to finish: the server decides it
//! (member setting, then the language cookie, then `Accept-Language`, then the
//! community's default), writes it into `<html lang>`, and the browser reads it
//! back from there, so hydration always agrees with the server's HTML.

use std::sync::OnceLock;

use domain::ErrorCode;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

mod sources {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The cookie that keeps a visitor's choice of interface language.
pub const LANGUAGE_COOKIE: &str = "entraide_lang";

/// One of the interface languages (an index into the locale files).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Locale(u8);

impl Locale {
    pub const ENGLISH: Locale = Locale(0);

    /// Every interface language, English first.
    pub fn all() -> impl Iterator<Item = Locale> {
        (0..sources::COUNT).map(|i| Locale(i as u8))
    }

    /// The language's code, e.g. `fr`.
    pub fn code(self) -> &'static str {
        sources::SOURCES.get(usize::from(self.0)).map(|(c, _)| *c).unwrap_or("en")
    }

    /// The language for a code or a language tag (`fr`, `FR`, `fr-CA`), if the
    /// interface speaks it.
    pub fn parse(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        sources::SOURCES.iter().position(|(c, _)| *c == primary).map(|i| Locale(i as u8))
    }

    /// The language's own name for itself ("Français").
    pub fn native_name(self) -> String {
        text(self, "language-name", None)
    }

    /// The best language for an `Accept-Language` header: the highest quality
    /// first, the header's order among equals; `None` when none is spoken.
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        let mut ranges: Vec<(f32, usize, &str)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(i, item)| {
                let mut parts = item.split(';');
                let tag = parts.next()?.trim();
                let q = parts
                    .filter_map(|p| p.trim().strip_prefix("q="))
                    .next()
                    .map(|q| q.trim().parse::<f32>().unwrap_or(0.0))
                    .unwrap_or(1.0);
                (!tag.is_empty() && tag != "*" && q > 0.0).then_some((q, i, tag))
            })
            .collect();
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranges.into_iter().find_map(|(_, _, tag)| Locale::parse(tag))
    }
}

/// A value for a message's `$variable`.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Number(f64),
    Text(String),
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize, f64);

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

/// A message in the current language: `t!("key")` or `t!("key", n = 3, name = x)`.
#[macro_export]
macro_rules! t {
    ($key:expr) => {
        $crate::i18n::t($key)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::t_with($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// The message `key` in the current language.
pub fn t(key: &str) -> String {
    text(current(), key, None)
}

/// The message `key` in the current language, with its variables.
pub fn t_with(key: &str, args: &[(&str, Arg)]) -> String {
    text(current(), key, Some(args))
}

/// The message `key` in `locale`.
pub fn t_in(locale: Locale, key: &str, args: &[(&str, Arg)]) -> String {
    text(locale, key, Some(args))
}

/// The sentence for an error code, in the current language.
pub fn error_message(code: ErrorCode) -> String {
    let key = error_key(code);
    let locale = current();
    if has(locale, &key) || has(Locale::ENGLISH, &key) {
        text(locale, &key, None)
    } else {
        code.message().to_owned()
    }
}

/// The Fluent id of an error code's sentence: `error-` and the code, dashed.
pub fn error_key(code: ErrorCode) -> String {
    format!("error-{}", code.code().replace(['.', '_'], "-"))
}

/// The language of this page.
pub fn current() -> Locale {
    #[cfg(feature = "hydrate")]
    {
        static PAGE: OnceLock<Locale> = OnceLock::new();
        *PAGE.get_or_init(|| {
            leptos::prelude::document()
                .document_element()
                .and_then(|e| e.get_attribute("lang"))
                .and_then(|l| Locale::parse(&l))
                .unwrap_or_default()
        })
    }
    #[cfg(not(feature = "hydrate"))]
    {
        if let Some(l) = leptos::prelude::use_context::<Locale>() {
            return l;
        }
        #[cfg(feature = "ssr")]
        if let Some(l) = leptos::prelude::use_context::<http::request::Parts>()
            .and_then(|p| p.extensions.get::<Locale>().copied())
        {
            return l;
        }
        Locale::ENGLISH
    }
}

/// An integer with the current language's digit grouping ("12,345", "12 345").
pub fn number(n: i64) -> String {
    group_digits(n, &separators(current()).0)
}

/// "Nov 23, 2026" / "23 nov. 2026": a date (UTC) in the current language.
pub fn date(ms: i64) -> String {
    let (y, m, d) = civil(ms);
    t!("date-medium", day = d, month = t(&format!("month-short-{m}")), year = y.to_string())
}

pub use domain::calendar::civil;

struct Bundle {
    bundle: FluentBundle<FluentResource>,
    /// Digit grouping and decimal mark, from the file's own `number-*` messages.
    group: String,
    decimal: String,
}

static BUNDLES: [OnceLock<Bundle>; sources::COUNT] = [const { OnceLock::new() }; sources::COUNT];

fn bundle(locale: Locale) -> Option<&'static Bundle> {
    let i = usize::from(locale.0);
    let (code, source) = sources::SOURCES.get(i)?;
    Some(BUNDLES.get(i)?.get_or_init(|| {
        let lang: unic_langid::LanguageIdentifier = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        // Isolation marks around variables would break copy, search and tests.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(format_number));
        let resource = match FluentResource::try_new((*source).to_owned()) {
            Ok(r) => r,
            Err((r, errors)) => {
                log_problem(&format!("{code}.ftl has {} syntax errors: {:?}", errors.len(), errors.first()));
                r
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            log_problem(&format!("{code}.ftl: {:?}", errors.first()));
        }
        let plain = |key: &str, default: &str| {
            bundle
                .get_message(key)
                .and_then(|m| m.value())
                .map(|p| bundle.format_pattern(p, None, &mut Vec::new()).into_owned())
                .unwrap_or_else(|| default.to_owned())
        };
        let group = plain("number-group-separator", ",");
        let decimal = plain("number-decimal-separator", ".");
        Bundle { bundle, group, decimal }
    }))
}

fn separators(locale: Locale) -> (String, String) {
    bundle(locale).map(|b| (b.group.clone(), b.decimal.clone())).unwrap_or_else(|| (",".into(), ".".into()))
}

/// Numbers inside messages follow the message's language. Fluent hands the
/// formatter only its memoizer, which knows the language: the memoized value
/// looks the separators up from it.
fn format_number(value: &FluentValue, memo: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    let value = n.value;
    memo.with_try_get::<Separators, _, _>((), |s| {
        if value.fract() == 0.0 && value.abs() < 9e15 {
            group_digits(value as i64, &s.0)
        } else {
            let text = format!("{value:.1}");
            let (int, frac) = text.split_once('.').unwrap_or((&text, "0"));
            format!("{}{}{frac}", group_digits(int.parse().unwrap_or(0), &s.0), s.1)
        }
    })
    .ok()
}

struct Separators(String, String);

impl intl_memoizer::Memoizable for Separators {
    type Args = ();
    type Error = ();
    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let locale = Locale::parse(lang.language.as_str()).unwrap_or_default();
        let (g, d) = separators(locale);
        Ok(Separators(g, d))
    }
}

fn group_digits(n: i64, sep: &str) -> String {
    let digits = n.unsigned_abs().to_string();
    // Four-digit numbers stay whole ("2026", "1500") as most languages write them.
    let grouped = if digits.len() <= 4 {
        digits
    } else {
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(c);
        }
        out
    };
    if n < 0 {
        format!("-{grouped}")
    } else {
        grouped
    }
}

fn has(locale: Locale, key: &str) -> bool {
    bundle(locale).is_some_and(|b| b.bundle.has_message(key))
}

fn text(locale: Locale, key: &str, args: Option<&[(&str, Arg)]>) -> String {
    let (id, attribute) = match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    };
    for candidate in [locale, Locale::ENGLISH] {
        let Some(b) = bundle(candidate) else { continue };
        let Some(message) = b.bundle.get_message(id) else { continue };
        let pattern = match attribute {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else { continue };
        let fluent_args = args.map(|args| {
            let mut fa = FluentArgs::new();
            for (name, value) in args {
                match value {
                    Arg::Number(n) => fa.set(*name, FluentValue::from(*n)),
                    Arg::Text(s) => fa.set(*name, FluentValue::from(s.clone())),
                }
            }
            fa
        });
        let mut errors = Vec::new();
        let out = b.bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors).into_owned();
        if !errors.is_empty() {
            log_problem(&format!("{}: message {key}: {:?}", candidate.code(), errors.first()));
        }
        return out;
    }
    log_problem(&format!("missing message {key}"));
    key.to_owned()
}

fn log_problem(message: &str) {
    #[cfg(feature = "ssr")]
    tracing::warn!("i18n: {message}");
    #[cfg(not(feature = "ssr"))]
    leptos::logging::debug_warn!("i18n: {message}");
}

/// The keys a Fluent file defines (messages only, not terms), for the
/// completeness tests and the one-file check of a new language.
pub fn keys(source: &str) -> Vec<String> {
    use fluent_bundle::FluentResource;
    use fluent_syntax::ast::Entry;
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) | Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Every locale file, for tests.
pub fn sources() -> &'static [(&'static str, &'static str)] {
    sources::SOURCES
}

#[cfg(test)]
mod tests;
