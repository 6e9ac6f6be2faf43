//! "I need help from support" on a question page, for its asker and for
//! staff: a disclosure that reveals a short form opening the private
//! support conversation, or, once there is one, a link to it. Everyone else
//! sees nothing (the server says who may, per request).

use domain::escalation::support_path;
use domain::id::TopicId;
use domain::live::LiveEvent;
use leptos::prelude::*;

use crate::api::support::{support_entry, Escalate, SupportStanding};
use crate::components::form::described_by;

#[component]
pub fn EscalateControl(topic_id: TopicId) -> impl IntoView {
    let escalate = ServerAction::<Escalate>::new();
    // An agent opening the conversation reaches the asker's open page.
    let changed = RwSignal::new(0u64);
    crate::live::on_event(move |e| {
        if matches!(e, LiveEvent::Support { topic_id: t } if *t == topic_id) {
            changed.update(|n| *n += 1);
        }
    });
    // A plain Resource (serialized with the page), read inside Suspense:
    // rendered on the server and hydrated without a second request.
    let entry = Resource::new(move || (topic_id, changed.get()), |(t, _)| support_entry(t));
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match entry.await {
                    Ok(Some(entry)) => view! { <Entry topic_id entry escalate /> }.into_any(),
                    _ => ().into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Entry(topic_id: TopicId, entry: SupportStanding, escalate: ServerAction<Escalate>) -> impl IntoView {
    if entry.status.is_some() {
        return view! {
            <p class="support-entry">
                <a class="button button-small button-ghost" href=support_path(topic_id)>{t!("escalate-conversation")}</a>
            </p>
        }
        .into_any();
    }
    let failed = move || escalate.value().get().and_then(Result::err);
    let error = Signal::derive(move || failed().map(|e| e.field("message").unwrap_or_else(|| e.to_string())));
    // What was typed before a refused submission (without JavaScript too).
    let initial = escalate.value().get_untracked().and_then(Result::err).and_then(|e| e.echo("message"));
    let open = initial.is_some();
    let id = "escalate-message";
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = described_by(true, hint_id.clone(), error_id.clone(), error);
    let label = t!("escalate-label");
    let hint = if entry.asker { t!("escalate-hint-asker") } else { t!("escalate-hint-staff") };
    view! {
        <details class="support-entry" open=open>
            <summary class="button button-small button-ghost">{t!("escalate-open")}</summary>
            <ActionForm action=escalate attr:class="form escalate-form">
                <input type="hidden" name="topic_id" value=topic_id.get() />
                <div class="field" class:field-invalid=move || error.get().is_some()>
                    <label for=id>{label}</label>
                    <textarea
                        id=id
                        name="message"
                        rows=4
                        required=entry.asker
                        aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                        aria-describedby=described
                    >
                        {initial.unwrap_or_default()}
                    </textarea>
                    <p class="field-hint" id=hint_id>{hint}</p>
                    <p class="field-error" id=error_id role="alert" hidden=move || error.get().is_none()>
                        {move || error.get().unwrap_or_default()}
                    </p>
                </div>
                <button type="submit" class="button button-primary" disabled=move || escalate.pending().get()>
                    {t!("escalate-submit")}
                </button>
            </ActionForm>
        </details>
    }
    .into_any()
}
