//! `/admin/translation`: which machine-translation provider the community
//! uses (LibreTranslate, DeepL or an OpenAI-compatible endpoint), the
//! hourly budget of new machine translations, and a try-out so the admin
//! sees at once whether the provider answers.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::api::translation::{
    translation_settings, ProviderSettings, SaveTranslationSettings, TryTranslation,
};
use crate::components::form::FormAlert;
use crate::pages::not_found::ErrorPanel;

#[component]
pub fn AdminTranslationPage() -> impl IntoView {
    let save = ServerAction::<SaveTranslationSettings>::new();
    let data = Resource::new(move || save.version().get(), |_| translation_settings());
    view! {
        <Title text=t!("translation-admin-title") />
        <Meta name="robots" content="noindex" />
        <Transition fallback=|| view! { <p class="muted">{t!("translate-loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(s) => view! { <ProviderForm settings=s save /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ProviderForm(settings: ProviderSettings, save: ServerAction<SaveTranslationSettings>) -> impl IntoView {
    let tryout = ServerAction::<TryTranslation>::new();
    let failed = move || save.value().get().and_then(Result::err);
    let initial_err = save.value().get_untracked().and_then(Result::err);
    let keep =
        |name: &str, current: String| initial_err.as_ref().and_then(|e| e.echo(name)).unwrap_or(current);
    let error = move |name: &'static str| move || failed().and_then(|e| e.field(name));
    let message = Signal::derive(move || {
        failed().filter(|e| !matches!(e, crate::AppError::Invalid { .. })).map(|e| e.to_string())
    });
    let saved = move || save.value().get().is_some_and(|r| r.is_ok()).then(|| t!("translation-admin-saved"));
    let provider = keep("provider", settings.provider.clone());
    let url = keep("url", settings.url.clone());
    let model = keep("model", settings.model.clone());
    let timeout = keep("timeout_secs", settings.timeout_secs.to_string());
    let retries = keep("retries", settings.retries.to_string());
    let per_member = keep("budget_per_member", settings.budget_per_member.to_string());
    let per_ip = keep("budget_per_ip", settings.budget_per_ip.to_string());
    let global = keep("budget_global", settings.budget_global.to_string());
    let key_hint =
        if settings.has_key { t!("translation-admin-key-kept") } else { t!("translation-admin-key-none") };
    let options = [
        ("", t!("translation-admin-provider-none")),
        ("libretranslate", "LibreTranslate".to_owned()),
        ("deepl", "DeepL".to_owned()),
        ("openai", t!("translation-admin-provider-openai")),
    ];
    let tried = move || {
        tryout.value().get().map(|r| match r {
            Ok(text) => view! { <p class="alert alert-success" role="status">{t!("translation-admin-try-ok", text = text)}</p> }.into_any(),
            Err(e) => view! { <p class="alert alert-error" role="alert">{e.to_string()}</p> }.into_any(),
        })
    };
    let field = move |id: &'static str,
                      name: &'static str,
                      label: String,
                      kind: &'static str,
                      value: String,
                      hint: String| {
        let err = error(name);
        let err2 = error(name);
        view! {
            <div class="field" class:field-invalid=move || err().is_some()>
                <label for=id>{label}</label>
                <input id=id name=name type=kind value=value autocomplete="off" aria-describedby=format!("{id}-hint {id}-error") />
                <p class="field-hint" id=format!("{id}-hint")>{hint}</p>
                <p class="field-error" id=format!("{id}-error")>{err2}</p>
            </div>
        }
    };
    view! {
        <section class="panel admin-form-panel" aria-labelledby="translation-heading">
            <h1 id="translation-heading">{t!("translation-admin-heading")}</h1>
            <p class="muted">{t!("translation-admin-intro")}</p>
            <FormAlert message />
            <p role="status" class="status-message">{saved}</p>
            <ActionForm action=save attr:class="form admin-form" attr:novalidate=true>
                <div class="field" class:field-invalid=move || error("provider")().is_some()>
                    <label for="translation-provider">{t!("translation-admin-provider")}</label>
                    <select id="translation-provider" name="provider">
                        {options
                            .into_iter()
                            .map(|(value, name)| view! { <option value=value selected=value == provider>{name}</option> })
                            .collect_view()}
                    </select>
                    <p class="field-error">{error("provider")}</p>
                </div>
                {field("translation-url", "url", t!("translation-admin-url"), "url", url, t!("translation-admin-url-hint"))}
                <div class="field" class:field-invalid=move || error("api_key")().is_some()>
                    <label for="translation-key">{t!("translation-admin-key")}</label>
                    <input id="translation-key" name="api_key" type="password" autocomplete="new-password" aria-describedby="translation-key-hint" />
                    <p class="field-hint" id="translation-key-hint">{key_hint}</p>
                    <p class="field-error">{error("api_key")}</p>
                    {settings.has_key.then(|| view! {
                        <label class="checkbox"><input type="checkbox" name="forget_key" value="on" />" "{t!("translation-admin-forget-key")}</label>
                    })}
                </div>
                {field("translation-model", "model", t!("translation-admin-model"), "text", model, t!("translation-admin-model-hint"))}
                {field("translation-timeout", "timeout_secs", t!("translation-admin-timeout"), "number", timeout, t!("translation-admin-timeout-hint"))}
                {field("translation-retries", "retries", t!("translation-admin-retries"), "number", retries, t!("translation-admin-retries-hint"))}
                <fieldset>
                    <legend>{t!("translation-admin-budget-heading")}</legend>
                    <p class="muted">{t!("translation-admin-budget-intro")}</p>
                    {field("translation-budget-member", "budget_per_member", t!("translation-admin-budget-member"), "number", per_member, t!("translation-admin-budget-hint"))}
                    {field("translation-budget-ip", "budget_per_ip", t!("translation-admin-budget-ip"), "number", per_ip, t!("translation-admin-budget-hint"))}
                    {field("translation-budget-global", "budget_global", t!("translation-admin-budget-global"), "number", global, t!("translation-admin-budget-hint"))}
                </fieldset>
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled=move || save.pending().get()>
                        {t!("translation-admin-save")}
                    </button>
                </div>
            </ActionForm>
            <h2>{t!("translation-admin-try-heading")}</h2>
            <ActionForm action=tryout attr:class="inline-form">
                <input type="hidden" name="target" value=crate::i18n::current().code() />
                <button type="submit" class="button" disabled=move || tryout.pending().get()>{t!("translation-admin-try")}</button>
            </ActionForm>
            {tried}
        </section>
    }
}
