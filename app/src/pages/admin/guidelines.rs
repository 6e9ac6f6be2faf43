//! `/admin/guidelines`: admins edit the code of conduct shown at
//! `/guidelines`.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use super::Feedback;
use crate::api::moderation_admin::{guidelines_source, SaveGuidelines};
use crate::pages::not_found::ErrorPanel;

/// `/admin/guidelines`: admins edit the code of conduct.
#[component]
pub fn AdminGuidelinesPage() -> impl IntoView {
    let save = ServerAction::<SaveGuidelines>::new();
    let feedback = Feedback::new();
    feedback.follow(save, true, |_| t!("guidelines-saved"));
    let source = Resource::new(|| (), |_| guidelines_source());
    let error =
        Signal::derive(move || save.value().get().and_then(Result::err).and_then(|e| e.field("body")));
    view! {
        <Title text=t!("guidelines-edit-title") />
        <Meta name="robots" content="noindex" />
        {feedback.view()}
        <Suspense fallback=|| view! { <p class="muted">{t!("desk-loading")}</p> }>
            {move || Suspend::new(async move {
                match source.await {
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    Ok(md) => view! {
                        <section class="panel">
                            <h1>{t!("guidelines-title")}</h1>
                            <p class="muted">
                                {t!("guidelines-shown-at")}" "<a href="/guidelines">"/guidelines"</a>{t!("guidelines-shown-where")}
                            </p>
                            <ActionForm action=save attr:class="form">
                                <div class="field" class:field-invalid=move || error.get().is_some()>
                                    <label for="guidelines-body">{t!("guidelines-label")}</label>
                                    <textarea id="guidelines-body" name="body" rows="18">{md}</textarea>
                                    <p class="field-error" role="alert">{move || error.get()}</p>
                                </div>
                                <button type="submit" class="button button-primary">{t!("guidelines-save")}</button>
                            </ActionForm>
                        </section>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}
