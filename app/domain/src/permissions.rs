//! Who may do what. Every server function asks here after learning who is
//! asking; the browser asks the same question only to hide what would fail.

use serde::{Deserialize, Serialize};

use crate::account::Role;

/// Who is asking: a visitor (no account) or a signed-in account with a role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Viewer {
    Visitor,
    Account { id: i64, role: Role },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// See the member list and its e-mail addresses.
    ListMembers,
    /// Change another account's role.
    ChangeRole { target_id: i64, to: Role },
    /// Sign out, change one's own settings.
    ManageOwnAccount,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum Denied {
    #[error("Please sign in to do this.")]
    NotSignedIn,
    #[error("You do not have permission to do this.")]
    Forbidden,
    #[error("You cannot change your own role; ask another admin.")]
    OwnRole,
}

pub fn check(viewer: Viewer, action: Action) -> Result<(), Denied> {
    let Viewer::Account { id, role } = viewer else {
        return Err(Denied::NotSignedIn);
    };
    match action {
        Action::ManageOwnAccount => Ok(()),
        Action::ListMembers if role == Role::Admin => Ok(()),
        // An admin demoting themself could leave the community without any
        // admin; another admin has to do it.
        Action::ChangeRole { target_id, .. } if role == Role::Admin && target_id == id => {
            Err(Denied::OwnRole)
        }
        Action::ChangeRole { .. } if role == Role::Admin => Ok(()),
        Action::ListMembers | Action::ChangeRole { .. } => Err(Denied::Forbidden),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ADMIN: Viewer = Viewer::Account { id: 1, role: Role::Admin };
    const AGENT: Viewer = Viewer::Account { id: 2, role: Role::Agent };
    const MEMBER: Viewer = Viewer::Account { id: 3, role: Role::Member };

    #[test]
    fn only_admins_manage_members() {
        assert_eq!(check(ADMIN, Action::ListMembers), Ok(()));
        assert_eq!(check(AGENT, Action::ListMembers), Err(Denied::Forbidden));
        assert_eq!(check(MEMBER, Action::ListMembers), Err(Denied::Forbidden));
        assert_eq!(check(Viewer::Visitor, Action::ListMembers), Err(Denied::NotSignedIn));
        let promote = Action::ChangeRole { target_id: 3, to: Role::Agent };
        assert_eq!(check(ADMIN, promote), Ok(()));
        assert_eq!(check(AGENT, promote), Err(Denied::Forbidden));
    }

    #[test]
    fn admins_cannot_change_their_own_role() {
        let demote_self = Action::ChangeRole { target_id: 1, to: Role::Member };
        assert_eq!(check(ADMIN, demote_self), Err(Denied::OwnRole));
    }

    #[test]
    fn visitors_have_no_account_to_manage() {
        assert_eq!(check(Viewer::Visitor, Action::ManageOwnAccount), Err(Denied::NotSignedIn));
        assert_eq!(check(MEMBER, Action::ManageOwnAccount), Ok(()));
    }
}
