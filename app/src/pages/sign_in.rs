use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use crate::api::auth::SignIn;
use crate::components::form::{FormAlert, TextField};
use crate::session::SessionRefresh;
use crate::AppError;

#[component]
pub fn SignInPage() -> impl IntoView {
    let action = ServerAction::<SignIn>::new();
    expect_context::<SessionRefresh>().follow(action);
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let message = Signal::derive(move || error.get().map(|e| e.to_string()));
    let login_value = Signal::derive(move || error.get().and_then(|e| e.echo("login")).unwrap_or_default());
    let password_ref = NodeRef::<leptos::html::Input>::new();
    clear_on_error(action.value().into(), password_ref);

    view! {
        <Title text=t!("signin-title") />
        <Meta name="description" content=t!("signin-description") />
        <section class="panel narrow auth-panel">
            <h1>{t!("signin-title")}</h1>
            <p class="lead">{t!("signin-lead")}</p>
            <FormAlert message />
            <ActionForm action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="next" value=next />
                <TextField
                    label=t!("signin-login")
                    name="login"
                    autocomplete="username"
                    value=login_value
                    required=true
                    autofocus=true
                />
                <TextField
                    label=t!("signin-password")
                    name="password"
                    kind="password"
                    autocomplete="current-password"
                    node_ref=password_ref
                    required=true
                />
                <button type="submit" class="button button-primary button-block" disabled=move || action.pending().get()>
                    {t!("signin-submit")}
                </button>
            </ActionForm>
            <p class="form-footer">{t!("signin-new-here")} " " <a href=move || with_next("/signup", &next())>{t!("signin-create-account")}</a></p>
        </section>
    }
}

pub(crate) fn with_next(path: &str, next: &str) -> String {
    if next.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?next={}", domain::urlencode(next))
    }
}

/// A failed submission never keeps the password in the form.
pub(crate) fn clear_on_error<T: Clone + Send + Sync + 'static>(
    value: Signal<Option<Result<T, AppError>>>,
    input: NodeRef<leptos::html::Input>,
) {
    Effect::new(move |_| {
        if matches!(value.get(), Some(Err(_))) {
            if let Some(el) = input.get() {
                el.set_value("");
            }
        }
    });
}
