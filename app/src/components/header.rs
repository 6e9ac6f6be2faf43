use domain::live::LiveEvent;
use domain::Role;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::api::auth::SignOut;
use crate::api::language::{interface_languages, SetLanguage};
use crate::api::SessionUser;
use crate::components::avatar::Avatar;
use crate::session::SessionResource;

/// The header reads the session once, inside one Transition, and also sets
/// the title suffix (the community's name) from it.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let session = expect_context::<SessionResource>();
    let header = move || {
        Suspend::new(async move {
            let session = session.await.ok();
            let name =
                session.as_ref().map(|s| s.community_name.clone()).unwrap_or_else(|| "Entraide".to_owned());
            let unread = session.as_ref().map(|s| s.unread).unwrap_or(0);
            let user = session.and_then(|s| s.user);
            view! { <HeaderContent name user unread /> }
        })
    };
    view! {
        <header class="site-header">
            <Transition fallback=|| view! { <HeaderContent name="Entraide".to_owned() user=None unread=0 /> }>{header}</Transition>
        </header>
    }
}

/// The document title as the server writes it. leptos_meta puts the text
/// between `<title>` tags unescaped, so a question titled
/// `</title><meta http-equiv=refresh …>` (or a crafted `/search?q=`) would
/// redirect its readers; the server escapes it here, the very last step. In
/// the browser the text goes to `document.title`, which takes plain text.
fn title_text(title: String) -> String {
    if cfg!(feature = "ssr") {
        domain::text::escape_html(&title)
    } else {
        title
    }
}

#[component]
fn HeaderContent(name: String, user: Option<SessionUser>, unread: i64) -> impl IntoView {
    let title_name = name.clone();
    let staff = user.as_ref().is_some_and(|u| u.role >= Role::Agent);
    view! {
        <Title formatter=move |page: String| {
            title_text(if page.is_empty() { title_name.clone() } else { format!("{page} · {title_name}") })
        } />
        <div class="site-header-inner">
            <a class="brand" href="/">
                <img src="/logo.svg" alt="" width="32" height="32" />
                <span class="brand-name">{name}</span>
            </a>
            <nav class="main-nav" aria-label=t!("header-nav-label")>
                <A href="/" exact=true>{t!("header-nav-home")}</A>
                <A href="/questions">{t!("header-nav-questions")}</A>
                <A href="/tags" exact=true>{t!("header-nav-tags")}</A>
                <A href="/leaderboard">{t!("header-nav-leaderboard")}</A>
                <A href="/badges">{t!("header-nav-badges")}</A>
                {staff.then(|| view! { <A href="/desk">{t!("header-nav-desk")}</A> })}
            </nav>
            <HeaderSearch />
            <div class="account-area">
                {match user {
                    Some(user) => view! { <NotificationBell unread /> <AccountMenu user /> }.into_any(),
                    None => view! { <GuestLinks /> }.into_any(),
                }}
            </div>
            <LanguageSwitcher />
        </div>
    }
}

/// The bell: a link to the inbox whose name carries the unread count, kept
/// current by live events (a new notification, or reading them elsewhere).
#[component]
fn NotificationBell(unread: i64) -> impl IntoView {
    let count = RwSignal::new(unread);
    crate::live::on_event(move |e| {
        if let LiveEvent::Notification { unread, .. } | LiveEvent::NotificationsRead { unread } = e {
            count.set(*unread);
        }
    });
    let label = move || match count.get() {
        0 => t!("header-notifications"),
        n => t!("header-notifications-unread", n = n),
    };
    view! {
        <a class="bell" href="/notifications" aria-label=label title=label>
            <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2">
                <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
                <path d="M13.7 21a2 2 0 0 1-3.4 0" />
            </svg>
            {move || (count.get() > 0).then(|| view! { <span class="bell-count" aria-hidden="true">{crate::i18n::number(count.get())}</span> })}
        </a>
    }
}

#[component]
fn GuestLinks() -> impl IntoView {
    view! {
        <a class="button button-ghost" href="/signin">{t!("header-sign-in")}</a>
        <a class="button button-primary" href="/signup">{t!("header-sign-up")}</a>
    }
}

/// A disclosure menu built on <details>, so it opens without JavaScript.
#[component]
fn AccountMenu(user: SessionUser) -> impl IntoView {
    let sign_out = expect_context::<ServerAction<SignOut>>();
    let is_admin = user.role == Role::Admin;
    let role_badge = (user.role != Role::Member).then(|| {
        view! { <span class="role-badge">{role_label(user.role)}</span> }
    });
    // A link in the menu navigates inside the app, which leaves <details>
    // open over the next page: any click in the menu closes it.
    let details = NodeRef::<leptos::html::Details>::new();
    let close = move |_| {
        if let Some(d) = details.get_untracked() {
            d.set_open(false);
        }
    };
    view! {
        <details class="account-menu" node_ref=details>
            <summary aria-label=t!("header-account-menu", name = &user.username)>
                <Avatar username=user.username.clone() version=user.avatar_version />
                <span class="account-name">{user.username.clone()}</span>
                {role_badge}
            </summary>
            <div class="menu" role="menu" on:click=close>
                <p class="menu-caption">{t!("header-signed-in-as")} " " <strong>{user.username.clone()}</strong></p>
                <a role="menuitem" href=format!("/u/{}", user.username)>{t!("header-your-profile")}</a>
                <a role="menuitem" href="/settings/profile">{t!("header-edit-profile")}</a>
                <a role="menuitem" href="/settings/notifications">{t!("header-notification-settings")}</a>
                {is_admin.then(|| view! {
                    <a role="menuitem" href="/admin/members">{t!("header-admin-members")}</a>
                    <a role="menuitem" href="/admin/categories">{t!("header-admin-categories")}</a>
                    <a role="menuitem" href="/admin/tags">{t!("header-admin-tags")}</a>
                    <a role="menuitem" href="/admin/groups">{t!("header-admin-groups")}</a>
                    <a role="menuitem" href="/admin/reputation">{t!("header-admin-reputation")}</a>
                    <a role="menuitem" href="/admin/webhooks">{t!("header-admin-webhooks")}</a>
                    <a role="menuitem" href="/admin/translation">{t!("header-admin-translation")}</a>
                    <a role="menuitem" href="/admin/moderation">{t!("header-admin-moderation")}</a>
                    <a role="menuitem" href="/admin/guidelines">{t!("header-admin-guidelines")}</a>
                })}
                <ActionForm action=sign_out>
                    <button type="submit" role="menuitem" class="menu-button">{t!("header-sign-out")}</button>
                </ActionForm>
            </div>
        </details>
    }
}

/// The header's search box: a plain GET form to /search, with questions
/// suggested while typing (debounced) once the app is hydrated.
#[component]
fn HeaderSearch() -> impl IntoView {
    use crate::components::similar::debounced;
    let text = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let typed = debounced(text.into(), std::time::Duration::from_millis(200));
    let found = LocalResource::new(move || {
        let q = typed.get();
        async move {
            if q.trim().chars().count() < 2 {
                return Vec::new();
            }
            crate::api::search::suggest(q).await.unwrap_or_default()
        }
    });
    let suggestions = move || {
        let q = typed.get();
        // Read only once open (in the browser): on the server a local
        // resource never resolves, and reading it would hold the header's
        // Transition on its fallback.
        (open.get() && q.trim().chars().count() >= 2).then(|| {
            let items = found.get().unwrap_or_default();
            let ask = format!("/ask?q={}", domain::urlencode(q.trim()));
            let all = format!("/search?q={}", domain::urlencode(q.trim()));
            view! {
                <div class="suggestions" id="search-suggestions">
                    <ul aria-label=t!("header-suggested-questions")>
                        {items.into_iter().map(|s| view! {
                            <li>
                                <a href=s.path()>{s.title.clone()}</a>
                                {s.solved.then(|| view! { <span class="solved-mark">{t!("header-solved")}</span> })}
                            </li>
                        }).collect_view()}
                    </ul>
                    <p class="suggestions-foot">
                        <a href=all>{t!("header-all-results")}</a>
                        " · "
                        <a href=ask>{t!("header-ask-question")}</a>
                    </p>
                </div>
            }
        })
    };
    view! {
        <form class="header-search" method="get" action="/search" role="search"
            on:focusout=move |ev| {
                use wasm_bindgen::JsCast as _;
                // Leaving for a suggestion keeps the list until the click lands.
                let inside = ev.related_target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|el| el.closest(".header-search").ok().flatten().is_some());
                // try_set: the header can re-render (sign-in) while focused.
                if !inside {
                    let _ = open.try_set(false);
                }
            }>
            <label for="header-search" class="visually-hidden">{t!("header-search-label")}</label>
            <input id="header-search" name="q" type="search" placeholder=t!("header-search-placeholder") autocomplete="off"
                aria-controls="search-suggestions"
                on:input=move |ev| {
                    text.set(event_target_value(&ev));
                    open.set(true);
                }
                on:focus=move |_| open.set(true) />
            {suggestions}
        </form>
    }
}

/// A role's name in the page's language.
pub fn role_label(role: Role) -> String {
    crate::i18n::t(&format!("header-role-{}", role.as_str()))
}

/// The interface language, for everyone: a plain form (the server sets the
/// cookie and redirects back here without JavaScript); with JavaScript the
/// page reloads once the choice is saved, since a page renders in one
/// language from the server.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let action = ServerAction::<SetLanguage>::new();
    let location = use_location();
    let next = move || {
        let (path, search) = (location.pathname.get(), location.search.get());
        if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        }
    };
    Effect::new(move |_| {
        if let Some(Ok(())) = action.value().get() {
            let _ = window().location().reload();
        }
    });
    let current = crate::i18n::current().code();
    view! {
        <ActionForm action attr:class="language-switcher">
            <input type="hidden" name="next" value=next />
            <label for="language-switcher" class="visually-hidden">{t!("language-label")}</label>
            <select id="language-switcher" name="language">
                {interface_languages().into_iter().map(|l| {
                    let selected = l.code == current;
                    view! { <option value=l.code.clone() lang=l.code selected=selected>{l.name}</option> }
                }).collect_view()}
            </select>
            <button type="submit" class="button button-small">{t!("language-change")}</button>
        </ActionForm>
    }
}

#[cfg(test)]
mod tests {
    use domain::badges::CATALOGUE;
    use domain::notification::NotificationKind;
    use domain::Role;

    fn defined(key: &str) {
        assert_ne!(crate::i18n::t(key), key, "no message {key}");
    }

    /// Every domain label these pages show has a message.
    #[test]
    fn every_label_has_a_message() {
        for r in Role::ALL {
            defined(&format!("header-role-{}", r.as_str()));
        }
        for b in CATALOGUE {
            defined(&crate::pages::badges::name_key(b.key));
            defined(&crate::pages::badges::criteria_key(b.key));
        }
        for tier in [domain::badges::Tier::Bronze, domain::badges::Tier::Silver, domain::badges::Tier::Gold] {
            defined(&format!("badge-tier-{}", tier.as_str()));
            defined(&format!("profile-badges-{}", tier.as_str()));
        }
        for k in NotificationKind::ALL {
            defined(&crate::pages::notifications::kind_key(k));
        }
        for notice in domain::notification::Notice::ALL {
            defined(&crate::pages::notifications::notice_key(notice));
        }
        for s in domain::model::Sort::ALL {
            defined(&format!("questions-sort-{}", s.as_str()));
        }
        for s in domain::model::StatusFilter::ALL {
            defined(&format!("questions-status-{}", s.as_str()));
        }
        for r in domain::reputation::Reason::ALL {
            defined(&format!("reputation-event-{}", r.as_str().replace('_', "-")));
        }
        defined("reputation-event-other");
        for key in ["leaderboard-caption-week", "leaderboard-caption-month", "leaderboard-caption-all"] {
            defined(key);
        }
        for key in ["leaderboard-period-week", "leaderboard-period-month", "leaderboard-period-all"] {
            defined(key);
        }
    }
}
