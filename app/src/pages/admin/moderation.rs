//! `/admin/moderation`: flag thresholds, new-member limits, spam domains,
//! watched words and response-time targets.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use super::{last_success, Feedback};
use crate::api::moderation_admin::{
    moderation_settings, ModerationRules, SaveModerationSettings, SetResponseTarget, UnwatchWord, WatchWord,
};
use crate::pages::not_found::ErrorPanel;

#[component]
pub fn AdminModerationPage() -> impl IntoView {
    let save = ServerAction::<SaveModerationSettings>::new();
    let watch = ServerAction::<WatchWord>::new();
    let unwatch = ServerAction::<UnwatchWord>::new();
    let target = ServerAction::<SetResponseTarget>::new();
    let feedback = Feedback::new();
    feedback.follow(save, true, |_| t!("modrules-saved"));
    feedback.follow(watch, true, |_| t!("modrules-word-saved"));
    feedback.follow(unwatch, true, |_| t!("modrules-word-removed"));
    feedback.follow(target, true, |_| t!("modrules-target-saved"));
    let (a, b, c, d) = (last_success(save), last_success(watch), last_success(unwatch), last_success(target));
    let data = Resource::new(move || (a.get(), b.get(), c.get(), d.get()), |_| moderation_settings());
    view! {
        <Title text=t!("modrules-title") />
        <Meta name="robots" content="noindex" />
        {feedback.view()}
        <Transition fallback=|| view! { <p class="muted">{t!("desk-loading")}</p> }>
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
    let number = move |label: String, name: &'static str, value: i64| {
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
            <h1>{t!("modrules-title")}</h1>
            <ActionForm action=save attr:class="form admin-form">
                <fieldset>
                    <legend>{t!("modrules-flags")}</legend>
                    {number(t!("modrules-flag-min-reputation"), "flag_min_reputation", s.flag_min_reputation)}
                    {number(t!("modrules-flags-to-hide"), "flags_to_hide", s.flags_to_hide)}
                </fieldset>
                <fieldset>
                    <legend>{t!("modrules-new-members")}</legend>
                    <p class="muted">{t!("modrules-new-members-help")}</p>
                    {number(t!("modrules-new-reputation"), "new_member_reputation", s.new_member_reputation)}
                    {number(t!("modrules-new-hours"), "new_member_hours", s.new_member_hours)}
                    <label class="choice">
                        <input type="checkbox" name="hold_first_posts" checked=s.hold_first_posts />
                        {t!("modrules-hold-first")}
                    </label>
                </fieldset>
                <fieldset>
                    <legend>{t!("modrules-spam")}</legend>
                    <div class="field" class:field-invalid=move || error("spam_domains").get().is_some()>
                        <label for="mod-spam-domains">{t!("modrules-spam-domains")}</label>
                        <textarea id="mod-spam-domains" name="spam_domains" rows="4">{s.spam_domains.clone()}</textarea>
                        <p class="field-error" role="alert">{move || error("spam_domains").get()}</p>
                    </div>
                </fieldset>
                <div class="form-actions">
                    <button type="submit" class="button button-primary">{t!("modrules-save")}</button>
                </div>
            </ActionForm>
        </section>
        <section class="panel">
            <h2>{t!("modrules-watched")}</h2>
            <p class="muted">{t!("modrules-watched-help")}</p>
            {if s.watched.is_empty() {
                view! { <p class="empty">{t!("modrules-watched-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="watched-words">
                        {s.watched.clone().into_iter().map(|(w, a)| view! {
                            <li>
                                <strong>{w.clone()}</strong>" — "{word_action(&a)}" "
                                <ActionForm action=unwatch attr:class="inline-form">
                                    <input type="hidden" name="word" value=w.clone() />
                                    <button type="submit" class="link-button" aria-label=t!("modrules-remove-label", word = &w)>
                                        {t!("modrules-remove")}
                                    </button>
                                </ActionForm>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <ActionForm action=watch attr:class="form inline-fields">
                <div class="field" class:field-invalid=move || word_error("word").get().is_some()>
                    <label for="mod-word">{t!("modrules-word")}</label>
                    <input id="mod-word" name="word" type="text" />
                    <p class="field-error" role="alert">{move || word_error("word").get()}</p>
                </div>
                <div class="field">
                    <label for="mod-word-action">{t!("modrules-word-action")}</label>
                    <select id="mod-word-action" name="word_action">
                        <option value="block">{t!("modrules-choose-block")}</option>
                        <option value="hold">{t!("modrules-choose-hold")}</option>
                        <option value="flag">{t!("modrules-choose-flag")}</option>
                    </select>
                </div>
                <button type="submit" class="button">{t!("modrules-add-word")}</button>
            </ActionForm>
        </section>
        <section class="panel">
            <h2>{t!("modrules-targets")}</h2>
            <p class="muted">{t!("modrules-targets-help")}</p>
            <table class="levels-table">
                <thead>
                    <tr>
                        <th scope="col">{t!("modrules-category")}</th>
                        <th scope="col">{t!("modrules-target-hours")}</th>
                    </tr>
                </thead>
                <tbody>
                    {s.targets.clone().into_iter().map(|(id, name, hours)| view! {
                        <tr>
                            <th scope="row">{name.clone()}</th>
                            <td>
                                <ActionForm action=target attr:class="inline-form">
                                    <input type="hidden" name="category_id" value=id.get() />
                                    <label class="visually-hidden" for=format!("target-{id}")>{t!("modrules-target-label", name = &name)}</label>
                                    <input id=format!("target-{id}") name="hours" type="number" min="0" value=hours />
                                    <button type="submit" class="button button-small">{t!("modrules-save-target")}</button>
                                </ActionForm>
                            </td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

/// What a watched word does (`block`, `hold`, `flag`), as listed.
fn word_action(action: &str) -> String {
    match action {
        "block" | "hold" | "flag" => crate::i18n::t(&format!("modrules-does-{action}")),
        other => other.to_owned(),
    }
}
