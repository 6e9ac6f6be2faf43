use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::api::overview::community_overview;
use crate::api::topics::{home_data, HomeLists};
use crate::components::time::Time;
use crate::components::topics::{CategoryBadge, TopicRows};
use crate::session::SessionResource;

#[component]
pub fn Home() -> impl IntoView {
    let session = expect_context::<SessionResource>();
    let overview = Resource::new(|| (), |_| community_overview());
    let home = Resource::new(|| (), |_| home_data());
    let hero = move || {
        Suspend::new(async move {
            let session = session.await.ok();
            let name =
                session.as_ref().map(|s| s.community_name.clone()).unwrap_or_else(|| "Entraide".into());
            let signed_in = session.and_then(|s| s.user).is_some();
            view! {
                <p class="lead">
                    {t!("home-welcome", name = name)}
                </p>
                {(!signed_in).then(|| view! {
                    <p class="hero-actions">
                        <a class="button button-primary" href="/signup">{t!("home-join")}</a>
                        <a class="button button-ghost" href="/signin">{t!("home-have-account")}</a>
                    </p>
                })}
            }
        })
    };
    view! {
        <Title text="" />
        <Meta name="description" content=t!("home-description") />
        <section class="hero">
            <h1>{t!("home-heading")}</h1>
            <Transition fallback=|| ()>{hero}</Transition>
        </section>
        <Transition fallback=|| view! { <p class="muted">{t!("home-loading")}</p> }>
            {move || Suspend::new(async move {
                match home.await {
                    Ok(data) => view! { <HomeSections data /> }.into_any(),
                    Err(e) => view! { <p class="alert alert-error">{e.to_string()}</p> }.into_any(),
                }
            })}
        </Transition>
        <section class="home-grid">
            <article class="panel">
                <h2>{t!("home-how-it-works")}</h2>
                <ol class="steps">
                    <li><strong>{t!("home-step-search")}</strong> " " {t!("home-step-search-detail")}</li>
                    <li><strong>{t!("home-step-ask")}</strong> " " {t!("home-step-ask-detail")}</li>
                    <li><strong>{t!("home-step-accept")}</strong> " " {t!("home-step-accept-detail")}</li>
                </ol>
            </article>
            <article class="panel">
                <h2>{t!("home-support-team")}</h2>
                <Suspense fallback=|| view! { <p class="muted">{t!("home-loading")}</p> }>
                    {move || overview.get().map(|r| match r {
                        Ok(o) => view! {
                            <p class="muted">{t!("home-member-count", n = o.member_count)}</p>
                            <ul class="team">
                                {o.team.into_iter().map(|m| view! {
                                    <li>
                                        <span class="avatar" aria-hidden="true">{m.username.chars().next().unwrap_or('?').to_ascii_uppercase().to_string()}</span>
                                        <span>{m.username}</span>
                                        <span class="role-badge">{crate::components::header::role_label(m.role)}</span>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(e) => view! { <p class="alert alert-error">{e.to_string()}</p> }.into_any(),
                    })}
                </Suspense>
            </article>
        </section>
    }
}

#[component]
fn HomeSections(data: HomeLists) -> impl IntoView {
    let HomeLists { categories, latest } = data;
    let tops: Vec<_> = categories.iter().filter(|c| c.parent_id.is_none()).cloned().collect();
    let rows = tops
        .into_iter()
        .map(|c| {
            let children: Vec<_> = categories.iter().filter(|x| x.parent_id == Some(c.id)).cloned().collect();
            let topics: i64 = c.topic_count + children.iter().map(|x| x.topic_count).sum::<i64>();
            let posts: i64 = c.post_count + children.iter().map(|x| x.post_count).sum::<i64>();
            let last = children.iter().filter_map(|x| x.last_activity_at).chain(c.last_activity_at).max();
            view! {
                <tr>
                    <th scope="row">
                        <CategoryBadge category=c.clone() />
                        <p class="muted category-description">{c.description.clone()}</p>
                        {(!children.is_empty()).then(|| view! {
                            <p class="subcategories">{children.into_iter().map(|x| view! { <CategoryBadge category=x /> }).collect_view()}</p>
                        })}
                    </th>
                    <td>{crate::i18n::number(topics)}</td>
                    <td>{crate::i18n::number(posts)}</td>
                    <td>{last.map(|ms| view! { <Time at=ms /> })}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="panel">
            <div class="panel-header">
                <h2>{t!("home-categories")}</h2>
                <a class="button button-primary" href="/ask">{t!("home-ask")}</a>
            </div>
            <div class="table-wrap">
                <table class="table categories-table">
                    <thead><tr>
                        <th scope="col">{t!("home-col-category")}</th>
                        <th scope="col">{t!("home-col-topics")}</th>
                        <th scope="col">{t!("home-col-posts")}</th>
                        <th scope="col">{t!("home-col-latest")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
        <section class="panel">
            <div class="panel-header">
                <h2>{t!("home-latest")}</h2>
                <a href="/questions">{t!("home-all-questions")}</a>
            </div>
            <TopicRows topics=latest categories=categories />
        </section>
    }
}
