//! `/admin/tags`: tags (create, edit with `?edit=<id>`, merge, delete), tag
//! groups, and whether members may create new tags.

use domain::id::TagId;
use domain::model::{Tag, TagGroup};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use super::{last_success, reset_on, AdminTable, Feedback};
use crate::api::admin::{
    admin_tags, CreateTagGroup, DeleteTag, DeleteTagGroup, MergeTags, SaveTag, Saved, SetMembersCreateTags,
    TagsAdmin,
};
use crate::components::form::{FieldError, TextField};
use crate::pages::not_found::ErrorPanel;

/// The actions of the page, created in the route's view so that errors of
/// submissions without JavaScript reach them.
#[derive(Clone, Copy)]
struct Actions {
    save: ServerAction<SaveTag>,
    merge: ServerAction<MergeTags>,
    delete: ServerAction<DeleteTag>,
    create_group: ServerAction<CreateTagGroup>,
    delete_group: ServerAction<DeleteTagGroup>,
    setting: ServerAction<SetMembersCreateTags>,
    /// The forms that are emptied after a success.
    tag_form: NodeRef<leptos::html::Form>,
    merge_form: NodeRef<leptos::html::Form>,
    group_form: NodeRef<leptos::html::Form>,
}

#[component]
pub fn AdminTagsPage() -> impl IntoView {
    let a = Actions {
        save: ServerAction::new(),
        merge: ServerAction::new(),
        delete: ServerAction::new(),
        create_group: ServerAction::new(),
        delete_group: ServerAction::new(),
        setting: ServerAction::new(),
        tag_form: NodeRef::new(),
        merge_form: NodeRef::new(),
        group_form: NodeRef::new(),
    };
    let feedback = Feedback::new();
    feedback.follow(a.save, true, |s: &Saved| {
        if s.created {
            t!("admintags-created", name = &s.name)
        } else {
            t!("admintags-saved", name = &s.name)
        }
    });
    feedback.follow(a.merge, false, |_| t!("admintags-merged"));
    feedback.follow(a.delete, false, |_| t!("admintags-deleted"));
    feedback.follow(a.create_group, true, |name: &String| t!("admintags-group-created", name = name));
    feedback.follow(a.delete_group, false, |_| t!("admintags-group-deleted"));
    feedback.follow(a.setting, false, |on: &bool| {
        if *on {
            t!("admintags-setting-on")
        } else {
            t!("admintags-setting-off")
        }
    });
    let versions = [
        last_success(a.save),
        last_success(a.merge),
        last_success(a.delete),
        last_success(a.create_group),
        last_success(a.delete_group),
        last_success(a.setting),
    ];
    let data = Resource::new(move || versions.map(|v| v.get()), |_| admin_tags());
    let query = use_query_map();
    let edit_id = move || query.read().get("edit").and_then(|s| s.parse::<TagId>().ok());
    let [saved, merged, _, group_created, ..] = versions;
    reset_on(a.tag_form, move || (saved.get(), edit_id()));
    reset_on(a.merge_form, move || merged.get());
    reset_on(a.group_form, move || group_created.get());

    view! {
        <Title text=t!("admintags-title") />
        <Meta name="robots" content="noindex" />
        {feedback.view()}
        <Transition fallback=|| view! { <p class="muted">{t!("admintags-loading")}</p> }>
            {move || data.get().map(|res| match res {
                Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                Ok(page) => tags_view(page, edit_id(), a).into_any(),
            })}
        </Transition>
    }
}

fn tags_view(page: TagsAdmin, edit_id: Option<TagId>, a: Actions) -> impl IntoView {
    let TagsAdmin { tags, groups, members_create_tags } = page;
    let editing = edit_id.and_then(|id| tags.iter().find(|t| t.id == id).cloned());
    let count = tags.len();
    let group_name = |id: Option<i64>| {
        id.and_then(|id| groups.iter().find(|g| g.id == id)).map(|g| g.name.clone()).unwrap_or_default()
    };
    let rows = tags
        .iter()
        .map(|t| {
            let group = group_name(t.group_id);
            view! { <TagRow tag=t.clone() group delete=a.delete /> }
        })
        .collect_view();
    let group_rows = groups
        .iter()
        .map(|g| {
            let in_group = tags.iter().filter(|t| t.group_id == Some(g.id)).count();
            view! { <TagGroupRow group=g.clone() tags=in_group delete=a.delete_group /> }
        })
        .collect_view();
    let next_position = i64::try_from(groups.len()).unwrap_or(0);
    let heading = match &editing {
        Some(t) => t!("admintags-edit-heading", name = &t.name),
        None => t!("admintags-new"),
    };

    view! {
        <div class="admin-stack">
        <section class="panel">
            <div class="panel-header">
                <h1>{t!("admintags-title")}</h1>
                <p class="muted">{t!("admintags-count", n = count)}</p>
            </div>
            <AdminTable
                caption=t!("admintags-caption")
                columns=vec![t!("admintags-col-tag"), t!("admin-group"), t!("admin-topics"), t!("admin-description")]
            >
                {rows}
            </AdminTable>
        </section>
        <div class="admin-columns">
            <section class="panel admin-form-panel" aria-labelledby="tag-form-heading">
                <div class="panel-header">
                    <h2 id="tag-form-heading">{heading}</h2>
                    {editing.is_some().then(|| view! {
                        <a class="button button-ghost button-small" href="/admin/tags">{t!("admintags-new-instead")}</a>
                    })}
                </div>
                <TagForm groups=groups.clone() editing save=a.save form=a.tag_form />
            </section>
            <section class="panel admin-form-panel" aria-labelledby="merge-heading">
                <h2 id="merge-heading">{t!("admintags-merge-heading")}</h2>
                <p class="muted">{t!("admintags-merge-intro")}</p>
                <MergeForm tags merge=a.merge form=a.merge_form />
            </section>
        </div>
        <div class="admin-columns">
            <section class="panel" aria-labelledby="tag-groups-heading">
                <h2 id="tag-groups-heading">{t!("admintags-groups-heading")}</h2>
                {if groups.is_empty() {
                    view! { <p class="muted">{t!("admintags-no-groups")}</p> }.into_any()
                } else {
                    view! {
                        <AdminTable columns=vec![t!("admin-group"), t!("admin-position"), t!("admintags-col-tags")]>
                            {group_rows}
                        </AdminTable>
                    }.into_any()
                }}
                <h3>{t!("admintags-new-group")}</h3>
                <TagGroupForm next_position create=a.create_group form=a.group_form />
            </section>
            <section class="panel" aria-labelledby="tag-settings-heading">
                <h2 id="tag-settings-heading">{t!("admintags-settings-heading")}</h2>
                <ActionForm action=a.setting attr:class="form admin-form">
                    <label class="choice">
                        <input type="checkbox" name="enabled" value="on" checked=members_create_tags aria-describedby="members-create-tags-hint" />
                        {t!("admintags-members-create")}
                    </label>
                    <p class="field-hint" id="members-create-tags-hint">
                        {t!("admintags-members-create-hint")}
                    </p>
                    <div class="form-actions">
                        <button type="submit" class="button button-primary" disabled=move || a.setting.pending().get()>{t!("admintags-save-setting")}</button>
                    </div>
                </ActionForm>
            </section>
        </div>
        </div>
    }
}

#[component]
fn TagRow(tag: Tag, group: String, delete: ServerAction<DeleteTag>) -> impl IntoView {
    let name = tag.name.clone();
    view! {
        <tr>
            <th scope="row"><span class="tag-name">{tag.name.clone()}</span></th>
            <td>{if group.is_empty() { view! { <span class="muted">{t!("admin-none")}</span> }.into_any() } else { group.into_any() }}</td>
            <td>{crate::i18n::number(tag.topic_count)}</td>
            <td class="admin-description">{tag.description.clone()}</td>
            <td class="admin-actions">
                <a class="button button-small" href=format!("/admin/tags?edit={}", tag.id) aria-label=t!("admintags-edit-label", name = &name)>{t!("admin-edit")}</a>
                <ActionForm action=delete attr:class="inline-form">
                    <input type="hidden" name="tag_id" value=tag.id.get() />
                    <button type="submit" class="button button-small button-danger" aria-label=t!("admintags-delete-label", name = &name) disabled=move || delete.pending().get()>
                        {t!("admin-delete")}
                    </button>
                </ActionForm>
            </td>
        </tr>
    }
}

#[component]
fn TagGroupRow(group: TagGroup, tags: usize, delete: ServerAction<DeleteTagGroup>) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{group.name.clone()}</th>
            <td>{group.position}</td>
            <td>{crate::i18n::number(i64::try_from(tags).unwrap_or(i64::MAX))}</td>
            <td class="admin-actions">
                <ActionForm action=delete attr:class="inline-form">
                    <input type="hidden" name="group_id" value=group.id />
                    <button type="submit" class="button button-small button-danger" aria-label=t!("admintags-delete-group-label", name = &group.name) disabled=move || delete.pending().get()>
                        {t!("admin-delete")}
                    </button>
                </ActionForm>
            </td>
        </tr>
    }
}

#[component]
fn TagForm(
    groups: Vec<TagGroup>,
    editing: Option<Tag>,
    save: ServerAction<SaveTag>,
    form: NodeRef<leptos::html::Form>,
) -> impl IntoView {
    let id = editing.as_ref().map(|t| t.id.to_string()).unwrap_or_default();
    // What was typed before a refused save of this same form (also without
    // JavaScript, whose error is in the URL).
    let typed =
        save.value().get_untracked().and_then(Result::err).filter(|e| e.echo("id").unwrap_or_default() == id);
    let value = |name: &str, current: String| typed.as_ref().and_then(|e| e.echo(name)).unwrap_or(current);
    let name = value("name", editing.as_ref().map(|t| t.name.clone()).unwrap_or_default());
    let description =
        value("description", editing.as_ref().map(|t| t.description.clone()).unwrap_or_default());
    let group = value(
        "group_id",
        editing.as_ref().and_then(|t| t.group_id).map(|g| g.to_string()).unwrap_or_default(),
    );
    let error = {
        let id = id.clone();
        move |field: &'static str| {
            let id = id.clone();
            Signal::derive(move || {
                save.value()
                    .get()
                    .and_then(Result::err)
                    .filter(|e| e.echo("id").unwrap_or_default() == id)
                    .and_then(|e| e.field(field))
            })
        }
    };
    let group_err = error("group_id");
    let button = if editing.is_some() { t!("admintags-save") } else { t!("admintags-create") };
    view! {
        <ActionForm action=save node_ref=form attr:class="form admin-form" attr:novalidate=true>
            <input type="hidden" name="id" value=id />
            <TextField
                label=t!("admintags-name")
                id="tag-name"
                name="name"
                value=name
                hint=t!("admintags-name-hint")
                error=error("name")
                required=true
            />
            <TextField label=t!("admintags-description") id="tag-description" name="description" value=description error=error("description") multiline=true />
            <div class="field" class:field-invalid=move || group_err.get().is_some()>
                <label for="tag-group">{t!("admintags-group")}</label>
                <select id="tag-group" name="group_id" aria-describedby="tag-group-error">
                    <option value="" selected=group.is_empty()>{t!("admin-none")}</option>
                    {groups.into_iter().map(|g| {
                        let selected = g.id.to_string() == group;
                        view! { <option value=g.id selected=selected>{g.name}</option> }
                    }).collect_view()}
                </select>
                <FieldError id="tag-group-error" error=group_err />
            </div>
            <div class="form-actions">
                <button type="submit" class="button button-primary" disabled=move || save.pending().get()>{button}</button>
            </div>
        </ActionForm>
    }
}

#[component]
fn MergeForm(
    tags: Vec<Tag>,
    merge: ServerAction<MergeTags>,
    form: NodeRef<leptos::html::Form>,
) -> impl IntoView {
    let typed = merge.value().get_untracked().and_then(Result::err);
    let echo = |name: &str| typed.as_ref().and_then(|e| e.echo(name)).unwrap_or_default();
    let options = move |chosen: String| {
        tags.iter()
            .map(|t| {
                let selected = t.id.to_string() == chosen;
                let label = format!("{} ({})", t.name, crate::i18n::number(t.topic_count));
                view! { <option value=t.id.get() selected=selected>{label}</option> }
            })
            .collect_view()
    };
    let (from, into) = (echo("from"), echo("into"));
    view! {
        <ActionForm action=merge node_ref=form attr:class="form admin-form">
            <div class="admin-form-row">
                <div class="field">
                    <label for="merge-from">{t!("admintags-merge-from")}</label>
                    <select id="merge-from" name="from">
                        <option value="" selected=from.is_empty()>{t!("admintags-choose")}</option>
                        {options(from.clone())}
                    </select>
                </div>
                <div class="field">
                    <label for="merge-into">{t!("admintags-merge-into")}</label>
                    <select id="merge-into" name="into">
                        <option value="" selected=into.is_empty()>{t!("admintags-choose")}</option>
                        {options(into.clone())}
                    </select>
                </div>
            </div>
            <div class="form-actions">
                <button type="submit" class="button button-primary" disabled=move || merge.pending().get()>{t!("admintags-merge")}</button>
            </div>
        </ActionForm>
    }
}

#[component]
fn TagGroupForm(
    next_position: i64,
    create: ServerAction<CreateTagGroup>,
    form: NodeRef<leptos::html::Form>,
) -> impl IntoView {
    let typed = create.value().get_untracked().and_then(Result::err);
    let echo = |name: &str| typed.as_ref().and_then(|e| e.echo(name));
    let name = echo("name").unwrap_or_default();
    let position = echo("position").unwrap_or_else(|| next_position.to_string());
    let error = move |field: &'static str| {
        Signal::derive(move || create.value().get().and_then(Result::err).and_then(|e| e.field(field)))
    };
    view! {
        <ActionForm action=create node_ref=form attr:class="form admin-form" attr:novalidate=true>
            <div class="admin-form-row">
                <TextField label=t!("admintags-group-name") id="tag-group-name" name="name" value=name error=error("name") required=true />
                <TextField label=t!("admin-position") id="tag-group-position" name="position" kind="number" value=position error=error("position") />
            </div>
            <div class="form-actions">
                <button type="submit" class="button button-primary" disabled=move || create.pending().get()>{t!("admintags-create-group")}</button>
            </div>
        </ActionForm>
    }
}
