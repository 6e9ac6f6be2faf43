use domain::id::UserId;
use domain::Role;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberList {
    pub members: Vec<domain::Member>,
    pub total: i64,
    pub next_after: Option<String>,
    pub viewer_id: UserId,
}

pub const PAGE_SIZE: i64 = 50;

/// Admins only: one page of members, filtered by name or email.
#[server(prefix = "/api", endpoint = "list_members")]
pub async fn list_members(q: Option<String>, after: Option<String>) -> Result<MemberList, AppError> {
    use super::ssr;
    use domain::{permissions, Action, Viewer};
    let state = ssr::state()?;
    let viewer = ssr::viewer().await?;
    if let Err(d) = permissions::check(viewer, Action::ListMembers) {
        return ssr::fail(ssr::denied(d));
    }
    let Viewer::Account { id: viewer_id, .. } = viewer else {
        return ssr::fail(AppError::NotSignedIn);
    };
    // The store refuses a filter or cursor longer than anything it could
    // match (a 422 on `q` or `after`), before any query.
    let page = match community::store::users::list(&state.db, q.as_deref(), after.as_deref(), PAGE_SIZE).await
    {
        Ok(page) => page,
        Err(e) => return ssr::fail(e.into()),
    };
    Ok(MemberList { members: page.members, total: page.total, next_after: page.next_after, viewer_id })
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleChanged {
    pub username: String,
    pub role: Role,
}

/// Admins only: change a member's role (not their own).
#[server(prefix = "/api", endpoint = "set_role")]
pub async fn set_role(user_id: UserId, role: String) -> Result<RoleChanged, AppError> {
    use super::ssr;
    use domain::{permissions, Action};
    let state = ssr::state()?;
    let role = match Role::parse(&role) {
        Ok(r) => r,
        Err(e) => return ssr::fail(AppError::invalid(vec![e], Default::default())),
    };
    let viewer = ssr::viewer().await?;
    if let Err(d) = permissions::check(viewer, Action::ChangeRole { target_id: user_id, to: role }) {
        return ssr::fail(ssr::denied(d));
    }
    match community::store::users::set_role(&state.db, user_id, role).await {
        Ok(u) => {
            tracing::info!(target_user = %u.id, role = %role, by = ?viewer, "role changed");
            Ok(RoleChanged { username: u.username, role: u.role })
        }
        Err(e) => ssr::fail(e.into()),
    }
}
