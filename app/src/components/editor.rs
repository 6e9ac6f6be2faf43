use leptos::prelude::*;

use crate::api::posting::PreviewMarkdown;
use crate::components::form::described_by;

/// A labelled Markdown textarea with its error, and a live preview rendered
/// by the server's own renderer and sanitizer (so what you see is what will
/// be stored), requested 300 ms after the last keystroke.
#[component]
pub fn MarkdownEditor(
    #[prop(into)] label: String,
    name: &'static str,
    /// What the field starts with (e.g. what was typed before a failed
    /// submission without JavaScript, or the text being edited).
    #[prop(into)]
    initial: String,
    #[prop(into, optional)] error: Signal<Option<String>>,
    #[prop(into, optional)] hint: Option<String>,
    #[prop(default = 10)] rows: u32,
    #[prop(optional)] inline: bool,
    #[prop(optional)] required: bool,
    #[prop(optional)] node_ref: NodeRef<leptos::html::Textarea>,
    /// Keeps what is typed outside the editor, so a re-render of the page
    /// (new comments, a refreshed thread) does not lose a draft.
    #[prop(optional)]
    draft: Option<RwSignal<String>>,
    /// The element id, when several editors for one field share a page.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| format!("field-{name}"));
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let preview_id = format!("{id}-preview");
    let preview_label = preview_id.clone();
    let preview = ServerAction::<PreviewMarkdown>::new();
    let text = RwSignal::new(initial.clone());
    let generation = StoredValue::new(0u64);
    let on_input = move |ev: leptos::ev::Event| {
        let body = event_target_value(&ev);
        text.set(body.clone());
        if let Some(d) = draft {
            d.set(body.clone());
        }
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        set_timeout(
            move || {
                // The editor may be gone by now (the page re-rendered):
                // then there is nothing left to preview into.
                if generation.try_get_value() == Some(mine) && !body.trim().is_empty() {
                    preview.dispatch(PreviewMarkdown { body, inline });
                }
            },
            std::time::Duration::from_millis(300),
        );
    };
    // Emptying the draft from outside (the post was accepted) empties the
    // field, even when a re-render kept the same element and its value.
    if let Some(d) = draft {
        Effect::new(move |before: Option<bool>| {
            let empty = d.get().is_empty();
            if empty && before == Some(false) {
                if let Some(el) = node_ref.get_untracked() {
                    el.set_value("");
                }
                text.set(String::new());
            }
            empty
        });
    }
    let has_text = move || !text.get().trim().is_empty();
    let html = move || preview.value().get().and_then(Result::ok).unwrap_or_default();
    let described_by = described_by(hint.is_some(), hint_id.clone(), error_id.clone(), error);
    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id.clone()>{label}</label>
            <textarea
                id=id
                name=name
                rows=rows
                required=required
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                aria-describedby=described_by
                on:input=on_input
                node_ref=node_ref
            >
                {initial}
            </textarea>
            {hint.map(|h| view! { <p class="field-hint" id=hint_id>{h}</p> })}
            <p class="field-error" id=error_id role="alert" hidden=move || error.get().is_none()>
                {move || error.get().unwrap_or_default()}
            </p>
            <section class="preview" aria-labelledby=preview_label hidden=move || !has_text() || html().is_empty()>
                <h4 class="preview-title" id=preview_id>{t!("editor-preview")}</h4>
                <div class="markdown" aria-live="polite" inner_html=html></div>
            </section>
        </div>
    }
}
