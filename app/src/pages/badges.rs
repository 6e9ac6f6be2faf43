//! `/badges`: every badge, its tier and criteria, and how many hold it.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::api::reputation::badge_catalogue;
use crate::pages::not_found::ErrorPanel;

#[component]
pub fn BadgesPage() -> impl IntoView {
    let catalogue = Resource::new(|| (), |_| badge_catalogue());
    view! {
        <Title text=t!("badges-title") />
        <Meta name="description" content=t!("badges-description") />
        <section class="panel">
            <h1>{t!("badges-title")}</h1>
            <p class="muted">{t!("badges-intro")}</p>
            <Transition fallback=|| view! { <p class="muted">{t!("badges-loading")}</p> }>
                {move || Suspend::new(async move {
                    match catalogue.await {
                        Ok(entries) => view! {
                            <table class="badge-table">
                                <thead><tr>
                                    <th scope="col">{t!("badges-col-badge")}</th><th scope="col">{t!("badges-col-tier")}</th>
                                    <th scope="col">{t!("badges-col-criteria")}</th><th scope="col">{t!("badges-col-members")}</th>
                                </tr></thead>
                                <tbody>
                                    {entries.into_iter().filter_map(|e| {
                                        let def = domain::badges::by_key(&e.key)?;
                                        let recent = (!e.recent.is_empty()).then(|| view! {
                                            <span class="muted">
                                                " — " {t!("badges-recently")} " "
                                                {e.recent.iter().enumerate().map(|(i, u)| view! {
                                                    {(i > 0).then(|| t!("badges-list-separator"))}
                                                    <a href=format!("/u/{u}")>{u.clone()}</a>
                                                }).collect_view()}
                                            </span>
                                        });
                                        Some(view! {
                                            <tr>
                                                <th scope="row"><span class=format!("badge badge-{}", def.tier.as_str())>{badge_name(def.key)}</span></th>
                                                <td>{tier_label(def.tier)}</td>
                                                <td>{crate::i18n::t(&criteria_key(def.key))}</td>
                                                <td>{crate::i18n::number(e.holders)}{recent}</td>
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

/// The message id of a badge's name (`badge-name-first-question`).
pub fn name_key(key: &str) -> String {
    format!("badge-name-{}", key.replace('_', "-"))
}

/// The message id of what earns a badge.
pub fn criteria_key(key: &str) -> String {
    format!("badge-criteria-{}", key.replace('_', "-"))
}

/// A badge's name in the page's language.
pub fn badge_name(key: &str) -> String {
    crate::i18n::t(&name_key(key))
}

/// A tier's name ("Gold") in the page's language.
pub fn tier_label(tier: domain::badges::Tier) -> String {
    crate::i18n::t(&format!("badge-tier-{}", tier.as_str()))
}
