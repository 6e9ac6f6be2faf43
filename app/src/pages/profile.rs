//! A member's public profile: level and reputation, badges by tier,
//! statistics, top tags, questions and the reputation history.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use crate::api::profile::{get_profile, Profile};
use crate::api::reputation::{reputation_history, HeldBadge, HistoryLine, HistoryPage};
use crate::components::avatar::Avatar;
use crate::components::time::Time;
use crate::components::topics::TopicRow;
use crate::i18n::number;
use crate::pages::badges::{badge_name, criteria_key, tier_label};
use crate::pages::not_found::ErrorPanel;
use domain::urlencode;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let params = use_params_map();
    let profile = Resource::new(move || params.read().get("username").unwrap_or_default(), get_profile);
    view! {
        <Transition fallback=|| view! { <p class="muted">{t!("profile-loading")}</p> }>
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
    let Profile { member, role, joined_at, last_seen_at, topics, stats, badges, top_tags, history, about } =
        profile;
    let languages: Vec<&str> =
        about.languages.iter().filter_map(|l| domain::language::by_code(l).map(|l| l.native)).collect();
    let details = view! {
        <ul class="profile-details">
            {(!about.location.is_empty()).then(|| view! { <li><span class="visually-hidden">{t!("profile-location")} " "</span>{about.location.clone()}</li> })}
            {(!about.website.is_empty()).then(|| view! {
                <li><a href=about.website.clone() rel="nofollow ugc noopener">{about.website.clone()}</a></li>
            })}
            {(!languages.is_empty()).then(|| view! { <li>{t!("profile-reads", languages = languages.join(", "))}</li> })}
        </ul>
    };
    let display_name = (!about.display_name.is_empty())
        .then(|| view! { <p class="display-name">{about.display_name.clone()}</p> });
    let bio = (!about.bio_html.is_empty())
        .then(|| view! { <div class="markdown profile-bio" inner_html=about.bio_html.clone()></div> });
    let role_badge = (role != domain::Role::Member)
        .then(|| view! { <span class="role-badge">{crate::components::header::role_label(role)}</span> });
    let username = member.username.clone();
    view! {
        <Title text=member.username.clone() />
        <Meta name="description" content=t!("profile-description", name = &member.username) />
        <section class="panel profile">
            <div class="profile-header">
                <Avatar username=member.username.clone() version=about.avatar_version large=true label=true />
                <div>
                    <h1>{member.username.clone()} " " {role_badge}</h1>
                    {display_name}
                    <p class="profile-level">
                        <span class="level-badge">{t!("profile-level", level = i64::from(member.level), name = &member.level_name)}</span>
                    </p>
                    <p class="muted">
                        {t!("profile-member-since")} " " <Time at=domain::Timestamp(joined_at) />
                        {last_seen_at.map(|t| view! { " · " {t!("profile-last-seen")} " " <Time at=domain::Timestamp(t) /> })}
                    </p>
                    {details}
                </div>
            </div>
            {bio}
            <dl class="profile-stats">
                <div><dt>{t!("profile-reputation")}</dt><dd aria-label=t!("profile-reputation")>{number(member.reputation)}</dd></div>
                <div><dt>{t!("profile-questions")}</dt><dd>{number(stats.questions)}</dd></div>
                <div><dt>{t!("profile-answers")}</dt><dd>{number(stats.answers)}</dd></div>
                <div><dt>{t!("profile-accepted-answers")}</dt><dd>{number(stats.accepted)}</dd></div>
                <div><dt>{t!("profile-votes-received")}</dt><dd>{number(stats.votes_received)}</dd></div>
            </dl>
            <BadgeShelf badges />
            {(!top_tags.is_empty()).then(|| view! {
                <section aria-labelledby="top-tags">
                    <h2 id="top-tags">{t!("profile-top-tags")}</h2>
                    <ul class="tag-list">
                        {top_tags.into_iter().map(|(tag, answers, score)| view! {
                            <li>
                                <a class="tag" href=format!("/tags/{}", urlencode(&tag))>{tag.clone()}</a>
                                <span class="muted">" " {t!("profile-top-tag-stats", answers = answers, score = score)}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            <h2>{t!("profile-questions")}</h2>
            {if topics.is_empty() {
                view! { <p class="empty-state">{t!("profile-no-questions")}</p> }.into_any()
            } else {
                view! { <ol class="topic-list">{topics.into_iter().map(|t| view! { <TopicRow topic=t /> }).collect_view()}</ol> }.into_any()
            }}
            <ReputationHistory username first=history />
        </section>
    }
}

#[component]
fn BadgeShelf(badges: Vec<HeldBadge>) -> impl IntoView {
    let tiers = [domain::badges::Tier::Gold, domain::badges::Tier::Silver, domain::badges::Tier::Bronze];
    view! {
        <section aria-labelledby="badges-heading">
            <h2 id="badges-heading">{t!("profile-badges")}</h2>
            {if badges.is_empty() {
                view! { <p class="empty-state">{t!("profile-no-badges")}</p> }.into_any()
            } else {
                tiers.into_iter().filter_map(|tier| {
                    let of_tier: Vec<_> = badges
                        .iter()
                        .filter(|b| domain::badges::by_key(&b.key).is_some_and(|d| d.tier == tier))
                        .cloned()
                        .collect();
                    (!of_tier.is_empty()).then(|| view! {
                        <div class="badge-tier">
                            <h3>{tier_label(tier)}</h3>
                            <ul class="badge-list" aria-label=crate::i18n::t(&format!("profile-badges-{}", tier.as_str()))>
                                {of_tier.into_iter().map(|b| {
                                    let def = domain::badges::by_key(&b.key);
                                    let name = def.map_or(b.key.clone(), |d| badge_name(d.key));
                                    let name = match &b.tag {
                                        Some(t) => t!("profile-badge-with-tag", name = name, tag = t),
                                        None => name,
                                    };
                                    let count = (b.count > 1).then(|| format!(" ×{}", b.count));
                                    view! {
                                        <li class=format!("badge badge-{}", tier.as_str()) title=def.map(|d| crate::i18n::t(&criteria_key(d.key)))>
                                            {name}{count}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </div>
                    })
                }).collect_view().into_any()
            }}
            <p><a href="/badges">{t!("profile-all-badges")}</a></p>
        </section>
    }
}

/// The newest entries first, with "Show older" loading the next page in
/// place (and, without JavaScript, nothing more than the first page).
#[component]
fn ReputationHistory(username: String, first: HistoryPage) -> impl IntoView {
    let lines = RwSignal::new(first.lines);
    let before = RwSignal::new(first.before);
    let more = Action::new(move |cursor: &i64| {
        let (username, cursor) = (username.clone(), *cursor);
        async move { reputation_history(username, Some(cursor)).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(page)) = more.value().get() {
            lines.update(|l| l.extend(page.lines));
            before.set(page.before);
        }
    });
    view! {
        <section aria-labelledby="rep-history">
            <h2 id="rep-history">{t!("profile-reputation-history")}</h2>
            {move || {
                let l = lines.get();
                if l.is_empty() {
                    view! { <p class="empty-state">{t!("profile-no-reputation-events")}</p> }.into_any()
                } else {
                    view! {
                        <table class="history-table">
                            <thead><tr>
                                <th scope="col">{t!("profile-history-points")}</th>
                                <th scope="col">{t!("profile-history-event")}</th>
                                <th scope="col">{t!("profile-history-post")}</th>
                                <th scope="col">{t!("profile-history-when")}</th>
                            </tr></thead>
                            <tbody>{l.into_iter().map(|h| view! { <HistoryRow line=h /> }).collect_view()}</tbody>
                        </table>
                    }.into_any()
                }
            }}
            {move || before.get().map(|cursor| view! {
                <button type="button" class="button button-ghost" disabled=move || more.pending().get() on:click=move |_| { more.dispatch(cursor); }>
                    {t!("profile-show-older")}
                </button>
            })}
        </section>
    }
}

#[component]
fn HistoryRow(line: HistoryLine) -> impl IntoView {
    let points = if line.points > 0 { format!("+{}", number(line.points)) } else { number(line.points) };
    let label = crate::i18n::t(&event_key(line.reason));
    view! {
        <tr>
            <td class=if line.points < 0 { "points points-negative" } else { "points" }>{points}</td>
            <td>{label}</td>
            <td>{line.post.map(|(title, path)| view! { <a href=path>{title}</a> })}</td>
            <td><Time at=domain::Timestamp(line.created_at) /></td>
        </tr>
    }
}

/// The message id that words a reason of the reputation ledger.
fn event_key(reason: Option<domain::reputation::Reason>) -> String {
    reason.map_or_else(
        || "reputation-event-other".to_owned(),
        |r| format!("reputation-event-{}", r.as_str().replace('_', "-")),
    )
}
