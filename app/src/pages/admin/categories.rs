//! `/admin/categories`: the category tree, a form to create or edit one
//! (`?edit=<id>`), and deletion of empty ones. Also the small pieces the
//! other admin pages (groups, tags) share: `Feedback`, `last_success`,
//! `TextField`.

use domain::id::{CategoryId, GroupId};
use domain::model::Category;
use domain::Visibility;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use super::{last_success, reset_on, AdminTable, Feedback};
use crate::api::admin::{admin_categories, CategoriesAdmin, DeleteCategory, SaveCategory, Saved};
use crate::components::form::{FieldError, TextField};
use crate::pages::not_found::ErrorPanel;

/// The post kinds a category may accept, as the form offers them.
const POST_TYPES: [&str; 2] = ["question", "discussion"];

/// The name of a post kind in the "Accepts" column and checkboxes.
fn post_type_label(kind: &str) -> String {
    match kind {
        "question" => t!("categories-accepts-questions"),
        _ => t!("categories-accepts-discussions"),
    }
}

/// A category visibility's name ("Members only"), in the page's language.
pub(crate) fn visibility_label(v: Visibility) -> String {
    crate::i18n::t(&format!("visibility-{}", v.as_str()))
}

#[component]
pub fn AdminCategoriesPage() -> impl IntoView {
    // Created here, in the route's view: only there does an action see the
    // error that a submission without JavaScript carries back in the URL.
    let save = ServerAction::<SaveCategory>::new();
    let delete = ServerAction::<DeleteCategory>::new();
    let feedback = Feedback::new();
    feedback.follow(save, true, |s: &Saved| {
        if s.created {
            t!("categories-created", name = &s.name)
        } else {
            t!("categories-saved", name = &s.name)
        }
    });
    feedback.follow(delete, false, |_| t!("categories-deleted"));
    let (saved, deleted) = (last_success(save), last_success(delete));
    let data = Resource::new(move || (saved.get(), deleted.get()), |_| admin_categories());
    let query = use_query_map();
    let edit_id = move || query.read().get("edit").and_then(|s| s.parse::<CategoryId>().ok());
    let form = NodeRef::<leptos::html::Form>::new();
    reset_on(form, move || (saved.get(), edit_id()));

    view! {
        <Title text=t!("categories-title") />
        <Meta name="robots" content="noindex" />
        // Outside the Transition: the page re-renders after every change and
        // a message inside it would be rebuilt (and could be missed).
        {feedback.view()}
        <Transition fallback=|| view! { <p class="muted">{t!("categories-loading")}</p> }>
            {move || data.get().map(|res| match res {
                Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                Ok(page) => view! { <CategoriesView page edit_id=edit_id() save delete form /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn CategoriesView(
    page: CategoriesAdmin,
    edit_id: Option<CategoryId>,
    save: ServerAction<SaveCategory>,
    delete: ServerAction<DeleteCategory>,
    form: NodeRef<leptos::html::Form>,
) -> impl IntoView {
    let editing = edit_id.and_then(|id| page.categories.iter().find(|c| c.id == id).cloned());
    let count = page.categories.len();
    let heading = match &editing {
        Some(c) => t!("categories-edit-heading", name = &c.name),
        None => t!("categories-new"),
    };
    let rows = page
        .categories
        .iter()
        .map(|c| {
            let groups: Vec<String> =
                page.groups.iter().filter(|g| c.group_ids.contains(&g.id)).map(|g| g.name.clone()).collect();
            view! { <CategoryRow category=c.clone() groups delete /> }
        })
        .collect_view();
    view! {
        <div class="admin-stack">
        <section class="panel">
            <div class="panel-header">
                <h1>{t!("categories-title")}</h1>
                <p class="muted">{t!("categories-count", n = count)}</p>
            </div>
            <AdminTable
                caption=t!("categories-caption")
                columns=vec![
                    t!("admin-name"),
                    t!("categories-slug"),
                    t!("categories-visibility"),
                    t!("categories-accepts"),
                    t!("admin-topics"),
                ]
            >
                {rows}
            </AdminTable>
        </section>
        <section class="panel admin-form-panel" aria-labelledby="category-form-heading">
            <div class="panel-header">
                <h2 id="category-form-heading">{heading}</h2>
                {editing.is_some().then(|| view! {
                    <a class="button button-ghost button-small" href="/admin/categories">{t!("categories-new-instead")}</a>
                })}
            </div>
            <CategoryForm categories=page.categories groups=page.groups editing save form />
        </section>
        </div>
    }
}

#[component]
fn CategoryRow(
    category: Category,
    groups: Vec<String>,
    delete: ServerAction<DeleteCategory>,
) -> impl IntoView {
    let is_sub = category.parent_id.is_some();
    let accepts = POST_TYPES
        .iter()
        .filter(|v| category.post_types.iter().any(|p| p == *v))
        .map(|v| post_type_label(v))
        .collect::<Vec<_>>()
        .join(", ");
    let visibility = match category.visibility {
        Visibility::Groups if !groups.is_empty() => {
            t!("categories-restricted-to", groups = groups.join(", "))
        }
        v => visibility_label(v),
    };
    let name = category.name.clone();
    view! {
        <tr class:admin-subrow=is_sub>
            <th scope="row">
                {is_sub.then(|| view! { <span class="admin-subrow-mark" aria-hidden="true">"↳ "</span> })}
                // A presentation attribute, not an inline style: the CSP
                // forbids style attributes.
                <svg class="category-swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
                    <rect width="12" height="12" rx="3" fill=category.color.clone() />
                </svg>
                {category.name.clone()}
            </th>
            <td><code>{category.slug.clone()}</code></td>
            <td>{visibility}</td>
            <td>{accepts}</td>
            <td>{crate::i18n::number(category.topic_count)}</td>
            <td class="admin-actions">
                <a class="button button-small" href=format!("/admin/categories?edit={}", category.id) aria-label=t!("categories-edit-label", name = &name)>{t!("admin-edit")}</a>
                <ActionForm action=delete attr:class="inline-form">
                    <input type="hidden" name="category_id" value=category.id.get() />
                    <button type="submit" class="button button-small button-danger" aria-label=t!("categories-delete-label", name = &name) disabled=move || delete.pending().get()>
                        {t!("admin-delete")}
                    </button>
                </ActionForm>
            </td>
        </tr>
    }
}

#[component]
fn CategoryForm(
    categories: Vec<Category>,
    groups: Vec<domain::model::Group>,
    editing: Option<Category>,
    save: ServerAction<SaveCategory>,
    form: NodeRef<leptos::html::Form>,
) -> impl IntoView {
    let id = editing.as_ref().map(|c| c.id.to_string()).unwrap_or_default();
    // What the admin typed before a refused save of this same form (also
    // after a submission without JavaScript, whose error is in the URL).
    let typed = {
        let id = id.clone();
        save.value().get_untracked().and_then(Result::err).filter(|e| e.echo("id").unwrap_or_default() == id)
    };
    let value = |name: &str, current: String| typed.as_ref().and_then(|e| e.echo(name)).unwrap_or(current);
    let list = |name: &str, current: Vec<String>| match typed.as_ref().and_then(|e| e.echo(name)) {
        Some(v) => v.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
        None => current,
    };
    let c = editing.clone();
    let name = value("name", c.as_ref().map(|c| c.name.clone()).unwrap_or_default());
    let slug = value("slug", c.as_ref().map(|c| c.slug.clone()).unwrap_or_default());
    let description = value("description", c.as_ref().map(|c| c.description.clone()).unwrap_or_default());
    let color = value("color", c.as_ref().map(|c| c.color.clone()).unwrap_or_else(|| "#2f7de1".to_owned()));
    let next_position = categories.iter().filter(|c| c.parent_id.is_none()).count();
    let position = value("position", c.as_ref().map_or(next_position as i64, |c| c.position).to_string());
    let parent =
        value("parent_id", c.as_ref().and_then(|c| c.parent_id).map(|p| p.to_string()).unwrap_or_default());
    let post_types = list(
        "post_types",
        c.as_ref()
            .map(|c| c.post_types.clone())
            .unwrap_or_else(|| vec!["question".into(), "discussion".into()]),
    );
    let visibility =
        value("visibility", c.as_ref().map_or(Visibility::Public, |c| c.visibility).as_str().to_owned());
    let group_ids = list(
        "group_ids",
        c.as_ref().map(|c| c.group_ids.iter().map(GroupId::to_string).collect()).unwrap_or_default(),
    );

    let error = move |field: &'static str| {
        let id = id.clone();
        Signal::derive(move || {
            save.value()
                .get()
                .and_then(Result::err)
                .filter(|e| e.echo("id").unwrap_or_default() == id)
                .and_then(|e| e.field(field))
        })
    };
    let (parent_err, types_err, visibility_err, groups_err) =
        (error("parent_id"), error("post_types"), error("visibility"), error("groups"));
    let parents: Vec<(String, String)> = categories
        .iter()
        .filter(|p| p.parent_id.is_none() && Some(p.id) != editing.as_ref().map(|c| c.id))
        .map(|p| (p.id.to_string(), p.name.clone()))
        .collect();
    let button = if editing.is_some() { t!("categories-save") } else { t!("categories-create") };

    view! {
        <ActionForm action=save node_ref=form attr:class="form admin-form category-form" attr:novalidate=true>
            <input type="hidden" name="id" value=editing.as_ref().map(|c| c.id.to_string()).unwrap_or_default() />
            <div class="admin-form-row">
                <TextField label=t!("admin-name") id="category-name" name="name" value=name error=error("name") required=true />
                <TextField
                    label=t!("categories-slug")
                    id="category-slug"
                    name="slug"
                    value=slug
                    hint=t!("categories-slug-hint")
                    error=error("slug")
                    required=true
                />
            </div>
            <TextField label=t!("admin-description") id="category-description" name="description" value=description error=error("description") multiline=true />
            <div class="admin-form-row">
                <TextField label=t!("categories-colour") id="category-color" name="color" kind="color" value=color error=error("color") />
                <TextField label=t!("admin-position") id="category-position" name="position" kind="number" value=position hint=t!("categories-position-hint") />
                <div class="field" class:field-invalid=move || parent_err.get().is_some()>
                    <label for="category-parent">{t!("categories-parent")}</label>
                    <select id="category-parent" name="parent_id" aria-describedby="category-parent-error">
                        <option value="" selected=parent.is_empty()>{t!("categories-parent-none")}</option>
                        {parents.into_iter().map(|(pid, pname)| {
                            let selected = pid == parent;
                            view! { <option value=pid selected=selected>{pname}</option> }
                        }).collect_view()}
                    </select>
                    <FieldError id="category-parent-error" error=parent_err />
                </div>
            </div>
            <fieldset class="field choice-group" class:field-invalid=move || types_err.get().is_some() aria-describedby="category-types-error">
                <legend>{t!("categories-accepts")}</legend>
                {POST_TYPES.into_iter().map(|v| {
                    let checked = post_types.iter().any(|p| p == v);
                    view! {
                        <label class="choice">
                            <input type="checkbox" name="post_types[]" value=v checked=checked />
                            {post_type_label(v)}
                        </label>
                    }
                }).collect_view()}
                <FieldError id="category-types-error" error=types_err />
            </fieldset>
            <div class="field" class:field-invalid=move || visibility_err.get().is_some()>
                <label for="category-visibility">{t!("categories-visibility")}</label>
                <select id="category-visibility" name="visibility" aria-describedby="category-visibility-hint category-visibility-error">
                    {Visibility::ALL.into_iter().map(|v| view! {
                        <option value=v.as_str() selected=v.as_str() == visibility>{visibility_label(v)}</option>
                    }).collect_view()}
                </select>
                <p class="field-hint" id="category-visibility-hint">
                    {t!("categories-visibility-hint")}
                </p>
                <FieldError id="category-visibility-error" error=visibility_err />
            </div>
            // Shown only while "Restricted to groups" is selected, by CSS
            // (`:has`), so it works before and without the WASM too.
            <fieldset class="field choice-group group-choices" class:field-invalid=move || groups_err.get().is_some() aria-describedby="category-groups-error">
                <legend>{t!("categories-groups")}</legend>
                {if groups.is_empty() {
                    view! { <p class="muted">{t!("categories-no-groups")}" "<a href="/admin/groups">{t!("categories-create-group")}</a></p> }.into_any()
                } else {
                    groups.into_iter().map(|g| {
                        let checked = group_ids.contains(&g.id.to_string());
                        view! {
                            <label class="choice">
                                <input type="checkbox" name="group_ids[]" value=g.id.get() checked=checked />
                                {g.name}
                            </label>
                        }
                    }).collect_view().into_any()
                }}
                <FieldError id="category-groups-error" error=groups_err />
            </fieldset>
            <div class="form-actions">
                <button type="submit" class="button button-primary" disabled=move || save.pending().get()>{button}</button>
            </div>
        </ActionForm>
    }
}

// ---- shared by the admin pages ----
