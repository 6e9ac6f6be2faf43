//! `/badges`: every badge, its tier and criteria, and how many hold it.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::api::reputation::badge_catalogue;
use crate::pages::not_found::ErrorPanel;

#[component]
pub fn BadgesPage() -> impl IntoView {
    let catalogue = Resource::new(|| (), |_| badge_catalogue());
    view! {
        <Title text="Badges" />
        <Meta name="description" content="Every badge members can earn, and what earns it." />
        <section class="panel">
            <h1>"Badges"</h1>
            <p class="muted">"Badges are awarded automatically when a member's help meets the criteria."</p>
            <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match catalogue.await {
                        Ok(entries) => view! {
                            <table class="badge-table">
                                <thead><tr>
                                    <th scope="col">"Badge"</th><th scope="col">"Tier"</th>
                                    <th scope="col">"Criteria"</th><th scope="col">"Members"</th>
                                </tr></thead>
                                <tbody>
                                    {entries.into_iter().filter_map(|e| {
                                        let def = domain::badges::by_key(&e.key)?;
                                        let recent = (!e.recent.is_empty()).then(|| view! {
                                            <span class="muted">
                                                " — recently: "
                                                {e.recent.iter().enumerate().map(|(i, u)| view! {
                                                    {(i > 0).then_some(", ")}
                                                    <a href=format!("/u/{u}")>{u.clone()}</a>
                                                }).collect_view()}
                                            </span>
                                        });
                                        Some(view! {
                                            <tr>
                                                <th scope="row"><span class=format!("badge badge-{}", def.tier.as_str())>{def.name}</span></th>
                                                <td>{def.tier.label()}</td>
                                                <td>{def.criteria}</td>
                                                <td>{e.holders}{recent}</td>
                                            </tr>
                                        })
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }.into_any(),
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
