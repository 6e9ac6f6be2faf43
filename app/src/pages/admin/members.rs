use domain::id::UserId;
use domain::Role;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use crate::api::members::{list_members, SetRole};
use crate::pages::not_found::ErrorPanel;
use domain::calendar::iso_date;
use domain::urlencode;

#[component]
pub fn AdminMembersPage() -> impl IntoView {
    let query = use_query_map();
    let set_role = ServerAction::<SetRole>::new();
    let q = move || query.read().get("q").filter(|s| !s.is_empty());
    let after = move || query.read().get("after").filter(|s| !s.is_empty());
    let members = Resource::new(
        move || (q(), after(), set_role.version().get()),
        |(q, after, _)| list_members(q, after),
    );
    let role_error =
        move || set_role.value().get().and_then(Result::err).map(|e| super::error_text(&e, false));
    let role_saved = move || {
        set_role
            .value()
            .get()
            .and_then(Result::ok)
            .map(|c| t!("members-role-changed", username = &c.username, role = c.role.as_str()))
    };

    view! {
        <Title text=t!("members-title") />
        <Meta name="robots" content="noindex" />
        // Outside the Transition: the list re-renders after every save and a
        // message inside it would be rebuilt (and could be missed) each time.
        {move || role_error().map(|m| view! { <div class="alert alert-error" role="alert">{m}</div> })}
        <p class="status-message" role="status">{role_saved}</p>
        <Transition fallback=|| view! { <p class="muted">{t!("members-loading")}</p> }>
            {move || members.get().map(|res| match res {
                Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                Ok(list) => {
                    let next_link = list.next_after.clone().map(|a| {
                        let mut href = format!("/admin/members?after={}", urlencode(&a));
                        if let Some(q) = q() {
                            href.push_str(&format!("&q={}", urlencode(&q)));
                        }
                        href
                    });
                    let viewer_id = list.viewer_id;
                    view! {
                        <section class="panel">
                            <div class="panel-header">
                                <h1>{t!("members-title")}</h1>
                                <p class="muted">{t!("members-accounts", n = list.total)}</p>
                            </div>
                            <form method="get" action="/admin/members" class="search-row" role="search">
                                <label for="member-filter" class="visually-hidden">{t!("members-find-label")}</label>
                                <input id="member-filter" type="search" name="q" placeholder=t!("members-find-placeholder") value=q().unwrap_or_default() />
                                <button type="submit" class="button button-ghost">{t!("members-filter")}</button>
                            </form>
                            <div class="table-wrap">
                                <table class="table">
                                    <thead>
                                        <tr>
                                            <th scope="col">{t!("members-col-member")}</th>
                                            <th scope="col">{t!("members-col-email")}</th>
                                            <th scope="col">{t!("members-col-joined")}</th>
                                            <th scope="col">{t!("members-col-role")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {list.members.into_iter().map(|m| view! { <MemberRowView member=m set_role viewer_id /> }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            {next_link.map(|href| view! { <p class="pager"><a class="button button-ghost" href=href>{t!("members-next")}</a></p> })}
                        </section>
                    }.into_any()
                }
            })}
        </Transition>
    }
}

#[component]
fn MemberRowView(
    member: domain::Member,
    set_role: ServerAction<SetRole>,
    viewer_id: UserId,
) -> impl IntoView {
    let is_self = member.id == viewer_id;
    let label = t!("members-role-for", username = &member.username);
    view! {
        <tr>
            <th scope="row">{member.username.clone()}</th>
            <td>{member.email.clone()}</td>
            <td><time datetime=iso_date(member.created_at.get())>{iso_date(member.created_at.get())}</time></td>
            <td>
                <ActionForm action=set_role attr:class="role-form">
                    <input type="hidden" name="user_id" value=member.id.get() />
                    <select name="role" aria-label=label disabled=is_self>
                        {Role::ALL.into_iter().map(|r| view! {
                            <option value=r.as_str() selected=r == member.role>{crate::i18n::t(&format!("role-{}", r.as_str()))}</option>
                        }).collect_view()}
                    </select>
                    <button type="submit" class="button button-small" disabled=is_self aria-label=t!("members-save-role-for", username = &member.username)>{t!("members-save")}</button>
                </ActionForm>
            </td>
        </tr>
    }
}
