use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::api::overview::community_overview;
use crate::app::SessionResource;

#[component]
pub fn Home() -> impl IntoView {
    let session = expect_context::<SessionResource>();
    let overview = Resource::new(|| (), |_| community_overview());
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
