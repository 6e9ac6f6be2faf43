//! `/admin/webhooks`: the helpdesk webhook (URL and signing secret), a
//! test delivery, and the delivery log.

use domain::webhook::{Delivery, DeliveryStatus};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use super::{last_success, reset_on, Feedback};
use crate::api::webhooks::{
    webhook_config, webhook_deliveries, SaveWebhook, SendTestWebhook, WebhookSettings, LOG_LINES,
};
use crate::components::form::FieldError;
use crate::pages::not_found::ErrorPanel;
use crate::AppError;
use domain::calendar::iso_date;

#[component]
pub fn AdminWebhooksPage() -> impl IntoView {
    // Created in the route's view: only there does an action see the error
    // that a submission without JavaScript carries back in the URL.
    let save = ServerAction::<SaveWebhook>::new();
    let test = ServerAction::<SendTestWebhook>::new();
    let feedback = Feedback::new();
    feedback.follow(save, true, |_| t!("webhooks-saved"));
    feedback.follow(test, true, |_| t!("webhooks-test-queued"));
    let (saved, tested) = (last_success(save), last_success(test));
    let data = Resource::new(
        move || (saved.get(), tested.get()),
        |_| async move { Ok::<_, AppError>((webhook_config().await?, webhook_deliveries().await?)) },
    );
    let form = NodeRef::<leptos::html::Form>::new();
    // Empties the secret field once it is saved.
    reset_on(form, move || saved.get());
    view! {
        <Title text=t!("webhooks-title") />
        <Meta name="robots" content="noindex" />
        {feedback.view()}
        <Transition fallback=|| view! { <p class="muted">{t!("desk-loading")}</p> }>
            {move || data.get().map(|res| match res {
                Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                Ok((config, log)) => view! {
                    <div class="admin-stack">
                        <SettingsForm config save test form />
                        <DeliveryLog log />
                    </div>
                }
                .into_any(),
            })}
        </Transition>
    }
}

#[component]
fn SettingsForm(
    config: WebhookSettings,
    save: ServerAction<SaveWebhook>,
    test: ServerAction<SendTestWebhook>,
    form: NodeRef<leptos::html::Form>,
) -> impl IntoView {
    // What was typed before a refused save (also without JavaScript); the
    // secret is never echoed back.
    let url =
        save.value().get_untracked().and_then(Result::err).and_then(|e| e.echo("url")).unwrap_or(config.url);
    let url_err = Signal::derive(move || {
        // A test delivery without a URL points at the URL field too.
        let of_save = save.value().get().and_then(Result::err).and_then(|e| e.field("url"));
        of_save.or_else(|| test.value().get().and_then(Result::err).and_then(|e| e.field("url")))
    });
    let secret_err =
        Signal::derive(move || save.value().get().and_then(Result::err).and_then(|e| e.field("secret")));
    let placeholder = if config.secret_set { t!("webhooks-secret-kept") } else { t!("webhooks-no-secret") };
    let url_described = move || {
        if url_err.get().is_some() {
            "webhook-url-hint webhook-url-error"
        } else {
            "webhook-url-hint"
        }
    };
    view! {
        <section class="panel admin-form-panel" aria-labelledby="webhook-heading">
            <h1 id="webhook-heading">{t!("webhooks-title")}</h1>
            <p class="muted">
                {t!("webhooks-intro-signed")}" "
                <code>"X-Entraide-Signature: t=<unix time>,v1=<hex>"</code>
                {t!("webhooks-intro-hmac")}" "
                <code>"X-Entraide-Delivery"</code>
                " "{t!("webhooks-intro-retries")}
            </p>
            <ActionForm action=save node_ref=form attr:class="form admin-form" attr:novalidate=true>
                <div class="field" class:field-invalid=move || url_err.get().is_some()>
                    <label for="webhook-url">{t!("webhooks-url")}</label>
                    <input
                        id="webhook-url"
                        name="url"
                        type="url"
                        value=url
                        autocomplete="off"
                        aria-invalid=move || if url_err.get().is_some() { "true" } else { "false" }
                        aria-describedby=url_described
                    />
                    <p class="field-hint" id="webhook-url-hint">{t!("webhooks-url-hint")}</p>
                    <FieldError id="webhook-url-error" error=url_err />
                </div>
                <div class="field" class:field-invalid=move || secret_err.get().is_some()>
                    <label for="webhook-secret">{t!("webhooks-secret")}</label>
                    <input
                        id="webhook-secret"
                        name="secret"
                        type="password"
                        autocomplete="new-password"
                        placeholder=placeholder
                        aria-invalid=move || if secret_err.get().is_some() { "true" } else { "false" }
                        aria-describedby=move || {
                            if secret_err.get().is_some() {
                                "webhook-secret-hint webhook-secret-error"
                            } else {
                                "webhook-secret-hint"
                            }
                        }
                    />
                    <p class="field-hint" id="webhook-secret-hint">
                        {t!("webhooks-secret-hint")}
                    </p>
                    <FieldError id="webhook-secret-error" error=secret_err />
                </div>
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled=move || save.pending().get()>
                        {t!("webhooks-save")}
                    </button>
                </div>
            </ActionForm>
            <ActionForm action=test attr:class="inline-form">
                <button type="submit" class="button" disabled=move || test.pending().get()>
                    {t!("webhooks-send-test")}
                </button>
            </ActionForm>
        </section>
    }
}

#[component]
fn DeliveryLog(log: Vec<Delivery>) -> impl IntoView {
    let empty = log.is_empty();
    let rows = log.into_iter().map(|d| view! { <DeliveryRow d /> }).collect_view();
    view! {
        <section class="panel" aria-labelledby="deliveries-heading">
            <div class="panel-header">
                <h2 id="deliveries-heading">{t!("webhooks-deliveries")}</h2>
                <a class="button button-ghost button-small" href="/admin/webhooks">{t!("webhooks-refresh")}</a>
            </div>
            <p class="muted">{t!("webhooks-latest", n = LOG_LINES)}</p>
            {if empty {
                view! { <p class="muted">{t!("webhooks-empty")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table class="table admin-table">
                            <caption class="visually-hidden">{t!("webhooks-caption")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t!("webhooks-col-delivery")}</th>
                                    <th scope="col">{t!("webhooks-col-event")}</th>
                                    <th scope="col">{t!("webhooks-col-status")}</th>
                                    <th scope="col">{t!("webhooks-col-attempts")}</th>
                                    <th scope="col">{t!("webhooks-col-last-http")}</th>
                                    <th scope="col">{t!("webhooks-col-error")}</th>
                                    <th scope="col">{t!("webhooks-col-created")}</th>
                                    <th scope="col">{t!("webhooks-col-when")}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }}
        </section>
    }
}

#[component]
fn DeliveryRow(d: Delivery) -> impl IntoView {
    let when = match (d.status, d.delivered_at) {
        (DeliveryStatus::Delivered, Some(at)) => view! { <Stamp ms=at.get() /> }.into_any(),
        (DeliveryStatus::Pending, _) => {
            view! { {t!("webhooks-next")}" "<Stamp ms=d.next_attempt_at.get() /> }.into_any()
        }
        _ => view! { "—" }.into_any(),
    };
    view! {
        <tr>
            <td>{format!("#{}", d.id)}</td>
            <td><code>{d.event}</code><br /><span class="muted">{d.url}</span></td>
            <td>{crate::i18n::t(&format!("webhooks-status-{}", d.status.as_str()))}</td>
            <td>{t!("webhooks-attempts", n = d.attempts, max = domain::webhook::MAX_ATTEMPTS)}</td>
            <td>{d.last_status.map(|s| s.to_string()).unwrap_or_else(|| "—".to_owned())}</td>
            <td>{d.last_error.unwrap_or_else(|| "—".to_owned())}</td>
            <td><Stamp ms=d.created_at.get() /></td>
            <td>{when}</td>
        </tr>
    }
}

/// "2026-11-23 14:05:09" (UTC): computed the same on the server and in the
/// browser, so hydration agrees; a delivery log needs the time of day.
#[component]
fn Stamp(ms: i64) -> impl IntoView {
    let secs = ms.div_euclid(1000);
    let text = format!("{} {:02}:{:02}:{:02}", iso_date(ms), secs / 3600 % 24, secs / 60 % 60, secs % 60);
    let machine = format!("{}T{:02}:{:02}:{:02}Z", iso_date(ms), secs / 3600 % 24, secs / 60 % 60, secs % 60);
    view! { <time datetime=machine>{text}</time> }
}
