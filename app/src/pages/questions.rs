//! Topic lists: all questions, a category's, a tag's. Sort, filters and the
//! cursor live in the URL, so every view can be shared as a link.

use domain::id::CategoryId;
use domain::model::{ListQuery, Sort, StatusFilter};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::topics::{list_topics, TopicList};
use crate::components::follow::FollowControl;
use crate::components::new_bar::{push_once, NewBar};
use crate::components::topics::{CategoryBadge, TopicRows};
use crate::pages::not_found::ErrorPanel;
use domain::follow::FollowTarget;
use domain::live::LiveEvent;
use domain::urlencode;

/// What the list is scoped to by its route.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    All,
    Category,
    Tag,
}

#[component]
pub fn QuestionsPage() -> impl IntoView {
    view! { <TopicListPage scope=Scope::All /> }
}

#[component]
pub fn CategoryPage() -> impl IntoView {
    view! { <TopicListPage scope=Scope::Category /> }
}

#[component]
pub fn TagPage() -> impl IntoView {
    view! { <TopicListPage scope=Scope::Tag /> }
}

#[component]
fn TopicListPage(scope: Scope) -> impl IntoView {
    let query = use_query_map();
    let params = use_params_map();
    let get = move |k: &str| query.read().get(k).filter(|s| !s.is_empty());
    let source = move || {
        let (category, tag) = match scope {
            Scope::All => (get("category"), get("tag")),
            Scope::Category => (params.read().get("slug"), get("tag")),
            Scope::Tag => (get("category"), params.read().get("name")),
        };
        (get("sort"), get("status"), category, tag, get("after"))
    };
    // Bumped by "show" on the new-questions bar.
    let reload = RwSignal::new(0u64);
    let list = Resource::new(
        move || (source(), reload.get()),
        |((sort, status, category, tag, after), _)| list_topics(sort, status, category, tag, after),
    );
    view! {
        <Transition fallback=|| view! { <p class="muted">{t!("questions-loading")}</p> }>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(data) => view! { <ListView data scope reload /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The path of this list without a query: `/questions`, `/c/slug`, `/tags/x`.
fn base_path(scope: Scope, q: &ListQuery) -> String {
    match scope {
        Scope::Category => format!("/c/{}", q.category.as_deref().unwrap_or_default()),
        Scope::Tag => format!("/tags/{}", urlencode(q.tag.as_deref().unwrap_or_default())),
        Scope::All => "/questions".to_owned(),
    }
}

/// The query string (with its `?`) of a view of this list.
fn href(scope: Scope, q: &ListQuery) -> String {
    // The scope's own filter is in the path, not the query.
    let mut q = q.clone();
    match scope {
        Scope::Category => q.category = None,
        Scope::Tag => q.tag = None,
        Scope::All => {}
    }
    let qs = q.to_query(true);
    if qs.is_empty() {
        String::new()
    } else {
        format!("?{qs}")
    }
}

#[component]
fn ListView(data: TopicList, scope: Scope, reload: RwSignal<u64>) -> impl IntoView {
    let TopicList { query, page, categories, category, tag, follow, signed_in } = data;
    let new_questions = new_questions_bar(&query, &categories, &page.topics, reload);
    let follow_control = match (&category, &tag, signed_in) {
        (Some(c), _, true) if scope == Scope::Category => Some(view! {
            <FollowControl target=FollowTarget::Category target_id=c.id.get() level=follow back=format!("/c/{}", c.slug) />
        }),
        (_, Some(t), true) if scope == Scope::Tag => Some(view! {
            <FollowControl target=FollowTarget::Tag target_id=t.id.get() level=follow back=format!("/tags/{}", urlencode(&t.name)) />
        }),
        _ => None,
    };
    let base = base_path(scope, &query);
    let link = {
        let base = base.clone();
        move |q: &ListQuery| format!("{base}{}", href(scope, q))
    };
    let (title, heading, description) = match (&category, &tag) {
        (Some(c), _) if scope == Scope::Category => (
            c.name.clone(),
            c.name.clone(),
            if c.description.is_empty() {
                t!("questions-category-description", name = &c.name)
            } else {
                c.description.clone()
            },
        ),
        (_, Some(t)) if scope == Scope::Tag => (
            t!("questions-tag-title", tag = &t.name),
            t!("questions-tag-heading", tag = &t.name),
            if t.description.is_empty() {
                t!("questions-tag-description", tag = &t.name)
            } else {
                t.description.clone()
            },
        ),
        _ => (t!("questions-all-title"), t!("questions-all-title"), t!("questions-all-description")),
    };
    let canonical = format!("{base}{}", {
        let first = ListQuery { after: None, ..query.clone() };
        href(scope, &first)
    });
    let feed = match scope {
        Scope::Category => query.category.as_ref().map(|c| format!("/feeds/c/{c}.atom")),
        Scope::Tag => query.tag.as_ref().map(|t| format!("/feeds/tags/{}.atom", urlencode(t))),
        Scope::All => Some("/feeds/questions.atom".to_owned()),
    };
    let sorts = Sort::ALL.into_iter().map(|s| {
        let q = ListQuery { sort: s, after: None, ..query.clone() };
        let current = s == query.sort;
        view! {
            <li><a href=link(&q) aria-current=current.then_some("page") class:active=current>{crate::i18n::t(&format!("questions-sort-{}", s.as_str()))}</a></li>
        }
    }).collect_view();
    let statuses = StatusFilter::ALL.into_iter().map(|s| {
        let q = ListQuery { status: s, after: None, ..query.clone() };
        let current = s == query.status;
        view! {
            <li><a href=link(&q) aria-current=current.then_some("page") class:active=current>{crate::i18n::t(&format!("questions-status-{}", s.as_str()))}</a></li>
        }
    }).collect_view();
    let subcategories: Vec<_> = category
        .as_ref()
        .filter(|_| scope == Scope::Category)
        .map(|c| categories.iter().filter(|x| x.parent_id == Some(c.id)).cloned().collect())
        .unwrap_or_default();
    let next = page.next_after.clone().map(|a| link(&ListQuery { after: Some(a), ..query.clone() }));
    let first_page = query.after.is_some().then(|| link(&ListQuery { after: None, ..query.clone() }));
    let ask_href = match (&category, scope) {
        (Some(c), Scope::Category) => format!("/ask?category={}", c.slug),
        _ => "/ask".to_owned(),
    };
    let noindex = query.after.is_some();
    view! {
        <Title text=title.clone() />
        <Meta name="description" content=description.clone() />
        <Meta property="og:title" content=title />
        <Meta property="og:description" content=description.clone() />
        <Link rel="canonical" href=canonical />
        {noindex.then(|| view! { <Meta name="robots" content="noindex, follow" /> })}
        {feed.map(|f| view! { <Link rel="alternate" type_="application/atom+xml" href=f /> })}
        <section class="panel">
            <div class="panel-header">
                <div>
                    {category.clone().filter(|_| scope == Scope::Category).map(|c| view! { <CategoryBadge category=c /> })}
                    <h1>{heading}</h1>
                    <p class="muted">{description}</p>
                    {follow_control}
                </div>
                <a class="button button-primary" href=ask_href>{t!("questions-ask")}</a>
            </div>
            {(!subcategories.is_empty()).then(|| view! {
                <nav class="subcategories" aria-label=t!("questions-subcategories")>
                    {subcategories.into_iter().map(|c| view! { <CategoryBadge category=c /> }).collect_view()}
                </nav>
            })}
            <div class="list-controls">
                <nav aria-label=t!("questions-sort-label")><ul class="pill-nav">{sorts}</ul></nav>
                <nav aria-label=t!("questions-filter-label")><ul class="pill-nav">{statuses}</ul></nav>
            </div>
            {new_questions}
            <TopicRows topics=page.topics categories=categories />
            <nav class="pager" aria-label=t!("questions-pages")>
                {first_page.map(|h| view! { <a class="button button-ghost" href=h>{t!("questions-first-page")}</a> })}
                {next.map(|h| view! { <a class="button button-ghost" href=h rel="next">{t!("questions-next-page")}</a> })}
            </nav>
        </section>
    }
}

/// "N new questions — show": counts questions asked since the list loaded
/// that belong in it (its category and sub-categories, its tag), and
/// reloads it on request.
fn new_questions_bar(
    query: &ListQuery,
    categories: &[domain::model::Category],
    shown: &[domain::model::TopicSummary],
    reload: RwSignal<u64>,
) -> impl IntoView {
    let count = RwSignal::new(Vec::<i64>::new());
    // Only the first page of the default views gains new questions on top.
    let live = query.after.is_none();
    let scope: Option<Vec<CategoryId>> = query.category.as_deref().map(|slug| {
        categories
            .iter()
            .filter(|c| {
                c.slug == slug || categories.iter().any(|p| p.slug == slug && c.parent_id == Some(p.id))
            })
            .map(|c| c.id)
            .collect()
    });
    let tag = query.tag.clone();
    let known: Vec<i64> = shown.iter().map(|t| t.id.get()).collect();
    crate::live::on_event(move |e| match e {
        LiveEvent::Question { topic_id, category_id, tags, .. }
            if live
                && !known.contains(&topic_id.get())
                && scope.as_ref().is_none_or(|s| s.contains(category_id))
                && tag.as_ref().is_none_or(|t| tags.contains(t)) =>
        {
            push_once(count, topic_id.get())
        }
        LiveEvent::Resync => reload.update(|n| *n += 1),
        _ => {}
    });
    view! { <NewBar pending=count message="questions-new-count" reload /> }
}
