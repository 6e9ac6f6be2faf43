//! `/settings/account`: a member changes their password. A plain form post
//! (`ActionForm`), so it works without JavaScript too.

use domain::Password;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use super::sign_in::clear_on_error;
use crate::api::auth::ChangePassword;
use crate::components::form::{FormAlert, TextField};
use crate::pages::not_found::ErrorPanel;
use crate::AppError;

#[component]
pub fn AccountSettings() -> impl IntoView {
    let session = expect_context::<crate::session::SessionResource>();
    view! {
        <Title text=t!("settings-account-title") />
        <Meta name="robots" content="noindex" />
        <Transition fallback=|| view! { <p class="muted">{t!("settings-loading")}</p> }>
            {move || Suspend::new(async move {
                match session.await {
                    Ok(s) if s.user.is_some() => view! { <PasswordForm /> }.into_any(),
                    Ok(_) => view! { <ErrorPanel error=AppError::NotSignedIn /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn PasswordForm() -> impl IntoView {
    let action = ServerAction::<ChangePassword>::new();
    let query = use_query_map();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    // Set by the server's redirect after a change (with or without JavaScript).
    let changed = move || query.read().get("changed").as_deref() == Some("1") && error.get().is_none();
    let field = move |name: &'static str| Signal::derive(move || error.get().and_then(|e| e.field(name)));
    let alert = Signal::derive(move || {
        error.get().map(|e| match e {
            AppError::Invalid { .. } => t!("settings-correct-fields"),
            other => other.to_string(),
        })
    });
    let current_ref = NodeRef::<leptos::html::Input>::new();
    let new_ref = NodeRef::<leptos::html::Input>::new();
    clear_on_error(action.value().into(), current_ref);
    clear_on_error(action.value().into(), new_ref);
    // The browser checks the new password with the very rule the server enforces.
    // Seeded for the page rendered after a post without JavaScript (effects
    // run only in the browser), then kept in step with each answer.
    let new_error = RwSignal::new(error.get_untracked().and_then(|e| e.field("new_password")));
    Effect::new(move |_| {
        if action.value().get().is_some() {
            new_error.set(field("new_password").get());
        }
    });
    let check = crate::components::form::check_on_leave;

    view! {
        <section class="panel narrow">
            <h1>{t!("settings-account-title")}</h1>
            <p class="muted">{t!("settings-account-lead")}</p>
            {move || changed().then(|| view! {
                <p class="alert alert-info" role="status">{t!("settings-password-changed")}</p>
            })}
            <FormAlert message=alert />
            <ActionForm action attr:class="form" attr:novalidate=true>
                <TextField
                    label=t!("settings-current-password")
                    name="current_password"
                    kind="password"
                    autocomplete="current-password"
                    error=field("current_password")
                    node_ref=current_ref
                    required=true
                />
                <div on:focusout=check(new_error, |v| Password::parse_new(v, None).err().map(|e| crate::i18n::error_message(e.code)))>
                    <TextField
                        label=t!("settings-new-password")
                        name="new_password"
                        kind="password"
                        autocomplete="new-password"
                        hint=t!("settings-new-password-hint")
                        error=new_error
                        node_ref=new_ref
                        required=true
                    />
                </div>
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled=move || action.pending().get()>
                        {t!("settings-change-password")}
                    </button>
                </div>
            </ActionForm>
            <p class="form-footer"><a href="/settings/profile">{t!("settings-account-back")}</a></p>
        </section>
    }
}
