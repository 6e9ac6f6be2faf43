//! `/notifications`: the inbox, newest first, paged; and
//! `/settings/notifications`: which kinds a member wants.

use domain::live::LiveEvent;
use domain::notification::NotificationItem;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use crate::api::live::{notification_settings, notifications, MarkRead, SaveNotificationSettings};
use crate::components::time::Time;
use crate::pages::not_found::ErrorPanel;

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let query = use_query_map();
    let before = move || query.read().get("before").and_then(|b| b.parse::<i64>().ok());
    let mark = ServerAction::<MarkRead>::new();
    // New notifications arrive live: the list reloads (the bell moves on
    // its own).
    let arrived = RwSignal::new(0u64);
    crate::live::on_event(move |e| {
        if matches!(e, LiveEvent::Notification { .. }) {
            arrived.update(|n| *n += 1);
        }
    });
    let page =
        Resource::new(move || (before(), mark.version().get(), arrived.get()), |(b, _, _)| notifications(b));
    view! {
        <Title text="Notifications" />
        <Meta name="robots" content="noindex" />
        <section class="panel">
            <div class="panel-header">
                <h1>"Notifications"</h1>
                <div class="panel-actions">
                    <a href="/settings/notifications">"Settings"</a>
                    <ActionForm action=mark attr:class="inline-form">
                        <button type="submit" class="button button-ghost">"Mark all as read"</button>
                    </ActionForm>
                </div>
            </div>
            <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match page.await {
                        Ok(p) => {
                            let next = p.next.map(|n| format!("/notifications?before={n}"));
                            let summary = match p.unread {
                                0 => "Nothing unread.".to_owned(),
                                1 => "1 unread notification.".to_owned(),
                                n => format!("{n} unread notifications."),
                            };
                            view! {
                                <p class="muted" role="status">{summary}</p>
                                {if p.items.is_empty() {
                                    view! { <p class="empty">"No notifications yet. Follow questions, categories or tags to hear about them."</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="notification-list">
                                            {p.items.into_iter().map(|n| view! { <NotificationRow n mark /> }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                                <nav class="pager" aria-label="Pages">
                                    {before().map(|_| view! { <a class="button button-ghost" href="/notifications">"Newest"</a> })}
                                    {next.map(|h| view! { <a class="button button-ghost" href=h rel="next">"Older"</a> })}
                                </nav>
                            }.into_any()
                        }
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn NotificationRow(n: NotificationItem, mark: ServerAction<MarkRead>) -> impl IntoView {
    let id = n.id;
    view! {
        <li class="notification" class:notification-unread=!n.read>
            <a href=n.url>{n.text}</a>
            " "
            <Time ms=n.at />
            {(!n.read).then(|| view! {
                <span class="visually-hidden">" (unread)"</span>
                <ActionForm action=mark attr:class="inline-form">
                    <input type="hidden" name="id" value=id />
                    <button type="submit" class="link-button">"Mark as read"</button>
                </ActionForm>
            })}
        </li>
    }
}

#[component]
pub fn NotificationSettings() -> impl IntoView {
    let save = ServerAction::<SaveNotificationSettings>::new();
    let query = use_query_map();
    let data = Resource::new(move || save.version().get(), |_| notification_settings());
    let saved = move || save.value().get().is_some_and(|r| r.is_ok()) || query.read().get("saved").is_some();
    view! {
        <Title text="Notification settings" />
        <Meta name="robots" content="noindex" />
        <section class="panel narrow">
            <h1>"Notification settings"</h1>
            <p class="muted">"Choose what reaches your inbox. The bell shows what is unread."</p>
            <p class="status-message" role="status">{move || saved().then_some("Saved.")}</p>
            {move || save.value().get().and_then(Result::err).map(|e| view! { <div class="alert alert-error" role="alert">{e.to_string()}</div> })}
            <Transition fallback=|| view! { <p class="muted">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(kinds) => view! {
                            <ActionForm action=save attr:class="form">
                                <fieldset class="field">
                                    <legend>"Notify me when"</legend>
                                    {kinds.into_iter().map(|(k, on)| view! {
                                        <label class="checkbox">
                                            <input type="checkbox" name="kinds[]" value=k.as_str() checked=on />
                                            " " {k.label()}
                                        </label>
                                    }).collect_view()}
                                </fieldset>
                                <div class="form-actions">
                                    <button type="submit" class="button button-primary">"Save"</button>
                                </div>
                            </ActionForm>
                        }.into_any(),
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
