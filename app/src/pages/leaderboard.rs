//! `/leaderboard`: top contributors by reputation gained in a period,
//! overall or in one category or tag. The choice lives in the URL.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use crate::api::reputation::{leaderboard, LeaderboardPage};
use crate::components::votes::AuthorName;
use crate::pages::not_found::ErrorPanel;
use crate::pages::urlencode;

const PERIODS: [(&str, &str); 3] = [("week", "This week"), ("month", "This month"), ("all", "All time")];

#[component]
pub fn LeaderboardView() -> impl IntoView {
    let query = use_query_map();
    let get = move |k: &str| query.read().get(k).filter(|s| !s.is_empty());
    let board = Resource::new(
        move || (get("period"), get("category"), get("tag")),
        |(period, category, tag)| leaderboard(period, category, tag),
    );
    view! {
        <Title text="Leaderboard" />
        <Meta name="description" content="The members who helped most this week, this month and of all time." />
        <section class="panel">
            <h1>"Leaderboard"</h1>
            <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match board.await {
                        Ok(b) => view! { <Board board=b /> }.into_any(),
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

fn link(period: &str, category: Option<&str>, tag: Option<&str>) -> String {
    let mut q = format!("/leaderboard?period={period}");
    if let Some(c) = category {
        q.push_str(&format!("&category={}", urlencode(c)));
    }
    if let Some(t) = tag {
        q.push_str(&format!("&tag={}", urlencode(t)));
    }
    q
}

#[component]
fn Board(board: LeaderboardPage) -> impl IntoView {
    let LeaderboardPage { period, category, tag, leaders, categories } = board;
    let scope = match (&category, &tag) {
        (Some(c), _) => categories.iter().find(|(s, _)| s == c).map(|(_, n)| format!(" in {n}")),
        (None, Some(t)) => Some(format!(" in tag {t}")),
        _ => None,
    }
    .unwrap_or_default();
    let caption = format!(
        "Reputation gained {}{scope}",
        PERIODS.iter().find(|p| p.0 == period).map_or("of all time", |p| match p.0 {
            "week" => "this week",
            "month" => "this month",
            _ => "of all time",
        })
    );
    view! {
        <nav class="tabs" aria-label="Period">
            {PERIODS.iter().map(|(key, label)| view! {
                <a href=link(key, category.as_deref(), tag.as_deref()) aria-current=(period == *key).then_some("page")>{*label}</a>
            }).collect_view()}
        </nav>
        <form method="get" action="/leaderboard" class="filter-bar">
            <input type="hidden" name="period" value=period.clone() />
            <label for="board-category">"Category"</label>
            <select id="board-category" name="category">
                <option value="" selected=category.is_none()>"All categories"</option>
                {categories.iter().map(|(slug, name)| view! {
                    <option value=slug.clone() selected=category.as_deref() == Some(slug.as_str())>{name.clone()}</option>
                }).collect_view()}
            </select>
            <label for="board-tag">"Tag"</label>
            <input id="board-tag" name="tag" value=tag.clone().unwrap_or_default() />
            <button type="submit" class="button button-small">"Show"</button>
        </form>
        {if leaders.is_empty() {
            view! { <p class="empty-state">"Nobody has gained reputation here in this period yet."</p> }.into_any()
        } else {
            view! {
                <table class="leaderboard">
                    <caption>{caption}</caption>
                    <thead><tr><th scope="col">"Rank"</th><th scope="col">"Member"</th><th scope="col">"Gained"</th></tr></thead>
                    <tbody>
                        {leaders.into_iter().map(|l| view! {
                            <tr>
                                <td>{l.rank}</td>
                                <th scope="row"><AuthorName author=l.author /></th>
                                <td>{format!("+{}", l.gained)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
    }
}
