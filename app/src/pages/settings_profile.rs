//! `/settings/profile`: a member edits what others see on their profile.

use domain::profile::{ProfileFields, AVATAR_ACCEPT};
use domain::ErrorCode;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use crate::api::language::{interface_languages, SaveLanguageSettings};
use crate::api::profile::{profile_form, SaveProfile};
use crate::components::avatar::Avatar;
use crate::components::editor::MarkdownEditor;
use crate::components::form::{described_by, FormAlert, TextField};
use crate::pages::not_found::ErrorPanel;

#[component]
pub fn ProfileSettings() -> impl IntoView {
    let save = ServerAction::<SaveProfile>::new();
    let data = Resource::new(|| (), |_| profile_form());
    let session = expect_context::<crate::session::SessionResource>();
    view! {
        <Title text=t!("settings-profile-title") />
        <Meta name="robots" content="noindex" />
        <Transition fallback=|| view! { <p class="muted">{t!("settings-loading")}</p> }>
            {move || Suspend::new(async move {
                let user = session.await.ok().and_then(|s| s.user);
                match data.await {
                    Ok((username, fields, avatar)) => view! {
                        <ProfileForm username fields avatar save />
                        {user.map(|u| view! { <LanguageSettings ui_language=u.ui_language auto_translate=u.auto_translate /> })}
                    }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ProfileForm(
    username: String,
    fields: ProfileFields,
    avatar: Option<i64>,
    save: ServerAction<SaveProfile>,
) -> impl IntoView {
    // What was typed before a refused save wins over what is stored.
    let typed = save.value().get_untracked().and_then(Result::err);
    let echo = |name: &str, stored: &str| {
        typed.as_ref().and_then(|e| e.echo(name)).unwrap_or_else(|| stored.to_owned())
    };
    let error = move |field: &'static str| {
        Signal::derive(move || save.value().get().and_then(Result::err).and_then(|e| e.field(field)))
    };
    let alert = Signal::derive(move || {
        save.value().get().and_then(Result::err).map(|_| t!("settings-correct-fields"))
    });
    let languages = echo("languages", &fields.languages.join(","));
    let chosen: Vec<String> = languages.split(',').map(str::to_owned).collect();
    let display_name = echo("display_name", &fields.display_name);
    let location = echo("location", &fields.location);
    let website = echo("website", &fields.website);
    let bio = echo("bio", &fields.bio);
    view! {
        <section class="panel narrow">
            <h1>{t!("settings-profile-title")}</h1>
            <p class="muted">
                {t!("settings-visible-on")} " " <a href=format!("/u/{username}")>{t!("settings-your-profile")}</a>
                {t!("settings-email-hidden")}
            </p>
            <p><a href="/settings/account">{t!("settings-account-link")}</a></p>
            <AvatarSettings username=username.clone() version=avatar />
            <FormAlert message=alert />
            <ActionForm action=save attr:class="form">
                <TextField label=t!("settings-display-name") name="display_name" value=display_name error=error("display_name") hint=t!("settings-display-name-hint") />
                <MarkdownEditor label=t!("settings-bio") name="bio" initial=bio error=error("bio") rows=6 hint=t!("settings-bio-hint") />
                <TextField label=t!("settings-location") name="location" value=location error=error("location") />
                <TextField label=t!("settings-website") name="website" kind="url" value=website error=error("website") hint=t!("settings-website-hint") />
                <fieldset class="field" aria-describedby="languages-error">
                    <legend>{t!("settings-languages")}</legend>
                    <p class="field-hint">{t!("settings-languages-hint")}</p>
                    {domain::language::community().map(|l| {
                        let (code, name) = (l.code, l.native);
                        let checked = chosen.iter().any(|c| c == code);
                        view! {
                            <label class="checkbox">
                                <input type="checkbox" name="languages[]" value=code checked=checked />
                                " " {name}
                            </label>
                        }
                    }).collect_view()}
                    <p class="field-error" id="languages-error">{move || error("languages").get()}</p>
                </fieldset>
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled=move || save.pending().get()>{t!("settings-save-profile")}</button>
                </div>
            </ActionForm>
        </section>
    }
}

/// What the last picture upload or removal did, from `?avatar=` (set by the
/// server's redirect after the form post).
enum AvatarOutcome {
    Done(String),
    Refused(String),
}

fn avatar_outcome(value: &str) -> Option<AvatarOutcome> {
    const REFUSALS: [ErrorCode; 4] = [
        ErrorCode::ImageInvalid,
        ErrorCode::ImageTooLarge,
        ErrorCode::ImageTooManyPixels,
        ErrorCode::Required,
    ];
    match value {
        "saved" => Some(AvatarOutcome::Done(t!("settings-avatar-saved"))),
        "removed" => Some(AvatarOutcome::Done(t!("settings-avatar-removed"))),
        "failed" => Some(AvatarOutcome::Refused(crate::error::AppError::Internal.to_string())),
        code => REFUSALS
            .iter()
            .find(|c| c.code() == code)
            .map(|c| AvatarOutcome::Refused(crate::i18n::error_message(*c))),
    }
}

/// Plain multipart forms posted to the server's avatar routes: the browser
/// sends the file itself, with or without JavaScript.
#[component]
fn AvatarSettings(username: String, version: Option<i64>) -> impl IntoView {
    let query = use_query_map();
    let outcome = move || query.read().get("avatar").and_then(|v| avatar_outcome(&v));
    let error = Signal::derive(move || match outcome() {
        Some(AvatarOutcome::Refused(m)) => Some(m),
        _ => None,
    });
    let done = move || match outcome() {
        Some(AvatarOutcome::Done(m)) => Some(view! { <p class="alert alert-info" role="status">{m}</p> }),
        _ => None,
    };
    let hint_id = "field-avatar-hint";
    let error_id = "field-avatar-error";
    view! {
        <section class="avatar-settings" aria-labelledby="avatar-heading">
            <h2 id="avatar-heading">{t!("settings-avatar-heading")}</h2>
            {done}
            <div class="avatar-settings-row">
                <Avatar username version large=true label=true />
                <form class="form" method="post" action="/settings/avatar" enctype="multipart/form-data">
                    <div class="field" class:field-invalid=move || error.get().is_some()>
                        <label for="field-avatar">{t!("settings-avatar-new")}</label>
                        <input
                            id="field-avatar"
                            name="avatar"
                            type="file"
                            accept=AVATAR_ACCEPT
                            required=true
                            aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                            aria-describedby=described_by(true, hint_id.to_owned(), error_id.to_owned(), error)
                        />
                        <p class="field-hint" id=hint_id>{t!("settings-avatar-hint")}</p>
                        <p class="field-error" id=error_id role="alert" hidden=move || error.get().is_none()>
                            {move || error.get().unwrap_or_default()}
                        </p>
                    </div>
                    <div class="form-actions">
                        <button type="submit" class="button button-primary">{t!("settings-avatar-upload")}</button>
                    </div>
                </form>
                {version.is_some().then(|| view! {
                    <form method="post" action="/settings/avatar/remove">
                        <button type="submit" class="button button-ghost">{t!("settings-avatar-remove")}</button>
                    </form>
                })}
            </div>
        </section>
    }
}

/// The member's language settings: the interface language ("" = the
/// browser's) and automatic translation of posts in languages they do not
/// read. The page reloads once saved, to render in the new language.
#[component]
fn LanguageSettings(ui_language: String, auto_translate: bool) -> impl IntoView {
    let save = ServerAction::<SaveLanguageSettings>::new();
    let saved = move || save.value().get().is_some_and(|r| r.is_ok());
    Effect::new(move |_| {
        if saved() {
            let _ = window().location().reload();
        }
    });
    let error = move || save.value().get().and_then(Result::err).and_then(|e| e.field("ui_language"));
    view! {
        <section class="panel narrow" aria-labelledby="language-heading">
            <h2 id="language-heading">{t!("settings-language-heading")}</h2>
            {move || saved().then(|| view! { <p class="status-message" role="status">{t!("settings-language-saved")}</p> })}
            <ActionForm action=save attr:class="form">
                <div class="field">
                    <label for="field-ui-language">{t!("settings-ui-language")}</label>
                    <select id="field-ui-language" name="ui_language" aria-describedby="field-ui-language-error">
                        <option value="" selected=ui_language.is_empty()>{t!("settings-ui-language-browser")}</option>
                        {interface_languages().into_iter().map(|l| {
                            let selected = l.code == ui_language;
                            view! { <option value=l.code.clone() lang=l.code selected=selected>{l.name}</option> }
                        }).collect_view()}
                    </select>
                    <p class="field-error" id="field-ui-language-error">{error}</p>
                </div>
                <label class="checkbox">
                    <input type="checkbox" name="auto_translate" value="on" checked=auto_translate />
                    " " {t!("settings-auto-translate")}
                </label>
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled=move || save.pending().get()>
                        {t!("settings-save-language")}
                    </button>
                </div>
            </ActionForm>
        </section>
    }
}
