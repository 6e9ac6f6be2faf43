use domain::model::{Category, TopicSummary};
use leptos::prelude::*;

use crate::components::time::Time;
use crate::components::votes::AuthorName;
use domain::urlencode;

/// A category's name with its colour, linking to its page.
#[component]
pub fn CategoryBadge(category: Category) -> impl IntoView {
    let lock = (category.visibility != domain::Visibility::Public).then(|| {
        let label = match category.visibility {
            domain::Visibility::Public => t!("topics-visibility-public"),
            domain::Visibility::Members => t!("topics-visibility-members"),
            domain::Visibility::Groups => t!("topics-visibility-groups"),
        };
        view! { <span class="visually-hidden">{format!(" ({label})")}</span> }
    });
    view! {
        <a class="category-badge" href=format!("/c/{}", category.slug)>
            <svg class="category-swatch" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" rx="3" fill=category.color.clone() /></svg>
            {category.name}
            {lock}
        </a>
    }
}

#[component]
pub fn TagLinks(tags: Vec<String>) -> impl IntoView {
    view! {
        <ul class="tag-list" aria-label=t!("topics-tags")>
            {tags.into_iter().map(|t| view! {
                <li><a class="tag" href=format!("/tags/{}", urlencode(&t))>{t.clone()}</a></li>
            }).collect_view()}
        </ul>
    }
}

/// One topic in a list: counts, title, excerpt, category, tags, author.
#[component]
pub fn TopicRow(topic: TopicSummary, #[prop(optional_no_strip)] category: Option<Category>) -> impl IntoView {
    let path = topic.path();
    let answers_label = t!("topics-answers-label", n = topic.answer_count);
    let views_label = t!("topics-views-label", n = topic.view_count);
    let votes_label = t!("topics-votes-label", n = topic.score.abs());
    let kind = (topic.kind != domain::PostKind::Question).then(|| {
        let label = match topic.kind {
            domain::PostKind::Question => t!("post-kind-question"),
            domain::PostKind::Discussion => t!("post-kind-discussion"),
            domain::PostKind::Answer => t!("post-kind-answer"),
        };
        view! { <span class="kind-badge">{label}</span> }
    });
    view! {
        <li class="topic-row">
            <div class="topic-stats" aria-hidden="false">
                <span class="stat"><strong>{crate::i18n::number(topic.score)}</strong>" "{votes_label}</span>
                <span class="stat" class:stat-answered=(topic.answer_count > 0) class:stat-solved=topic.solved>
                    <strong>{crate::i18n::number(topic.answer_count)}</strong>" "{answers_label}
                </span>
                <span class="stat muted"><strong>{crate::i18n::number(topic.view_count)}</strong>" "{views_label}</span>
            </div>
            <div class="topic-main">
                <h3 class="topic-title">
                    {topic.pinned.then(|| view! { <span class="badge" title=t!("topics-pinned-title")>{t!("topics-pinned")}</span> })}
                    {topic.featured.then(|| view! { <span class="badge badge-featured">{t!("topics-featured")}</span> })}
                    {topic.solved.then(|| view! { <span class="solved-mark" title=t!("topics-solved")>{t!("topics-solved")}</span> })}
                    {kind}
                    <a href=path>{topic.title.clone()}</a>
                </h3>
                <p class="topic-excerpt">{topic.excerpt.clone()}</p>
                <div class="topic-meta">
                    {category.map(|c| view! { <CategoryBadge category=c /> })}
                    <TagLinks tags=topic.tags.clone() />
                    <span class="topic-byline">
                        <AuthorName author=topic.author.clone() />
                        " "{t!("topics-asked")}" " <Time at=topic.created_at />
                    </span>
                </div>
            </div>
        </li>
    }
}

/// A list of topics, each with its category looked up in `categories`.
#[component]
pub fn TopicRows(topics: Vec<TopicSummary>, categories: Vec<Category>) -> impl IntoView {
    if topics.is_empty() {
        return view! { <p class="empty-state">{t!("topics-empty")}</p> }.into_any();
    }
    view! {
        <ol class="topic-list">
            {topics.into_iter().map(|t| {
                let category = categories.iter().find(|c| c.id == t.category_id).cloned();
                view! { <TopicRow topic=t category=category /> }
            }).collect_view()}
        </ol>
    }
    .into_any()
}
