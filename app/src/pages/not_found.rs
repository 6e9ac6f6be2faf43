use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::api::ssr::set_status(404);
    view! {
        <Title text=t!("notfound-title") />
        <Meta name="robots" content="noindex" />
        <section class="panel narrow error-page">
            <p class="error-code">"404"</p>
            <h1>{t!("notfound-heading")}</h1>
            <p>{t!("notfound-text")}</p>
            <p><a class="button button-primary" href="/">{t!("notfound-home")}</a></p>
        </section>
    }
}

/// Shown when a server function refused a page's data.
#[component]
pub fn ErrorPanel(error: crate::AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::api::ssr::set_status(error.status());
    let title = match &error {
        crate::AppError::NotSignedIn => t!("notfound-error-sign-in"),
        crate::AppError::Forbidden(_) => t!("notfound-error-forbidden"),
        crate::AppError::NotFound => t!("notfound-error-not-found"),
        _ => t!("notfound-error-other"),
    };
    let sign_in = matches!(error, crate::AppError::NotSignedIn);
    view! {
        <Title text=title.clone() />
        <section class="panel narrow error-page">
            <p class="error-code">{error.status()}</p>
            <h1>{title}</h1>
            <p>{error.to_string()}</p>
            {sign_in.then(|| view! { <p><a class="button button-primary" href="/signin">{t!("notfound-sign-in")}</a></p> })}
        </section>
    }
}
