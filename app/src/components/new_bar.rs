//! "N new answers — show": what arrived live waits behind this bar, so
//! nothing moves under the reader until they ask for it.

use leptos::prelude::*;

/// Shows the bar while `pending` holds ids; "show" bumps `reload`.
///
/// `message` is the Fluent id of the count ("3 new answers"), a plural
/// message with `$n`. `singular`/`plural` are the older, English-only way
/// to say it, used only when no `message` is given.
#[component]
pub fn NewBar(
    pending: RwSignal<Vec<i64>>,
    #[prop(optional)] message: Option<&'static str>,
    #[prop(optional)] singular: &'static str,
    #[prop(optional)] plural: &'static str,
    reload: RwSignal<u64>,
) -> impl IntoView {
    move || {
        let n = pending.read().len();
        (n > 0).then(|| {
            let text = match message {
                Some(key) => t!(key, n = n),
                None if n == 1 => format!("1 {singular}"),
                None => format!("{n} {plural}"),
            };
            view! {
                <div class="new-bar" role="status">
                    <span>{text}</span>" — "
                    <button type="button" class="link-button" on:click=move |_| reload.update(|r| *r += 1)>
                        {t!("thread-new-bar-show")}
                    </button>
                </div>
            }
        })
    }
}

/// Adds `id` to the waiting list once.
pub fn push_once(pending: RwSignal<Vec<i64>>, id: i64) {
    pending.update(|p| {
        if !p.contains(&id) {
            p.push(id)
        }
    });
}
