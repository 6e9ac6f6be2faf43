//! The search page: `/search?q=…` with filters and sorts in the URL, so a
//! search can be shared as a link. A plain GET form: it works before (and
//! without) the WASM.

use domain::search::{DocKind, SearchHit, SearchRequest};
use domain::FieldError;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use crate::api::search::{search, SearchPage as Page};
use crate::components::time::Time;
use crate::pages::not_found::ErrorPanel;
use domain::urlencode;

#[component]
pub fn SearchPage() -> impl IntoView {
    let query = use_query_map();
    let request = move || {
        let q = query.read();
        let get = |k: &str| q.get(k).unwrap_or_default();
        SearchRequest {
            q: get("q"),
            category: get("category"),
            tag: get("tag"),
            status: get("status"),
            kind: get("kind"),
            lang: get("lang"),
            author: get("author"),
            from: get("from"),
            to: get("to"),
            sort: get("sort"),
            page: domain::search::page_param(&get("page")),
        }
    };
    let page = Resource::new(request, search);
    view! {
        <Meta name="robots" content="noindex" />
        <Transition fallback=|| view! { <p class="muted">{t!("search-searching")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(p) => view! { <SearchView page=p /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Transition>
    }
}

fn error_of(errors: &[FieldError], field: &str) -> Option<String> {
    errors.iter().find(|e| e.field == field).map(|e| crate::i18n::error_message(e.code))
}

#[component]
fn SearchView(page: Page) -> impl IntoView {
    let Page { request: r, results, errors, categories } = page;
    let title =
        if r.q.trim().is_empty() { t!("search-title") } else { t!("search-title-query", q = r.q.trim()) };
    let err = |f: &str| error_of(&errors, f);
    let field_error = move |id: &'static str, msg: Option<String>| {
        msg.map(|m| view! { <p class="field-error" id=id role="alert">{m}</p> })
    };
    let opt = |value: &'static str, label: String, current: &str| {
        let selected = value == current;
        view! { <option value=value selected=selected>{label}</option> }
    };
    let summary = if !errors.is_empty() {
        t!("search-correct-filters")
    } else if results.parsed.is_empty() {
        t!("search-help")
    } else {
        match results.total {
            0 => t!("search-no-results"),
            n => t!("search-results", n = n),
        }
    };
    let pages = results.pages();
    let current = results.page;
    let link_to = {
        let r = r.clone();
        move |page: usize| format!("/search?{}", SearchRequest { page, ..r.clone() }.to_query())
    };
    let prev = (current > 1).then(|| link_to(current - 1));
    let next = (current < pages).then(|| link_to(current + 1));
    let sorts = ["relevance", "newest", "votes"].map(|s| {
        let href = format!("/search?{}", SearchRequest { sort: s.into(), page: 1, ..r.clone() }.to_query());
        let active = r.sort == s || (r.sort.is_empty() && s == "relevance");
        (s, href, active)
    });
    view! {
        <Title text=title />
        <section class="panel search-page">
            <h1>{t!("search-title")}</h1>
            <form method="get" action="/search" class="search-form" role="search">
                <div class="field search-main">
                    <label for="search-q">{t!("search-for")}</label>
                    <input id="search-q" name="q" type="search" value=r.q.clone() maxlength="500"
                        aria-describedby="search-q-error" aria-invalid=err("q").is_some().to_string() />
                    {field_error("search-q-error", err("q"))}
                </div>
                <details class="search-filters" open=!errors.is_empty() || !r.category.is_empty() || !r.tag.is_empty() || !r.status.is_empty() || !r.kind.is_empty() || !r.lang.is_empty() || !r.author.is_empty() || !r.from.is_empty() || !r.to.is_empty()>
                    <summary>{t!("search-filters")}</summary>
                    <div class="filter-grid">
                        <div class="field">
                            <label for="search-category">{t!("search-category")}</label>
                            <select id="search-category" name="category">
                                <option value="" selected=r.category.is_empty()>{t!("search-any-category")}</option>
                                {categories.into_iter().map(|c| {
                                    let selected = c.slug == r.category;
                                    view! { <option value=c.slug.clone() selected=selected>{c.name.clone()}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <label for="search-tag">{t!("search-tag")}</label>
                            <input id="search-tag" name="tag" type="text" value=r.tag.clone() />
                        </div>
                        <div class="field">
                            <label for="search-status">{t!("search-state")}</label>
                            <select id="search-status" name="status" aria-invalid=err("status").is_some().to_string()>
                                {opt("", t!("search-state-any"), &r.status)}
                                {opt("solved", t!("search-state-solved"), &r.status)}
                                {opt("unsolved", t!("search-state-unsolved"), &r.status)}
                                {opt("unanswered", t!("search-state-unanswered"), &r.status)}
                            </select>
                            {field_error("search-status-error", err("status"))}
                        </div>
                        <div class="field">
                            <label for="search-kind">{t!("search-kind")}</label>
                            <select id="search-kind" name="kind">
                                {opt("", t!("search-kind-all"), &r.kind)}
                                {opt("question", t!("search-kind-questions"), &r.kind)}
                                {opt("answer", t!("search-kind-answers"), &r.kind)}
                            </select>
                        </div>
                        <div class="field">
                            <label for="search-lang">{t!("search-language")}</label>
                            <select id="search-lang" name="lang" aria-invalid=err("lang").is_some().to_string()>
                                <option value="" selected=r.lang.is_empty()>{t!("search-any-language")}</option>
                                {domain::language::content().map(|l| {
                                    let selected = l.code == r.lang;
                                    view! { <option value=l.code selected=selected>{l.native}</option> }
                                }).collect_view()}
                            </select>
                            {field_error("search-lang-error", err("lang"))}
                        </div>
                        <div class="field">
                            <label for="search-author">{t!("search-author")}</label>
                            <input id="search-author" name="author" type="text" value=r.author.clone() />
                        </div>
                        <div class="field">
                            <label for="search-from">{t!("search-from")}</label>
                            <input id="search-from" name="from" type="date" value=r.from.clone()
                                aria-invalid=err("from").is_some().to_string() />
                            {field_error("search-from-error", err("from"))}
                        </div>
                        <div class="field">
                            <label for="search-to">{t!("search-to")}</label>
                            <input id="search-to" name="to" type="date" value=r.to.clone()
                                aria-invalid=err("to").is_some().to_string() />
                            {field_error("search-to-error", err("to"))}
                        </div>
                    </div>
                </details>
                <input type="hidden" name="sort" value=r.sort.clone() />
                <button type="submit" class="button button-primary">{t!("search-submit")}</button>
            </form>
            <div class="search-summary">
                <p role="status">{summary}</p>
                {field_error("search-page-error", err("page"))}
                {(results.total > 0).then(|| view! {
                    <nav class="sort-tabs" aria-label=t!("search-sort-label")>
                        {sorts.into_iter().map(|(s, href, active)| view! {
                            <a href=href aria-current=active.then_some("page")>{match s { "newest" => t!("search-sort-newest"), "votes" => t!("search-sort-votes"), _ => t!("search-sort-relevance") }}</a>
                        }).collect_view()}
                    </nav>
                })}
            </div>
            <ol class="search-results" aria-label=t!("search-results-label")>
                {results.hits.into_iter().map(|h| view! { <Hit h /> }).collect_view()}
            </ol>
            {(pages > 1).then(|| view! {
                <nav class="pager" aria-label=t!("search-pages")>
                    {prev.map(|p| view! { <a href=p rel="prev">{t!("search-previous")}</a> })}
                    <span>{t!("search-page-of", current = current, pages = pages)}</span>
                    {next.map(|n| view! { <a href=n rel="next">{t!("search-next")}</a> })}
                </nav>
            })}
            {(!r.q.trim().is_empty()).then(|| view! {
                <p class="search-ask">{t!("search-not-what-you-need")} " "
                    <a href=format!("/ask?q={}", urlencode(r.q.trim()))>{t!("search-ask")}</a>
                </p>
            })}
        </section>
    }
}

#[component]
fn Hit(h: SearchHit) -> impl IntoView {
    let kind = match h.kind {
        DocKind::Answer if h.accepted => t!("search-hit-accepted-answer"),
        DocKind::Answer => t!("search-hit-answer"),
        _ => t!("search-hit-question"),
    };
    let label = t!("search-hit-label", kind = &kind, title = &h.title);
    view! {
        <li class="search-hit" class:hit-solved=h.solved aria-label=label>
            <div class="hit-meta">
                <span class="hit-kind">{kind}</span>
                {h.solved.then(|| view! { <span class="solved-mark">{t!("search-solved")}</span> })}
                <a class="category-badge" href=format!("/c/{}", h.category_slug)>{h.category_name.clone()}</a>
            </div>
            // Escaped by the index; only <mark> is markup.
            <a class="hit-title" href=h.path() inner_html=h.title_html.clone()></a>
            <p class="hit-snippet" inner_html=h.snippet_html.clone()></p>
            <div class="hit-foot muted">
                <span>{t!("search-hit-votes", n = h.score)}</span>
                {(h.kind != DocKind::Answer).then(|| view! { <span>{t!("search-hit-answers", n = h.answer_count)}</span> })}
                <span>{t!("search-hit-by")} " " <a href=format!("/u/{}", h.author)>{h.author.clone()}</a></span>
                <Time at=h.created_at />
                <ul class="tag-list">
                    {h.tags.iter().map(|t| view! { <li><a class="tag" href=format!("/tags/{}", urlencode(t))>{t.clone()}</a></li> }).collect_view()}
                </ul>
            </div>
        </li>
    }
}
