use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, MetaTags, Stylesheet};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

use crate::api::auth::{get_session, SignOut};
use crate::components::header::SiteHeader;
use crate::pages::{
    admin::categories::AdminCategoriesPage,
    admin::groups::AdminGroupsPage,
    admin::guidelines::AdminGuidelinesPage,
    admin::members::AdminMembersPage,
    admin::moderation::AdminModerationPage,
    admin::reputation::AdminReputationPage,
    admin::tags::AdminTagsPage,
    admin::translation::AdminTranslationPage,
    admin::webhooks::AdminWebhooksPage,
    ask::AskPage,
    badges::BadgesPage,
    desk::{log::DeskLogPage, DeskPage},
    edit::{EditPage, HistoryPage},
    guidelines::GuidelinesPage,
    home::Home,
    leaderboard::LeaderboardView,
    not_found::NotFound,
    notifications::{NotificationSettings, NotificationsPage},
    profile::ProfilePage,
    questions::{CategoryPage, QuestionsPage, TagPage},
    search::SearchPage,
    settings_account::AccountSettings,
    settings_profile::ProfileSettings,
    sign_in::SignInPage,
    sign_up::SignUpPage,
    support::SupportPage,
    tags::TagsPage,
    thread::ThreadPageView,
    translate_post::TranslatePostPage,
};
use crate::session::{SessionRefresh, SessionResource};

/// The HTML document around the app, rendered only on the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // The browser reads the page's language back from here when it hydrates.
    let lang = crate::i18n::current().code();
    view! {
        <!DOCTYPE html>
        <html lang=lang>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Replaces Leptos's own nonce with the one the server's middleware put in
/// the CSP header of this response, so inline scripts are allowed by it.
/// Called from the server's per-request context, at the root of the render.
#[cfg(feature = "ssr")]
pub fn use_request_nonce() {
    use leptos::nonce::Nonce;
    if let Some(nonce) = use_context::<axum::http::request::Parts>()
        .and_then(|p| p.extensions.get::<crate::state::CspNonce>().cloned())
    {
        provide_context(Nonce::from_value(nonce.0));
    }
}

/// A form submitted without JavaScript (or before the WebAssembly loaded)
/// that the server refused comes back to its page through a one-time cookie
/// rather than the URL (the server's `middleware::form_flash`): handed here
/// to the form's action as Leptos's `ServerActionError`, on the server and
/// again, from the page's hydration data, in the browser. Once hydrated it
/// is forgotten, so a form on a page opened later does not show it again.
fn provide_form_flash() {
    let flash = leptos::server::SharedValue::new(|| {
        #[cfg(feature = "ssr")]
        {
            use_context::<axum::http::request::Parts>()
                .and_then(|p| p.extensions.get::<crate::state::FormFlash>().cloned())
                .map(|f| (f.path, f.err))
        }
        #[cfg(not(feature = "ssr"))]
        {
            None::<(String, String)>
        }
    })
    .into_inner();
    if let Some((path, err)) = flash {
        provide_context(leptos::server::ServerActionError::new(&path, &err));
        Effect::new(move |_| {
            leptos::reactive::owner::take_context::<leptos::server::ServerActionError>();
        });
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_form_flash();
    view! {
        <Stylesheet id="leptos" href="/pkg/entraide.css" />
        <Link rel="icon" type_="image/svg+xml" href="/logo.svg" />
        <Router>
            <Layout />
        </Router>
    }
}

#[component]
fn Layout() -> impl IntoView {
    // Forms live in the route views: only there does an action see the error
    // that a submission without JavaScript carries back in the URL.
    let refresh = SessionRefresh(RwSignal::new(0));
    provide_context(refresh);
    let sign_out = ServerAction::<SignOut>::new();
    provide_context(sign_out);
    refresh.follow(sign_out);
    // Every route renders with SsrMode::Async: the whole page, header
    // included, arrives as finished HTML, so it works without JavaScript (no
    // out-of-order chunks to swap in), is indexable, and can still set its
    // HTTP status (404, 403) after loading its data.
    let session: SessionResource = Resource::new(move || refresh.0.get(), |_| get_session());
    provide_context(session);
    crate::live::provide_live();
    mark_hydrated();

    view! {
        <a class="skip-link" href="#main">{t!("layout-skip-link")}</a>
        <SiteHeader />
        <main id="main" class="main">
            <Routes fallback=NotFound>
                <Route path=path!("") view=Home ssr=SsrMode::Async />
                <Route path=path!("signin") view=SignInPage ssr=SsrMode::Async />
                <Route path=path!("signup") view=SignUpPage ssr=SsrMode::Async />
                <Route path=path!("admin/members") view=AdminMembersPage ssr=SsrMode::Async />
                <Route path=path!("questions") view=QuestionsPage ssr=SsrMode::Async />
                <Route path=path!("c/:slug") view=CategoryPage ssr=SsrMode::Async />
                <Route path=path!("tags") view=TagsPage ssr=SsrMode::Async />
                <Route path=path!("tags/:name") view=TagPage ssr=SsrMode::Async />
                <Route path=path!("ask") view=AskPage ssr=SsrMode::Async />
                <Route path=path!("search") view=SearchPage ssr=SsrMode::Async />
                <Route path=path!("q/:id") view=ThreadPageView ssr=SsrMode::Async />
                <Route path=path!("q/:id/:slug") view=ThreadPageView ssr=SsrMode::Async />
                <Route path=path!("support/:topic_id") view=SupportPage ssr=SsrMode::Async />
                <Route path=path!("posts/:id/edit") view=EditPage ssr=SsrMode::Async />
                <Route path=path!("posts/:id/history") view=HistoryPage ssr=SsrMode::Async />
                <Route path=path!("u/:username") view=ProfilePage ssr=SsrMode::Async />
                <Route path=path!("admin/categories") view=AdminCategoriesPage ssr=SsrMode::Async />
                <Route path=path!("admin/tags") view=AdminTagsPage ssr=SsrMode::Async />
                <Route path=path!("admin/groups") view=AdminGroupsPage ssr=SsrMode::Async />
                <Route path=path!("admin/reputation") view=AdminReputationPage ssr=SsrMode::Async />
                <Route path=path!("admin/webhooks") view=AdminWebhooksPage ssr=SsrMode::Async />
                <Route path=path!("settings/profile") view=ProfileSettings ssr=SsrMode::Async />
                <Route path=path!("settings/account") view=AccountSettings ssr=SsrMode::Async />
                <Route path=path!("badges") view=BadgesPage ssr=SsrMode::Async />
                <Route path=path!("leaderboard") view=LeaderboardView ssr=SsrMode::Async />
                <Route path=path!("notifications") view=NotificationsPage ssr=SsrMode::Async />
                <Route path=path!("settings/notifications") view=NotificationSettings ssr=SsrMode::Async />
                <Route path=path!("desk") view=DeskPage ssr=SsrMode::Async />
                <Route path=path!("admin/moderation") view=AdminModerationPage ssr=SsrMode::Async />
                <Route path=path!("admin/guidelines") view=AdminGuidelinesPage ssr=SsrMode::Async />
                <Route path=path!("guidelines") view=GuidelinesPage ssr=SsrMode::Async />
                <Route path=path!("desk/log") view=DeskLogPage ssr=SsrMode::Async />
                <Route path=path!("posts/:id/translate") view=TranslatePostPage ssr=SsrMode::Async />
                <Route path=path!("admin/translation") view=AdminTranslationPage ssr=SsrMode::Async />
            </Routes>
        </main>
        <footer class="site-footer">
            <p>
                {t!("footer-powered-by")} " " <a href="https://github.com/entraide/entraide">"Entraide"</a>
                " — " {t!("footer-tagline")}
            </p>
        </footer>
    }
}

/// Sets `data-hydrated` on <body> once the WASM has taken over, so end-to-end
/// tests (and curious people) can tell a live page from server HTML.
fn mark_hydrated() {
    Effect::new(move |_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
}
