use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMember {
    pub username: String,
    pub role: domain::Role,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overview {
    pub member_count: i64,
    pub team: Vec<TeamMember>,
}

/// Public figures for the home page: how many members, who the support team is.
#[server(prefix = "/api", endpoint = "overview")]
pub async fn community_overview() -> Result<Overview, AppError> {
    use super::ssr;
    use community::store::users;
    use domain::Role;
    let state = ssr::state()?;
    let member_count = users::count(&state.db).await?;
    let mut team = Vec::new();
    for role in [Role::Agent, Role::Admin] {
        for u in users::with_role(&state.db, role, 12).await? {
            team.push(TeamMember { username: u.username, role: u.role });
        }
    }
    Ok(Overview { member_count, team })
}
