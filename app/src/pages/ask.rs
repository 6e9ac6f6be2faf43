//! Asking a question or opening a discussion.

use domain::id::CategoryId;
use domain::post::{parse_body, parse_tags, parse_title};
use domain::PostKind;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use crate::api::posting::Ask;
use crate::api::topics::{ask_form, AskData};
use crate::components::editor::MarkdownEditor;
use crate::components::form::FormAlert;
use crate::components::similar::SimilarQuestions;
use crate::pages::not_found::ErrorPanel;

#[component]
pub fn AskPage() -> impl IntoView {
    let action = ServerAction::<Ask>::new();
    let query = use_query_map();
    // Search first: the form comes after the asker has seen what exists
    // (or straight away when a submission came back with errors).
    let form_step = move || {
        query.read().get("step").as_deref() == Some("form")
            || action.value().get().is_some_and(|r| r.is_err())
    };
    let data = Resource::new(|| (), |_| ask_form());
    view! {
        <Title text=t!("ask-title") />
        <Meta name="robots" content="noindex" />
        <Show when=form_step fallback=|| view! { <SearchFirst /> }>
            <Transition fallback=|| view! { <p class="muted">{t!("post-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => view! { <AskForm data=d action /> }.into_any(),
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}
            </Transition>
        </Show>
    }
}

/// The first step of asking: a search box holding the asker's words and
/// the questions that already exist, before any form.
#[component]
fn SearchFirst() -> impl IntoView {
    let query = use_query_map();
    let initial =
        query.read_untracked().get("q").or_else(|| query.read_untracked().get("title")).unwrap_or_default();
    let words = RwSignal::new(initial.clone());
    view! {
        <section class="panel ask-panel">
            <h1>{t!("ask-title")}</h1>
            <p class="lead">{t!("ask-search-lead")}</p>
            <form method="get" action="/ask" class="form">
                <input type="hidden" name="step" value="form" />
                <div class="field">
                    <label for="ask-search">{t!("ask-search-label")}</label>
                    <input id="ask-search" name="title" type="search" value=initial maxlength="300" autocomplete="off"
                        on:input=move |ev| words.set(event_target_value(&ev)) />
                </div>
                <SimilarQuestions title=words.into() body=Signal::derive(String::new) />
                <button type="submit" class="button button-primary">{t!("ask-search-submit")}</button>
            </form>
        </section>
    }
}

#[component]
fn AskForm(data: AskData, action: ServerAction<Ask>) -> impl IntoView {
    let query = use_query_map();
    let failed = move || action.value().get().and_then(Result::err);
    let initial_err = action.value().get_untracked().and_then(Result::err);
    let echo = |name: &str| initial_err.as_ref().and_then(|e| e.echo(name));
    let field = |name: &'static str| {
        let initial = initial_err.as_ref().and_then(|e| e.field(name));
        let sig = RwSignal::new(initial);
        Effect::new(move |_| {
            if let Some(e) = failed() {
                sig.set(e.field(name));
            }
        });
        sig
    };
    let (title_err, body_err, tags_err, cat_err, kind_err) =
        (field("title"), field("body"), field("tags"), field("category_id"), field("kind"));
    let message = Signal::derive(move || failed().map(|e| e.to_string()));

    let wanted_category = echo("category_id").and_then(|c| c.parse::<CategoryId>().ok()).or_else(|| {
        let slug = query.read_untracked().get("category");
        data.categories.iter().find(|c| Some(&c.slug) == slug.as_ref()).map(|c| c.id)
    });
    let kind = echo("kind").unwrap_or_else(|| "question".into());
    let title = echo("title").or_else(|| query.read_untracked().get("title")).unwrap_or_default();
    let tags = echo("tags").unwrap_or_default();
    let typed_title = RwSignal::new(title.clone());
    let typed_body = RwSignal::new(String::new());
    let body = echo("body").unwrap_or_default();

    // Same rules as the server, checked as each field is left.
    let check = crate::components::form::check_on_leave;
    let tag_hint =
        if data.may_create_tags { t!("ask-tags-hint-create") } else { t!("ask-tags-hint-existing") };
    let tag_names: Vec<String> = data.tags.iter().map(|t| t.name.clone()).collect();
    let categories = data.categories.clone();
    view! {
        <section class="panel ask-panel">
            <h1>{t!("ask-title")}</h1>
            <p class="lead">{t!("ask-lead")}</p>
            <p class="muted">
                {t!("ask-guidelines-before")}" "<a href="/guidelines">{t!("ask-guidelines-link")}</a>{t!("ask-guidelines-after")}
            </p>
            {data.first_time_guidelines.clone().map(|html| view! {
                <aside class="guidelines-intro" aria-labelledby="guidelines-intro-heading">
                    <h2 id="guidelines-intro-heading">{t!("ask-guidelines-intro")}</h2>
                    <div class="markdown" inner_html=html></div>
                </aside>
            })}
            <FormAlert message />
            <ActionForm action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="request_key" value=data.form_key.clone() />
                <fieldset class="field kind-choice">
                    <legend>{t!("ask-kind")}</legend>
                    {[PostKind::Question, PostKind::Discussion].into_iter().map(|k| {
                        let id = format!("kind-{}", k.as_str());
                        let label_for = id.clone();
                        let hint = match k {
                            PostKind::Question => t!("ask-kind-question"),
                            _ => t!("ask-kind-discussion"),
                        };
                        view! {
                            <label for=label_for class="radio">
                                <input type="radio" id=id name="kind" value=k.as_str() checked=kind == k.as_str() />
                                {hint}
                            </label>
                        }
                    }).collect_view()}
                    <p class="field-error" role="alert" hidden=move || kind_err.get().is_none()>{move || kind_err.get().unwrap_or_default()}</p>
                </fieldset>
                <div class="field" class:field-invalid=move || cat_err.get().is_some()>
                    <label for="field-category_id">{t!("ask-category")}</label>
                    <select id="field-category_id" name="category_id" aria-describedby="field-category_id-error"
                        aria-invalid=move || if cat_err.get().is_some() { "true" } else { "false" }>
                        <option value="" selected=wanted_category.is_none()>{t!("ask-category-choose")}</option>
                        {categories.into_iter().map(|c| {
                            let label = if c.parent_id.is_some() { format!("— {}", c.name) } else { c.name.clone() };
                            let accepts = c.post_types.iter().map(|k| kind_name(k)).collect::<Vec<_>>().join(", ");
                            view! { <option value=c.id.get() selected=wanted_category == Some(c.id) title=t!("ask-category-accepts", kinds = accepts)>{label}</option> }
                        }).collect_view()}
                    </select>
                    <p class="field-error" id="field-category_id-error" role="alert" hidden=move || cat_err.get().is_none()>{move || cat_err.get().unwrap_or_default()}</p>
                </div>
                <div class="field" class:field-invalid=move || title_err.get().is_some()
                    on:focusout=check(title_err, |v| parse_title(v).err().map(|e| crate::i18n::error_message(e.code)))>
                    <label for="field-title">{t!("ask-title-label")}</label>
                    <input id="field-title" name="title" type="text" value=title maxlength="300"
                        on:input=move |ev| typed_title.set(event_target_value(&ev))
                        aria-describedby="field-title-hint field-title-error"
                        aria-invalid=move || if title_err.get().is_some() { "true" } else { "false" } />
                    <p class="field-hint" id="field-title-hint">{t!("ask-title-hint")}</p>
                    <p class="field-error" id="field-title-error" role="alert" hidden=move || title_err.get().is_none()>{move || title_err.get().unwrap_or_default()}</p>
                </div>
                <SimilarQuestions title=typed_title.into() body=typed_body.into() />
                <div on:focusout=check(body_err, |v| parse_body(v, "body").err().map(|e| crate::i18n::error_message(e.code)))
                    on:input=move |ev| typed_body.set(event_target_value(&ev))>
                    <MarkdownEditor
                        label=t!("ask-body-label")
                        name="body"
                        initial=body
                        error=body_err
                        rows=12
                        hint=t!("ask-body-hint")
                    />
                </div>
                <div class="field" class:field-invalid=move || tags_err.get().is_some()
                    on:focusout=check(tags_err, |v| parse_tags(v).err().map(|e| crate::i18n::error_message(e.code)))>
                    <label for="field-tags">{t!("ask-tags-label")}</label>
                    <input id="field-tags" name="tags" type="text" value=tags list="known-tags" autocomplete="off"
                        aria-describedby="field-tags-hint field-tags-error"
                        aria-invalid=move || if tags_err.get().is_some() { "true" } else { "false" } />
                    <datalist id="known-tags">
                        {tag_names.into_iter().map(|t| view! { <option value=t></option> }).collect_view()}
                    </datalist>
                    <p class="field-hint" id="field-tags-hint">{tag_hint}</p>
                    <p class="field-error" id="field-tags-error" role="alert" hidden=move || tags_err.get().is_none()>{move || tags_err.get().unwrap_or_default()}</p>
                </div>
                <button type="submit" class="button button-primary" disabled=move || action.pending().get()>{t!("ask-submit")}</button>
            </ActionForm>
        </section>
    }
}

/// A post type as a category's tooltip lists it ("question, discussion").
fn kind_name(kind: &str) -> String {
    match kind {
        "question" => t!("ask-kind-name-question"),
        "discussion" => t!("ask-kind-name-discussion"),
        "answer" => t!("ask-kind-name-answer"),
        other => other.to_owned(),
    }
}
