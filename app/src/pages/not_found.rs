use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::api::ssr::set_status(404);
    view! {
        <Title text="Page not found" />
        <Meta name="robots" content="noindex" />
        <section class="panel narrow error-page">
            <p class="error-code">"404"</p>
            <h1>"We couldn't find that page"</h1>
            <p>"The link may be broken, or the page may have been moved or removed."</p>
            <p><a class="button button-primary" href="/">"Back to the home page"</a></p>
        </section>
    }
}

/// Shown when a server function refused a page's data.
#[component]
pub fn ErrorPanel(error: crate::AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::api::ssr::set_status(error.status());
    let title = match &error {
        crate::AppError::NotSignedIn => "Please sign in",
        crate::AppError::Forbidden(_) => "Not allowed",
        crate::AppError::NotFound => "Not found",
        _ => "Something went wrong",
    };
    let sign_in = matches!(error, crate::AppError::NotSignedIn);
    view! {
        <Title text=title />
        <section class="panel narrow error-page">
            <p class="error-code">{error.status()}</p>
            <h1>{title}</h1>
            <p>{error.to_string()}</p>
            {sign_in.then(|| view! { <p><a class="button button-primary" href="/signin">"Sign in"</a></p> })}
        </section>
    }
}
