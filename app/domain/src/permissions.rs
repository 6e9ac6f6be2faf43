//! Who may do what. Every server function asks here after learning who is
//! asking; the browser asks the same question only to hide what would fail.

use crate::id::UserId;
use serde::{Deserialize, Serialize};

use crate::account::Role;

/// Who is asking: a visitor (no account) or a signed-in account with a role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Viewer {
    Visitor,
    Account { id: UserId, role: Role },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// See the member list and its e-mail addresses.
    ListMembers,
    /// Change another account's role.
    ChangeRole { target_id: UserId, to: Role },
    /// Sign out, change one's own settings.
    ManageOwnAccount,
    /// Configure categories, groups, tags and community settings.
    ManageCommunity,
    /// Ask, answer or comment (where the place can be read and is open).
    Post,
    /// Create a tag that does not exist yet, while posting.
    CreateTag { members_may_create: bool },
    /// Edit a post or comment written by `author_id`.
    Edit { author_id: UserId },
    /// Delete a post by `author_id`; a question by its author only while it
    /// has no answers.
    Delete { author_id: UserId, is_question: bool, answer_count: i64 },
    /// See deleted posts, restore them and roll back to an older revision.
    Moderate,
    /// Vote on a post by `author_id`; a downvote needs `downvote_min`
    /// reputation.
    Vote { author_id: UserId, down: bool, reputation: i64, downvote_min: i64 },
    /// Accept an answer (or take the acceptance back) on a question asked by
    /// `asker_id`.
    Accept { asker_id: UserId },
    /// Mark an answer "Verified by support".
    Verify,
    /// Flag a post or comment for moderators; needs `min_reputation`.
    Flag { reputation: i64, min_reputation: i64 },
    /// Warn, silence, suspend or lift a sanction on the member `target_id`.
    Sanction { target_id: UserId, target_role: Role },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum Denied {
    #[error("Please sign in to do this.")]
    NotSignedIn,
    #[error("You do not have permission to do this.")]
    Forbidden,
    #[error("You cannot change your own role; ask another admin.")]
    OwnRole,
    #[error("New tags are created by staff. Choose existing tags, or ask an agent to add one.")]
    NewTag,
    #[error("A question with answers cannot be deleted by its author. Ask support staff if it must go.")]
    HasAnswers,
    #[error("You cannot vote on your own post.")]
    OwnPost,
    #[error("Downvoting needs {0} reputation. Upvote what helps, and comment on what could be better.")]
    DownvoteReputation(i64),
    #[error("Only the asker or support staff can accept an answer.")]
    NotAsker,
    #[error("Flagging needs {0} reputation. Keep helping, and it will come.")]
    FlagReputation(i64),
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
        Action::ManageCommunity if role == Role::Admin => Ok(()),
        Action::ListMembers | Action::ChangeRole { .. } | Action::ManageCommunity => Err(Denied::Forbidden),
        Action::Post => Ok(()),
        Action::CreateTag { members_may_create } if members_may_create || role >= Role::Agent => Ok(()),
        Action::CreateTag { .. } => Err(Denied::NewTag),
        // Staff may not vote on their own posts either: a vote is a member's
        // judgement of someone else's help.
        Action::Vote { author_id, .. } if author_id == id => Err(Denied::OwnPost),
        Action::Vote { down: true, reputation, downvote_min, .. }
            if reputation < downvote_min && role < Role::Agent =>
        {
            Err(Denied::DownvoteReputation(downvote_min))
        }
        Action::Vote { .. } => Ok(()),
        Action::Accept { asker_id } if asker_id == id || role >= Role::Agent => Ok(()),
        Action::Accept { .. } => Err(Denied::NotAsker),
        Action::Flag { reputation, min_reputation } if reputation < min_reputation && role < Role::Agent => {
            Err(Denied::FlagReputation(min_reputation))
        }
        Action::Flag { .. } => Ok(()),
        Action::Sanction { target_id, target_role } => {
            if crate::moderation::may_act_on_member(id, role, target_id, target_role) {
                Ok(())
            } else {
                Err(Denied::Forbidden)
            }
        }
        _ if role >= Role::Agent => Ok(()),
        Action::Edit { author_id } if author_id == id => Ok(()),
        Action::Delete { author_id, is_question, answer_count } if author_id == id => {
            if is_question && answer_count > 0 {
                Err(Denied::HasAnswers)
            } else {
                Ok(())
            }
        }
        Action::Edit { .. } | Action::Delete { .. } | Action::Moderate | Action::Verify => {
            Err(Denied::Forbidden)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ADMIN: Viewer = Viewer::Account { id: UserId(1), role: Role::Admin };
    const AGENT: Viewer = Viewer::Account { id: UserId(2), role: Role::Agent };
    const MEMBER: Viewer = Viewer::Account { id: UserId(3), role: Role::Member };

    #[test]
    fn only_admins_manage_members() {
        assert_eq!(check(ADMIN, Action::ListMembers), Ok(()));
        assert_eq!(check(AGENT, Action::ListMembers), Err(Denied::Forbidden));
        assert_eq!(check(MEMBER, Action::ListMembers), Err(Denied::Forbidden));
        assert_eq!(check(Viewer::Visitor, Action::ListMembers), Err(Denied::NotSignedIn));
        let promote = Action::ChangeRole { target_id: UserId(3), to: Role::Agent };
        assert_eq!(check(ADMIN, promote), Ok(()));
        assert_eq!(check(AGENT, promote), Err(Denied::Forbidden));
    }

    #[test]
    fn admins_cannot_change_their_own_role() {
        let demote_self = Action::ChangeRole { target_id: UserId(1), to: Role::Member };
        assert_eq!(check(ADMIN, demote_self), Err(Denied::OwnRole));
    }

    #[test]
    fn authors_and_staff_edit_and_delete() {
        let own = Action::Edit { author_id: UserId(3) };
        let other = Action::Edit { author_id: UserId(9) };
        assert_eq!(check(MEMBER, own), Ok(()));
        assert_eq!(check(MEMBER, other), Err(Denied::Forbidden));
        assert_eq!(check(AGENT, other), Ok(()));
        assert_eq!(check(Viewer::Visitor, own), Err(Denied::NotSignedIn));
        let answered = Action::Delete { author_id: UserId(3), is_question: true, answer_count: 2 };
        assert_eq!(check(MEMBER, answered), Err(Denied::HasAnswers));
        assert_eq!(check(AGENT, answered), Ok(()));
        assert_eq!(
            check(MEMBER, Action::Delete { author_id: UserId(3), is_question: true, answer_count: 0 }),
            Ok(())
        );
        assert_eq!(
            check(MEMBER, Action::Delete { author_id: UserId(3), is_question: false, answer_count: 0 }),
            Ok(())
        );
        assert_eq!(
            check(MEMBER, Action::Delete { author_id: UserId(4), is_question: false, answer_count: 0 }),
            Err(Denied::Forbidden)
        );
        assert_eq!(check(MEMBER, Action::Moderate), Err(Denied::Forbidden));
        assert_eq!(check(AGENT, Action::Moderate), Ok(()));
    }

    #[test]
    fn only_admins_configure_and_tags_follow_the_setting() {
        assert_eq!(check(ADMIN, Action::ManageCommunity), Ok(()));
        assert_eq!(check(AGENT, Action::ManageCommunity), Err(Denied::Forbidden));
        assert_eq!(check(MEMBER, Action::CreateTag { members_may_create: false }), Err(Denied::NewTag));
        assert_eq!(check(MEMBER, Action::CreateTag { members_may_create: true }), Ok(()));
        assert_eq!(check(AGENT, Action::CreateTag { members_may_create: false }), Ok(()));
        assert_eq!(check(Viewer::Visitor, Action::Post), Err(Denied::NotSignedIn));
    }

    #[test]
    fn votes_are_for_other_peoples_posts_and_downvotes_need_reputation() {
        let up = |author_id| Action::Vote { author_id, down: false, reputation: 1, downvote_min: 50 };
        let down =
            |reputation| Action::Vote { author_id: UserId(9), down: true, reputation, downvote_min: 50 };
        assert_eq!(check(MEMBER, up(UserId(9))), Ok(()));
        assert_eq!(check(MEMBER, up(UserId(3))), Err(Denied::OwnPost));
        assert_eq!(check(AGENT, up(UserId(2))), Err(Denied::OwnPost));
        assert_eq!(check(Viewer::Visitor, up(UserId(9))), Err(Denied::NotSignedIn));
        assert_eq!(check(MEMBER, down(49)), Err(Denied::DownvoteReputation(50)));
        assert_eq!(check(MEMBER, down(50)), Ok(()));
        assert_eq!(check(AGENT, down(0)), Ok(()), "staff moderate by voting too");
    }

    #[test]
    fn the_asker_or_staff_accept_and_only_staff_verify() {
        assert_eq!(check(MEMBER, Action::Accept { asker_id: UserId(3) }), Ok(()));
        assert_eq!(check(MEMBER, Action::Accept { asker_id: UserId(4) }), Err(Denied::NotAsker));
        assert_eq!(check(AGENT, Action::Accept { asker_id: UserId(4) }), Ok(()));
        assert_eq!(check(MEMBER, Action::Verify), Err(Denied::Forbidden));
        assert_eq!(check(AGENT, Action::Verify), Ok(()));
    }

    #[test]
    fn flagging_needs_reputation_and_sanctions_go_down_the_ladder() {
        let flag = |reputation| Action::Flag { reputation, min_reputation: 15 };
        assert_eq!(check(MEMBER, flag(14)), Err(Denied::FlagReputation(15)));
        assert_eq!(check(MEMBER, flag(15)), Ok(()));
        assert_eq!(check(AGENT, flag(0)), Ok(()));
        assert_eq!(check(Viewer::Visitor, flag(99)), Err(Denied::NotSignedIn));
        let on = |target_id, target_role| Action::Sanction { target_id, target_role };
        assert_eq!(check(AGENT, on(UserId(3), Role::Member)), Ok(()));
        assert_eq!(check(MEMBER, on(UserId(4), Role::Member)), Err(Denied::Forbidden));
        assert_eq!(check(AGENT, on(UserId(1), Role::Admin)), Err(Denied::Forbidden));
        assert_eq!(check(ADMIN, on(UserId(2), Role::Agent)), Ok(()));
        assert_eq!(check(ADMIN, on(UserId(1), Role::Admin)), Err(Denied::Forbidden));
    }

    #[test]
    fn visitors_have_no_account_to_manage() {
        assert_eq!(check(Viewer::Visitor, Action::ManageOwnAccount), Err(Denied::NotSignedIn));
        assert_eq!(check(MEMBER, Action::ManageOwnAccount), Ok(()));
    }
}
