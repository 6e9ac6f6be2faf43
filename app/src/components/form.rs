use leptos::prelude::*;

/// A handler for `on:focusout` that checks a field with the very rule the
/// server enforces when the field is left. Not when focus moves to a button:
/// a message appearing then would shift the button away from under the
/// pointer and swallow the click; the server answers that submission.
///
/// Pressing Enter submits with the field still focused; the page then
/// navigates away and the browser fires `focusout` as the field is removed,
/// after its owner is gone. Setting the error then re-ran the field's
/// attribute closures on disposed signals, a panic that kills the whole
/// WebAssembly app. So: nothing happens for a field no longer in the
/// document, the error is only set when it changes, and with `try_` calls.
pub fn check_on_leave(
    err: RwSignal<Option<String>>,
    rule: fn(&str) -> Option<String>,
) -> impl Fn(leptos::ev::FocusEvent) + Clone + 'static {
    move |ev: leptos::ev::FocusEvent| {
        use wasm_bindgen::JsCast as _;
        let leaving = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        if !leaving.is_some_and(|n| n.is_connected()) {
            return;
        }
        let to_button =
            ev.related_target().is_some_and(|t| t.dyn_into::<web_sys::HtmlButtonElement>().is_ok());
        if to_button {
            return;
        }
        let found = rule(&event_target_value(&ev));
        if err.try_get_untracked().is_some_and(|now| now != found) {
            let _ = err.try_set(found);
        }
    }
}

/// A labelled input (or, `multiline`, a textarea) with its hint and its
/// error below it, both linked for screen readers: the one field component
/// of every form. `value` seeds the field (e.g. what was typed before a
/// failed submission without JavaScript). Its id is `field-{name}` unless a
/// page holding several forms with fields of the same name gives one.
#[component]
pub fn TextField(
    #[prop(into)] label: String,
    name: &'static str,
    #[prop(optional)] id: Option<&'static str>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(into, optional)] hint: Option<String>,
    #[prop(into, optional)] error: Signal<Option<String>>,
    #[prop(into, optional)] value: Signal<String>,
    #[prop(optional)] node_ref: NodeRef<leptos::html::Input>,
    #[prop(optional)] required: bool,
    #[prop(optional)] autofocus: bool,
    #[prop(optional)] multiline: bool,
) -> impl IntoView {
    let id = id.map_or_else(|| format!("field-{name}"), str::to_owned);
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described_by = described_by(hint.is_some(), hint_id.clone(), error_id.clone(), error);
    let invalid = move || if error.get().is_some() { "true" } else { "false" };
    let control = if multiline {
        view! {
            <textarea id=id.clone() name=name rows="3" required=required aria-invalid=invalid aria-describedby=described_by>
                {move || value.get()}
            </textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                name=name
                type=kind
                autocomplete=autocomplete
                value=move || value.get()
                required=required
                autofocus=autofocus
                aria-invalid=invalid
                aria-describedby=described_by
                node_ref=node_ref
            />
        }
        .into_any()
    };
    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id>{label}</label>
            {control}
            {hint.map(|h| view! { <p class="field-hint" id=hint_id>{h}</p> })}
            <FieldError id=error_id error />
        </div>
    }
}

/// The message under a field, hidden while there is none.
#[component]
pub fn FieldError(#[prop(into)] id: String, #[prop(into)] error: Signal<Option<String>>) -> impl IntoView {
    view! {
        <p class="field-error" id=id role="alert" hidden=move || error.get().is_none()>
            {move || error.get().unwrap_or_default()}
        </p>
    }
}

/// A form-level message (e.g. wrong credentials), announced to screen readers.
#[component]
pub fn FormAlert(#[prop(into)] message: Signal<Option<String>>) -> impl IntoView {
    view! {
        <Show when=move || message.get().is_some()>
            <div class="alert alert-error" role="alert">
                {move || message.get().unwrap_or_default()}
            </div>
        </Show>
    }
}

/// `aria-describedby` for a field: its hint (when it has one) and its error
/// (while there is one), so screen readers read both.
pub fn described_by(
    has_hint: bool,
    hint_id: String,
    error_id: String,
    error: Signal<Option<String>>,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(hint_id.clone());
        }
        if error.get().is_some() {
            ids.push(error_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}
