//! Every tag, grouped, with how many questions use it.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::api::topics::{tag_index, TagDirectory};
use crate::pages::not_found::ErrorPanel;
use domain::urlencode;

#[component]
pub fn TagsPage() -> impl IntoView {
    let index = Resource::new(|| (), |_| tag_index());
    view! {
        <Title text=t!("tags-title") />
        <Meta name="description" content=t!("tags-description") />
        <Transition fallback=|| view! { <p class="muted">{t!("tags-loading")}</p> }>
            {move || Suspend::new(async move {
                match index.await {
                    Ok(i) => view! { <TagsView index=i /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn TagsView(index: TagDirectory) -> impl IntoView {
    let TagDirectory { tags, groups } = index;
    let mut sections: Vec<(String, Vec<domain::model::Tag>)> = groups
        .iter()
        .map(|g| (g.name.clone(), tags.iter().filter(|t| t.group_id == Some(g.id)).cloned().collect()))
        .collect();
    let other: Vec<_> = tags
        .iter()
        .filter(|t| t.group_id.is_none_or(|g| !groups.iter().any(|x| x.id == g)))
        .cloned()
        .collect();
    if !other.is_empty() {
        sections.push((if groups.is_empty() { t!("tags-all") } else { t!("tags-other") }, other));
    }
    view! {
        <section class="panel">
            <h1>{t!("tags-title")}</h1>
            {sections.into_iter().filter(|(_, t)| !t.is_empty()).map(|(name, tags)| view! {
                <h2>{name}</h2>
                <ul class="tag-grid">
                    {tags.into_iter().map(|t| view! {
                        <li class="tag-card">
                            <a class="tag" href=format!("/tags/{}", urlencode(&t.name))>{t.name.clone()}</a>
                            <span class="muted">{format!(" × {}", crate::i18n::number(t.topic_count))}</span>
                            <p class="muted">{t.description}</p>
                        </li>
                    }).collect_view()}
                </ul>
            }).collect_view()}
        </section>
    }
}
