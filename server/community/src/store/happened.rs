//! What a write did, as its use case states it (`Tx::happened`). Only
//! types: every store module may name a happening without depending on the
//! modules that carry it out (`store::effects`).

use domain::id::{CategoryId, CommentId, PostId, TagId, TopicId, UserId};
use domain::notification::Notice;

/// What a write did, in the terms its consequences need.
#[derive(Clone, Debug)]
pub(crate) enum Happened {
    /// A question or discussion was written (shown or held): its author
    /// follows it and may earn a badge.
    Asked { topic_id: TopicId, author: UserId, question: bool },
    /// An answer was written (shown or held).
    Answered { topic_id: TopicId, post_id: PostId, author: UserId, asker: UserId, answers_before: i64 },
    /// A comment was written (shown or hidden).
    Commented { author: UserId },
    /// A post reached readers: written without a hold, or approved after
    /// one. Followers and mentioned members hear of it, open pages show it.
    Published(Publication),
    /// A comment reached readers.
    CommentPublished {
        topic_id: TopicId,
        post_id: PostId,
        comment_id: CommentId,
        category_id: CategoryId,
        author: UserId,
        post_author: UserId,
        mentioned: Vec<String>,
    },
    /// A post's score changed (`up`: by an upvote).
    Voted {
        topic_id: TopicId,
        post_id: PostId,
        category_id: Option<CategoryId>,
        author: UserId,
        voter: UserId,
        score: i64,
        up: bool,
    },
    /// An answer was accepted (`answer` Some) or the acceptance taken back.
    Accepted {
        topic_id: TopicId,
        category_id: Option<CategoryId>,
        /// The accepted answer and its author; None when taken back.
        answer: Option<(PostId, UserId)>,
        /// Whether the acceptance earns its author a badge (not their own question).
        earns: bool,
        by: UserId,
        by_name: String,
    },
    /// Support verified an answer (`by_name` Some) or took the mark back.
    Verified {
        topic_id: TopicId,
        post_id: PostId,
        category_id: Option<CategoryId>,
        author: UserId,
        by_name: Option<String>,
    },
    /// A question gained views.
    Viewed { topic_id: TopicId, author: UserId, views: i64 },
    /// A badge was awarded.
    BadgeAwarded { user: UserId, key: String, post_id: Option<PostId> },
    /// A topic's searchable text or state changed: an edit, a deletion, a
    /// move, a translation.
    Changed { topic_id: TopicId },
    /// Every topic carrying a tag changed (a rename, merge or delete).
    TagChanged { tag_id: TagId },
    /// Moderation changed a thread: its open pages reload it.
    Moderated { topic_id: TopicId, post_id: PostId, category_id: Option<CategoryId> },
    /// A desk queue changed: open desks refresh it.
    Queue(&'static str),
    /// A support conversation changed: the member's open page refreshes
    /// (the desks hear of it through `Queue`).
    Support { topic_id: TopicId, member: UserId },
    /// A notification that carries its own words (a moderator's message,
    /// news of a support conversation).
    Notice(StaffNotice),
    /// A member read notifications: their other tabs update the count.
    NotificationsRead { user: UserId, unread: i64 },
    /// Something the brand's webhook subscribes to.
    Webhook { event: &'static str, escalation_id: Option<i64>, payload: serde_json::Value },
}

/// A post that reached readers.
#[derive(Clone, Debug)]
pub(crate) struct Publication {
    pub topic_id: TopicId,
    pub post_id: PostId,
    pub category_id: CategoryId,
    pub author: UserId,
    /// The topic's tags when the post is the topic.
    pub tags: Vec<String>,
    /// Lowercased usernames mentioned in its text.
    pub mentioned: Vec<String>,
}

/// A staff notice for one member: what happened, and the staff's own words.
#[derive(Clone, Debug)]
pub(crate) struct StaffNotice {
    pub user: UserId,
    pub notice: Notice,
    /// The question it is about, if any.
    pub topic_id: Option<TopicId>,
    pub actor: Option<UserId>,
    /// The reason or message staff typed (may be empty).
    pub note: String,
    /// When a silence or suspension ends.
    pub until: Option<i64>,
}
