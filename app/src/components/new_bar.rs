//! "N new answers — show": what arrived live waits behind this bar, so
//! nothing moves under the reader until they ask for it.

use leptos::prelude::*;

/// Shows the bar while `pending` holds ids; "show" bumps `reload`.
#[component]
pub fn NewBar(
    pending: RwSignal<Vec<i64>>,
    singular: &'static str,
    plural: &'static str,
    reload: RwSignal<u64>,
) -> impl IntoView {
    move || {
        let n = pending.read().len();
        (n > 0).then(|| {
            let text = if n == 1 { format!("1 {singular}") } else { format!("{n} {plural}") };
            view! {
                <div class="new-bar" role="status">
                    <span>{text}</span>" — "
                    <button type="button" class="link-button" on:click=move |_| reload.update(|r| *r += 1)>"show"</button>
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
