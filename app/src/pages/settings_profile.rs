//! `/settings/profile`: a member edits what others see on their profile.

use domain::profile::{ProfileFields, AVATAR_ACCEPT, LANGUAGES};
use domain::ErrorCode;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use crate::api::profile::{profile_form, SaveProfile};
use crate::components::avatar::Avatar;
use crate::components::editor::MarkdownEditor;
use crate::components::form::{described_by, FormAlert, TextField};
use crate::pages::not_found::ErrorPanel;

#[component]
pub fn ProfileSettings() -> impl IntoView {
    let save = ServerAction::<SaveProfile>::new();
    let data = Resource::new(|| (), |_| profile_form());
    view! {
        <Title text="Edit your profile" />
        <Meta name="robots" content="noindex" />
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((username, fields, avatar)) => view! {
                        <ProfileForm username fields avatar save />
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
        save.value().get().and_then(Result::err).map(|_| "Please correct the fields marked below.".to_owned())
    });
    let languages = echo("languages", &fields.languages.join(","));
    let chosen: Vec<String> = languages.split(',').map(str::to_owned).collect();
    let display_name = echo("display_name", &fields.display_name);
    let location = echo("location", &fields.location);
    let website = echo("website", &fields.website);
    let bio = echo("bio", &fields.bio);
    view! {
        <section class="panel narrow">
            <h1>"Edit your profile"</h1>
            <p class="muted">
                "Everyone can see this on "<a href=format!("/u/{username}")>"your profile"</a>
                ". Your email address is never shown."
            </p>
            <AvatarSettings username=username.clone() version=avatar />
            <FormAlert message=alert />
            <ActionForm action=save attr:class="form">
                <TextField label="Display name" name="display_name" value=display_name error=error("display_name") hint="Shown beside your username. Up to 50 characters." />
                <MarkdownEditor label="About you" name="bio" initial=bio error=error("bio") rows=6 hint="Markdown, up to 2,000 characters." />
                <TextField label="Location" name="location" value=location error=error("location") />
                <TextField label="Website" name="website" kind="url" value=website error=error("website") hint="A link starting with https://." />
                <fieldset class="field" aria-describedby="languages-error">
                    <legend>"Languages you read and write"</legend>
                    {LANGUAGES.iter().map(|(code, name)| {
                        let checked = chosen.iter().any(|c| c == code);
                        view! {
                            <label class="checkbox">
                                <input type="checkbox" name="languages[]" value=*code checked=checked />
                                " " {*name}
                            </label>
                        }
                    }).collect_view()}
                    <p class="field-error" id="languages-error">{move || error("languages").get()}</p>
                </fieldset>
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled=move || save.pending().get()>"Save profile"</button>
                </div>
            </ActionForm>
        </section>
    }
}

/// What the last picture upload or removal did, from `?avatar=` (set by the
/// server's redirect after the form post).
enum AvatarOutcome {
    Done(&'static str),
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
        "saved" => Some(AvatarOutcome::Done("Your new picture is saved.")),
        "removed" => Some(AvatarOutcome::Done("Your picture was removed.")),
        "failed" => Some(AvatarOutcome::Refused(crate::error::AppError::Internal.to_string())),
        code => {
            REFUSALS.iter().find(|c| c.code() == code).map(|c| AvatarOutcome::Refused(c.message().to_owned()))
        }
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
            <h2 id="avatar-heading">"Profile picture"</h2>
            {done}
            <div class="avatar-settings-row">
                <Avatar username version large=true label=true />
                <form class="form" method="post" action="/settings/avatar" enctype="multipart/form-data">
                    <div class="field" class:field-invalid=move || error.get().is_some()>
                        <label for="field-avatar">"New picture"</label>
                        <input
                            id="field-avatar"
                            name="avatar"
                            type="file"
                            accept=AVATAR_ACCEPT
                            required=true
                            aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                            aria-describedby=described_by(true, hint_id.to_owned(), error_id.to_owned(), error)
                        />
                        <p class="field-hint" id=hint_id>"PNG, JPEG, GIF or WebP, up to 5 MB. It is cropped to a square."</p>
                        <p class="field-error" id=error_id role="alert" hidden=move || error.get().is_none()>
                            {move || error.get().unwrap_or_default()}
                        </p>
                    </div>
                    <div class="form-actions">
                        <button type="submit" class="button button-primary">"Upload picture"</button>
                    </div>
                </form>
                {version.is_some().then(|| view! {
                    <form method="post" action="/settings/avatar/remove">
                        <button type="submit" class="button button-ghost">"Remove avatar"</button>
                    </form>
                })}
            </div>
        </section>
    }
}
