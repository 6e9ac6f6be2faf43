//! `/notifications`: the inbox, newest first, paged; and
//! `/settings/notifications`: which kinds a member wants.

use domain::live::LiveEvent;
use domain::notification::{NotificationItem, NotificationKind};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use crate::api::notifications::{notification_settings, notifications, MarkRead, SaveNotificationSettings};
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
        <Title text=t!("notifications-title") />
        <Meta name="robots" content="noindex" />
        <section class="panel">
            <div class="panel-header">
                <h1>{t!("notifications-title")}</h1>
                <div class="panel-actions">
                    <a href="/settings/notifications">{t!("notifications-settings-link")}</a>
                    <ActionForm action=mark attr:class="inline-form">
                        <button type="submit" class="button button-ghost">{t!("notifications-mark-all-read")}</button>
                    </ActionForm>
                </div>
            </div>
            <Transition fallback=|| view! { <p class="muted">{t!("notifications-loading")}</p> }>
                {move || Suspend::new(async move {
                    match page.await {
                        Ok(p) => {
                            let next = p.next.map(|n| format!("/notifications?before={n}"));
                            let summary = match p.unread {
                                0 => t!("notifications-nothing-unread"),
                                n => t!("notifications-unread", n = n),
                            };
                            view! {
                                <p class="muted" role="status">{summary}</p>
                                {if p.items.is_empty() {
                                    view! { <p class="empty">{t!("notifications-empty")}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="notification-list">
                                            {p.items.into_iter().map(|n| view! { <NotificationRow n mark /> }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                                <nav class="pager" aria-label=t!("notifications-pages")>
                                    {before().map(|_| view! { <a class="button button-ghost" href="/notifications">{t!("notifications-newest")}</a> })}
                                    {next.map(|h| view! { <a class="button button-ghost" href=h rel="next">{t!("notifications-older")}</a> })}
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
    let text = localized_text(n.kind, &n.text);
    view! {
        <li class="notification" class:notification-unread=!n.read>
            <a href=n.url>{text}</a>
            " "
            <Time ms=n.at />
            {(!n.read).then(|| view! {
                <span class="visually-hidden">" " {t!("notifications-unread-mark")}</span>
                <ActionForm action=mark attr:class="inline-form">
                    <input type="hidden" name="id" value=id />
                    <button type="submit" class="link-button">{t!("notifications-mark-read")}</button>
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
        <Title text=t!("notifications-settings-title") />
        <Meta name="robots" content="noindex" />
        <section class="panel narrow">
            <h1>{t!("notifications-settings-title")}</h1>
            <p class="muted">{t!("notifications-settings-intro")}</p>
            <p class="status-message" role="status">{move || saved().then(|| t!("notifications-settings-saved"))}</p>
            {move || save.value().get().and_then(Result::err).map(|e| view! { <div class="alert alert-error" role="alert">{e.to_string()}</div> })}
            <Transition fallback=|| view! { <p class="muted">{t!("notifications-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(kinds) => view! {
                            <ActionForm action=save attr:class="form">
                                <fieldset class="field">
                                    <legend>{t!("notifications-settings-legend")}</legend>
                                    {kinds.into_iter().map(|(k, on)| view! {
                                        <label class="checkbox">
                                            <input type="checkbox" name="kinds[]" value=k.as_str() checked=on />
                                            " " {crate::i18n::t(&kind_key(k))}
                                        </label>
                                    }).collect_view()}
                                </fieldset>
                                <div class="form-actions">
                                    <button type="submit" class="button button-primary">{t!("notifications-settings-save")}</button>
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

/// The message id of a kind's name in the settings.
pub fn kind_key(kind: NotificationKind) -> String {
    format!("notification-kind-{}", kind.as_str().replace('_', "-"))
}

/// Every message a notification's sentence is made of.
pub const TEXT_KEYS: [&str; 15] = [
    "notification-someone",
    "notification-text-new-answer",
    "notification-text-new-comment",
    "notification-text-comment-on-question",
    "notification-text-comment-on-answer",
    "notification-text-mention",
    "notification-text-accepted",
    "notification-text-solved",
    "notification-text-upvote-one",
    "notification-text-upvote-two",
    "notification-text-upvote-many",
    "notification-text-badge",
    "notification-text-new-question",
    "notification-text-upvote-what-question",
    "notification-text-upvote-what-answer",
];

/// The inbox sentence in the page's language. The server sends the English
/// sentence of `domain::notification::text`; its parts (who, how many,
/// which title) are read back from it and put into the translated message.
/// Usernames hold no spaces, so the actor is everything before the first
/// space. A sentence that does not read as expected is shown as it came.
pub fn localized_text(kind: NotificationKind, text: &str) -> String {
    parse_text(kind, text).unwrap_or_else(|| text.to_owned())
}

fn parse_text(kind: NotificationKind, text: &str) -> Option<String> {
    let actor_and = |marker: &str| -> Option<(String, String)> {
        let (actor, title) = text.strip_suffix('”')?.split_once(marker)?;
        (!actor.is_empty() && !actor.contains(' ')).then(|| (actor_name(actor), title.to_owned()))
    };
    let with = |key: &str, (actor, title): (String, String)| t!(key, actor = actor, title = title);
    Some(match kind {
        NotificationKind::NewAnswer => with("notification-text-new-answer", actor_and(" answered “")?),
        NotificationKind::NewComment => with("notification-text-new-comment", actor_and(" commented on “")?),
        NotificationKind::CommentOnPost => match actor_and(" commented on your question in “") {
            Some(parts) => with("notification-text-comment-on-question", parts),
            None => with("notification-text-comment-on-answer", actor_and(" commented on your answer in “")?),
        },
        NotificationKind::Mention => with("notification-text-mention", actor_and(" mentioned you in “")?),
        NotificationKind::Accepted => {
            with("notification-text-accepted", actor_and(" accepted your answer to “")?)
        }
        NotificationKind::NewQuestion => with("notification-text-new-question", actor_and(" asked “")?),
        NotificationKind::Solved => {
            let title = text.strip_prefix('“')?.strip_suffix("” is solved")?;
            t!("notification-text-solved", title = title)
        }
        NotificationKind::Badge => {
            let name = text.strip_prefix("You earned the “")?.strip_suffix("” badge")?;
            let badge = domain::badges::CATALOGUE
                .iter()
                .find(|b| b.name == name)
                .map_or_else(|| name.to_owned(), |b| crate::i18n::t(&super::badges::name_key(b.key)));
            t!("notification-text-badge", badge = badge)
        }
        NotificationKind::Upvote => {
            let body = text.strip_suffix('”')?;
            let (who, what, title) =
                [("question", " upvoted your question in “"), ("answer", " upvoted your answer in “")]
                    .into_iter()
                    .filter_map(|(what, marker)| {
                        body.split_once(marker).map(|(who, title)| (who, what, title))
                    })
                    .min_by_key(|(who, _, _)| who.len())?;
            let what = if what == "question" {
                t!("notification-text-upvote-what-question")
            } else {
                t!("notification-text-upvote-what-answer")
            };
            if let Some(actor) = who.strip_suffix(" and 1 other person").filter(|a| !a.contains(' ')) {
                t!("notification-text-upvote-two", actor = actor_name(actor), what = what, title = title)
            } else if let Some(n) = who.strip_suffix(" people").and_then(|n| n.parse::<i64>().ok()) {
                t!("notification-text-upvote-many", n = n, what = what, title = title)
            } else if !who.is_empty() && !who.contains(' ') {
                t!("notification-text-upvote-one", actor = actor_name(who), what = what, title = title)
            } else {
                return None;
            }
        }
        NotificationKind::Moderation | NotificationKind::Support => return None,
    })
}

/// "Someone" stands for a member the server could not name.
fn actor_name(actor: &str) -> String {
    if actor == "Someone" {
        t!("notification-someone")
    } else {
        actor.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// In English, reading a sentence back and translating it gives the
    /// server's sentence again, for every kind.
    #[test]
    fn english_sentences_read_back_unchanged() {
        for kind in NotificationKind::ALL {
            for (actor, count) in [("ana", 1), ("bo-2", 2), ("c_d", 7), ("Someone", 1)] {
                for question in [true, false] {
                    let title = if kind == NotificationKind::Badge {
                        "Good answer"
                    } else {
                        "Sync stops “now” in 2 apps"
                    };
                    let text = domain::notification::text(kind, actor, count, title, question);
                    assert_eq!(localized_text(kind, &text), text, "{kind:?}");
                }
            }
        }
    }
}
