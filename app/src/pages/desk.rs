//! `/desk`: the agents' live queues; `/desk/log`: the audit log. Staff
//! only — the server answers 403 to everyone else.

use domain::live::LiveEvent;
use domain::moderation::{
    self, age_text, Desk, FlaggedPost, HeldPost, LogFilter, ModAction, WaitingQuestion,
};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use crate::api::moderation::{load_desk, mod_log, ClaimItem, Moderate, ReleaseItem};
use crate::components::time::Time;
use crate::pages::not_found::ErrorPanel;

/// Who acted on the desk in this tab: every desk action reloads the queues.
#[derive(Clone, Copy)]
struct DeskActions {
    moderate: ServerAction<Moderate>,
    claim: ServerAction<ClaimItem>,
    release: ServerAction<ReleaseItem>,
}

#[component]
pub fn DeskPage() -> impl IntoView {
    let actions = DeskActions {
        moderate: ServerAction::new(),
        claim: ServerAction::new(),
        release: ServerAction::new(),
    };
    provide_context(actions);
    // Any change to a queue, by anyone, reloads it: no reload button needed.
    let changed = RwSignal::new(0u64);
    crate::live::on_event(move |e| {
        if matches!(e, LiveEvent::Desk { .. } | LiveEvent::Resync) {
            changed.update(|n| *n += 1);
        }
    });
    let data = Resource::new(
        move || {
            (
                changed.get(),
                actions.moderate.version().get(),
                actions.claim.version().get(),
                actions.release.version().get(),
            )
        },
        |_| load_desk(),
    );
    let result = move || {
        actions.moderate.value().get().map(|r| match r {
            Ok(m) => view! { <p class="alert alert-success" role="status">{m}</p> }.into_any(),
            Err(e) => {
                view! { <p class="alert alert-error" role="alert">{field_or_message(&e)}</p> }.into_any()
            }
        })
    };
    view! {
        <Title text="Desk" />
        <Meta name="robots" content="noindex" />
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => view! {
                        <section class="desk">
                            <div class="panel-header">
                                <h1>"Desk"</h1>
                                <div class="panel-actions"><a href="/desk/log">"Moderation log"</a></div>
                            </div>
                            {result}
                            <DeskQueues d />
                        </section>
                    }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The first field error's text, else the error's message.
fn field_or_message(e: &crate::AppError) -> String {
    match e {
        crate::AppError::Invalid { fields, .. } => {
            fields.first().map(|f| f.code.message().to_owned()).unwrap_or_else(|| e.to_string())
        }
        other => other.to_string(),
    }
}

#[component]
fn DeskQueues(d: Desk) -> impl IntoView {
    let Desk { flags, held, unanswered, escalations, assigned, now: _ } = d;
    let overdue = unanswered.iter().filter(|q| q.overdue).count();
    view! {
        <nav class="desk-summary" aria-label="Queues">
            <a href="#flags">{format!("Flags ({})", flags.len())}</a>
            <a href="#held">{format!("Held for review ({})", held.len())}</a>
            <a href="#unanswered">{format!("Unanswered ({}, {overdue} overdue)", unanswered.len())}</a>
            <a href="#escalations">{format!("Escalations ({})", escalations.len())}</a>
            <a href="#assigned">{format!("Assigned to me ({})", assigned.len())}</a>
        </nav>
        <section class="desk-queue" id="flags" aria-labelledby="flags-heading">
            <h2 id="flags-heading">"Flags"</h2>
            {if flags.is_empty() {
                view! { <p class="empty">"No open flags."</p> }.into_any()
            } else {
                view! { <ul class="desk-list">{flags.into_iter().map(|f| view! { <FlagItem f /> }).collect_view()}</ul> }.into_any()
            }}
        </section>
        <section class="desk-queue" id="held" aria-labelledby="held-heading">
            <h2 id="held-heading">"Held for review"</h2>
            {if held.is_empty() {
                view! { <p class="empty">"Nothing is waiting for review."</p> }.into_any()
            } else {
                view! { <ul class="desk-list">{held.into_iter().map(|h| view! { <HeldItem h /> }).collect_view()}</ul> }.into_any()
            }}
        </section>
        <section class="desk-queue" id="unanswered" aria-labelledby="unanswered-heading">
            <h2 id="unanswered-heading">"Unanswered questions"</h2>
            <QuestionQueue items=unanswered queue=moderation::queue::UNANSWERED empty="Every question has an answer." />
        </section>
        <section class="desk-queue" id="escalations" aria-labelledby="escalations-heading">
            <h2 id="escalations-heading">"Escalations"</h2>
            {if escalations.is_empty() {
                view! { <p class="empty">"No open support conversations."</p> }.into_any()
            } else {
                view! {
                    <ul class="desk-list">
                        {escalations.into_iter().map(|e| {
                            let status = domain::escalation::EscalationStatus::parse(&e.status)
                                .map(|s| s.label().to_owned())
                                .unwrap_or(e.status.clone());
                            view! {
                                <li class="desk-item" aria-label=format!("Escalation: {}", e.title)>
                                    <a href=format!("/support/{}", e.topic_id)>{e.title.clone()}</a>
                                    <p class="muted">{format!("{} · {status} · updated ", e.member)}<Time ms=e.updated_at /></p>
                                    <ClaimButtons queue=moderation::queue::ESCALATIONS item_id=e.topic_id claimed_by=e.claimed_by />
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section class="desk-queue" id="assigned" aria-labelledby="assigned-heading">
            <h2 id="assigned-heading">"Assigned to me"</h2>
            <QuestionQueue items=assigned queue=moderation::queue::ASSIGNED empty="Nothing is assigned to you." />
        </section>
    }
}

/// "Claim" / "Claimed by Ana" (with "Release" for the holder's own claims).
#[component]
fn ClaimButtons(queue: &'static str, item_id: i64, claimed_by: Option<String>) -> impl IntoView {
    let actions = expect_context::<DeskActions>();
    let session = expect_context::<crate::app::SessionResource>();
    let me = move || session.get().and_then(|s| s.ok()).and_then(|s| s.user).map(|u| u.username);
    match claimed_by {
        Some(name) => {
            let mine = Memo::new({
                let name = name.clone();
                move |_| me().as_deref() == Some(name.as_str())
            });
            view! {
                <p class="claim">
                    <span class="badge badge-claimed">{format!("Claimed by {name}")}</span>
                    <Show when=move || mine.get()>
                        <ActionForm action=actions.release attr:class="inline-form">
                            <input type="hidden" name="queue" value=queue />
                            <input type="hidden" name="item_id" value=item_id />
                            <button type="submit" class="link-button">"Release"</button>
                        </ActionForm>
                    </Show>
                </p>
            }
            .into_any()
        }
        None => view! {
            <ActionForm action=actions.claim attr:class="inline-form claim">
                <input type="hidden" name="queue" value=queue />
                <input type="hidden" name="item_id" value=item_id />
                <button type="submit" class="button button-small button-ghost">"Claim"</button>
            </ActionForm>
        }
        .into_any(),
    }
}

/// A quick decision on a desk item: a reason and one button per action.
#[component]
fn QuickActions(
    post_id: i64,
    comment_id: Option<i64>,
    choices: Vec<ModAction>,
    label: String,
) -> impl IntoView {
    let actions = expect_context::<DeskActions>();
    let reason_id = format!("reason-{post_id}-{}", comment_id.unwrap_or(0));
    view! {
        <ActionForm action=actions.moderate attr:class="quick-actions" attr:aria-label=label>
            <input type="hidden" name="post_id" value=post_id />
            {comment_id.map(|c| view! { <input type="hidden" name="comment_id" value=c /> })}
            <input type="hidden" name="back" value="/desk" />
            <label for=reason_id.clone()>"Reason"</label>
            <input id=reason_id name="reason" type="text" maxlength="500" required=true />
            {choices.into_iter().map(|a| {
                let text = match a {
                    ModAction::Hide => "Hide post",
                    ModAction::Dismiss => "Dismiss flags",
                    ModAction::Approve => "Approve",
                    ModAction::Delete => "Delete",
                    other => other.label(),
                };
                view! { <button type="submit" name="action" value=a.as_str() class="button button-small">{text}</button> }
            }).collect_view()}
        </ActionForm>
    }
}

#[component]
fn FlagItem(f: FlaggedPost) -> impl IntoView {
    let count = f.flags.len();
    let comment_id =
        f.flags.iter().find_map(|x| x.comment_id).filter(|_| f.flags.iter().all(|x| x.comment_id.is_some()));
    let choices = if f.hidden {
        vec![ModAction::Delete, ModAction::Dismiss]
    } else {
        vec![ModAction::Hide, ModAction::Delete, ModAction::Dismiss]
    };
    view! {
        <li class="desk-item" aria-label=format!("Flagged: {}", f.title)>
            <p>
                <a href=f.url.clone()>{f.title.clone()}</a>
                " "<span class="badge badge-flag">{if count == 1 { "1 flag".to_owned() } else { format!("{count} flags") }}</span>
                {f.hidden.then(|| view! { " "<span class="badge">"Hidden"</span> })}
            </p>
            <p class="muted">{format!("by {} — {}", f.author, f.excerpt)}</p>
            <ul class="flag-reasons">
                {f.flags.iter().map(|x| {
                    let who = x.by.clone().unwrap_or_else(|| "Auto-moderation".to_owned());
                    let on = if x.comment_id.is_some() { " (a comment)" } else { "" };
                    let detail = if x.detail.is_empty() { String::new() } else { format!(": {}", x.detail) };
                    let dup = x.duplicate_of.map(|d| view! { " — original: "<a href=format!("/q/{d}")>{format!("#{d}")}</a> });
                    view! { <li>{format!("{}{on} — {who}{detail}", x.reason.label())}{dup}" "<Time ms=x.at /></li> }
                }).collect_view()}
            </ul>
            <ClaimButtons queue=moderation::queue::FLAGS item_id=f.post_id claimed_by=f.claimed_by />
            <QuickActions post_id=f.post_id comment_id choices label=format!("Decide on the flags of {}", f.title) />
        </li>
    }
}

#[component]
fn HeldItem(h: HeldPost) -> impl IntoView {
    view! {
        <li class="desk-item" aria-label=format!("Held: {}", h.title)>
            <p><a href=h.url.clone()>{h.title.clone()}</a></p>
            <p class="muted">{format!("by {} — {}", h.author, h.excerpt)}</p>
            <p><strong>"Why it was held: "</strong>{h.reason.clone()}" "<Time ms=h.at /></p>
            <ClaimButtons queue=moderation::queue::HELD item_id=h.post_id claimed_by=h.claimed_by />
            <QuickActions post_id=h.post_id comment_id=None choices=vec![ModAction::Approve, ModAction::Delete]
                label=format!("Review {}", h.title) />
        </li>
    }
}

#[component]
fn QuestionQueue(items: Vec<WaitingQuestion>, queue: &'static str, empty: &'static str) -> impl IntoView {
    if items.is_empty() {
        return view! { <p class="empty">{empty}</p> }.into_any();
    }
    view! {
        <ul class="desk-list">
            {items.into_iter().map(|q| {
                let waited = age_text(q.age_ms);
                let target = format!("target {} h", q.target_hours);
                view! {
                    <li class="desk-item" class:overdue=q.overdue aria-label=q.title.clone()>
                        <p>
                            <a href=q.url.clone()>{q.title.clone()}</a>
                            {q.overdue.then(|| view! { " "<span class="badge badge-overdue">"Overdue"</span> })}
                        </p>
                        <p class="muted">
                            {format!("{} · asked by {} · waiting {waited} ({target})", q.category, q.author)}
                            {q.assigned_to.clone().map(|a| format!(" · Assigned to {a}"))}
                        </p>
                        <ClaimButtons queue item_id=q.topic_id claimed_by=q.claimed_by />
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

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
        <Title text="Moderation log" />
        <Meta name="robots" content="noindex" />
        <section class="panel">
            <div class="panel-header">
                <h1>"Moderation log"</h1>
                <div class="panel-actions"><a href="/desk">"Back to the desk"</a></div>
            </div>
            <form method="get" action="/desk/log" class="log-filters" aria-label="Filter the log">
                <div class="field"><label for="log-agent">"Agent"</label>
                    <input id="log-agent" name="agent" type="text" prop:value=move || filter().agent /></div>
                <div class="field"><label for="log-action">"Action"</label>
                    <select id="log-action" name="action">
                        <option value="">"Any action"</option>
                        {ModAction::ALL.into_iter().map(|a| view! {
                            <option value=a.as_str() selected=move || filter().action == a.as_str()>{a.label()}</option>
                        }).collect_view()}
                    </select></div>
                <div class="field"><label for="log-member">"Member"</label>
                    <input id="log-member" name="member" type="text" prop:value=move || filter().member /></div>
                <div class="field"><label for="log-from">"From"</label>
                    <input id="log-from" name="from" type="date" prop:value=move || filter().from /></div>
                <div class="field"><label for="log-to">"To"</label>
                    <input id="log-to" name="to" type="date" prop:value=move || filter().to /></div>
                <button type="submit" class="button">"Filter"</button>
            </form>
            <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match entries.await {
                        Ok(list) if list.is_empty() => view! { <p class="empty">"No actions match."</p> }.into_any(),
                        Ok(list) => {
                            let older = (list.len() == 100).then(|| list.last().map(|e| e.id)).flatten();
                            view! {
                                <table class="log-table">
                                    <thead><tr><th>"When"</th><th>"Who"</th><th>"Action"</th><th>"Member"</th><th>"Where"</th><th>"Reason"</th></tr></thead>
                                    <tbody>
                                        {list.into_iter().map(|e| view! {
                                            <tr>
                                                <td><Time ms=e.at /></td>
                                                <td>{e.actor.clone().unwrap_or_else(|| "Auto-moderation".to_owned())}</td>
                                                <td>{e.action.clone()}</td>
                                                <td>{e.member.clone().map(|m| view! { <a href=format!("/u/{m}")>{m.clone()}</a> })}</td>
                                                <td>{e.url.clone().map(|u| view! { <a href=u>"Post"</a> })}</td>
                                                <td>{e.reason.clone()}{(!e.detail.is_empty()).then(|| format!(" — {}", e.detail))}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                                {older.map(|id| {
                                    let f = filter();
                                    let href = format!(
                                        "/desk/log?agent={}&action={}&member={}&from={}&to={}&before={id}",
                                        crate::pages::urlencode(&f.agent), crate::pages::urlencode(&f.action),
                                        crate::pages::urlencode(&f.member), crate::pages::urlencode(&f.from),
                                        crate::pages::urlencode(&f.to)
                                    );
                                    view! { <nav class="pager" aria-label="Pages"><a class="button button-ghost" href=href rel="next">"Older"</a></nav> }
                                })}
                            }.into_any()
                        }
                        Err(crate::AppError::Invalid { fields, .. }) => view! {
                            <p class="alert alert-error" role="alert">
                                {fields.iter().map(|f| f.code.message()).collect::<Vec<_>>().join(" ")}
                            </p>
                        }.into_any(),
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
