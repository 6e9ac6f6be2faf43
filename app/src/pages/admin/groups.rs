//! `/admin/groups`: groups of members that restricted categories admit.
//! `?group=<id>` opens a group's members.

use domain::id::GroupId;
use domain::model::{Author, Group};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use super::{last_success, reset_on, AdminTable, Feedback};
use crate::api::admin::{
    admin_groups, AddGroupMember, CreateGroup, DeleteGroup, GroupMembers, GroupsAdmin, RemoveGroupMember,
};
use crate::components::form::TextField;
use crate::pages::not_found::ErrorPanel;
use domain::urlencode;

/// The forms that are emptied after a success.
#[derive(Clone, Copy)]
struct Forms {
    create: NodeRef<leptos::html::Form>,
    add: NodeRef<leptos::html::Form>,
}

#[component]
pub fn AdminGroupsPage() -> impl IntoView {
    let create = ServerAction::<CreateGroup>::new();
    let delete = ServerAction::<DeleteGroup>::new();
    let add = ServerAction::<AddGroupMember>::new();
    let remove = ServerAction::<RemoveGroupMember>::new();
    let feedback = Feedback::new();
    feedback.follow(create, true, |name: &String| t!("groups-created", name = name));
    feedback.follow(delete, false, |_| t!("groups-deleted"));
    feedback.follow(add, true, |username: &String| t!("groups-member-added", username = username));
    feedback.follow(remove, false, |_| t!("groups-member-removed"));
    let versions = (last_success(create), last_success(delete), last_success(add), last_success(remove));
    let query = use_query_map();
    let group = move || query.read().get("group").and_then(|s| s.parse::<GroupId>().ok());
    let data = Resource::new(
        move || (group(), versions.0.get(), versions.1.get(), versions.2.get(), versions.3.get()),
        |(group, ..)| admin_groups(group),
    );
    let forms = Forms { create: NodeRef::new(), add: NodeRef::new() };
    reset_on(forms.create, move || versions.0.get());
    reset_on(forms.add, move || (versions.2.get(), group()));

    view! {
        <Title text=t!("groups-title") />
        <Meta name="robots" content="noindex" />
        {feedback.view()}
        <Transition fallback=|| view! { <p class="muted">{t!("groups-loading")}</p> }>
            {move || data.get().map(|res| match res {
                Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                Ok(page) => view! { <GroupsView page create delete add remove forms /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn GroupsView(
    page: GroupsAdmin,
    create: ServerAction<CreateGroup>,
    delete: ServerAction<DeleteGroup>,
    add: ServerAction<AddGroupMember>,
    remove: ServerAction<RemoveGroupMember>,
    forms: Forms,
) -> impl IntoView {
    let count = page.groups.len();
    let selected_id = page.selected.as_ref().map(|s| s.group.id);
    let rows = page
        .groups
        .into_iter()
        .map(|g| view! { <GroupRow group=g open=selected_id delete /> })
        .collect_view();
    // What was typed before a refused creation (also without JavaScript).
    let typed = create.value().get_untracked().and_then(Result::err);
    let echo = |name: &str| typed.as_ref().and_then(|e| e.echo(name)).unwrap_or_default();
    let (name, description) = (echo("name"), echo("description"));
    let error = move |field: &'static str| {
        Signal::derive(move || create.value().get().and_then(Result::err).and_then(|e| e.field(field)))
    };
    view! {
        <div class="admin-stack">
        <section class="panel">
            <div class="panel-header">
                <h1>{t!("groups-title")}</h1>
                <p class="muted">{t!("groups-count", n = count)}</p>
            </div>
            <p class="muted">{t!("groups-intro")}</p>
            {if count == 0 {
                view! { <p>{t!("groups-empty")}</p> }.into_any()
            } else {
                view! {
                    <AdminTable columns=vec![t!("admin-group"), t!("admin-description"), t!("groups-members")]>
                        {rows}
                    </AdminTable>
                }.into_any()
            }}
        </section>
        {page.selected.map(|s| view! { <MembersPanel selected=s add remove form=forms.add /> })}
        <section class="panel admin-form-panel" aria-labelledby="group-form-heading">
            <h2 id="group-form-heading">{t!("groups-new")}</h2>
            <ActionForm action=create node_ref=forms.create attr:class="form admin-form" attr:novalidate=true>
                <TextField label=t!("groups-name") id="group-name" name="name" value=name error=error("name") required=true />
                <TextField label=t!("admin-description") id="group-description" name="description" value=description error=error("description") multiline=true />
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled=move || create.pending().get()>{t!("groups-create")}</button>
                </div>
            </ActionForm>
        </section>
        </div>
    }
}

#[component]
fn GroupRow(group: Group, open: Option<GroupId>, delete: ServerAction<DeleteGroup>) -> impl IntoView {
    let is_open = open == Some(group.id);
    let name = group.name.clone();
    let members = t!("groups-member-count", n = group.member_count);
    view! {
        <tr class:admin-row-open=is_open>
            <th scope="row">{group.name.clone()}</th>
            <td>{group.description.clone()}</td>
            <td class="admin-count">{members}</td>
            <td class="admin-actions">
                <a
                    class="button button-small"
                    href=format!("/admin/groups?group={}", group.id)
                    aria-label=t!("groups-members-of", name = &name)
                    aria-current=is_open.then_some("true")
                >
                    {t!("groups-members")}
                </a>
                <ActionForm action=delete attr:class="inline-form">
                    <input type="hidden" name="group_id" value=group.id.get() />
                    <button type="submit" class="button button-small button-danger" aria-label=t!("groups-delete-label", name = &name) disabled=move || delete.pending().get()>
                        {t!("admin-delete")}
                    </button>
                </ActionForm>
            </td>
        </tr>
    }
}

#[component]
fn MembersPanel(
    selected: GroupMembers,
    add: ServerAction<AddGroupMember>,
    remove: ServerAction<RemoveGroupMember>,
    form: NodeRef<leptos::html::Form>,
) -> impl IntoView {
    let GroupMembers { group, members } = selected;
    let group_id = group.id;
    let group_key = group_id.to_string();
    // Errors and typed values belong to this group's form only.
    let typed = add
        .value()
        .get_untracked()
        .and_then(Result::err)
        .filter(|e| e.echo("group_id").as_deref() == Some(group_key.as_str()));
    let username = typed.as_ref().and_then(|e| e.echo("username")).unwrap_or_default();
    let error = Signal::derive(move || {
        add.value()
            .get()
            .and_then(Result::err)
            .filter(|e| e.echo("group_id").as_deref() == Some(group_key.as_str()))
            .and_then(|e| e.field("username"))
    });
    let heading = t!("groups-members-of", name = &group.name);
    let list = if members.is_empty() {
        view! { <p class="muted">{t!("groups-nobody")}</p> }.into_any()
    } else {
        view! {
            <ul class="admin-member-list">
                {members.into_iter().map(|m| view! { <MemberItem member=m group_id remove /> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="panel" aria-labelledby="group-members-heading">
            <div class="panel-header">
                <h2 id="group-members-heading">{heading}</h2>
                <a class="button button-ghost button-small" href="/admin/groups">{t!("groups-close")}</a>
            </div>
            {list}
            <ActionForm action=add node_ref=form attr:class="form admin-form admin-inline-form" attr:novalidate=true>
                <input type="hidden" name="group_id" value=group_id.get() />
                <TextField label=t!("groups-username") id="group-member-username" name="username" value=username error hint=t!("groups-username-hint") required=true />
                <div class="form-actions">
                    <button type="submit" class="button button-primary" disabled=move || add.pending().get()>{t!("groups-add-member")}</button>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
fn MemberItem(member: Author, group_id: GroupId, remove: ServerAction<RemoveGroupMember>) -> impl IntoView {
    view! {
        <li>
            <a href=format!("/admin/members?q={}", urlencode(&member.username))>{member.username.clone()}</a>
            <ActionForm action=remove attr:class="inline-form">
                <input type="hidden" name="group_id" value=group_id.get() />
                <input type="hidden" name="user_id" value=member.id.get() />
                <button type="submit" class="button button-small" aria-label=t!("groups-remove-label", username = &member.username) disabled=move || remove.pending().get()>
                    {t!("groups-remove")}
                </button>
            </ActionForm>
        </li>
    }
}
