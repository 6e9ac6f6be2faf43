use leptos::prelude::*;

/// A member's picture when they have one, else the initial of their name.
/// `label` names the picture for screen readers; leave it out where the
/// name is written right beside it.
#[component]
pub fn Avatar(
    username: String,
    version: Option<i64>,
    #[prop(optional)] large: bool,
    #[prop(optional)] label: bool,
) -> impl IntoView {
    let class = if large { "avatar avatar-large" } else { "avatar" };
    let side = if large { 64 } else { 28 };
    match version {
        Some(v) => {
            let alt = if label { t!("post-avatar-alt", name = &username) } else { String::new() };
            view! {
                <img class=class src=domain::profile::avatar_url(&username, v) alt=alt width=side height=side />
            }
            .into_any()
        }
        None => view! {
            <span class=class aria-hidden="true">{domain::profile::initial(&username)}</span>
        }
        .into_any(),
    }
}
