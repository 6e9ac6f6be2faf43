//! A post's or comment's text with its language, and — for readers who do
//! not read that language — a "Translate" / "Show original" toggle that
//! swaps the text in place, without reloading the page. Each post keeps its
//! own state while the reader stays on the thread.

use leptos::prelude::*;

use crate::api::translation::{SetContentLanguage, ShownTranslation, TranslateText, TranslationResult};
use crate::api::SessionUser;

/// Who is reading: the languages they read and the one translations go into.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reader {
    pub reads: Vec<String>,
    pub target: String,
    pub auto: bool,
}

impl Reader {
    /// Members read the languages of their profile; everyone else (and
    /// members who chose none) the page's language. Translations go into the
    /// page's language when they read it, else their first language.
    pub fn of(user: Option<&SessionUser>) -> Self {
        let page = crate::i18n::current().code().to_owned();
        let reads: Vec<String> =
            user.map(|u| u.reads.clone()).filter(|r| !r.is_empty()).unwrap_or_else(|| vec![page.clone()]);
        let target = if reads.contains(&page) { page } else { reads[0].clone() };
        Reader { reads, target, auto: user.is_some_and(|u| u.auto_translate) }
    }

    /// Whether text in `language` needs translating for this reader.
    pub fn needs(&self, language: &str) -> bool {
        !language.is_empty() && !self.reads.iter().any(|r| r == language)
    }
}

/// A language's name in the page's language ("French", "français").
pub fn language_name(code: &str) -> String {
    let key = format!("lang-{code}");
    let name = crate::i18n::t(&key);
    if name == key {
        code.to_owned()
    } else {
        name
    }
}

/// The languages a post can be written in, for the author's correction.
fn content_languages() -> impl Iterator<Item = &'static str> {
    domain::language::content().map(|l| l.code)
}

/// The text of a post (`kind` "post") or comment ("comment") with its
/// translation toggle. `title` receives the translated title of a question
/// while the translation is shown.
#[component]
pub fn Translatable(
    kind: &'static str,
    id: i64,
    language: String,
    original_html: String,
    #[prop(default = None)] title: Option<RwSignal<Option<String>>>,
    /// The author or staff: may correct the language and translate by hand.
    #[prop(optional)]
    can_fix: bool,
    /// Where to come back to after a correction without JavaScript.
    #[prop(optional, into)]
    back: String,
) -> impl IntoView {
    let reader = use_context::<Reader>().unwrap_or_else(|| Reader::of(None));
    let needs = reader.needs(&language);
    let target = reader.target.clone();
    let fetch = ServerAction::<TranslateText>::new();
    let translation = RwSignal::new(None::<ShownTranslation>);
    let showing = RwSignal::new(false);
    // Why the last request brought no translation, shown next to the toggle.
    let failed = RwSignal::new(None::<String>);
    Effect::new(move |_| match fetch.value().get() {
        Some(Ok(TranslationResult::Translated(t))) => {
            if let Some(title) = title {
                title.set(t.title.clone());
            }
            translation.set(Some(t));
            showing.set(true);
            failed.set(None);
        }
        // Over the budget of new translations: the server says how long to wait.
        Some(Err(e @ crate::AppError::TooManyRequests { .. })) => {
            failed.set(Some(e.to_string()));
            showing.set(false);
        }
        Some(Ok(TranslationResult::Unavailable)) | Some(Err(_)) => {
            failed.set(Some(t!("translate-unavailable")));
            showing.set(false);
        }
        None => {}
    });
    let ask = {
        let target = target.clone();
        move || fetch.dispatch(TranslateText { kind: kind.to_owned(), id, target: target.clone() })
    };
    if needs && reader.auto {
        let ask = ask.clone();
        // Effects run in the browser only: the server page stays original.
        Effect::new(move |done: Option<bool>| {
            if done != Some(true) {
                ask();
            }
            true
        });
    }
    let on_translate = move |_| {
        failed.set(None);
        if let Some(t) = translation.get_untracked() {
            if let Some(title) = title {
                title.set(t.title.clone());
            }
            showing.set(true);
        } else {
            ask();
        }
    };
    let on_original = move |_| {
        showing.set(false);
        if let Some(title) = title {
            title.set(None);
        }
    };
    let html = move || match (showing.get(), translation.get()) {
        (true, Some(t)) => t.body_html,
        _ => original_html.clone(),
    };
    let source_name = language_name(&language);
    let from = {
        let source_name = source_name.clone();
        let code = language.clone();
        move || {
            translation.get().filter(|_| showing.get()).map(|t| {
                let by = if t.human {
                    t!("translate-by-person", name = t.by)
                } else {
                    t!("translate-by-machine", provider = provider_name(&t.by))
                };
                view! {
                    <span class="translated-from">
                        {t!("translate-translated-from", language = source_name.clone(), code = code.clone())} " · " {by}
                    </span>
                }
            })
        }
    };
    let toggle = needs.then(|| {
        view! {
            {move || {
                if showing.get() {
                    view! {
                        <button type="button" class="link-button translate-toggle" on:click=on_original>
                            {t!("translate-show-original")}
                        </button>
                    }
                    .into_any()
                } else {
                    let on_translate = on_translate.clone();
                    view! {
                        <button
                            type="button"
                            class="link-button translate-toggle"
                            on:click=on_translate
                            disabled=move || fetch.pending().get()
                        >
                            {t!("translate-button")}
                        </button>
                    }
                    .into_any()
                }
            }}
            {move || fetch.pending().get().then(|| view! { <span class="muted">{t!("translate-working")}</span> })}
        }
    });
    let unavailable =
        move || failed.get().map(|why| view! { <span class="translate-unavailable">{why}</span> });
    let inline = kind == "comment";
    let bar = view! {
        <span class="translate-bar" aria-live="polite">
            {(!inline || needs).then(|| {
                (!language.is_empty()).then(|| view! {
                    <span class="written-in">{t!("translate-written-in", language = source_name.clone(), code = language.clone())}</span>
                })
            })}
            {from}
            {toggle}
            {unavailable}
            {(can_fix && !language.is_empty()).then(|| view! {
                <LanguageFix kind id language=language.clone() back=back.clone() />
            })}
            {(can_fix && kind == "post").then(|| view! {
                <a class="translate-by-hand" href=format!("/posts/{id}/translate")>{t!("translate-by-hand-link")}</a>
            })}
        </span>
    };
    if inline {
        view! {
            <span class="comment-body" inner_html=html></span>
            " "
            {bar}
        }
        .into_any()
    } else {
        view! {
            <div class="markdown" inner_html=html></div>
            <div class="translate-line">{bar}</div>
        }
        .into_any()
    }
}

fn provider_name(p: &str) -> String {
    match p {
        "libretranslate" => "LibreTranslate".to_owned(),
        "deepl" => "DeepL".to_owned(),
        "openai" => t!("translate-provider-openai"),
        other => other.to_owned(),
    }
}

/// The author's (or staff's) correction of the detected language; a plain
/// form, so it also works without JavaScript.
#[component]
fn LanguageFix(kind: &'static str, id: i64, language: String, back: String) -> impl IntoView {
    let action = ServerAction::<SetContentLanguage>::new();
    let done = move || {
        action.value().get().map(|r| match r {
            Ok(()) => t!("translate-language-saved"),
            Err(e) => e.to_string(),
        })
    };
    let select_id = format!("language-{kind}-{id}");
    view! {
        <details class="language-fix">
            <summary>{t!("translate-change-language")}</summary>
            <ActionForm action attr:class="inline-form">
                <input type="hidden" name="kind" value=kind />
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="next" value=back />
                <label for=select_id.clone()>{t!("translate-language-label")}</label>
                <select id=select_id name="language">
                    {content_languages()
                        .map(|code| {
                            view! {
                                <option value=code selected=code == language>
                                    {language_name(code)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <button type="submit" class="button button-small">{t!("translate-language-save")}</button>
                <span role="status">{done}</span>
            </ActionForm>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(reads: &[&str]) -> SessionUser {
        SessionUser {
            id: domain::UserId(1),
            username: "m".into(),
            role: domain::Role::Member,
            avatar_version: None,
            ui_language: String::new(),
            reads: reads.iter().map(|s| (*s).to_owned()).collect(),
            auto_translate: false,
        }
    }

    #[test]
    fn readers_get_a_toggle_only_for_languages_they_do_not_read() {
        let visitor = Reader::of(None);
        assert_eq!(visitor.target, "en");
        assert!(!visitor.needs("en") && visitor.needs("fr") && !visitor.needs(""));
        let french = Reader::of(Some(&member(&["fr"])));
        assert_eq!(french.target, "fr");
        assert!(french.needs("en") && !french.needs("fr"));
        let both = Reader::of(Some(&member(&["fr", "en"])));
        assert_eq!(both.target, "en", "the page's language first when they read it");
        assert!(!both.needs("en") && !both.needs("fr") && both.needs("ru"));
    }

    #[test]
    fn every_content_language_has_a_name_everywhere() {
        for (code, _) in crate::i18n::sources() {
            let locale = crate::i18n::Locale::parse(code).expect("locale");
            for lang in content_languages() {
                let key = format!("lang-{lang}");
                assert_ne!(crate::i18n::t_in(locale, &key, &[]), key, "{code} lacks {key}");
            }
        }
    }
}
