//! `/posts/:id/translate?lang=fr`: the author or an agent writes (or
//! corrects) the translation of a post into one language. It is labelled
//! with their name and wins over a machine translation.

use domain::id::PostId;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::translation::{translation_draft, DraftTranslation, SaveTranslation};
use crate::components::editor::MarkdownEditor;
use crate::components::form::{FormAlert, TextField};
use crate::components::translate::language_name;
use crate::pages::not_found::ErrorPanel;

#[component]
pub fn TranslatePostPage() -> impl IntoView {
    let action = ServerAction::<SaveTranslation>::new();
    let params = use_params_map();
    let query = use_query_map();
    let id = move || params.read().get("id").and_then(|s| s.parse::<PostId>().ok());
    let lang = move || query.read().get("lang").unwrap_or_default();
    let data = Resource::new(
        move || (id(), lang()),
        |(id, lang)| async move {
            match id {
                Some(id) => translation_draft(id, lang).await,
                None => Err(crate::AppError::NotFound),
            }
        },
    );
    view! {
        <Title text=t!("translate-page-title") />
        <Meta name="robots" content="noindex" />
        <Transition fallback=|| view! { <p class="muted">{t!("translate-loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => view! { <TranslateForm data=d language=lang() action /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn TranslateForm(
    data: DraftTranslation,
    language: String,
    action: ServerAction<SaveTranslation>,
) -> impl IntoView {
    let failed = move || action.value().get().and_then(Result::err);
    let initial_err = action.value().get_untracked().and_then(Result::err);
    let keep = |name: &str, current: &str| {
        initial_err.as_ref().and_then(|e| e.echo(name)).unwrap_or_else(|| current.to_owned())
    };
    let field = move |name: &'static str| Signal::derive(move || failed().and_then(|e| e.field(name)));
    let message = Signal::derive(move || failed().map(|e| e.to_string()));
    let targets: Vec<&str> =
        domain::language::community().map(|l| l.code).filter(|c| *c != data.source_language).collect();
    let language = keep("language", &language);
    let chosen = targets.iter().any(|c| *c == language);
    let back = format!(
        "/q/{}{}",
        data.topic_id,
        domain::model::post_anchor(data.topic_id, Some(data.post_id), None)
    );
    let (title, body) = (keep("title", &data.title), keep("body", &data.body));
    let existing = (!data.by.is_empty()).then(|| {
        if data.human {
            t!("translate-page-existing-human", name = data.by.clone())
        } else {
            t!("translate-page-existing-machine")
        }
    });
    let source = language_name(&data.source_language);
    view! {
        <section class="panel ask-panel">
            <p><a href=back.clone()>{t!("translate-page-back")}</a></p>
            <h1>{t!("translate-page-heading")}</h1>
            <p class="muted">{t!("translate-page-intro", language = source)}</p>
            // Choosing the language reloads the page with what is stored for it.
            <form method="get" class="form inline-form translate-choose">
                <label for="translate-lang">{t!("translate-page-into")}</label>
                <select id="translate-lang" name="lang">
                    <option value="" selected=!chosen>{t!("translate-page-choose")}</option>
                    {targets
                        .iter()
                        .map(|c| view! { <option value=*c selected=*c == language>{language_name(c)}</option> })
                        .collect_view()}
                </select>
                <button type="submit" class="button button-small">{t!("translate-page-open")}</button>
            </form>
            <details class="translate-original">
                <summary>{t!("translate-page-original")}</summary>
                {data.original_title.clone().map(|t| view! { <p><strong>{t}</strong></p> })}
                <pre class="translate-original-text">{data.original_body.clone()}</pre>
            </details>
            {chosen.then(|| view! {
                {existing.map(|e| view! { <p class="muted">{e}</p> })}
                <FormAlert message />
                <ActionForm action attr:class="form" attr:novalidate=true>
                    <input type="hidden" name="post_id" value=data.post_id.get() />
                    <input type="hidden" name="language" value=language.clone() />
                    {data.original_title.is_some().then(|| view! {
                        <TextField label=t!("translate-page-title-field") name="title" value=title.clone() error=field("title") required=true />
                    })}
                    <MarkdownEditor label=t!("translate-page-body-field") name="body" initial=body.clone() error=field("body") rows=14 />
                    <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                        {t!("translate-page-save")}
                    </button>
                    " " <a class="button button-ghost" href=back.clone()>{t!("translate-page-cancel")}</a>
                </ActionForm>
            })}
        </section>
    }
}
