//! `/desk`: the agents' live queues (`log.rs`: `/desk/log`, the audit log).
//! Staff only — the server answers 403 to everyone else.

pub mod log;

use domain::id::{CommentId, PostId};
use domain::live::LiveEvent;
use domain::moderation::{self, Desk, FlaggedPost, HeldPost, ModAction, WaitingQuestion};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::api::moderation::{load_desk, ClaimItem, Moderate, ReleaseItem};
use crate::components::moderation::{flag_reason_label, mod_action_label as action_label};
use crate::components::time::Time;
use crate::pages::not_found::ErrorPanel;

/// An escalation status (`open`, `waiting`, `resolved`) for people; an
/// unknown one is shown as it is.
pub(crate) fn escalation_status_label(status: &str) -> String {
    match domain::escalation::EscalationStatus::parse(status) {
        Ok(s) => crate::i18n::t(&format!("escalation-status-{}", s.as_str())),
        Err(_) => status.to_owned(),
    }
}

/// "3 h", "2 d 4 h", "25 min": how long a question has waited, in the
/// page's language.
pub(crate) fn age_text(age_ms: i64) -> String {
    let minutes = age_ms.max(0) / 60_000;
    let (days, hours, mins) = (minutes / 1440, (minutes % 1440) / 60, minutes % 60);
    match (days, hours) {
        (0, 0) => t!("age-minutes", n = mins),
        (0, h) => t!("age-hours", n = h),
        (d, 0) => t!("age-days", n = d),
        (d, h) => t!("age-days-hours", d = d, h = h),
    }
}

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
        <Title text=t!("desk-title") />
        <Meta name="robots" content="noindex" />
        <Transition fallback=|| view! { <p class="muted">{t!("desk-loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => view! {
                        <section class="desk">
                            <div class="panel-header">
                                <h1>{t!("desk-title")}</h1>
                                <div class="panel-actions"><a href="/desk/log">{t!("log-title")}</a></div>
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
            fields.first().map(|f| crate::i18n::error_message(f.code)).unwrap_or_else(|| e.to_string())
        }
        other => other.to_string(),
    }
}

#[component]
fn DeskQueues(d: Desk) -> impl IntoView {
    let Desk { flags, held, unanswered, escalations, assigned, now: _ } = d;
    let overdue = unanswered.iter().filter(|q| q.overdue).count();
    view! {
        <nav class="desk-summary" aria-label=t!("desk-queues")>
            <a href="#flags">{t!("desk-summary-flags", n = flags.len())}</a>
            <a href="#held">{t!("desk-summary-held", n = held.len())}</a>
            <a href="#unanswered">{t!("desk-summary-unanswered", n = unanswered.len(), overdue = overdue)}</a>
            <a href="#escalations">{t!("desk-summary-escalations", n = escalations.len())}</a>
            <a href="#assigned">{t!("desk-summary-assigned", n = assigned.len())}</a>
        </nav>
        <section class="desk-queue" id="flags" aria-labelledby="flags-heading">
            <h2 id="flags-heading">{queue_name(moderation::queue::FLAGS)}</h2>
            {if flags.is_empty() {
                view! { <p class="empty">{t!("desk-empty-flags")}</p> }.into_any()
            } else {
                view! { <ul class="desk-list">{flags.into_iter().map(|f| view! { <FlagItem f /> }).collect_view()}</ul> }.into_any()
            }}
        </section>
        <section class="desk-queue" id="held" aria-labelledby="held-heading">
            <h2 id="held-heading">{queue_name(moderation::queue::HELD)}</h2>
            {if held.is_empty() {
                view! { <p class="empty">{t!("desk-empty-held")}</p> }.into_any()
            } else {
                view! { <ul class="desk-list">{held.into_iter().map(|h| view! { <HeldItem h /> }).collect_view()}</ul> }.into_any()
            }}
        </section>
        <section class="desk-queue" id="unanswered" aria-labelledby="unanswered-heading">
            <h2 id="unanswered-heading">{queue_name(moderation::queue::UNANSWERED)}</h2>
            <QuestionQueue items=unanswered queue=moderation::queue::UNANSWERED empty=t!("desk-empty-unanswered") />
        </section>
        <section class="desk-queue" id="escalations" aria-labelledby="escalations-heading">
            <h2 id="escalations-heading">{queue_name(moderation::queue::ESCALATIONS)}</h2>
            {if escalations.is_empty() {
                view! { <p class="empty">{t!("desk-empty-escalations")}</p> }.into_any()
            } else {
                view! {
                    <ul class="desk-list">
                        {escalations.into_iter().map(|e| {
                            let status = escalation_status_label(&e.status);
                            view! {
                                <li class="desk-item" aria-label=t!("desk-escalation-label", title = &e.title)>
                                    <a href=format!("/support/{}", e.topic_id)>{e.title.clone()}</a>
                                    <p class="muted">
                                        {t!("desk-escalation-meta", member = &e.member, status = status)}" "
                                        <Time at=e.updated_at />
                                    </p>
                                    <ClaimButtons queue=moderation::queue::ESCALATIONS item_id=e.topic_id.get() claimed_by=e.claimed_by />
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section class="desk-queue" id="assigned" aria-labelledby="assigned-heading">
            <h2 id="assigned-heading">{queue_name(moderation::queue::ASSIGNED)}</h2>
            <QuestionQueue items=assigned queue=moderation::queue::ASSIGNED empty=t!("desk-empty-assigned") />
        </section>
    }
}

/// A desk queue's heading: `queue-flags`, `queue-held`, …
fn queue_name(queue: &str) -> String {
    crate::i18n::t(&format!("queue-{queue}"))
}

/// "Claim" / "Claimed by Ana" (with "Release" for the holder's own claims).
#[component]
fn ClaimButtons(queue: &'static str, item_id: i64, claimed_by: Option<String>) -> impl IntoView {
    let actions = expect_context::<DeskActions>();
    let session = expect_context::<crate::session::SessionResource>();
    let me = move || session.get().and_then(|s| s.ok()).and_then(|s| s.user).map(|u| u.username);
    match claimed_by {
        Some(name) => {
            let mine = Memo::new({
                let name = name.clone();
                move |_| me().as_deref() == Some(name.as_str())
            });
            view! {
                <p class="claim">
                    <span class="badge badge-claimed">{t!("desk-claimed-by", name = &name)}</span>
                    <Show when=move || mine.get()>
                        <ActionForm action=actions.release attr:class="inline-form">
                            <input type="hidden" name="queue" value=queue />
                            <input type="hidden" name="item_id" value=item_id />
                            <button type="submit" class="link-button">{t!("desk-release")}</button>
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
                <button type="submit" class="button button-small button-ghost">{t!("desk-claim")}</button>
            </ActionForm>
        }
        .into_any(),
    }
}

/// A quick decision on a desk item: a reason and one button per action.
#[component]
fn QuickActions(
    post_id: PostId,
    comment_id: Option<CommentId>,
    choices: Vec<ModAction>,
    label: String,
) -> impl IntoView {
    let actions = expect_context::<DeskActions>();
    let reason_id = format!("reason-{post_id}-{}", comment_id.map_or(0, CommentId::get));
    view! {
        <ActionForm action=actions.moderate attr:class="quick-actions" attr:aria-label=label>
            <input type="hidden" name="post_id" value=post_id.get() />
            {comment_id.map(|c| view! { <input type="hidden" name="comment_id" value=c.get() /> })}
            <input type="hidden" name="back" value="/desk" />
            <label for=reason_id.clone()>{t!("desk-reason")}</label>
            <input id=reason_id name="reason" type="text" maxlength="500" required=true />
            {choices.into_iter().map(|a| {
                let text = match a {
                    ModAction::Hide => t!("desk-hide-post"),
                    other => action_label(other),
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
        <li class="desk-item" aria-label=t!("desk-flagged-label", title = &f.title)>
            <p>
                <a href=f.url.clone()>{f.title.clone()}</a>
                " "<span class="badge badge-flag">{t!("desk-flag-count", n = count)}</span>
                {f.hidden.then(|| view! { " "<span class="badge">{t!("desk-hidden")}</span> })}
            </p>
            <p class="muted">{t!("desk-by-excerpt", author = &f.author, excerpt = &f.excerpt)}</p>
            <ul class="flag-reasons">
                {f.flags.iter().map(|x| {
                    let who = x.by.clone().unwrap_or_else(|| t!("desk-auto-moderation"));
                    let reason = flag_reason_label(x.reason);
                    let reason = if x.comment_id.is_some() { t!("desk-flag-on-comment", reason = reason) } else { reason };
                    let line = if x.detail.is_empty() {
                        t!("desk-flag-entry", reason = reason, who = who)
                    } else {
                        t!("desk-flag-entry-detail", reason = reason, who = who, detail = &x.detail)
                    };
                    let dup = x.duplicate_of.map(|d| view! {
                        " — "{t!("desk-flag-original")}" "<a href=format!("/q/{d}")>{format!("#{d}")}</a>
                    });
                    view! { <li>{line}{dup}" "<Time at=x.at /></li> }
                }).collect_view()}
            </ul>
            <ClaimButtons queue=moderation::queue::FLAGS item_id=f.post_id.get() claimed_by=f.claimed_by />
            <QuickActions post_id=f.post_id comment_id choices label=t!("desk-decide-label", title = &f.title) />
        </li>
    }
}

#[component]
fn HeldItem(h: HeldPost) -> impl IntoView {
    // A held translation is approved here or corrected in its form (the
    // link); deleting would take the post with it.
    let choices = if h.translation.is_some() {
        vec![ModAction::Approve]
    } else {
        vec![ModAction::Approve, ModAction::Delete]
    };
    view! {
        <li class="desk-item" aria-label=t!("desk-held-label", title = &h.title)>
            <p><a href=h.url.clone()>{h.title.clone()}</a></p>
            <p class="muted">{t!("desk-by-excerpt", author = &h.author, excerpt = &h.excerpt)}</p>
            <p>
                <strong>{t!("desk-held-why")}" "</strong>
                {h.translation.as_deref().map(|l| {
                    let language = crate::components::translate::language_name(l);
                    format!("{} — ", t!("desk-held-translation", language = language))
                })}
                {h.reason.clone()}" "<Time at=h.at />
            </p>
            <ClaimButtons queue=moderation::queue::HELD item_id=h.post_id.get() claimed_by=h.claimed_by />
            <QuickActions post_id=h.post_id comment_id=None choices
                label=t!("desk-review-label", title = &h.title) />
        </li>
    }
}

#[component]
fn QuestionQueue(items: Vec<WaitingQuestion>, queue: &'static str, empty: String) -> impl IntoView {
    if items.is_empty() {
        return view! { <p class="empty">{empty}</p> }.into_any();
    }
    view! {
        <ul class="desk-list">
            {items.into_iter().map(|q| {
                let waited = age_text(q.age_ms);
                let target = t!("desk-target", n = q.target_hours);
                view! {
                    <li class="desk-item" class:overdue=q.overdue aria-label=q.title.clone()>
                        <p>
                            <a href=q.url.clone()>{q.title.clone()}</a>
                            {q.overdue.then(|| view! { " "<span class="badge badge-overdue">{t!("desk-overdue")}</span> })}
                        </p>
                        <p class="muted">
                            {t!(
                                "desk-question-meta",
                                category = &q.category,
                                author = &q.author,
                                waited = waited,
                                target = target,
                            )}
                            {q.assigned_to.clone().map(|a| format!(" · {}", t!("desk-assigned-to", name = a)))}
                        </p>
                        <ClaimButtons queue item_id=q.topic_id.get() claimed_by=q.claimed_by />
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use domain::escalation::EscalationStatus;
    use domain::moderation::{FlagReason, ModAction};

    fn defined(key: &str) {
        assert_ne!(crate::i18n::t(key), key, "no message {key}");
    }

    #[test]
    fn every_action_flag_reason_status_and_queue_has_a_label() {
        for a in ModAction::ALL {
            defined(&format!("mod-action-{}", a.as_str()));
        }
        for r in FlagReason::ALL {
            defined(&format!("flag-reason-{}", r.as_str()));
        }
        for s in EscalationStatus::ALL {
            defined(&format!("escalation-status-{}", s.as_str()));
        }
        for q in ["flags", "held", "unanswered", "escalations", "assigned"] {
            assert!(domain::moderation::queue::is_known(q));
            defined(&format!("queue-{q}"));
        }
    }

    #[test]
    fn ages_read_as_before_in_english() {
        for ms in [0, 25 * 60_000, 3 * 3_600_000 + 1, 2 * 86_400_000, 2 * 86_400_000 + 4 * 3_600_000] {
            assert_eq!(super::age_text(ms), domain::moderation::age_text(ms));
        }
        assert_eq!(super::action_label(ModAction::Lock), "Lock thread");
        assert_eq!(super::action_label(ModAction::CloseDuplicate), "Close as duplicate");
    }
}
