//! `/guidelines`: the community's code of conduct, for everyone (admins
//! edit it at `/admin/guidelines`).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::moderation_admin::guidelines;
use crate::pages::not_found::ErrorPanel;

/// `/guidelines`: the code of conduct, for everyone.
#[component]
pub fn GuidelinesPage() -> impl IntoView {
    let body = Resource::new(|| (), |_| guidelines());
    view! {
        <Title text=t!("guidelines-title") />
        <section class="panel narrow">
            <h1>{t!("guidelines-title")}</h1>
            <Suspense fallback=|| view! { <p class="muted">{t!("desk-loading")}</p> }>
                {move || Suspend::new(async move {
                    match body.await {
                        Ok(html) => view! { <div class="markdown" inner_html=html></div> }.into_any(),
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
