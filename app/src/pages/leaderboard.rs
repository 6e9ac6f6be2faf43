//! `/leaderboard`: top contributors by reputation gained in a period,
//! overall or in one category or tag. The choice lives in the URL.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use crate::api::reputation::{leaderboard, LeaderboardPage};
use crate::components::votes::AuthorName;
use crate::pages::not_found::ErrorPanel;
use domain::urlencode;

/// Each period and the message ids of its tab and of its caption phrase.
const PERIODS: [(&str, &str, &str); 3] = [
    ("week", "leaderboard-period-week", "leaderboard-caption-week"),
    ("month", "leaderboard-period-month", "leaderboard-caption-month"),
    ("all", "leaderboard-period-all", "leaderboard-caption-all"),
];

#[component]
pub fn LeaderboardView() -> impl IntoView {
    let query = use_query_map();
    let get = move |k: &str| query.read().get(k).filter(|s| !s.is_empty());
    let board = Resource::new(
        move || (get("period"), get("category"), get("tag")),
        |(period, category, tag)| leaderboard(period, category, tag),
    );
    view! {
        <Title text=t!("leaderboard-title") />
        <Meta name="description" content=t!("leaderboard-description") />
        <section class="panel">
            <h1>{t!("leaderboard-title")}</h1>
            <Transition fallback=|| view! { <p class="muted">{t!("leaderboard-loading")}</p> }>
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
    let when =
        crate::i18n::t(PERIODS.iter().find(|p| p.0 == period).map_or("leaderboard-caption-all", |p| p.2));
    let caption = match (&category, &tag) {
        (Some(c), _) => match categories.iter().find(|(s, _)| s == c) {
            Some((_, n)) => t!("leaderboard-caption-category", period = when, category = n),
            None => t!("leaderboard-caption", period = when),
        },
        (None, Some(t)) => t!("leaderboard-caption-tag", period = when, tag = t),
        _ => t!("leaderboard-caption", period = when),
    };
    view! {
        <nav class="tabs" aria-label=t!("leaderboard-period")>
            {PERIODS.iter().map(|(key, label, _)| view! {
                <a href=link(key, category.as_deref(), tag.as_deref()) aria-current=(period == *key).then_some("page")>{crate::i18n::t(label)}</a>
            }).collect_view()}
        </nav>
        <form method="get" action="/leaderboard" class="filter-bar">
            <input type="hidden" name="period" value=period.clone() />
            <label for="board-category">{t!("leaderboard-category")}</label>
            <select id="board-category" name="category">
                <option value="" selected=category.is_none()>{t!("leaderboard-all-categories")}</option>
                {categories.iter().map(|(slug, name)| view! {
                    <option value=slug.clone() selected=category.as_deref() == Some(slug.as_str())>{name.clone()}</option>
                }).collect_view()}
            </select>
            <label for="board-tag">{t!("leaderboard-tag")}</label>
            <input id="board-tag" name="tag" value=tag.clone().unwrap_or_default() />
            <button type="submit" class="button button-small">{t!("leaderboard-show")}</button>
        </form>
        {if leaders.is_empty() {
            view! { <p class="empty-state">{t!("leaderboard-empty")}</p> }.into_any()
        } else {
            view! {
                <table class="leaderboard">
                    <caption>{caption}</caption>
                    <thead><tr>
                        <th scope="col">{t!("leaderboard-rank")}</th>
                        <th scope="col">{t!("leaderboard-member")}</th>
                        <th scope="col">{t!("leaderboard-gained")}</th>
                    </tr></thead>
                    <tbody>
                        {leaders.into_iter().map(|l| view! {
                            <tr>
                                <td>{l.rank}</td>
                                <th scope="row"><AuthorName author=l.author /></th>
                                <td>{format!("+{}", crate::i18n::number(l.gained))}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
    }
}
