//! Questions like the one being asked, live while the asker types, and a
//! thread's related questions.

use std::time::Duration;

use domain::search::SimilarQuestion;
use leptos::prelude::*;

use crate::api::search::{similar_questions, RecordDeflection};

/// A copy of `source` that follows it once it has been still for `wait`:
/// one request per pause in typing, not one per key.
pub fn debounced(source: Signal<String>, wait: Duration) -> ReadSignal<String> {
    let (out, set_out) = signal(source.get_untracked());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let value = source.get();
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        // try_set: the timer may fire after the form is gone (submitted with
        // Enter right after typing), and setting a disposed signal panics,
        // which kills the whole WebAssembly app.
        let handle = set_timeout_with_handle(
            move || {
                let _ = set_out.try_set(value);
            },
            wait,
        )
        .ok();
        pending.set_value(handle);
    });
    on_cleanup(move || {
        if let Some(Some(h)) = pending.try_get_value() {
            h.clear();
        }
    });
    out
}

/// The "Similar questions" region: solved first, each with the start of
/// its accepted answer and a "This solved my problem" button.
#[component]
pub fn SimilarQuestions(title: Signal<String>, body: Signal<String>) -> impl IntoView {
    let title = debounced(title, Duration::from_millis(250));
    let body = debounced(body, Duration::from_millis(600));
    let found = LocalResource::new(move || {
        let (t, b) = (title.get(), body.get());
        async move {
            if t.trim().chars().count() < 4 && b.trim().is_empty() {
                return Vec::new();
            }
            similar_questions(t, b).await.unwrap_or_default()
        }
    });
    let deflect = ServerAction::<RecordDeflection>::new();
    Effect::new(move |_| {
        if let Some(Ok(path)) = deflect.value().get() {
            leptos_router::hooks::use_navigate()(&path, Default::default());
        }
    });
    // On the server a local resource never resolves: read it only once
    // the page runs in the browser, so no Suspense waits on it.
    let mounted = RwSignal::new(false);
    Effect::new(move |_| mounted.set(true));
    view! {
        <section class="similar" role="region" aria-label=t!("similar-questions") aria-live="polite">
            {move || {
                let items = if mounted.get() { found.get().unwrap_or_default() } else { Vec::new() };
                if items.is_empty() {
                    return view! { <p class="muted similar-empty">{t!("similar-empty")}</p> }.into_any();
                }
                let query = title.get_untracked();
                view! {
                    <h2>{t!("similar-questions")}</h2>
                    <p class="muted">{t!("similar-lead")}</p>
                    <ul class="similar-list">
                        {items.into_iter().map(|q| view! { <SimilarItem q query=query.clone() deflect /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn SimilarItem(q: SimilarQuestion, query: String, deflect: ServerAction<RecordDeflection>) -> impl IntoView {
    let path = q.path();
    view! {
        <li class="similar-item" class:similar-solved=q.solved>
            <a class="similar-title" href=path>{q.title.clone()}</a>
            {q.solved.then(|| view! { <span class="solved-mark">{t!("similar-solved")}</span> })}
            <span class="muted similar-stats">{t!("similar-stats", votes = q.score, answers = q.answer_count)}</span>
            {match q.answer_excerpt.clone() {
                Some(a) => view! { <blockquote class="similar-answer">{a}</blockquote> }.into_any(),
                None => view! { <p class="similar-excerpt muted">{q.excerpt.clone()}</p> }.into_any(),
            }}
            {q.solved.then(|| view! {
                <ActionForm action=deflect attr:class="inline-form">
                    <input type="hidden" name="topic_id" value=q.topic_id.get() />
                    <input type="hidden" name="query" value=query.clone() />
                    <input type="hidden" name="source" value="ask" />
                    <button type="submit" class="button button-small">{t!("similar-solved-my-problem")}</button>
                </ActionForm>
            })}
        </li>
    }
}

/// A short list of questions (related questions beside a thread).
#[component]
pub fn QuestionLinks(items: Vec<SimilarQuestion>) -> impl IntoView {
    view! {
        <ul class="related-list">
            {items.into_iter().map(|q| view! {
                <li>
                    <a href=q.path()>{q.title.clone()}</a>
                    {q.solved.then(|| view! { <span class="solved-mark">{t!("similar-solved")}</span> })}
                    <span class="muted">{format!(" {}", t!("similar-related-answers", n = q.answer_count))}</span>
                </li>
            }).collect_view()}
        </ul>
    }
}
