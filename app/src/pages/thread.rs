//! The question page: the topic, its answers and comments, and the forms to
//! answer and comment. `/q/{id}/{slug}`; an outdated slug answers 301.

use domain::id::{CategoryId, UserId};
use domain::id::{PostId, TopicId};
use domain::model::{Post, Thread};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_params_map;

use domain::follow::FollowTarget;
use domain::live::LiveEvent;

use crate::api::live::get_comments;
use crate::api::posting::{DeleteComment, DeletePost, Done, PostAnswer, PostComment, RestorePost};
use crate::api::topics::{get_thread, ThreadPage};
use crate::api::votes::{AcceptAnswer, VerifyAnswer};
use crate::components::editor::MarkdownEditor;
use crate::components::escalate::EscalateControl;
use crate::components::follow::FollowControl;
use crate::components::moderation::{actions_for, FlagControl, ModerateMenu, TopicState};
use crate::components::new_bar::{push_once, NewBar};
use crate::components::similar::QuestionLinks;
use crate::components::time::Time;
use crate::components::topics::{CategoryBadge, TagLinks};
use crate::components::translate::Translatable;
use crate::components::votes::{AuthorName, VoteButtons};
use crate::pages::not_found::ErrorPanel;
use crate::session::SessionResource;

/// The page's server actions, shared by every post on it.
#[derive(Clone, Copy)]
struct ThreadActions {
    answer: ServerAction<PostAnswer>,
    comment: ServerAction<PostComment>,
    delete: ServerAction<DeletePost>,
    restore: ServerAction<RestorePost>,
    delete_comment: ServerAction<DeleteComment>,
    accept: ServerAction<AcceptAnswer>,
    verify: ServerAction<VerifyAnswer>,
    answer_draft: RwSignal<String>,
}

impl ThreadActions {
    fn version(&self) -> usize {
        self.answer.version().get()
            + self.comment.version().get()
            + self.delete.version().get()
            + self.restore.version().get()
            + self.delete_comment.version().get()
            + self.accept.version().get()
            + self.verify.version().get()
    }
}

#[component]
pub fn ThreadPageView() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|s| s.parse::<TopicId>().ok());
    let slug = move || params.read().get("slug").unwrap_or_default();
    let actions = ThreadActions {
        answer: ServerAction::new(),
        comment: ServerAction::new(),
        delete: ServerAction::new(),
        restore: ServerAction::new(),
        delete_comment: ServerAction::new(),
        accept: ServerAction::new(),
        verify: ServerAction::new(),
        answer_draft: RwSignal::new(String::new()),
    };
    provide_context(actions);
    // A posted answer empties the draft; a refused one keeps it.
    Effect::new(move |_| {
        if actions.answer.value().get().is_some_and(|r| r.is_ok()) {
            actions.answer_draft.set(String::new());
        }
    });
    let session = expect_context::<SessionResource>();
    // Bumped to reload the thread on request ("show" new answers, resync).
    let reload = RwSignal::new(0u64);
    let thread = Resource::new(
        move || (id(), actions.version(), reload.get()),
        |(id, _, _)| async move {
            match id {
                Some(id) => get_thread(id).await,
                None => Err(crate::AppError::NotFound),
            }
        },
    );
    let status = move || {
        [
            actions.delete.value().get().and_then(Result::ok).map(done_message),
            actions.restore.value().get().and_then(Result::ok).map(done_message),
            actions.delete_comment.value().get().and_then(Result::ok).map(done_message),
            actions.accept.value().get().and_then(Result::ok).map(|a| {
                if a.is_some() {
                    t!("answer-accepted-status")
                } else {
                    t!("answer-acceptance-taken-back")
                }
            }),
            actions.verify.value().get().and_then(Result::ok).map(|_| t!("answer-verify-saved")),
        ]
        .into_iter()
        .flatten()
        .next_back()
    };
    let action_error = move || {
        [
            actions.delete.value().get().and_then(Result::err),
            actions.restore.value().get().and_then(Result::err),
            actions.delete_comment.value().get().and_then(Result::err),
            actions.accept.value().get().and_then(Result::err),
            actions.verify.value().get().and_then(Result::err),
        ]
        .into_iter()
        .flatten()
        .next_back()
        .map(|e| e.to_string())
    };
    view! {
        <p class="status-message" role="status">{status}</p>
        {move || action_error().map(|m| view! { <div class="alert alert-error" role="alert">{m}</div> })}
        <Transition fallback=|| view! { <p class="muted">{t!("post-loading")}</p> }>
            {move || Suspend::new(async move {
                let session = session.await.ok();
                let base = session.as_ref().map(|s| s.base_url.clone()).unwrap_or_default();
                let user = session.and_then(|s| s.user);
                let me = user.as_ref().map(|u| u.id);
                provide_context(crate::components::translate::Reader::of(user.as_ref()));
                match thread.await {
                    // Nobody reads a page that answers 301: it is not rendered.
                    Ok(page) if redirect_if_outdated(&page.thread, id(), &slug()) => ().into_any(),
                    Ok(page) => view! { <ThreadView page base me reload /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The status line after a delete, restore or rollback.
pub(crate) fn done_message(done: Done) -> String {
    match done {
        Done::Deleted => t!("post-done-deleted"),
        Done::Restored => t!("post-done-restored"),
        Done::RolledBack => t!("post-done-rolled-back"),
        Done::CommentDeleted => t!("post-done-comment-deleted"),
    }
}

/// An old or missing slug answers 301 to the canonical URL; true when it
/// does (on the server; in the browser the thread shows under the URL it was
/// reached by, and links inside the app always carry the canonical one).
fn redirect_if_outdated(thread: &Thread, id: Option<TopicId>, slug: &str) -> bool {
    // A merged question answers with its target, under another id.
    #[cfg(feature = "ssr")]
    if slug != thread.slug || id != Some(thread.id) {
        if let (Some(res), Ok(loc)) =
            (use_context::<leptos_axum::ResponseOptions>(), http::HeaderValue::from_str(&thread.path()))
        {
            res.set_status(http::StatusCode::MOVED_PERMANENTLY);
            res.insert_header(http::header::LOCATION, loc);
            return true;
        }
    }
    #[cfg(not(feature = "ssr"))]
    let _ = (thread, id, slug);
    false
}

/// What live events change on an open thread without reloading it.
#[derive(Clone, Copy)]
struct ThreadLive {
    /// The accepted answer and who accepted it.
    accepted: RwSignal<(Option<PostId>, Option<String>)>,
}

#[component]
fn ThreadView(page: ThreadPage, base: String, me: Option<UserId>, reload: RwSignal<u64>) -> impl IntoView {
    let ThreadPage { thread, form_key, signed_in, json_ld, follow, move_targets } = page;
    let live =
        ThreadLive { accepted: RwSignal::new((thread.accepted_answer_id, thread.accepted_by.clone())) };
    provide_context(live);
    // Answers by others wait behind a bar, so nothing moves under the
    // reader (or the text they are typing) until they ask for it.
    let new_answers = RwSignal::new(Vec::<i64>::new());
    let known: Vec<i64> = thread.answers.iter().map(|a| a.id.get()).collect();
    let topic = thread.id;
    crate::live::on_event(move |e| match e {
        LiveEvent::Answer { topic_id, post_id, author_id }
            if *topic_id == topic && Some(*author_id) != me && !known.contains(&post_id.get()) =>
        {
            push_once(new_answers, post_id.get());
        }
        LiveEvent::Accepted { topic_id, answer_id, by } if *topic_id == topic => {
            live.accepted.set((*answer_id, by.clone()));
        }
        LiveEvent::Resync => reload.update(|n| *n += 1),
        // A moderator changed something here: show the thread as it is now.
        LiveEvent::Moderated { topic_id, .. } if *topic_id == topic => reload.update(|n| *n += 1),
        _ => {}
    });
    let url = format!("{base}{}", thread.path());
    let title = thread.title.clone();
    // The question's title follows its translation while that is shown.
    let translated_title = TranslatedTitle(RwSignal::new(None));
    provide_context(translated_title);
    let shown_title = {
        let title = title.clone();
        move || translated_title.0.get().unwrap_or_else(|| title.clone())
    };
    let description = thread.excerpt.clone();
    let answers_heading = match thread.answer_count {
        0 => t!("thread-no-answers"),
        n => t!("thread-answers", n = n),
    };
    let robots = (thread.topic.deleted || thread.category.visibility != domain::Visibility::Public)
        .then(|| view! { <Meta name="robots" content="noindex" /> });
    let topic_id = thread.id;
    let locked = thread.locked;
    let deleted = thread.topic.deleted;
    let moderate = thread.can_moderate;
    let answers = thread.answers.clone();
    let can_accept = thread.can_accept;
    let solution = move || {
        live.accepted.get().0.map(|a| view! {
        <p class="solution-link"><span class="solved-mark">{t!("thread-solved")}</span>" "<a href=format!("#post-{a}")>{t!("thread-solution")}</a></p>
    })
    };
    let duplicate_banner = thread.duplicate_of.clone().map(|(_, title, path)| {
        view! {
            <p class="alert alert-info" role="note">
                {t!("thread-duplicate-banner")}" "
                <a href=path>{title}</a>
            </p>
        }
    });
    let tools = Tools {
        me,
        moderate: thread.can_moderate,
        state: TopicState {
            locked: thread.locked,
            pinned: thread.pinned,
            featured: thread.featured,
            assigned: thread.assigned_to.is_some(),
        },
        categories: move_targets,
        back: thread.path(),
        reload,
    };
    provide_context(tools.clone());
    let follow_control = signed_in.then(|| {
        view! { <FollowControl target=FollowTarget::Topic target_id=topic.get() level=follow back=thread.path() /> }
    });
    view! {
        <Title text=title.clone() />
        <Meta name="description" content=description.clone() />
        <Link rel="canonical" href=url.clone() />
        <Meta property="og:type" content="article" />
        <Meta property="og:title" content=title.clone() />
        <Meta property="og:description" content=description />
        <Meta property="og:url" content=url />
        {robots}
        <script type="application/ld+json" inner_html=json_ld></script>
        <article class="thread">
            <header class="thread-header">
                <nav class="breadcrumbs" aria-label=t!("thread-breadcrumb")>
                    {thread.parent_category.clone().map(|c| view! { <CategoryBadge category=c /> " › " })}
                    <CategoryBadge category=thread.category.clone() />
                </nav>
                <h1>{shown_title}</h1>
                {deleted.then(|| view! { <p class="alert alert-warning">{t!("thread-deleted")}</p> })}
                {duplicate_banner}
                {(locked && thread.duplicate_of.is_none()).then(|| view! { <p class="alert alert-info">{t!("thread-locked")}</p> })}
                {(thread.pinned || thread.featured || thread.assigned_to.is_some()).then(|| view! {
                    <p class="thread-marks">
                        {thread.pinned.then(|| view! { <span class="badge">{t!("thread-pinned")}</span> })}
                        {thread.featured.then(|| view! { <span class="badge badge-featured">{t!("thread-featured")}</span> })}
                        {thread.assigned_to.clone().map(|a| view! { <span class="badge badge-assigned">{t!("thread-assigned-to", name = a)}</span> })}
                    </p>
                })}
                {follow_control}
                <EscalateControl topic_id=topic />
                <dl class="thread-facts">
                    <div><dt>{t!("thread-asked")}</dt><dd><Time at=thread.topic.created_at /></dd></div>
                    <div><dt>{t!("thread-active")}</dt><dd><Time at=thread.last_activity_at /></dd></div>
                    <div><dt>{t!("thread-viewed")}</dt><dd>{t!("thread-view-count", n = thread.view_count)}</dd></div>
                </dl>
            </header>
            <PostView post=thread.topic.clone() tags=thread.tags.clone() topic_id moderate locked signed_in form_key=form_key.clone() can_accept=false />
            {solution}
            <section class="answers" aria-labelledby="answers-heading">
                <h2 id="answers-heading">{answers_heading}</h2>
                {answers.into_iter().map(|a| {
                    view! {
                        <PostView post=a tags=Vec::new() topic_id moderate locked signed_in form_key=form_key.clone() can_accept />
                    }
                }).collect_view()}
                <NewBar pending=new_answers message="thread-new-answers" reload />
            </section>
            <AnswerForm topic_id signed_in locked=locked || deleted form_key path=thread.path() />
            <RelatedQuestions topic_id />
        </article>
    }
}

/// Questions like this one, so a reader whose problem differs a little
/// finds the thread that fits.
#[component]
fn RelatedQuestions(topic_id: TopicId) -> impl IntoView {
    let related = Resource::new(move || topic_id, crate::api::search::related_questions);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let items = related.await.unwrap_or_default();
                (!items.is_empty()).then(|| view! {
                    <aside class="related" aria-labelledby="related-heading">
                        <h2 id="related-heading">{t!("thread-related-questions")}</h2>
                        <QuestionLinks items />
                    </aside>
                })
            })}
        </Suspense>
    }
}

/// What the moderator's menus on this page need.
/// The title of the question as shown: its translation while the reader
/// shows the question translated.
#[derive(Clone, Copy)]
struct TranslatedTitle(RwSignal<Option<String>>);

#[derive(Clone)]
struct Tools {
    me: Option<UserId>,
    moderate: bool,
    state: TopicState,
    categories: Vec<(CategoryId, String)>,
    back: String,
    reload: RwSignal<u64>,
}

#[component]
fn PostView(
    post: Post,
    tags: Vec<String>,
    topic_id: TopicId,
    moderate: bool,
    locked: bool,
    signed_in: bool,
    form_key: String,
    can_accept: bool,
) -> impl IntoView {
    let actions = expect_context::<ThreadActions>();
    let live = expect_context::<ThreadLive>();
    let is_topic = post.id == topic_id.post();
    let own = signed_in && !post.can_vote && !post.deleted && !locked;
    let id = post.id;
    let accepted = Memo::new(move |_| live.accepted.read().0 == Some(id));
    let verified_by = RwSignal::new(post.verified_by.clone());
    crate::live::on_event(move |e| {
        if let LiveEvent::Verified { post_id, by, .. } = e {
            if *post_id == id {
                verified_by.set(by.clone());
            }
        }
    });
    let marks = (!is_topic).then(|| {
        let accepted_mark = move || accepted.get().then(|| view! {
            <p class="accepted-mark">
                <span class="mark-label">{t!("answer-accepted")}</span>
                {live.accepted.get().1.map(|b| view! { <span class="muted">" "{t!("answer-accepted-by", name = b)}</span> })}
            </p>
        });
        let verified = move || verified_by.get().map(|b| {
            view! {
                <p class="verified-mark">
                    <span class="mark-label">{t!("answer-verified")}</span>
                    <span class="muted">{format!(" — {b}")}</span>
                </p>
            }
        });
        view! { {accepted_mark} {verified} }
    });
    let accept_button = (!is_topic && can_accept && !post.deleted).then(|| {
        view! {
            <ActionForm action=actions.accept attr:class="inline-form">
                <input type="hidden" name="answer_id" value=id.get() />
                <input type="hidden" name="accept" prop:value=move || (!accepted.get()).to_string() value=(!accepted.get_untracked()).to_string() />
                <button type="submit" class="button button-small" class:button-ghost=move || accepted.get()>
                    {move || if accepted.get() { t!("answer-take-back-acceptance") } else { t!("answer-accept") }}
                </button>
            </ActionForm>
        }
    });
    let verify_button = (!is_topic && moderate && !post.deleted).then(|| {
        let verified = move || verified_by.get().is_some();
        view! {
            <ActionForm action=actions.verify attr:class="inline-form">
                <input type="hidden" name="answer_id" value=id.get() />
                <input type="hidden" name="verified" prop:value=move || (!verified()).to_string() value=(!verified()).to_string() />
                <button type="submit" class="link-button">
                    {move || if verified() { t!("answer-remove-verification") } else { t!("answer-verify") }}
                </button>
            </ActionForm>
        }
    });
    let anchor = format!("post-{}", post.id);
    let verb = if is_topic { t!("post-asked") } else { t!("post-answered") };
    let label = match post.kind {
        domain::PostKind::Question => t!("post-by-question", name = &post.author.username),
        domain::PostKind::Discussion => t!("post-by-discussion", name = &post.author.username),
        domain::PostKind::Answer => t!("post-by-answer", name = &post.author.username),
    };
    let edited = post.edited_at.map(|at| {
        let by = post.edited_by.clone().filter(|b| *b != post.author.username);
        view! {
            <span class="post-edited">
                <a href=format!("/posts/{}/history", post.id)>{t!("post-edited")}</a>" "<Time at=at />
                {by.map(|b| format!(" {}", t!("post-edited-by", name = b)))}
            </span>
        }
    });
    let comments = post.comments.clone();
    let can_comment = signed_in && !locked && !post.deleted;
    let tools = expect_context::<Tools>();
    // Members flag others' posts; staff act directly.
    let flaggable = signed_in && !moderate && post.can_vote && !post.deleted;
    view! {
        <article
            class="post"
            class:post-answer=!is_topic
            class:post-accepted=move || accepted.get()
            class:post-deleted=post.deleted
            id=anchor
            aria-label=label
        >
            <VoteButtons post_id=post.id score=post.score my_vote=post.my_vote can_vote=post.can_vote || !signed_in own />
            <div class="post-body">
                {marks}
                {post.deleted.then(|| view! { <p class="deleted-mark">{t!("post-deleted")}</p> })}
                {post.hidden.then(|| view! { <p class="deleted-mark">{t!("post-hidden")}</p> })}
                {post.held_reason.clone().map(|r| view! {
                    <p class="alert alert-warning">
                        {t!("post-held")}
                        {moderate.then(|| format!(" {}", t!("post-held-reason", reason = r)))}
                    </p>
                })}
                <Translatable
                    kind="post"
                    id=post.id.get()
                    language=post.language.clone()
                    original_html=post.body_html.clone()
                    title=is_topic.then(|| expect_context::<TranslatedTitle>().0)
                    can_fix=(tools.moderate || tools.me == Some(post.author.id)) && !post.deleted
                    back=format!("{}#post-{}", tools.back, post.id)
                />
                {(!tags.is_empty()).then(|| view! { <TagLinks tags /> })}
                <footer class="post-footer">
                    <div class="post-actions">
                        {accept_button}
                        {verify_button}
                        {post.can_edit.then(|| view! { <a href=format!("/posts/{id}/edit")>{t!("post-edit")}</a> })}
                        {(post.revision > 1).then(|| view! { <a href=format!("/posts/{id}/history")>{t!("post-history")}</a> })}
                        {post.can_delete.then(|| view! {
                            <ActionForm action=actions.delete attr:class="inline-form">
                                <input type="hidden" name="id" value=id.get() />
                                <button type="submit" class="link-button">{t!("post-delete")}</button>
                            </ActionForm>
                        })}
                        {(moderate && post.deleted).then(|| view! {
                            <ActionForm action=actions.restore attr:class="inline-form">
                                <input type="hidden" name="id" value=id.get() />
                                <button type="submit" class="link-button">{t!("post-restore")}</button>
                            </ActionForm>
                        })}
                        {flaggable.then(|| view! { <FlagControl post_id=id back=tools.back.clone() /> })}
                        {moderate.then(|| {
                            let list = actions_for(is_topic, post.hidden, post.deleted, post.held_reason.is_some(), tools.state);
                            let reload = tools.reload;
                            view! {
                                <ModerateMenu post_id=id author=post.author.username.clone() actions=list back=tools.back.clone()
                                    categories=tools.categories.clone() on_done=Callback::new(move |_| reload.update(|n| *n += 1)) />
                            }
                        })}
                    </div>
                    <div class="post-author">
                        <span class="avatar" aria-hidden="true">{post.author.username.chars().next().unwrap_or('?').to_ascii_uppercase().to_string()}</span>
                        <span>
                            <AuthorName author=post.author.clone() />
                            " " {verb} " " <Time at=post.created_at />
                            " " {edited}
                        </span>
                    </div>
                </footer>
                <Comments comments post_id=id can_comment form_key is_topic />
            </div>
        </article>
    }
}

#[component]
fn Comments(
    comments: Vec<domain::model::Comment>,
    post_id: PostId,
    can_comment: bool,
    form_key: String,
    is_topic: bool,
) -> impl IntoView {
    let actions = expect_context::<ThreadActions>();
    // Errors (and what was typed) belong to the form of the post they were for.
    let mine = move || {
        actions
            .comment
            .value()
            .get()
            .and_then(Result::err)
            .filter(|e| e.echo("post_id") == Some(post_id.to_string()))
    };
    let error =
        Signal::derive(move || mine().and_then(|e| e.field("comment").or_else(|| Some(e.to_string()))));
    let initial = actions
        .comment
        .value()
        .get_untracked()
        .and_then(Result::err)
        .filter(|e| e.echo("post_id") == Some(post_id.to_string()))
        .and_then(|e| e.echo("comment"))
        .unwrap_or_default();
    let open = !initial.is_empty();
    // New comments by anyone appear in place; rows already shown stay put
    // (keyed), so nothing the reader is looking at is rebuilt.
    let list = RwSignal::new(comments);
    crate::live::on_event(move |e| {
        if matches!(e, LiveEvent::Comment { post_id: p, .. } if *p == post_id) {
            leptos::task::spawn_local(async move {
                // try_set: the thread may be gone by the time the answer arrives.
                if let Ok(fresh) = get_comments(post_id).await {
                    let _ = list.try_set(fresh);
                }
            });
        }
    });
    view! {
        <section class="comments" aria-label=if is_topic { t!("comment-list-question") } else { t!("comment-list-answer") }>
            <Show when=move || !list.read().is_empty()>
                <ul class="comment-list">
                    <For each=move || list.get() key=|c| (c.id, c.deleted) let:c>
                        <CommentRow c />
                    </For>
                </ul>
            </Show>
            {can_comment.then(|| view! {
                <details class="comment-composer" open=open>
                    <summary>{t!("comment-summary")}</summary>
                    <ActionForm action=actions.comment attr:class="form comment-form">
                        <input type="hidden" name="post_id" value=post_id.get() />
                        <input type="hidden" name="request_key" value=format!("{form_key}-c{post_id}") />
                        <MarkdownEditor
                            label=if is_topic { t!("comment-label-question") } else { t!("comment-label-answer") }
                            name="comment"
                            id=format!("comment-field-{post_id}")
                            initial=initial
                            error
                            rows=2
                            inline=true
                            required=true
                            hint=t!("comment-hint")
                        />
                        <button type="submit" class="button button-small" disabled=move || actions.comment.pending().get()>{t!("comment-add")}</button>
                    </ActionForm>
                </details>
            })}
        </section>
    }
}

#[component]
fn CommentRow(c: domain::model::Comment) -> impl IntoView {
    let actions = expect_context::<ThreadActions>();
    let tools = expect_context::<Tools>();
    let cid = c.id;
    let flaggable = tools.me.is_some_and(|me| me != c.author.id) && !tools.moderate && !c.deleted;
    view! {
        <li class="comment" class:comment-deleted=c.deleted id=format!("comment-{cid}")>
            <Translatable
                kind="comment"
                id=cid.get()
                language=c.language.clone()
                original_html=c.body_html.clone()
                can_fix=c.can_delete
                back=format!("{}#comment-{cid}", tools.back)
            />
            " – "
            <AuthorName author=c.author.clone() />
            " " <Time at=c.created_at />
            {c.can_delete.then(|| view! {
                <ActionForm action=actions.delete_comment attr:class="inline-form">
                    <input type="hidden" name="id" value=cid.get() />
                    <button type="submit" class="link-button" aria-label=t!("comment-delete-label")>{t!("comment-delete")}</button>
                </ActionForm>
            })}
            {c.hidden.then(|| view! { " "<span class="badge">{t!("comment-hidden")}</span> })}
            {flaggable.then(|| view! { <FlagControl post_id=c.post_id comment_id=cid back=tools.back.clone() /> })}
        </li>
    }
}

#[component]
fn AnswerForm(
    topic_id: TopicId,
    signed_in: bool,
    locked: bool,
    form_key: String,
    path: String,
) -> impl IntoView {
    let actions = expect_context::<ThreadActions>();
    if locked {
        return ().into_any();
    }
    if !signed_in {
        let next = domain::urlencode(&path);
        return view! {
            <p class="panel answer-signin">
                <a href=format!("/signin?next={next}")>{t!("answer-signin")}</a>" "{t!("answer-signin-or")}" "
                <a href=format!("/signup?next={next}")>{t!("answer-signup")}</a>" "{t!("answer-signin-purpose")}
            </p>
        }
        .into_any();
    }
    let error = Signal::derive(move || {
        actions
            .answer
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| e.field("answer").unwrap_or_else(|| e.to_string()))
    });
    let initial = actions
        .answer
        .value()
        .get_untracked()
        .and_then(Result::err)
        .and_then(|e| e.echo("answer"))
        .unwrap_or_else(|| actions.answer_draft.get_untracked());
    view! {
        <section class="panel answer-form">
            <h2>{t!("answer-form-heading")}</h2>
            <ActionForm action=actions.answer attr:class="form">
                <input type="hidden" name="topic_id" value=topic_id.get() />
                <input type="hidden" name="request_key" value=format!("{form_key}-a") />
                <MarkdownEditor
                    label=t!("answer-label")
                    name="answer"
                    initial=initial
                    draft=actions.answer_draft
                    error
                    rows=8
                    required=true
                    hint=t!("answer-hint")
                />
                <button type="submit" class="button button-primary" disabled=move || actions.answer.pending().get()>{t!("answer-submit")}</button>
            </ActionForm>
        </section>
    }
    .into_any()
}
