//! `/admin/reputation`: what each event is worth, the daily cap, the
//! downvote threshold, and the names and thresholds of the ten levels.

use domain::reputation::RULE_FIELDS;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use super::{last_success, Feedback};
use crate::api::reputation::{reputation_settings, ReputationConfig, SaveReputationSettings};
use crate::components::form::described_by;
use crate::pages::not_found::ErrorPanel;

#[component]
pub fn AdminReputationPage() -> impl IntoView {
    let save = ServerAction::<SaveReputationSettings>::new();
    let feedback = Feedback::new();
    feedback.follow(save, true, |_| t!("adminrep-saved"));
    let saved = last_success(save);
    let data = Resource::new(move || saved.get(), |_| reputation_settings());
    view! {
        <Title text=t!("adminrep-title") />
        <Meta name="robots" content="noindex" />
        {feedback.view()}
        <Transition fallback=|| view! { <p class="muted">{t!("adminrep-loading")}</p> }>
            {move || data.get().map(|res| match res {
                Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                Ok(config) => view! { <SettingsForm config save /> }.into_any(),
            })}
        </Transition>
    }
}

/// One number or text input with its error below it, for fields named at
/// run time (the admin field helper takes static names).
#[component]
fn Field(
    label: String,
    id: String,
    name: String,
    value: String,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional)] numeric: bool,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described = described_by(false, String::new(), error_id.clone(), error);
    view! {
        <div class="field" class:field-invalid=move || error.get().is_some()>
            <label for=id.clone()>{label}</label>
            <input
                id=id
                name=name
                value=value
                inputmode=numeric.then_some("numeric")
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                aria-describedby=described
            />
            <p class="field-error" id=error_id>{move || error.get()}</p>
        </div>
    }
}

#[component]
fn SettingsForm(config: ReputationConfig, save: ServerAction<SaveReputationSettings>) -> impl IntoView {
    // What was typed before a refused save (also without JavaScript).
    let typed = save.value().get_untracked().and_then(Result::err);
    let echo = move |name: &str, stored: String| typed.as_ref().and_then(|e| e.echo(name)).unwrap_or(stored);
    let error = move |field: String| {
        Signal::derive(move || save.value().get().and_then(Result::err).and_then(|e| e.field(&field)))
    };
    let rules = RULE_FIELDS
        .iter()
        .map(|(key, _, min, max)| {
            let stored = config.rules.get(key).unwrap_or_default().to_string();
            // The bounds stay undivided ("100000"), as the server reads them.
            let label = t!(
                "adminrep-rule-field",
                label = crate::i18n::t(&format!("adminrep-rule-{}", key.replace('_', "-"))),
                min = min.to_string(),
                max = max.to_string(),
            );
            view! {
                <Field
                    label=label
                    id=format!("rule-{key}")
                    name=key.to_string()
                    value=echo(key, stored)
                    error=error(key.to_string())
                    numeric=true
                />
            }
        })
        .collect_view();
    let levels = config
        .levels
        .iter()
        .map(|l| {
            let n = l.number;
            view! {
                <tr>
                    <th scope="row">{t!("adminrep-level", n = i64::from(n))}</th>
                    <td>
                        <Field
                            label=t!("adminrep-level-name", n = i64::from(n))
                            id=format!("level-name-{n}")
                            name="level_names[]".to_owned()
                            value=echo(&format!("level_name_{n}"), l.name.clone())
                            error=error(format!("level_name_{n}"))
                        />
                    </td>
                    <td>
                        <Field
                            label=t!("adminrep-level-min", n = i64::from(n))
                            id=format!("level-min-{n}")
                            name="level_thresholds[]".to_owned()
                            value=echo(&format!("level_min_{n}"), l.min_reputation.to_string())
                            error=error(format!("level_min_{n}"))
                            numeric=true
                        />
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="panel">
            <h1>{t!("adminrep-title")}</h1>
            <p class="muted">{t!("adminrep-intro")}</p>
            <ActionForm action=save attr:class="form admin-form">
                <fieldset>
                    <legend>{t!("adminrep-points")}</legend>
                    <div class="admin-form-grid">{rules}</div>
                </fieldset>
                <fieldset>
                    <legend>{t!("adminrep-levels")}</legend>
                    <table class="levels-table">
                        <thead>
                            <tr>
                                <th scope="col">{t!("adminrep-col-level")}</th>
                                <th scope="col">{t!("admin-name")}</th>
                                <th scope="col">{t!("adminrep-col-starts")}</th>
                            </tr>
                        </thead>
                        <tbody>{levels}</tbody>
                    </table>
                </fieldset>
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled=move || save.pending().get()>{t!("adminrep-save")}</button>
                </div>
            </ActionForm>
        </section>
    }
}
