//! Editing a post (a new revision) and reading its history.

use domain::id::PostId;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use crate::api::moderation::RedactRevision;
use crate::api::posting::{EditPost, Rollback};
use crate::api::topics::{edit_form, post_history, DiffLine, DiffSegment, EditData, History, RevisionView};
use crate::components::editor::MarkdownEditor;
use crate::components::form::{FormAlert, TextField};
use crate::components::time::Time;
use crate::pages::not_found::ErrorPanel;

fn post_id() -> impl Fn() -> Option<PostId> + Copy {
    let params = use_params_map();
    move || params.read().get("id").and_then(|s| s.parse::<PostId>().ok())
}

#[component]
pub fn EditPage() -> impl IntoView {
    let action = ServerAction::<EditPost>::new();
    let id = post_id();
    let data = Resource::new(id, |id| async move {
        match id {
            Some(id) => edit_form(id).await,
            None => Err(crate::AppError::NotFound),
        }
    });
    view! {
        <Title text=t!("edit-title") />
        <Meta name="robots" content="noindex" />
        <Transition fallback=|| view! { <p class="muted">{t!("post-loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(d) => view! { <EditForm data=d action /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn EditForm(data: EditData, action: ServerAction<EditPost>) -> impl IntoView {
    let failed = move || action.value().get().and_then(Result::err);
    let initial_err = action.value().get_untracked().and_then(Result::err);
    let keep = |name: &str, current: &str| {
        initial_err.as_ref().and_then(|e| e.echo(name)).unwrap_or_else(|| current.to_owned())
    };
    let field = move |name: &'static str| Signal::derive(move || failed().and_then(|e| e.field(name)));
    let message = Signal::derive(move || failed().map(|e| e.to_string()));
    let (title, body, tags, reason) =
        (keep("title", &data.title), keep("body", &data.body), keep("tags", &data.tags), keep("reason", ""));
    let heading = if data.is_topic { t!("edit-heading-question") } else { t!("edit-heading-answer") };
    view! {
        <section class="panel ask-panel">
            <p><a href=data.topic_path.clone()>{format!("← {}", data.topic_title)}</a></p>
            <h1>{heading}</h1>
            <FormAlert message />
            <ActionForm action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=data.id.get() />
                {data.is_topic.then(|| view! {
                    <TextField label=t!("edit-title-label") name="title" value=title error=field("title") required=true />
                })}
                <MarkdownEditor label=t!("edit-body-label") name="body" initial=body error=field("body") rows=14 />
                {data.is_topic.then(|| view! {
                    <TextField label=t!("edit-tags-label") name="tags" value=tags error=field("tags") hint=t!("edit-tags-hint") />
                })}
                <TextField label=t!("edit-summary-label") name="reason" value=reason error=field("reason") hint=t!("edit-summary-hint") />
                <button type="submit" class="button button-primary" disabled=move || action.pending().get()>{t!("edit-save")}</button>
                " " <a class="button button-ghost" href=data.topic_path>{t!("edit-cancel")}</a>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn HistoryPage() -> impl IntoView {
    let rollback = ServerAction::<Rollback>::new();
    let redact = ServerAction::<RedactRevision>::new();
    let id = post_id();
    let data = Resource::new(
        move || (id(), rollback.version().get(), redact.version().get()),
        |(id, _, _)| async move {
            match id {
                Some(id) => post_history(id).await,
                None => Err(crate::AppError::NotFound),
            }
        },
    );
    let status = move || rollback.value().get().and_then(Result::ok).map(crate::pages::thread::done_message);
    let error = move || rollback.value().get().and_then(Result::err).map(|e| e.to_string());
    // Each action reports on its own line, so neither hides the other's outcome.
    let redact_status = move || redact.value().get().and_then(Result::ok);
    let redact_error = move || redact.value().get().and_then(Result::err).map(|e| e.to_string());
    view! {
        <Title text=t!("history-title") />
        <Meta name="robots" content="noindex" />
        <p class="status-message" role="status">{status}</p>
        {move || error().map(|m| view! { <div class="alert alert-error" role="alert">{m}</div> })}
        <p class="status-message" role="status">{redact_status}</p>
        {move || redact_error().map(|m| view! { <div class="alert alert-error" role="alert">{m}</div> })}
        <Transition fallback=|| view! { <p class="muted">{t!("post-loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(h) => view! { <HistoryView history=h rollback redact /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn HistoryView(
    history: History,
    rollback: ServerAction<Rollback>,
    redact: ServerAction<RedactRevision>,
) -> impl IntoView {
    let latest = history.revisions.first().map(|r| r.revision.number).unwrap_or(0);
    let post_id = history.post_id;
    let can_rollback = history.can_rollback;
    let can_redact = history.can_redact;
    view! {
        <section class="panel">
            <p><a href=history.topic_path>{format!("← {}", history.topic_title)}</a></p>
            <h1>{t!("history-title")}</h1>
            <ol class="revisions" reversed>
                {history.revisions.into_iter().map(|r| {
                    let number = r.revision.number;
                    let redacted = r.revision.redacted_at.is_some();
                    // The current text cannot be redacted (edit the post
                    // first), and a redacted one has nothing to roll back to.
                    let show_rollback = can_rollback && number != latest && !redacted;
                    let show_redact = can_redact && number != latest && !redacted;
                    let reason_id = format!("redact-reason-{number}");
                    view! {
                        <li class="revision">
                            <RevisionBlock view=r />
                            {show_rollback.then(|| view! {
                                <ActionForm action=rollback attr:class="inline-form">
                                    <input type="hidden" name="id" value=post_id.get() />
                                    <input type="hidden" name="number" value=number />
                                    <button type="submit" class="button button-small button-ghost">{t!("history-roll-back", number = number)}</button>
                                </ActionForm>
                            })}
                            {show_redact.then(|| view! {
                                <ActionForm action=redact attr:class="inline-form redact-form">
                                    <input type="hidden" name="id" value=post_id.get() />
                                    <input type="hidden" name="number" value=number />
                                    <label for=reason_id.clone()>{t!("history-redact-reason")}</label>
                                    " " <input id=reason_id type="text" name="reason" required=true maxlength="500" />
                                    " " <button type="submit" class="button button-small button-danger">{t!("history-redact", number = number)}</button>
                                </ActionForm>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn RevisionBlock(view: RevisionView) -> impl IntoView {
    let RevisionView { revision, title_diff, tags_diff, body_diff } = view;
    let redacted = revision.redacted_at.is_some();
    view! {
        <header class="revision-header">
            <h2>{t!("history-revision", number = revision.number)}</h2>
            <p class="muted">
                <a href=format!("/u/{}", revision.author.username)>{revision.author.username.clone()}</a>
                " " <Time at=revision.created_at />
                {revision.reason.map(|r| view! { " — " <em>{r}</em> })}
            </p>
        </header>
        {redacted.then(|| view! { <p class="muted revision-redacted">{t!("history-redacted")}</p> })}
        {title_diff.map(|d| view! { <p class="diff-title"><strong>{t!("history-diff-title")}" "</strong><Segments segments=d /></p> })}
        {tags_diff.map(|d| view! { <p class="diff-tags"><strong>{t!("history-diff-tags")}" "</strong><Segments segments=d /></p> })}
        {(!redacted).then(move || view! {
            <div class="diff" role="table" aria-label=t!("history-changes", number = revision.number)>
                {body_diff.into_iter().map(|l| view! { <Line line=l /> }).collect_view()}
            </div>
        })}
    }
}

#[component]
fn Line(line: DiffLine) -> impl IntoView {
    if let Some(n) = line.collapsed {
        return view! { <div class="diff-line diff-collapsed" role="row"><span role="cell">{t!("history-collapsed", n = n)}</span></div> }.into_any();
    }
    let sign = match line.change.as_str() {
        "added" => "+",
        "removed" => "−",
        _ => " ",
    };
    let label = match line.change.as_str() {
        "added" => t!("history-line-added"),
        "removed" => t!("history-line-removed"),
        _ => t!("history-line-unchanged"),
    };
    view! {
        <div class=format!("diff-line diff-{}", line.change) role="row" aria-label=label>
            <span class="diff-sign" aria-hidden="true" role="cell">{sign}</span>
            <span class="diff-text" role="cell"><Segments segments=line.segments /></span>
        </div>
    }
    .into_any()
}

#[component]
fn Segments(segments: Vec<DiffSegment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|s| match s.change.as_str() {
            "added" => view! { <ins>{s.text}</ins> }.into_any(),
            "removed" => view! { <del>{s.text}</del> }.into_any(),
            _ => view! { <span>{s.text}</span> }.into_any(),
        })
        .collect_view()
}
