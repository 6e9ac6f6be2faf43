//! `/desk/log`: the moderation audit log, filterable. Staff only.

use domain::moderation::{date_text, LogDetail, LogFilter, ModAction};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use crate::api::moderation::mod_log;
use crate::components::moderation::mod_action_label as action_label;
use crate::components::time::Time;
use crate::components::translate::language_name;
use crate::pages::not_found::ErrorPanel;

/// `/desk/log`: every moderator and automatic action, filterable.
#[component]
pub fn DeskLogPage() -> impl IntoView {
    let query = use_query_map();
    let filter = move || {
        let q = query.read();
        LogFilter {
            agent: q.get("agent").unwrap_or_default(),
            action: q.get("action").unwrap_or_default(),
            member: q.get("member").unwrap_or_default(),
            from: q.get("from").unwrap_or_default(),
            to: q.get("to").unwrap_or_default(),
        }
    };
    let before = move || query.read().get("before").and_then(|b| b.parse::<i64>().ok());
    let entries = Resource::new(move || (filter(), before()), |(f, b)| mod_log(f, b));
    view! {
        <Title text=t!("log-title") />
        <Meta name="robots" content="noindex" />
        <section class="panel">
            <div class="panel-header">
                <h1>{t!("log-title")}</h1>
                <div class="panel-actions"><a href="/desk">{t!("log-back")}</a></div>
            </div>
            <form method="get" action="/desk/log" class="log-filters" aria-label=t!("log-filter-label")>
                <div class="field"><label for="log-agent">{t!("log-agent")}</label>
                    <input id="log-agent" name="agent" type="text" prop:value=move || filter().agent /></div>
                <div class="field"><label for="log-action">{t!("log-action")}</label>
                    <select id="log-action" name="action">
                        <option value="">{t!("log-any-action")}</option>
                        {ModAction::ALL.into_iter().map(|a| view! {
                            <option value=a.as_str() selected=move || filter().action == a.as_str()>{action_label(a)}</option>
                        }).collect_view()}
                    </select></div>
                <div class="field"><label for="log-member">{t!("log-member")}</label>
                    <input id="log-member" name="member" type="text" prop:value=move || filter().member /></div>
                <div class="field"><label for="log-from">{t!("log-from")}</label>
                    <input id="log-from" name="from" type="date" prop:value=move || filter().from /></div>
                <div class="field"><label for="log-to">{t!("log-to")}</label>
                    <input id="log-to" name="to" type="date" prop:value=move || filter().to /></div>
                <button type="submit" class="button">{t!("log-filter")}</button>
            </form>
            <Transition fallback=|| view! { <p class="muted">{t!("desk-loading")}</p> }>
                {move || Suspend::new(async move {
                    match entries.await {
                        Ok(list) if list.is_empty() => view! { <p class="empty">{t!("log-empty")}</p> }.into_any(),
                        Ok(list) => {
                            let older = (list.len() == 100).then(|| list.last().map(|e| e.id)).flatten();
                            view! {
                                <table class="log-table">
                                    <thead>
                                        <tr>
                                            <th>{t!("log-when")}</th>
                                            <th>{t!("log-who")}</th>
                                            <th>{t!("log-action")}</th>
                                            <th>{t!("log-member")}</th>
                                            <th>{t!("log-where")}</th>
                                            <th>{t!("log-reason")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {list.into_iter().map(|e| view! {
                                            <tr>
                                                <td><Time at=e.at /></td>
                                                <td>{e.actor.clone().unwrap_or_else(|| t!("desk-auto-moderation"))}</td>
                                                <td>{action_label(e.action)}</td>
                                                <td>{e.member.clone().map(|m| view! { <a href=format!("/u/{m}")>{m.clone()}</a> })}</td>
                                                <td>{e.url.clone().map(|u| view! { <a href=u>{t!("log-post")}</a> })}</td>
                                                <td>{e.reason.clone()}{detail_text(&e.detail).map(|d| format!(" — {d}"))}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                                {older.map(|id| {
                                    let f = filter();
                                    let href = format!(
                                        "/desk/log?agent={}&action={}&member={}&from={}&to={}&before={id}",
                                        domain::urlencode(&f.agent), domain::urlencode(&f.action),
                                        domain::urlencode(&f.member), domain::urlencode(&f.from),
                                        domain::urlencode(&f.to)
                                    );
                                    view! { <nav class="pager" aria-label=t!("log-pages")>
                                            <a class="button button-ghost" href=href rel="next">{t!("log-older")}</a>
                                        </nav> }
                                })}
                            }.into_any()
                        }
                        Err(crate::AppError::Invalid { fields, .. }) => view! {
                            <p class="alert alert-error" role="alert">
                                {fields.iter().map(|f| crate::i18n::error_message(f.code)).collect::<Vec<_>>().join(" ")}
                            </p>
                        }.into_any(),
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// A log line's detail in the reader's language; the store keeps facts.
pub(crate) fn detail_text(detail: &LogDetail) -> Option<String> {
    Some(match detail {
        LogDetail::None => return None,
        LogDetail::Revision { number } => t!("log-detail-revision", n = *number),
        LogDetail::Translations { languages } => {
            let names = languages.iter().map(|l| language_name(l)).collect::<Vec<_>>().join(", ");
            t!("log-detail-translations", languages = names)
        }
        LogDetail::DuplicateOf { topic, title } => {
            t!("log-detail-duplicate-of", id = topic.get(), title = title)
        }
        LogDetail::MergedInto { topic, title } => {
            t!("log-detail-merged-into", id = topic.get(), title = title)
        }
        LogDetail::AssignedTo { name } => t!("log-detail-assigned-to", name = name),
        LogDetail::Moved { from, to } => t!("log-detail-moved", from = from, to = to),
        LogDetail::AlreadyIn { category } => t!("log-detail-already-in", category = category),
        LogDetail::Until { at } => t!("log-detail-until", date = date_text(at.get())),
        LogDetail::TrustedFlags { count } => t!("log-detail-trusted-flags", n = *count),
        LogDetail::Text { text } => text.clone(),
    })
}
