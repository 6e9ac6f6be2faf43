use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::api::overview::community_overview;
use crate::api::topics::{home_data, HomeLists};
use crate::app::SessionResource;
use crate::components::time::Time;
use crate::components::topics::{CategoryBadge, TopicRows};

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
                    {format!(
                        "Welcome to {name}. Ask a question, share what you know, and get answers from other \
                         customers and our support team. Every solved question helps the next person who has the same problem."
                    )}
                </p>
                {(!signed_in).then(|| view! {
                    <p class="hero-actions">
                        <a class="button button-primary" href="/signup">"Join the community"</a>
                        <a class="button button-ghost" href="/signin">"I already have an account"</a>
                    </p>
                })}
            }
        })
    };
    view! {
        <Title text="" />
        <Meta name="description" content="Ask the community: answers from customers and the support team, searchable by everyone." />
        <section class="hero">
            <h1>"How can we help?"</h1>
            <Transition fallback=|| ()>{hero}</Transition>
        </section>
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match home.await {
                    Ok(data) => view! { <HomeSections data /> }.into_any(),
                    Err(e) => view! { <p class="alert alert-error">{e.to_string()}</p> }.into_any(),
                }
            })}
        </Transition>
        <section class="home-grid">
            <article class="panel">
                <h2>"How it works"</h2>
                <ol class="steps">
                    <li><strong>"Search first."</strong> " Someone may already have solved it."</li>
                    <li><strong>"Ask the community."</strong> " Members and agents answer, live."</li>
                    <li><strong>"Accept the best answer."</strong> " It is pinned on top for the next reader."</li>
                </ol>
            </article>
            <article class="panel">
                <h2>"Our support team"</h2>
                <Suspense fallback=|| view! { <p class="muted">"Loading…"</p> }>
                    {move || overview.get().map(|r| match r {
                        Ok(o) => view! {
                            <p class="muted">{format!("{} members have joined so far.", o.member_count)}</p>
                            <ul class="team">
                                {o.team.into_iter().map(|m| view! {
                                    <li>
                                        <span class="avatar" aria-hidden="true">{m.username.chars().next().unwrap_or('?').to_ascii_uppercase().to_string()}</span>
                                        <span>{m.username}</span>
                                        <span class="role-badge">{m.role.label()}</span>
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
                    <td>{topics}</td>
                    <td>{posts}</td>
                    <td>{last.map(|ms| view! { <Time ms /> })}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="panel">
            <div class="panel-header">
                <h2>"Categories"</h2>
                <a class="button button-primary" href="/ask">"Ask a question"</a>
            </div>
            <div class="table-wrap">
                <table class="table categories-table">
                    <thead><tr><th scope="col">"Category"</th><th scope="col">"Topics"</th><th scope="col">"Posts"</th><th scope="col">"Latest activity"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
        <section class="panel">
            <div class="panel-header">
                <h2>"Latest questions"</h2>
                <a href="/questions">"All questions"</a>
            </div>
            <TopicRows topics=latest categories=categories />
        </section>
    }
}
