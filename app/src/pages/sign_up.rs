use domain::{Email, Password, Username};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use super::sign_in::{clear_on_error, with_next};
use crate::api::auth::SignUp;
use crate::components::form::{FormAlert, TextField};
use crate::session::SessionRefresh;

#[component]
pub fn SignUpPage() -> impl IntoView {
    let action = ServerAction::<SignUp>::new();
    expect_context::<SessionRefresh>().follow(action);
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    let server_error = move || action.value().get().and_then(Result::err);
    let initial = action.value().get_untracked().and_then(Result::err);
    let field_signal = |name: &'static str| RwSignal::new(initial.as_ref().and_then(|e| e.field(name)));
    let (username_err, email_err, password_err) =
        (field_signal("username"), field_signal("email"), field_signal("password"));

    // After each submission, show what the server said next to each field.
    Effect::new(move |_| {
        if let Some(e) = server_error() {
            username_err.set(e.field("username"));
            email_err.set(e.field("email"));
            password_err.set(e.field("password"));
        }
    });
    let message = Signal::derive(move || server_error().map(|e| e.to_string()));
    let echo = move |name: &'static str| {
        Signal::derive(move || server_error().and_then(|e| e.echo(name)).unwrap_or_default())
    };
    let password_ref = NodeRef::<leptos::html::Input>::new();
    clear_on_error(action.value().into(), password_ref);

    // The browser checks each field with the very rule the server enforces.
    let check = crate::components::form::check_on_leave;

    view! {
        <Title text=t!("signup-title") />
        <Meta name="description" content=t!("signup-description") />
        <section class="panel narrow auth-panel">
            <h1>{t!("signup-heading")}</h1>
            <p class="lead">{t!("signup-lead")}</p>
            <FormAlert message />
            <ActionForm action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="next" value=next />
                <div on:focusout=check(username_err, |v| Username::parse(v).err().map(|e| crate::i18n::error_message(e.code)))>
                    <TextField
                        label=t!("signup-username")
                        name="username"
                        autocomplete="username"
                        hint=t!("signup-username-hint")
                        error=username_err
                        value=echo("username")
                        required=true
                        autofocus=true
                    />
                </div>
                <div on:focusout=check(email_err, |v| Email::parse(v).err().map(|e| crate::i18n::error_message(e.code)))>
                    <TextField
                        label=t!("signup-email")
                        name="email"
                        kind="email"
                        autocomplete="email"
                        hint=t!("signup-email-hint")
                        error=email_err
                        value=echo("email")
                        required=true
                    />
                </div>
                <div on:focusout=check(password_err, |v| Password::parse_new(v, None).err().map(|e| crate::i18n::error_message(e.code)))>
                    <TextField
                        label=t!("signup-password")
                        name="password"
                        kind="password"
                        autocomplete="new-password"
                        hint=t!("signup-password-hint")
                        error=password_err
                        node_ref=password_ref
                        required=true
                    />
                </div>
                <button type="submit" class="button button-primary button-block" disabled=move || action.pending().get()>
                    {t!("signup-submit")}
                </button>
            </ActionForm>
            <p class="form-footer">{t!("signup-have-account")} " " <a href=move || with_next("/signin", &next())>{t!("signup-sign-in")}</a></p>
        </section>
    }
}
