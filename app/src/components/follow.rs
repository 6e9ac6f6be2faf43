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
    let notify_legend = match target {
        FollowTarget::Topic => t!("follow-notify-topic"),
        FollowTarget::Category => t!("follow-notify-category"),
        FollowTarget::Tag => t!("follow-notify-tag"),
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
                    title=move || level_description(shown(), target)
                >
                    {move || if following() { t!("follow-following") } else { t!("follow-follow") }}
                </button>
            </ActionForm>
            <details class="follow-levels">
                <summary>{move || t!("follow-notifications", level = level_label(shown()))}</summary>
                <ActionForm action=action attr:class="form follow-level-form">
                    {hidden_fields(target, target_id, back)}
                    <fieldset>
                        <legend>{notify_legend}</legend>
                        {FollowLevel::ALL.into_iter().map(|l| view! {
                            <label class="radio">
                                <input type="radio" name="level" value=l.as_str() prop:checked=move || shown() == l checked=shown() == l />
                                " " <strong>{level_label(l)}</strong> " " <span class="muted">{level_description(l, target)}</span>
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <button type="submit" class="button button-small">{t!("follow-save")}</button>
                </ActionForm>
            </details>
            {move || error.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
        </div>
    }
}

/// A notification level's name, in the page's language.
fn level_label(level: FollowLevel) -> String {
    match level {
        FollowLevel::Every => t!("follow-level-every"),
        FollowLevel::Answers => t!("follow-level-answers"),
        FollowLevel::Solved => t!("follow-level-solved"),
        FollowLevel::Normal => t!("follow-level-normal"),
        FollowLevel::Muted => t!("follow-level-muted"),
    }
}

/// What a level notifies about, for a question or for a category or tag.
fn level_description(level: FollowLevel, target: FollowTarget) -> String {
    let topic = target == FollowTarget::Topic;
    match level {
        FollowLevel::Every if topic => t!("follow-describe-every-topic"),
        FollowLevel::Every => t!("follow-describe-every"),
        FollowLevel::Answers if topic => t!("follow-describe-answers-topic"),
        FollowLevel::Answers => t!("follow-describe-answers"),
        FollowLevel::Solved if topic => t!("follow-describe-solved-topic"),
        FollowLevel::Solved => t!("follow-describe-solved"),
        FollowLevel::Normal => t!("follow-describe-normal"),
        FollowLevel::Muted => t!("follow-describe-muted"),
    }
}

fn hidden_fields(target: FollowTarget, target_id: i64, back: String) -> impl IntoView {
    view! {
        <input type="hidden" name="target" value=target.as_str() />
        <input type="hidden" name="target_id" value=target_id />
        <input type="hidden" name="back" value=back />
    }
}
