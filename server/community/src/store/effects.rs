//! The write pipeline. A use case changes its own rows and then states what
//! happened (`Tx::happened`); the commit of its transaction carries out
//! everything that implies — live events, the search change log,
//! notifications, badges, automatic follows, webhooks — here and nowhere
//! else, inside the same transaction (so a side effect exists exactly when
//! its cause does). A new kind of write gets its side effects by declaring
//! a `Happened`, and use cases never call each other to notify, reindex or
//! award: `store/architecture` tests that `events::record` and
//! `search_log::touch` are called from here only.

use domain::id::TopicId;
use std::collections::BTreeSet;

use crate::db::Tx;
use crate::error::StoreResult;
use crate::store::happened::{Happened, Publication};
use crate::store::notifications::{self, About, Direct};
use crate::store::{badges, events, follows, search_log};
use domain::follow::{self, Happening};
use domain::live::LiveEvent;

impl Happened {
    /// The topic whose search documents this changes.
    fn reindexes(&self) -> Option<TopicId> {
        match self {
            Happened::Asked { topic_id, .. }
            | Happened::Answered { topic_id, .. }
            | Happened::Published(Publication { topic_id, .. })
            | Happened::Voted { topic_id, .. }
            | Happened::Accepted { topic_id, .. }
            | Happened::Changed { topic_id }
            | Happened::Moderated { topic_id, .. } => Some(*topic_id),
            _ => None,
        }
    }
}

/// Carries out what the transaction's happenings imply, in the order they
/// were stated (those they imply in turn, such as a badge's notification,
/// after them). Each topic is reindexed once however often it changed.
pub(crate) async fn carry_out(tx: &mut Tx) -> StoreResult<()> {
    let mut reindex = BTreeSet::new();
    let mut retag = BTreeSet::new();
    let mut last = 0;
    while let Some((happened, now)) = tx.pending.pop_front() {
        last = now;
        if let Some(topic) = happened.reindexes() {
            reindex.insert(topic);
        }
        if let Happened::TagChanged { tag_id } = happened {
            retag.insert(tag_id);
        }
        apply(tx, happened, now).await?;
    }
    for topic in reindex {
        search_log::touch(tx, topic, last).await?;
    }
    for tag in retag {
        search_log::touch_tagged(tx, tag, last).await?;
    }
    Ok(())
}

async fn apply(tx: &mut Tx, happened: Happened, now: i64) -> StoreResult<()> {
    match happened {
        Happened::Asked { topic_id, author, question } => {
            if question {
                badges::on_question(tx, author, topic_id.post(), now).await?;
            }
            follows::automatic(tx, author, topic_id, follow::automatic_level(true), now).await
        }
        Happened::Answered { topic_id, post_id, author, asker, answers_before } => {
            badges::on_answer(tx, author, post_id, topic_id, asker, answers_before, now).await?;
            follows::automatic(tx, author, topic_id, follow::automatic_level(false), now).await
        }
        Happened::Commented { author } => badges::on_comment(tx, author, now).await,
        Happened::Published(p) => {
            let is_topic = p.topic_id.post() == p.post_id;
            let about = About {
                topic_id: p.topic_id,
                post_id: p.post_id,
                comment_id: None,
                category_id: p.category_id,
                actor_id: p.author,
            };
            let direct = Direct { mentioned: p.mentioned, ..Default::default() };
            let (happening, event) = if is_topic {
                let event = LiveEvent::Question {
                    topic_id: p.topic_id,
                    category_id: p.category_id,
                    author_id: p.author,
                    tags: p.tags,
                };
                (Happening::NewQuestion, event)
            } else {
                let event =
                    LiveEvent::Answer { topic_id: p.topic_id, post_id: p.post_id, author_id: p.author };
                (Happening::NewAnswer, event)
            };
            notifications::happened(tx, happening, &about, &direct, now).await?;
            events::record(tx, Some(p.category_id), None, &event, now).await
        }
        Happened::CommentPublished {
            topic_id,
            post_id,
            comment_id,
            category_id,
            author,
            post_author,
            mentioned,
        } => {
            let about =
                About { topic_id, post_id, comment_id: Some(comment_id), category_id, actor_id: author };
            let direct = Direct { target_author: Some(post_author), mentioned, ..Default::default() };
            notifications::happened(tx, Happening::NewComment, &about, &direct, now).await?;
            let event = LiveEvent::Comment { topic_id, post_id, comment_id, author_id: author };
            events::record(tx, Some(category_id), None, &event, now).await
        }
        Happened::Voted { topic_id, post_id, category_id, author, voter, score, up } => {
            if up && topic_id.post() != post_id {
                badges::on_answer_score(tx, author, post_id, score, now).await?;
            }
            let Some(category_id) = category_id else { return Ok(()) };
            if up {
                let about = About { topic_id, post_id, comment_id: None, category_id, actor_id: voter };
                notifications::upvoted(tx, author, &about, now).await?;
            }
            let event = LiveEvent::Vote { topic_id, post_id, score };
            events::record(tx, Some(category_id), None, &event, now).await
        }
        Happened::Accepted { topic_id, category_id, answer, earns, by, by_name } => {
            if let (Some((answer_id, author)), true) = (answer, earns) {
                badges::on_accepted(tx, author, answer_id, topic_id, now).await?;
            }
            let Some(category_id) = category_id else { return Ok(()) };
            if let Some((answer_id, author)) = answer {
                let about =
                    About { topic_id, post_id: answer_id, comment_id: None, category_id, actor_id: by };
                let direct = Direct { accepted_author: Some(author), ..Default::default() };
                notifications::happened(tx, Happening::Solved, &about, &direct, now).await?;
            }
            let event = LiveEvent::Accepted {
                topic_id,
                answer_id: answer.map(|(id, _)| id),
                by: answer.is_some().then_some(by_name),
            };
            events::record(tx, Some(category_id), None, &event, now).await
        }
        Happened::Verified { topic_id, post_id, category_id, author, by_name } => {
            if by_name.is_some() {
                badges::award(tx, author, "verified", "", Some(post_id), now).await?;
            }
            let Some(category_id) = category_id else { return Ok(()) };
            let event = LiveEvent::Verified { topic_id, post_id, by: by_name };
            events::record(tx, Some(category_id), None, &event, now).await
        }
        Happened::Viewed { topic_id, author, views } => {
            badges::on_views(tx, author, topic_id, views, now).await
        }
        Happened::BadgeAwarded { user, key, post_id } => {
            notifications::badge(tx, user, &key, post_id, now).await
        }
        Happened::Changed { .. } | Happened::TagChanged { .. } => Ok(()),
        Happened::Moderated { topic_id, post_id, category_id } => {
            events::record(tx, category_id, None, &LiveEvent::Moderated { topic_id, post_id }, now).await
        }
        Happened::Queue(queue) => {
            events::record(tx, None, None, &LiveEvent::Desk { queue: queue.to_owned() }, now).await
        }
        Happened::Support { topic_id, member } => {
            events::record(tx, None, Some(member), &LiveEvent::Support { topic_id }, now).await
        }
        Happened::Notice(notice) => notifications::notice(tx, &notice, now).await,
        Happened::NotificationsRead { user, unread } => {
            events::record(tx, None, Some(user), &LiveEvent::NotificationsRead { unread }, now).await
        }
        Happened::Webhook { event, escalation_id, payload } => {
            crate::webhooks::enqueue(tx, event, escalation_id, &payload, now).await.map(|_| ())
        }
    }
}
