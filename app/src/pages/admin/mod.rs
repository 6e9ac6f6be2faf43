//! The admin pages (`/admin/...`), one module each, and what they share:
//! the outcome of their actions, refetching after a success, resetting a
//! form. Their fields are `components::form::TextField`.

pub mod categories;
pub mod groups;
pub mod guidelines;
pub mod members;
pub mod moderation;
pub mod reputation;
pub mod tags;
pub mod translation;
pub mod webhooks;

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::components::form::FormAlert;
use crate::AppError;

/// The latest outcome of a page's actions: a success for the status line, or
/// a failure for the alert. One place for both, so an old failure of one
/// action does not linger beside a newer success of another.
#[derive(Clone, Copy)]
pub(crate) struct Feedback {
    done: RwSignal<Option<String>>,
    failed: RwSignal<Option<String>>,
}

impl Feedback {
    pub(crate) fn new() -> Self {
        Self { done: RwSignal::new(None), failed: RwSignal::new(None) }
    }

    /// Reports each completion of `action`. `inline_fields`: the form shows
    /// field errors beside its fields, so the alert gives the summary only;
    /// otherwise the alert spells out the field messages.
    pub(crate) fn follow<S>(
        self,
        action: ServerAction<S>,
        inline_fields: bool,
        done: impl Fn(&S::Output) -> String + Send + Sync + 'static,
    ) where
        S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
        S::Output: Send + Sync + 'static,
    {
        let apply = move |r: &Result<S::Output, AppError>| match r {
            Ok(out) => {
                self.failed.set(None);
                self.done.set(Some(done(out)));
            }
            Err(e) => {
                self.done.set(None);
                self.failed.set(Some(error_text(e, inline_fields)));
            }
        };
        // A submission without JavaScript: the error came back in the URL.
        action.value().with_untracked(|r| {
            if let Some(r) = r {
                apply(r)
            }
        });
        Effect::new(move |prev: Option<usize>| {
            let v = action.version().get();
            if prev.is_some_and(|p| p != v) {
                action.value().with_untracked(|r| {
                    if let Some(r) = r {
                        apply(r)
                    }
                });
            }
            v
        });
    }

    pub(crate) fn view(self) -> impl IntoView {
        let failed = self.failed;
        view! {
            <FormAlert message=Signal::derive(move || failed.get()) />
            <p class="status-message" role="status">{move || self.done.get()}</p>
        }
    }
}

/// What the alert says about a refused action.
pub(crate) fn error_text(e: &AppError, inline_fields: bool) -> String {
    match e {
        AppError::Invalid { fields, .. } if !inline_fields => {
            let mut messages: Vec<String> = Vec::new();
            for f in fields {
                let m = crate::i18n::error_message(f.code);
                if !messages.contains(&m) {
                    messages.push(m);
                }
            }
            messages.join(" ")
        }
        other => other.to_string(),
    }
}

/// The version of `action`'s latest successful completion. A page's list
/// refetches when it changes: after a change, but not after a refusal, so a
/// refused form stays as typed, focus included.
pub(crate) fn last_success<S>(action: ServerAction<S>) -> Memo<usize>
where
    S: ServerFn + Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
    S::Error: Send + Sync + 'static,
{
    Memo::new(move |prev: Option<&usize>| {
        let v = action.version().get();
        if action.value().with(|r| matches!(r, Some(Ok(_)))) {
            v
        } else {
            prev.copied().unwrap_or(0)
        }
    })
}

/// Resets `form` each time `trigger` changes (not on the first run): after a
/// successful save, or when another item is opened for editing. Re-rendering
/// is not enough: the DOM nodes are reused, and a field the admin typed in
/// keeps its text over a new `value` attribute. After the reset, each field
/// shows its (possibly new) default again.
pub(crate) fn reset_on<T>(form: NodeRef<leptos::html::Form>, trigger: impl Fn() -> T + 'static)
where
    T: PartialEq + 'static,
{
    Effect::new(move |prev: Option<T>| {
        let now = trigger();
        if prev.is_some_and(|p| p != now) {
            if let Some(f) = form.get_untracked() {
                f.reset();
            }
        }
        now
    });
}

/// An admin list: a table (its caption for screen readers, when given) with
/// one header per column, a last column of actions, and `children` as its
/// rows.
#[component]
pub(crate) fn AdminTable(
    #[prop(optional, into)] caption: Option<String>,
    columns: Vec<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="table admin-table">
                {caption.map(|c| view! { <caption class="visually-hidden">{c}</caption> })}
                <thead>
                    <tr>
                        {columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}
                        <th scope="col"><span class="visually-hidden">{t!("admin-actions")}</span></th>
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
