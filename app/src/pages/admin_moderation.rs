//! `/admin/moderation`: flag thresholds, new-member limits, spam domains,
//! watched words and response-time targets; `/admin/guidelines` and
//! `/guidelines`: the code of conduct.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use super::admin_categories::{last_success, Feedback};
use crate::api::moderation_admin::{
    guidelines, guidelines_source, moderation_settings, ModerationRules, SaveGuidelines,
    SaveModerationSettings, SetResponseTarget, UnwatchWord, WatchWord,
};
use crate::pages::not_found::ErrorPanel;

#[component]
pub fn AdminModeration() -> impl IntoView {
    let save = ServerAction::<SaveModerationSettings>::new();
    let watch = ServerAction::<WatchWord>::new();
    let unwatch = ServerAction::<UnwatchWord>::new();
    let target = ServerAction::<SetResponseTarget>::new();
    let feedback = Feedback::new();
    feedback.follow(save, true, |_| "Moderation settings saved.".to_owned());
    feedback.follow(watch, true, |_| "Watched word saved.".to_owned());
    feedback.follow(unwatch, true, |_| "Watched word removed.".to_owned());
    feedback.follow(target, true, |_| "Response target saved.".to_owned());
    let (a, b, c, d) = (last_success(save), last_success(watch), last_success(unwatch), last_success(target));
    let data = Resource::new(move || (a.get(), b.get(), c.get(), d.get()), |_| moderation_settings());
    view! {
        <Title text="Moderation rules" />
        <Meta name="robots" content="noindex" />
        {feedback.view()}
        <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || data.get().map(|res| match res {
                Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                Ok(s) => view! { <ModerationForms s save watch unwatch target /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn ModerationForms(
    s: ModerationRules,
    save: ServerAction<SaveModerationSettings>,
    watch: ServerAction<WatchWord>,
    unwatch: ServerAction<UnwatchWord>,
    target: ServerAction<SetResponseTarget>,
) -> impl IntoView {
    let error = move |field: &'static str| {
        Signal::derive(move || save.value().get().and_then(Result::err).and_then(|e| e.field(field)))
    };
    let word_error = move |field: &'static str| {
        Signal::derive(move || watch.value().get().and_then(Result::err).and_then(|e| e.field(field)))
    };
    let number = move |label: &'static str, name: &'static str, value: i64| {
        view! {
            <div class="field" class:field-invalid=move || error(name).get().is_some()>
                <label for=format!("mod-{name}")>{label}</label>
                <input id=format!("mod-{name}") name=name type="number" min="0" value=value />
                <p class="field-error" role="alert">{move || error(name).get()}</p>
            </div>
        }
    };
    view! {
        <section class="panel">
            <h1>"Moderation rules"</h1>
            <ActionForm action=save attr:class="form admin-form">
                <fieldset>
                    <legend>"Flags"</legend>
                    {number("Reputation needed to flag", "flag_min_reputation", s.flag_min_reputation)}
                    {number("Flags from trusted members that hide a post until reviewed", "flags_to_hide", s.flags_to_hide)}
                </fieldset>
                <fieldset>
                    <legend>"New members"</legend>
                    <p class="muted">"A member is new below this reputation or while their account is younger than this. New members may put at most 2 links in a post and post 3 times in their first hour."</p>
                    {number("New below reputation", "new_member_reputation", s.new_member_reputation)}
                    {number("New for hours after sign-up", "new_member_hours", s.new_member_hours)}
                    <label class="choice">
                        <input type="checkbox" name="hold_first_posts" checked=s.hold_first_posts />
                        "Hold the first post of each new member for review"
                    </label>
                </fieldset>
                <fieldset>
                    <legend>"Spam"</legend>
                    <div class="field" class:field-invalid=move || error("spam_domains").get().is_some()>
                        <label for="mod-spam-domains">"Spam domains (one per line; subdomains included)"</label>
                        <textarea id="mod-spam-domains" name="spam_domains" rows="4">{s.spam_domains.clone()}</textarea>
                        <p class="field-error" role="alert">{move || error("spam_domains").get()}</p>
                    </div>
                </fieldset>
                <div class="form-actions">
                    <button type="submit" class="button button-primary">"Save moderation rules"</button>
                </div>
            </ActionForm>
        </section>
        <section class="panel">
            <h2>"Watched words"</h2>
            <p class="muted">"Matched as whole words in new posts (\"doc\" never matches \"document\"). Block refuses the post, hold keeps it for review, flag publishes it with a flag for agents."</p>
            {if s.watched.is_empty() {
                view! { <p class="empty">"No watched words."</p> }.into_any()
            } else {
                view! {
                    <ul class="watched-words">
                        {s.watched.clone().into_iter().map(|(w, a)| view! {
                            <li>
                                <strong>{w.clone()}</strong>" — "{a.clone()}" "
                                <ActionForm action=unwatch attr:class="inline-form">
                                    <input type="hidden" name="word" value=w.clone() />
                                    <button type="submit" class="link-button" aria-label=format!("Remove {w}")>"Remove"</button>
                                </ActionForm>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <ActionForm action=watch attr:class="form inline-fields">
                <div class="field" class:field-invalid=move || word_error("word").get().is_some()>
                    <label for="mod-word">"Word or phrase"</label>
                    <input id="mod-word" name="word" type="text" />
                    <p class="field-error" role="alert">{move || word_error("word").get()}</p>
                </div>
                <div class="field">
                    <label for="mod-word-action">"What to do"</label>
                    <select id="mod-word-action" name="word_action">
                        <option value="block">"Block the post"</option>
                        <option value="hold">"Hold for review"</option>
                        <option value="flag">"Flag for agents"</option>
                    </select>
                </div>
                <button type="submit" class="button">"Add watched word"</button>
            </ActionForm>
        </section>
        <section class="panel">
            <h2>"Response-time targets"</h2>
            <p class="muted">"How soon a question should get its first answer. Older unanswered questions stand out on the desk as overdue."</p>
            <table class="levels-table">
                <thead><tr><th scope="col">"Category"</th><th scope="col">"Target (hours, 0 for none)"</th></tr></thead>
                <tbody>
                    {s.targets.clone().into_iter().map(|(id, name, hours)| view! {
                        <tr>
                            <th scope="row">{name.clone()}</th>
                            <td>
                                <ActionForm action=target attr:class="inline-form">
                                    <input type="hidden" name="category_id" value=id />
                                    <label class="visually-hidden" for=format!("target-{id}")>{format!("Target for {name} in hours")}</label>
                                    <input id=format!("target-{id}") name="hours" type="number" min="0" value=hours />
                                    <button type="submit" class="button button-small">"Save"</button>
                                </ActionForm>
                            </td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

/// `/guidelines`: the code of conduct, for everyone.
#[component]
pub fn GuidelinesPage() -> impl IntoView {
    let body = Resource::new(|| (), |_| guidelines());
    view! {
        <Title text="Community guidelines" />
        <section class="panel narrow">
            <h1>"Community guidelines"</h1>
            <Suspense fallback=|| view! { <p class="muted">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match body.await {
                        Ok(html) => view! { <div class="markdown" inner_html=html></div> }.into_any(),
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// `/admin/guidelines`: admins edit the code of conduct.
#[component]
pub fn AdminGuidelines() -> impl IntoView {
    let save = ServerAction::<SaveGuidelines>::new();
    let feedback = Feedback::new();
    feedback.follow(save, true, |_| "Guidelines saved.".to_owned());
    let source = Resource::new(|| (), |_| guidelines_source());
    let error =
        Signal::derive(move || save.value().get().and_then(Result::err).and_then(|e| e.field("body")));
    view! {
        <Title text="Edit the guidelines" />
        <Meta name="robots" content="noindex" />
        {feedback.view()}
        <Suspense fallback=|| view! { <p class="muted">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match source.await {
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    Ok(md) => view! {
                        <section class="panel">
                            <h1>"Community guidelines"</h1>
                            <p class="muted">"Markdown. Shown at " <a href="/guidelines">"/guidelines"</a> ", linked from the ask form and shown to first-time askers."</p>
                            <ActionForm action=save attr:class="form">
                                <div class="field" class:field-invalid=move || error.get().is_some()>
                                    <label for="guidelines-body">"Guidelines"</label>
                                    <textarea id="guidelines-body" name="body" rows="18">{md}</textarea>
                                    <p class="field-error" role="alert">{move || error.get()}</p>
                                </div>
                                <button type="submit" class="button button-primary">"Save guidelines"</button>
                            </ActionForm>
                        </section>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}
