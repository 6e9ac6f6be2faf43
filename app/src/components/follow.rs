//! The Follow button and its notification levels, for questions, categories
//! and tags. Both are plain forms, so they work before hydration too.

use domain::follow::{FollowLevel, FollowTarget};
use leptos::prelude::*;

use crate::api::live::SetFollow;

/// The level a plain "Follow" click sets: a question's every post; for a
/// category or tag, its new questions and answers (comments everywhere
/// would be noise).
fn follow_level(target: FollowTarget) -> FollowLevel {
    match target {
        FollowTarget::Topic => FollowLevel::Every,
        FollowTarget::Category | FollowTarget::Tag => FollowLevel::Answers,
    }
}

#[component]
pub fn FollowControl(
    target: FollowTarget,
    target_id: i64,
    level: Option<FollowLevel>,
    /// Where a form posted without JavaScript returns to.
    back: String,
) -> impl IntoView {
    let action = ServerAction::<SetFollow>::new();
    let confirmed = RwSignal::new(level.unwrap_or(FollowLevel::Normal));
    let error = RwSignal::new(None::<String>);
    Effect::new(move |_| match action.value().get() {
        Some(Ok(l)) => {
            confirmed.set(l);
            error.set(None);
        }
        Some(Err(e)) => error.set(Some(e.to_string())),
        None => {}
    });
    // The pending choice shows at once; a refusal falls back to the
    // confirmed level and says why.
    let shown = move || {
        action
            .input()
            .get()
            .and_then(|i| FollowLevel::parse(&i.level).ok())
            .unwrap_or_else(|| confirmed.get())
    };
    let following = move || shown().is_following();
    let toggle_to = move || if following() { FollowLevel::Normal } else { follow_level(target) };
    let back_again = back.clone();
    let what = match target {
        FollowTarget::Topic => "question",
        FollowTarget::Category => "category",
        FollowTarget::Tag => "tag",
    };
    view! {
        <div class="follow-control">
            <ActionForm action=action attr:class="inline-form">
                {hidden_fields(target, target_id, back_again)}
                <input type="hidden" name="level" prop:value=move || toggle_to().as_str() value=toggle_to().as_str() />
                <button
                    type="submit"
                    class="button button-small"
                    class:button-ghost=following
                    aria-pressed=move || following().to_string()
                    title=move || shown().describe(target)
                >
                    {move || if following() { "Following" } else { "Follow" }}
                </button>
            </ActionForm>
            <details class="follow-levels">
                <summary>{move || format!("Notifications: {}", shown().label())}</summary>
                <ActionForm action=action attr:class="form follow-level-form">
                    {hidden_fields(target, target_id, back)}
                    <fieldset>
                        <legend>{format!("Notify me about this {what}")}</legend>
                        {FollowLevel::ALL.into_iter().map(|l| view! {
                            <label class="radio">
                                <input type="radio" name="level" value=l.as_str() prop:checked=move || shown() == l checked=shown() == l />
                                " " <strong>{l.label()}</strong> " " <span class="muted">{l.describe(target)}</span>
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <button type="submit" class="button button-small">"Save"</button>
                </ActionForm>
            </details>
            {move || error.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
        </div>
    }
}

fn hidden_fields(target: FollowTarget, target_id: i64, back: String) -> impl IntoView {
    view! {
        <input type="hidden" name="target" value=target.as_str() />
        <input type="hidden" name="target_id" value=target_id />
        <input type="hidden" name="back" value=back />
    }
}
