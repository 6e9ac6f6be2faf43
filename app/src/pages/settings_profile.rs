//! `/settings/profile`: a member edits what others see on their profile.

use domain::profile::{ProfileFields, LANGUAGES};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::api::profile::{profile_form, SaveProfile};
use crate::components::editor::MarkdownEditor;
use crate::components::form::{FormAlert, TextField};
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
                    Ok((username, fields)) => view! { <ProfileForm username fields save /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ProfileForm(username: String, fields: ProfileFields, save: ServerAction<SaveProfile>) -> impl IntoView {
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
