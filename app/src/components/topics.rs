use domain::model::{Category, TopicSummary};
use leptos::prelude::*;

use crate::components::time::Time;
use crate::components::votes::AuthorName;
use crate::pages::urlencode;

/// A category's name with its colour, linking to its page.
#[component]
pub fn CategoryBadge(category: Category) -> impl IntoView {
    let lock = (category.visibility != domain::Visibility::Public).then(|| {
        view! { <span class="visually-hidden">{format!(" ({})", category.visibility.label())}</span> }
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
        <ul class="tag-list" aria-label="Tags">
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
    let answers_label = if topic.answer_count == 1 { "answer" } else { "answers" };
    let views_label = if topic.view_count == 1 { "view" } else { "views" };
    let votes_label = if topic.score.abs() == 1 { "vote" } else { "votes" };
    let kind = (topic.kind != domain::PostKind::Question)
        .then(|| view! { <span class="kind-badge">{topic.kind.label()}</span> });
    view! {
        <li class="topic-row">
            <div class="topic-stats" aria-hidden="false">
                <span class="stat"><strong>{topic.score}</strong>" "{votes_label}</span>
                <span class="stat" class:stat-answered=(topic.answer_count > 0) class:stat-solved=topic.solved>
                    <strong>{topic.answer_count}</strong>" "{answers_label}
                </span>
                <span class="stat muted"><strong>{topic.view_count}</strong>" "{views_label}</span>
            </div>
            <div class="topic-main">
                <h3 class="topic-title">
                    {topic.pinned.then(|| view! { <span class="badge" title="Pinned by the moderators">"Pinned"</span> })}
                    {topic.featured.then(|| view! { <span class="badge badge-featured">"Featured"</span> })}
                    {topic.solved.then(|| view! { <span class="solved-mark" title="Solved">"Solved"</span> })}
                    {kind}
                    <a href=path>{topic.title.clone()}</a>
                </h3>
                <p class="topic-excerpt">{topic.excerpt.clone()}</p>
                <div class="topic-meta">
                    {category.map(|c| view! { <CategoryBadge category=c /> })}
                    <TagLinks tags=topic.tags.clone() />
                    <span class="topic-byline">
                        <AuthorName author=topic.author.clone() />
                        " asked " <Time ms=topic.created_at />
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
        return view! { <p class="empty-state">"No questions here yet."</p> }.into_any();
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
