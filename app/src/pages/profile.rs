//! A member's public profile: who they are and what they asked.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use crate::api::topics::{get_profile, Profile};
use crate::components::time::Time;
use crate::components::topics::TopicRow;
use crate::pages::not_found::ErrorPanel;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let params = use_params_map();
    let profile = Resource::new(move || params.read().get("username").unwrap_or_default(), get_profile);
    view! {
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match profile.await {
                    Ok(p) => view! { <ProfileView profile=p /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ProfileView(profile: Profile) -> impl IntoView {
    let Profile { member, role, joined_at, topics } = profile;
    let initial = member.username.chars().next().unwrap_or('?').to_ascii_uppercase().to_string();
    let badge =
        (role != domain::Role::Member).then(|| view! { <span class="role-badge">{role.label()}</span> });
    view! {
        <Title text=member.username.clone() />
        <Meta name="description" content=format!("{}'s questions and answers in the community.", member.username) />
        <section class="panel profile">
            <div class="profile-header">
                <span class="avatar avatar-large" aria-hidden="true">{initial}</span>
                <div>
                    <h1>{member.username.clone()} " " {badge}</h1>
                    <p class="muted">"Member since " <Time ms=joined_at /></p>
                </div>
            </div>
            <h2>"Questions"</h2>
            {if topics.is_empty() {
                view! { <p class="empty-state">"No questions yet."</p> }.into_any()
            } else {
                view! { <ol class="topic-list">{topics.into_iter().map(|t| view! { <TopicRow topic=t /> }).collect_view()}</ol> }.into_any()
            }}
        </section>
    }
}
