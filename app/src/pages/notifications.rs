//! `/notifications`: the inbox, newest first, paged; and
//! `/settings/notifications`: which kinds a member wants.

use domain::live::LiveEvent;
use domain::notification::{Notice, NotificationItem, NotificationKind};
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
    let text = sentence(&n);
    view! {
        <li class="notification" class:notification-unread=!n.read>
            <a href=n.url>{text}</a>
            " "
            <Time at=n.at />
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

/// The message id of a staff notice's sentence.
pub fn notice_key(notice: Notice) -> String {
    format!("notification-notice-{}", notice.as_str().replace('_', "-"))
}

/// The inbox sentence in the page's language, from the notification's parts
/// (who, how many, which title or badge). Moderation and support
/// notifications carry the staff's own words.
pub fn sentence(n: &NotificationItem) -> String {
    let actor = n.actor.clone().unwrap_or_else(|| t!("notification-someone"));
    let title = n.title.as_str();
    // Each key is written out in a `t!` so that the i18n tests find it
    // (`every_key_used_in_the_code_exists`): no list of keys is kept by hand.
    match n.kind {
        NotificationKind::NewAnswer => t!("notification-text-new-answer", actor = actor, title = title),
        NotificationKind::NewComment => t!("notification-text-new-comment", actor = actor, title = title),
        NotificationKind::CommentOnPost if n.on_question => {
            t!("notification-text-comment-on-question", actor = actor, title = title)
        }
        NotificationKind::CommentOnPost => {
            t!("notification-text-comment-on-answer", actor = actor, title = title)
        }
        NotificationKind::Mention => t!("notification-text-mention", actor = actor, title = title),
        NotificationKind::Accepted => t!("notification-text-accepted", actor = actor, title = title),
        NotificationKind::NewQuestion => t!("notification-text-new-question", actor = actor, title = title),
        NotificationKind::Solved => t!("notification-text-solved", title = title),
        NotificationKind::Badge => {
            let key = n.badge.as_deref().unwrap_or_default();
            let badge = match domain::badges::by_key(key) {
                Some(b) => crate::i18n::t(&super::badges::name_key(b.key)),
                None => key.to_owned(),
            };
            t!("notification-text-badge", badge = badge)
        }
        NotificationKind::Upvote => {
            let what = if n.on_question {
                t!("notification-text-upvote-what-question")
            } else {
                t!("notification-text-upvote-what-answer")
            };
            match n.count {
                ..=1 => t!("notification-text-upvote-one", actor = actor, what = what, title = title),
                2 => t!("notification-text-upvote-two", actor = actor, what = what, title = title),
                many => t!("notification-text-upvote-many", n = many, what = what, title = title),
            }
        }
        NotificationKind::Moderation | NotificationKind::Support => match n.notice {
            Some(notice) => {
                let until = n.until.map(|t| domain::calendar::iso_date(t.get())).unwrap_or_default();
                let args = [
                    ("title", crate::i18n::Arg::from(title)),
                    ("reason", crate::i18n::Arg::from(&n.note)),
                    ("until", crate::i18n::Arg::from(until)),
                ];
                crate::i18n::t_with(&notice_key(notice), &args)
            }
            // Stored before notices were: a whole sentence, as written then.
            None => n.note.clone(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::Timestamp;

    fn item(kind: NotificationKind, actor: Option<&str>, count: i64, on_question: bool) -> NotificationItem {
        NotificationItem {
            id: 1,
            kind,
            actor: actor.map(str::to_owned),
            count,
            title: "Sync stops “now” in 2 apps".into(),
            on_question,
            badge: (kind == NotificationKind::Badge).then(|| "first_answer".to_owned()),
            notice: None,
            note: "Please keep it civil.".into(),
            until: None,
            url: "/".into(),
            at: Timestamp(0),
            read: false,
        }
    }

    /// Each kind reads as a whole English sentence built from its parts.
    #[test]
    fn every_kind_reads_as_a_sentence() {
        let title = "“Sync stops “now” in 2 apps”";
        let cases = [
            (item(NotificationKind::NewAnswer, Some("ana"), 1, true), format!("ana answered {title}")),
            (item(NotificationKind::NewComment, None, 1, true), format!("Someone commented on {title}")),
            (
                item(NotificationKind::CommentOnPost, Some("bo-2"), 1, true),
                format!("bo-2 commented on your question in {title}"),
            ),
            (
                item(NotificationKind::CommentOnPost, Some("bo-2"), 1, false),
                format!("bo-2 commented on your answer in {title}"),
            ),
            (item(NotificationKind::Mention, Some("c_d"), 1, false), format!("c_d mentioned you in {title}")),
            (
                item(NotificationKind::Accepted, Some("ana"), 1, false),
                format!("ana accepted your answer to {title}"),
            ),
            (item(NotificationKind::Solved, Some("ana"), 1, true), format!("{title} is solved")),
            (item(NotificationKind::NewQuestion, Some("ana"), 1, true), format!("ana asked {title}")),
            (
                item(NotificationKind::Upvote, Some("ana"), 1, false),
                format!("ana upvoted your answer in {title}"),
            ),
            (
                item(NotificationKind::Upvote, Some("ana"), 2, true),
                format!("ana and 1 other person upvoted your question in {title}"),
            ),
            (
                item(NotificationKind::Upvote, Some("ana"), 7, false),
                format!("7 people upvoted your answer in {title}"),
            ),
            (item(NotificationKind::Moderation, None, 1, false), "Please keep it civil.".to_owned()),
            (item(NotificationKind::Support, Some("sam"), 1, false), "Please keep it civil.".to_owned()),
        ];
        for (n, want) in cases {
            assert_eq!(sentence(&n), want, "{:?}", n.kind);
        }
        let notice = |kind, notice, until| NotificationItem {
            notice: Some(notice),
            until,
            ..item(kind, Some("sam"), 1, false)
        };
        let day = 1_796_083_200_000; // 2026-12-01
        let notices = [
            (
                notice(NotificationKind::Moderation, Notice::Warned, None),
                "A moderator warned you: Please keep it civil.",
            ),
            (
                notice(NotificationKind::Moderation, Notice::Silenced, Some(Timestamp(day))),
                "You cannot post until 2026-12-01: Please keep it civil.",
            ),
            (
                notice(NotificationKind::Support, Notice::SupportReplied, None),
                "Support replied about “Sync stops “now” in 2 apps”",
            ),
        ];
        for (n, want) in notices {
            assert_eq!(sentence(&n), want, "{:?}", n.notice);
        }
        let badge = sentence(&item(NotificationKind::Badge, None, 1, false));
        assert!(badge.starts_with("You earned the “") && badge.ends_with("” badge"), "{badge}");
        assert!(!badge.contains("first_answer"), "the badge's name, not its key: {badge}");
    }
}
