//! Flagging a post (members) and the moderator's menu on a post (staff).

use domain::id::CategoryId;
use domain::id::{CommentId, PostId};
use domain::moderation::{FlagReason, ModAction};
use leptos::prelude::*;

use crate::api::moderation::{FlagPost, Moderate};

/// "Flag" and its dialog "Flag this post": a reason, and what that reason
/// needs (the original question for a duplicate, words for "other").
#[component]
pub fn FlagControl(
    post_id: PostId,
    #[prop(optional)] comment_id: Option<CommentId>,
    back: String,
) -> impl IntoView {
    let action = ServerAction::<FlagPost>::new();
    let open = RwSignal::new(false);
    let reason = RwSignal::new(String::new());
    let title_id = match comment_id {
        Some(c) => format!("flag-title-c{c}"),
        None => format!("flag-title-{post_id}"),
    };
    let error = move |field: &'static str| {
        Signal::derive(move || action.value().get().and_then(|r| r.err()).and_then(|e| e.field(field)))
    };
    let failure = move || {
        action
            .value()
            .get()
            .and_then(|r| r.err())
            .filter(|e| !matches!(e, crate::error::AppError::Invalid { .. }))
    };
    let done = move || matches!(action.value().get(), Some(Ok(_)));
    Effect::new(move |_| {
        if done() {
            open.set(false);
        }
    });
    let dialog_title =
        if comment_id.is_some() { t!("flagdialog-title-comment") } else { t!("flagdialog-title-post") };
    let back = StoredValue::new(back);
    let title_id = StoredValue::new(title_id);
    view! {
        <span class="flag-control">
            {move || done().then(|| view! { <span class="muted" role="status">{t!("flagdialog-thanks")}</span> })}
            <button type="button" class="link-button" aria-haspopup="dialog" on:click=move |_| open.set(true)
                hidden=done aria-label=comment_id.map(|_| t!("flagdialog-flag-comment"))>
                {t!("flagdialog-flag")}
            </button>
            <Show when=move || open.get()>
                <div class="dialog-backdrop">
                    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby=title_id.get_value()>
                        <h2 id=title_id.get_value()>{dialog_title.clone()}</h2>
                        <ActionForm action>
                            <input type="hidden" name="post_id" value=post_id.get() />
                            {comment_id.map(|c| view! { <input type="hidden" name="comment_id" value=c.get() /> })}
                            <input type="hidden" name="back" value=back.get_value() />
                            <fieldset class="field" class:field-invalid=move || error("reason").get().is_some()>
                                <legend>{t!("flagdialog-reason")}</legend>
                                {FlagReason::ALL.into_iter().map(|r| view! {
                                    <label class="choice">
                                        <input type="radio" name="reason" value=r.as_str() required=true
                                            on:change=move |_| reason.set(r.as_str().to_owned()) />
                                        {flag_reason_label(r)}
                                    </label>
                                }).collect_view()}
                                <p class="field-error" role="alert" hidden=move || error("reason").get().is_none()>
                                    {move || error("reason").get().unwrap_or_default()}
                                </p>
                            </fieldset>
                            <Show when=move || reason.get() == "duplicate">
                                <div class="field" class:field-invalid=move || error("duplicate_of").get().is_some()>
                                    <label for=format!("flag-dup-{post_id}")>{t!("flagdialog-duplicate-of")}</label>
                                    <input id=format!("flag-dup-{post_id}") name="duplicate_of" type="text" />
                                    <p class="field-error" role="alert" hidden=move || error("duplicate_of").get().is_none()>
                                        {move || error("duplicate_of").get().unwrap_or_default()}
                                    </p>
                                </div>
                            </Show>
                            <div class="field" class:field-invalid=move || error("detail").get().is_some()>
                                <label for=format!("flag-detail-{post_id}")>
                                    {move || if reason.get() == "other" { t!("flagdialog-detail-required") } else { t!("flagdialog-detail-optional") }}
                                </label>
                                <textarea id=format!("flag-detail-{post_id}") name="detail" rows="3" maxlength="500"></textarea>
                                <p class="field-error" role="alert" hidden=move || error("detail").get().is_none()>
                                    {move || error("detail").get().unwrap_or_default()}
                                </p>
                            </div>
                            {move || failure().map(|e| view! { <p class="alert alert-error" role="alert">{e.to_string()}</p> })}
                            <div class="form-actions">
                                <button type="submit" class="button">{t!("flagdialog-send")}</button>
                                <button type="button" class="button button-ghost" on:click=move |_| open.set(false)>{t!("flagdialog-cancel")}</button>
                            </div>
                        </ActionForm>
                    </div>
                </div>
            </Show>
        </span>
    }
}

/// A flag reason's label (the messages are shared with the moderation pages).
pub(crate) fn flag_reason_label(reason: FlagReason) -> String {
    crate::i18n::t(&format!("flag-reason-{}", reason.as_str()))
}

/// A moderator action's label (the messages are shared with the moderation log).
pub(crate) fn mod_action_label(action: ModAction) -> String {
    crate::i18n::t(&format!("mod-action-{}", action.as_str()))
}

/// What a moderator may do to one post, given its state.
pub fn actions_for(is_topic: bool, hidden: bool, deleted: bool, held: bool, t: TopicState) -> Vec<ModAction> {
    let mut out = Vec::new();
    if held {
        out.push(ModAction::Approve);
    }
    out.push(if hidden || held { ModAction::Unhide } else { ModAction::Hide });
    out.push(if deleted { ModAction::Restore } else { ModAction::Delete });
    if is_topic {
        out.push(if t.locked { ModAction::Unlock } else { ModAction::Lock });
        out.push(if t.pinned { ModAction::Unpin } else { ModAction::Pin });
        out.push(if t.featured { ModAction::Unfeature } else { ModAction::Feature });
        out.extend([ModAction::Move, ModAction::CloseDuplicate, ModAction::Merge, ModAction::Assign]);
        if t.assigned {
            out.push(ModAction::Unassign);
        }
    }
    out.extend([
        ModAction::Dismiss,
        ModAction::Warn,
        ModAction::Silence,
        ModAction::Suspend,
        ModAction::Lift,
    ]);
    out
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TopicState {
    pub locked: bool,
    pub pinned: bool,
    pub featured: bool,
    pub assigned: bool,
}

/// The moderator's menu on a post: one form, every action with a reason,
/// and the extra field each action needs. Works without JavaScript.
#[component]
pub fn ModerateMenu(
    post_id: PostId,
    author: String,
    actions: Vec<ModAction>,
    back: String,
    #[prop(optional)] categories: Vec<(CategoryId, String)>,
    #[prop(optional)] on_done: Option<Callback<()>>,
) -> impl IntoView {
    let action = ServerAction::<Moderate>::new();
    let chosen = RwSignal::new(actions.first().map(|a| a.as_str().to_owned()).unwrap_or_default());
    let error = move |field: &'static str| {
        Signal::derive(move || action.value().get().and_then(|r| r.err()).and_then(|e| e.field(field)))
    };
    let failure = move || {
        action
            .value()
            .get()
            .and_then(|r| r.err())
            .filter(|e| !matches!(e, crate::error::AppError::Invalid { .. }))
    };
    Effect::new(move |_| {
        if matches!(action.value().get(), Some(Ok(_))) {
            if let Some(cb) = on_done {
                cb.run(());
            }
        }
    });
    let is = move |names: &'static [&'static str]| move || names.contains(&chosen.get().as_str());
    let id = move |f: &str| format!("mod-{f}-{post_id}");
    let field_error = move |f: &'static str| {
        view! {
            <p class="field-error" role="alert" hidden=move || error(f).get().is_none()>
                {move || error(f).get().unwrap_or_default()}
            </p>
        }
    };
    view! {
        <details class="moderate-menu">
            <summary>{t!("moderate-summary")}</summary>
            <ActionForm action attr:class="moderate-form">
                <input type="hidden" name="post_id" value=post_id.get() />
                <input type="hidden" name="member" value=author.clone() />
                <input type="hidden" name="back" value=back />
                <div class="field">
                    <label for=id("action")>{t!("moderate-action")}</label>
                    <select id=id("action") name="action" on:change=move |ev| chosen.set(event_target_value(&ev))>
                        {actions.iter().map(|a| {
                            let label = if a.is_about_member() {
                                t!("moderate-action-member", action = mod_action_label(*a), name = &author)
                            } else {
                                mod_action_label(*a)
                            };
                            view! { <option value=a.as_str()>{label}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field" class:field-invalid=move || error("reason").get().is_some()>
                    <label for=id("reason")>{t!("moderate-reason")}</label>
                    <input id=id("reason") name="reason" type="text" maxlength="500" />
                    {field_error("reason")}
                </div>
                <div class="field" hidden=move || !is(&["move"])()>
                    <label for=id("category")>{t!("moderate-category")}</label>
                    <select id=id("category") name="category_id">
                        {categories.iter().map(|(cid, name)| view! { <option value=cid.to_string()>{name.clone()}</option> }).collect_view()}
                    </select>
                    {field_error("category_id")}
                </div>
                <div class="field" hidden=move || !is(&["close_duplicate", "merge"])()>
                    <label for=id("target")>{t!("moderate-target")}</label>
                    <input id=id("target") name="target" type="text" />
                    {field_error("target")}
                </div>
                <div class="field" hidden=move || !is(&["assign"])()>
                    <label for=id("assignee")>{t!("moderate-assignee")}</label>
                    <input id=id("assignee") name="assignee" type="text" placeholder=t!("moderate-assignee-placeholder") />
                    {field_error("assignee")}
                </div>
                <div class="field" hidden=move || !is(&["silence", "suspend"])()>
                    <label for=id("duration")>{t!("moderate-duration")}</label>
                    // The server reads durations in English ("3 days", "12 hours"), so the
                    // example stays in English whatever the page's language.
                    <input id=id("duration") name="duration" type="text" placeholder="3 days" />
                    {field_error("duration")}
                    {field_error("member")}
                </div>
                {move || failure().map(|e| view! { <p class="alert alert-error" role="alert">{e.to_string()}</p> })}
                {move || action.value().get().and_then(|r| r.ok()).map(|m| view! { <p class="alert alert-success" role="status">{m}</p> })}
                <button type="submit" class="button button-small">{t!("moderate-apply")}</button>
            </ActionForm>
        </details>
    }
}
