//! `/support/{topic_id}`: the private support conversation about a
//! question, for its asker and the agents. Anyone else gets the same 404 as
//! for a conversation that does not exist. The messages and the status
//! follow live events; the reply form is rendered once, so what is being
//! typed survives them.

use domain::escalation::{Escalation, EscalationStatus, SupportMessage};
use domain::id::TopicId;
use domain::live::LiveEvent;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use crate::api::support::{support_conversation, support_entry, SetSupportStatus, SupportReply};
use crate::components::form::described_by;
use crate::components::time::Time;
use crate::pages::not_found::ErrorPanel;

#[component]
pub fn SupportPage() -> impl IntoView {
    let params = use_params_map();
    let topic = move || params.read().get("topic_id").and_then(|s| s.parse::<TopicId>().ok());
    let reply = ServerAction::<SupportReply>::new();
    let status = ServerAction::<SetSupportStatus>::new();
    // Bumped by live events: a reply or a status change by the other side.
    let changed = RwSignal::new(0u64);
    crate::live::on_event(move |e| {
        let ours = match e {
            LiveEvent::Support { topic_id } => Some(*topic_id) == topic(),
            LiveEvent::Desk { .. } | LiveEvent::Resync => true,
            _ => false,
        };
        if ours {
            changed.update(|n| *n += 1);
        }
    });
    let conversation = Resource::new(
        move || (topic(), reply.version().get(), status.version().get(), changed.get()),
        |(t, ..)| async move {
            match t {
                Some(t) => support_conversation(t).await,
                None => Err(crate::AppError::NotFound),
            }
        },
    );
    // Who may write here, loaded once: the form below is not rebuilt by
    // live updates.
    let entry = Resource::new(topic, |t| async move {
        match t {
            Some(t) => support_entry(t).await.ok().flatten(),
            None => None,
        }
    });
    let status_error = move || status.value().get().and_then(Result::err).map(|e| e.to_string());
    view! {
        <Title text=t!("support-title") />
        <Meta name="robots" content="noindex" />
        <Transition fallback=|| view! { <p class="muted">{t!("desk-loading")}</p> }>
            {move || Suspend::new(async move {
                match conversation.await {
                    Ok(e) => view! { <Conversation e status /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Transition>
        {move || status_error().map(|m| view! { <div class="alert alert-error" role="alert">{m}</div> })}
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match (entry.await, topic()) {
                    (Some(e), Some(t)) if e.status.is_some() => view! { <ReplyForm topic_id=t reply /> }.into_any(),
                    _ => ().into_any(),
                }
            })}
        </Suspense>
    }
}

/// A conversation's status for people, in the page's language.
fn status_label(s: EscalationStatus) -> String {
    crate::i18n::t(&format!("escalation-status-{}", s.as_str()))
}

#[component]
fn Conversation(e: Escalation, status: ServerAction<SetSupportStatus>) -> impl IntoView {
    let topic_id = e.topic_id;
    let current = e.status;
    let staff_form = e.viewer_is_staff.then(|| {
        view! {
            <ActionForm action=status attr:class="form inline-form support-status-form">
                <input type="hidden" name="topic_id" value=topic_id.get() />
                <div class="field">
                    <label for="support-status">{t!("support-status-label")}</label>
                    <select id="support-status" name="status">
                        {EscalationStatus::ALL
                            .into_iter()
                            .map(|s| view! { <option value=s.as_str() selected=s == current>{status_label(s)}</option> })
                            .collect_view()}
                    </select>
                </div>
                <button type="submit" class="button button-small">{t!("support-update-status")}</button>
            </ActionForm>
        }
    });
    // The asker may close their own conversation; writing again reopens it.
    let resolve = (!e.viewer_is_staff && current != EscalationStatus::Resolved).then(|| {
        view! {
            <ActionForm action=status attr:class="inline-form">
                <input type="hidden" name="topic_id" value=topic_id.get() />
                <input type="hidden" name="status" value=EscalationStatus::Resolved.as_str() />
                <button type="submit" class="button button-small button-ghost">{t!("support-mark-resolved")}</button>
            </ActionForm>
        }
    });
    let who = if e.viewer_is_staff {
        t!("support-private-staff", member = &e.member)
    } else {
        t!("support-private-member")
    };
    let messages = e.messages;
    view! {
        <section class="panel support-conversation">
            <h1>{t!("support-title")}</h1>
            <p>{t!("support-about")}" "<a href=e.topic_path.clone()>{e.topic_title.clone()}</a></p>
            <p class="muted">{who}</p>
            <p class="support-status" role="status">{t!("support-status", status = status_label(current))}</p>
            <p class="muted">
                {t!("support-opened-by", name = &e.opened_by)}" "<Time at=e.created_at />
            </p>
            {staff_form}
            {resolve}
            <h2 class="visually-hidden">{t!("support-messages")}</h2>
            {if messages.is_empty() {
                view! { <p class="empty">{t!("support-no-messages")}</p> }.into_any()
            } else {
                view! {
                    <ol class="support-messages">
                        {messages.into_iter().map(|m| view! { <MessageView m /> }).collect_view()}
                    </ol>
                }
                .into_any()
            }}
            <p><a href=e.topic_path>{t!("support-back")}</a></p>
        </section>
    }
}

#[component]
fn MessageView(m: SupportMessage) -> impl IntoView {
    let label = t!("support-message-from", author = &m.author);
    view! {
        <li class="support-message" class:support-message-staff=m.author_is_staff id=format!("message-{}", m.id)>
            <article aria-label=label>
                <p class="support-message-author">
                    <strong>{m.author.clone()}</strong>
                    {m.author_is_staff.then(|| view! { " " <span class="role-badge">{t!("support-badge")}</span> })}
                    " " <Time at=m.created_at />
                </p>
                <div class="markdown" inner_html=m.body_html></div>
            </article>
        </li>
    }
}

#[component]
fn ReplyForm(topic_id: TopicId, reply: ServerAction<SupportReply>) -> impl IntoView {
    let error = Signal::derive(move || {
        reply.value().get().and_then(Result::err).map(|e| e.field("message").unwrap_or_else(|| e.to_string()))
    });
    // What was typed before a refused submission without JavaScript.
    let initial = reply.value().get_untracked().and_then(Result::err).and_then(|e| e.echo("message"));
    let field = NodeRef::<leptos::html::Textarea>::new();
    // A sent message empties the field; a refused one keeps it.
    Effect::new(move |_| {
        if reply.value().get().is_some_and(|r| r.is_ok()) {
            if let Some(el) = field.get_untracked() {
                el.set_value("");
            }
        }
    });
    let id = "support-message";
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = described_by(true, hint_id.clone(), error_id.clone(), error);
    view! {
        <section class="panel support-reply">
            <ActionForm action=reply attr:class="form">
                <input type="hidden" name="topic_id" value=topic_id.get() />
                <div class="field" class:field-invalid=move || error.get().is_some()>
                    <label for=id>{t!("support-your-message")}</label>
                    <textarea
                        id=id
                        name="message"
                        rows=5
                        required=true
                        node_ref=field
                        aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                        aria-describedby=described
                    >
                        {initial.unwrap_or_default()}
                    </textarea>
                    <p class="field-hint" id=hint_id>{t!("support-hint")}</p>
                    <p class="field-error" id=error_id role="alert" hidden=move || error.get().is_none()>
                        {move || error.get().unwrap_or_default()}
                    </p>
                </div>
                <button type="submit" class="button button-primary" disabled=move || reply.pending().get()>
                    {t!("support-send")}
                </button>
            </ActionForm>
        </section>
    }
}
