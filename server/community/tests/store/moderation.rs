//! Moderation on SQLite and on PostgreSQL: flags and what they hide, every
//! moderator action through `moderation::act` with its audit-log line, the
//! log's filters, auto-moderation inside posting, desk claims and response
//! targets. Each case asserts what each role then sees.

use community::accounts::{self, ClientInfo, SignInError, SignUp};
use community::on_both_engines;
use community::password::PasswordHash;
use community::store::categories::{self, Access};
use community::store::flags::{self, Flagged};
use community::store::moderation::{self, Command};
use community::store::posts::{self, NewTopic};
use community::store::users::{self, NewUser};
use community::store::{automod, comments, desk, notifications, topics};
use community::testing::{group, id as uid, member, set_reputation, Place, World, DAY, HOUR, MINUTE, NOW};
use community::{on_db, Db, StoreError};
use domain::id::Timestamp;
use domain::id::{CategoryId, PostId, TopicId};
use domain::id::{CommentId, UserId};
use domain::model::{ListQuery, Thread};
use domain::moderation::{parse_flag, FlagInput, FlagReason, LogDetail, LogFilter, ModAction};
use domain::notification::{Notice, NotificationKind};
use domain::permissions::Denied;
use domain::{ErrorCode, Role, Viewer};

on_both_engines!(
    flags_need_reputation_and_three_trusted_flags_hide_a_post_until_dismissed,
    flagged_answers_and_comments_are_hidden_alone,
    agents_act_on_comments_and_keep_their_counts,
    approving_a_held_answer_delivers_it_like_a_new_answer,
    agents_hide_delete_lock_pin_feature_and_move,
    agents_close_duplicates_and_merge_questions,
    agents_assign_questions_to_agents_only,
    agents_warn_silence_suspend_and_lift,
    every_action_needs_a_reason_and_the_right_role,
    the_log_filters_by_agent_action_member_and_dates,
    watched_words_block_hold_and_flag,
    new_members_are_limited_spam_domains_held_and_staff_never_limited,
    author_edits_are_held_flagged_and_silenced_like_new_posts,
    two_agents_claiming_at_once_agree_on_one_winner,
    the_desk_marks_overdue_questions_and_is_for_staff_only,
    hidden_and_held_answers_are_left_out_of_the_counts,
    notifications_drop_titles_of_posts_since_hidden_or_deleted,
    a_duplicate_banner_names_only_a_question_the_reader_can_open,
    staff_redact_old_revisions_and_nobody_reads_them_again,
);

/// The shared world with a second agent, two more members (one new by
/// reputation) and a Billing category.
struct Mods {
    admin: Viewer,
    agent: Viewer,
    agent2: Viewer,
    alice: Viewer,
    bob: Viewer,
    carol: Viewer,
    dave: Viewer,
    /// A member below the flag threshold (and new by reputation).
    low: Viewer,
    general: CategoryId,
    billing: CategoryId,
}

async fn world(db: &Db) -> Mods {
    let World { admin, agent, alice, bob, carol, general } = World::new(db).await;
    let agent2 = member(db, "agent2", Role::Agent).await;
    let dave = member(db, "dave", Role::Member).await;
    let low = member(db, "lowrep", Role::Member).await;
    // Established members: trusted to flag, past the new-member rules.
    for v in [alice, bob, carol, dave] {
        set_reputation(db, v, 20).await;
    }
    set_reputation(db, low, 3).await;
    let billing = Place::new("Billing", "billing").create(db, admin).await;
    Mods { admin, agent, agent2, alice, bob, carol, dave, low, general, billing }
}

fn new_topic(category: CategoryId, title: &str, body: &str) -> NewTopic {
    NewTopic {
        kind: domain::post::PostKind::Question,
        category_id: Some(category),
        title: title.into(),
        body: body.into(),
        tags: "sync".into(),
        request_key: None,
    }
}

/// Asks a question whose text differs from every other (so that the
/// repeated-content rule never holds it).
async fn ask_at(db: &Db, who: Viewer, category: CategoryId, title: &str, at: i64) -> TopicId {
    let body = format!("{title}: this is exactly what happens on my computer each time I try it.");
    posts::create_topic(db, who, &new_topic(category, title, &body), at).await.expect("ask").topic_id
}

async fn ask(db: &Db, who: Viewer, category: CategoryId, title: &str) -> TopicId {
    ask_at(db, who, category, title, NOW).await
}

async fn answer(db: &Db, who: Viewer, topic: TopicId, body: &str) -> PostId {
    posts::create_answer(db, who, topic, body, &None, NOW).await.expect("answer").id
}

async fn access(db: &Db, v: Viewer) -> Access {
    categories::access(db, v).await.expect("access")
}

async fn thread(db: &Db, v: Viewer, id: TopicId) -> Result<Thread, StoreError> {
    topics::thread(db, &access(db, v).await, id).await
}

async fn listed(db: &Db, v: Viewer) -> Vec<TopicId> {
    let page = topics::list(db, &access(db, v).await, &ListQuery::default(), 50).await.expect("list");
    page.topics.iter().map(|t| t.id).collect()
}

fn spam() -> FlagInput {
    parse_flag("spam", "", "").expect("flag input")
}

fn cmd(action: &str, post_id: Option<PostId>) -> Command {
    let parsed = ModAction::parse(action).expect("an action");
    Command { post_id, reason: format!("Reason for {action}"), ..Command::new(parsed) }
}

fn on_member(action: &str, member: &str, duration: &str) -> Command {
    Command { member: member.into(), duration: duration.into(), ..cmd(action, None) }
}

async fn act_at(db: &Db, who: Viewer, c: Command, now: i64) -> moderation::Outcome {
    moderation::act(db, who, &c, now).await.unwrap_or_else(|e| panic!("{:?} failed: {e:?}", c.action))
}

async fn act(db: &Db, who: Viewer, c: Command) -> moderation::Outcome {
    act_at(db, who, c, NOW).await
}

fn fields(e: StoreError) -> Vec<(String, ErrorCode)> {
    match e {
        StoreError::Invalid(f) => f.into_iter().map(|f| (f.field, f.code)).collect(),
        other => panic!("expected invalid fields, got {other:?}"),
    }
}

fn field(field: &str, code: ErrorCode) -> Vec<(String, ErrorCode)> {
    vec![(field.to_owned(), code)]
}

async fn count(db: &Db, sql: &str) -> i64 {
    on_db!(db, p => sqlx::query_scalar::<_, i64>(sql).fetch_one(p).await).expect(sql)
}

/// (actor, action, member, topic, post, comment, reason, detail)
type LogRow = (
    Option<UserId>,
    String,
    Option<UserId>,
    Option<TopicId>,
    Option<PostId>,
    Option<CommentId>,
    String,
    LogDetail,
);

async fn last_log(db: &Db) -> LogRow {
    on_db!(db, p => sqlx::query_as::<_, LogRow>(
        "SELECT actor_id, action, member_id, topic_id, post_id, comment_id, reason, detail
         FROM mod_log ORDER BY id DESC LIMIT 1").fetch_one(p).await)
    .expect("a log line")
}

/// Checks the newest log line of a post action by `actor`.
async fn assert_logged(db: &Db, actor: Viewer, action: &str, member: Viewer, post: PostId) -> LogRow {
    let line = last_log(db).await;
    assert_eq!(line.0, Some(uid(actor)), "actor of {action}: {line:?}");
    assert_eq!(line.1, action, "{line:?}");
    assert_eq!(line.2, Some(uid(member)), "member of {action}: {line:?}");
    assert_eq!(line.4, Some(post), "post of {action}: {line:?}");
    assert_eq!(line.6, format!("Reason for {action}"), "{line:?}");
    line
}

async fn counts(db: &Db, category: CategoryId) -> (i64, i64) {
    let all = categories::all(db).await.expect("categories");
    let c = all.iter().find(|c| c.id == category).expect("category");
    (c.topic_count, c.post_count)
}

async fn open_flags(db: &Db, post: PostId) -> i64 {
    count(db, &format!("SELECT COUNT(*) FROM flags WHERE post_id = {post} AND resolved_at IS NULL")).await
}

// ---------------------------------------------------------------------------
// Flags
// ---------------------------------------------------------------------------

async fn flags_need_reputation_and_three_trusted_flags_hide_a_post_until_dismissed(db: &Db) {
    let w = world(db).await;
    let q = ask(db, w.alice, w.general, "Printer shows offline after update").await;

    let r = flags::flag(db, w.low, q.post(), None, &spam(), NOW).await;
    assert!(matches!(r, Err(StoreError::Denied(Denied::FlagReputation(15)))), "{r:?}");
    let r = flags::flag(db, Viewer::Visitor, q.post(), None, &spam(), NOW).await;
    assert!(matches!(r, Err(StoreError::Denied(Denied::NotSignedIn))), "{r:?}");
    let r = flags::flag(db, w.alice, q.post(), None, &spam(), NOW).await;
    assert!(matches!(r, Err(StoreError::Denied(Denied::Forbidden))), "own post: {r:?}");
    assert_eq!(open_flags(db, q.post()).await, 0);

    // One member flagging twice keeps one open flag.
    assert_eq!(
        flags::flag(db, w.bob, q.post(), None, &spam(), NOW).await.unwrap(),
        Flagged::Recorded { topic_id: q }
    );
    assert_eq!(
        flags::flag(db, w.bob, q.post(), None, &spam(), NOW + 1).await.unwrap(),
        Flagged::Recorded { topic_id: q }
    );
    assert_eq!(open_flags(db, q.post()).await, 1);
    let rude = parse_flag("rude", "", "").unwrap();
    assert_eq!(
        flags::flag(db, w.carol, q.post(), None, &rude, NOW + 2).await.unwrap(),
        Flagged::Recorded { topic_id: q }
    );
    assert!(thread(db, Viewer::Visitor, q).await.is_ok(), "two flags do not hide");
    let hid = flags::flag(db, w.dave, q.post(), None, &spam(), NOW + 3).await.unwrap();
    assert_eq!(hid, Flagged::Hid { topic_id: q });
    assert_eq!(open_flags(db, q.post()).await, 3);

    // Hidden for members and visitors, shown to staff as hidden.
    for v in [w.bob, Viewer::Visitor] {
        assert!(matches!(thread(db, v, q).await, Err(StoreError::NotFound)), "{v:?}");
        assert!(!listed(db, v).await.contains(&q), "{v:?}");
    }
    let staff_view = thread(db, w.agent, q).await.expect("staff see it");
    assert!(staff_view.topic.hidden);
    let (hidden_at, hidden_by): (Option<i64>, Option<i64>) = on_db!(db, p => sqlx::query_as(
        "SELECT hidden_at, hidden_by FROM posts WHERE id = $1").bind(q).fetch_one(p).await)
    .unwrap();
    assert_eq!((hidden_at, hidden_by), (Some(NOW + 3), None), "hidden by flags, not by anyone");

    // An automatic log line: no actor.
    let line = last_log(db).await;
    assert_eq!(
        (line.0, line.1.as_str(), line.2, line.4, line.7.clone()),
        (None, "hide", Some(uid(w.alice)), Some(q.post()), LogDetail::TrustedFlags { count: 3 }),
        "{line:?}"
    );

    // The desk groups the three flags on one post.
    let d = desk::load(db, w.agent, NOW + 4).await.expect("desk");
    assert_eq!(d.flags.len(), 1, "{:?}", d.flags);
    let g = &d.flags[0];
    assert_eq!((g.post_id, g.topic_id, g.hidden, g.flags.len()), (q.post(), q, true, 3));
    let by: Vec<Option<String>> = g.flags.iter().map(|f| f.by.clone()).collect();
    assert_eq!(by, [Some("bob".to_owned()), Some("carol".to_owned()), Some("dave".to_owned())]);
    assert!(g.flags.iter().any(|f| f.reason == FlagReason::Rude));

    // Dismissing shows it again and closes the flags.
    act(db, w.agent, cmd("dismiss", Some(q.post()))).await;
    let t = thread(db, w.bob, q).await.expect("visible again");
    assert!(!t.topic.hidden);
    assert!(listed(db, Viewer::Visitor).await.contains(&q));
    assert_eq!(open_flags(db, q.post()).await, 0);
    let dismissed =
        count(db, &format!("SELECT COUNT(*) FROM flags WHERE post_id = {q} AND outcome = 'dismissed'")).await;
    assert_eq!(dismissed, 3);
    assert!(desk::load(db, w.agent, NOW + 5).await.unwrap().flags.is_empty());
    assert_logged(db, w.agent, "dismiss", w.alice, q.post()).await;

    // A moderator's own hide is not undone by dismissing flags.
    act(db, w.agent, cmd("hide", Some(q.post()))).await;
    flags::flag(db, w.agent2, q.post(), None, &spam(), NOW + 6).await.expect("staff may flag a hidden post");
    act(db, w.agent, cmd("dismiss", Some(q.post()))).await;
    assert!(matches!(thread(db, w.bob, q).await, Err(StoreError::NotFound)), "still hidden by the agent");
}

async fn flagged_answers_and_comments_are_hidden_alone(db: &Db) {
    let w = world(db).await;
    let q = ask(db, w.bob, w.general, "Sync stops on large folders").await;
    let a = answer(db, w.carol, q, "Buy my miracle sync booster at a discount today.").await;
    let good = answer(db, w.alice, q, "Split the folder into smaller ones and sync each one.").await;
    for v in [w.alice, w.bob, w.dave] {
        flags::flag(db, v, a, None, &spam(), NOW).await.expect("flag answer");
    }
    for v in [w.alice, Viewer::Visitor] {
        let t = thread(db, v, q).await.expect("the question stays");
        let ids: Vec<PostId> = t.answers.iter().map(|p| p.id).collect();
        assert_eq!(ids, [good], "{v:?}");
    }
    let t = thread(db, w.agent, q).await.unwrap();
    let hidden = t.answers.iter().find(|p| p.id == a).expect("staff see the answer");
    assert!(hidden.hidden);
    let d = desk::load(db, w.agent, NOW).await.unwrap();
    assert_eq!(d.flags.len(), 1);
    assert_eq!((d.flags[0].post_id, d.flags[0].topic_id, d.flags[0].flags.len()), (a, q, 3));
    assert!(d.flags[0].url.ends_with(&format!("#post-{a}")), "{}", d.flags[0].url);

    // Three flags on a comment hide the comment only.
    let (c, _) = comments::add(db, w.dave, q.post(), "Visit my shop for cheap sync licences!", &None, NOW)
        .await
        .unwrap();
    for v in [w.alice, w.bob, w.carol] {
        flags::flag(db, v, q.post(), Some(c), &spam(), NOW + 1).await.expect("flag comment");
    }
    let line = last_log(db).await;
    assert_eq!(
        (line.0, line.1.as_str(), line.2, line.5),
        (None, "hide", Some(uid(w.dave)), Some(c)),
        "{line:?}"
    );
    let t = thread(db, w.alice, q).await.expect("the question stays visible");
    assert!(!t.topic.hidden);
    assert!(t.topic.comments.iter().all(|x| x.id != c), "the comment is hidden from members");
    let t = thread(db, w.agent, q).await.unwrap();
    assert!(t.topic.comments.iter().any(|x| x.id == c && x.hidden), "staff see it as hidden");
    let post_hidden =
        count(db, &format!("SELECT COUNT(*) FROM posts WHERE id = {q} AND hidden_at IS NOT NULL")).await;
    assert_eq!(post_hidden, 0, "the post itself is not hidden");
    let d = desk::load(db, w.agent, NOW + 2).await.unwrap();
    let g = d.flags.iter().find(|g| g.post_id == q.post()).expect("comment flags on the desk");
    assert!(g.hidden && g.flags.iter().all(|f| f.comment_id == Some(c)), "{g:?}");

    // Dismissing the comment's flags shows it again and leaves the answer's.
    let mut dismiss = cmd("dismiss", Some(q.post()));
    dismiss.comment_id = Some(c);
    act(db, w.agent, dismiss).await;
    let t = thread(db, w.alice, q).await.unwrap();
    assert!(t.topic.comments.iter().any(|x| x.id == c));
    assert_eq!(open_flags(db, a).await, 3);
    assert_eq!(open_flags(db, q.post()).await, 0);
}

async fn comment_count(db: &Db, post: PostId) -> i64 {
    count(db, &format!("SELECT comment_count FROM posts WHERE id = {post}")).await
}

async fn agents_act_on_comments_and_keep_their_counts(db: &Db) {
    let w = world(db).await;
    let q = ask(db, w.bob, w.general, "Sync stops on large folders").await;
    let (c, _) = comments::add(db, w.dave, q.post(), "You are all idiots, read the manual.", &None, NOW)
        .await
        .unwrap();
    let (other, _) =
        comments::add(db, w.carol, q.post(), "Which version of the client?", &None, NOW).await.unwrap();
    assert_eq!(comment_count(db, q.post()).await, 2);
    let on = |action: &str| Command { comment_id: Some(c), ..cmd(action, Some(q.post())) };

    // Hide and unhide one comment.
    act(db, w.agent, on("hide")).await;
    let line = last_log(db).await;
    assert_eq!(
        (line.0, line.1.as_str(), line.2, line.5),
        (Some(uid(w.agent)), "hide", Some(uid(w.dave)), Some(c))
    );
    let seen: Vec<CommentId> =
        thread(db, w.alice, q).await.unwrap().topic.comments.iter().map(|x| x.id).collect();
    assert_eq!(seen, [other]);
    act(db, w.agent, on("unhide")).await;
    assert_eq!(thread(db, w.alice, q).await.unwrap().topic.comments.len(), 2);

    // A moderator's hide stays when members' flags on it are dismissed,
    // as it does for posts.
    act(db, w.agent, on("hide")).await;
    flags::flag(db, w.alice, q.post(), Some(c), &spam(), NOW)
        .await
        .expect("staff-hidden comment, still flaggable");
    act(db, w.agent, on("dismiss")).await;
    let seen: Vec<CommentId> =
        thread(db, w.alice, q).await.unwrap().topic.comments.iter().map(|x| x.id).collect();
    assert_eq!(seen, [other], "dismissing flags does not undo the agent's hide");
    act(db, w.agent, on("unhide")).await;

    // Delete and restore keep the post's comment count, as comments::delete does.
    act(db, w.agent, on("delete")).await;
    assert_eq!(thread(db, w.alice, q).await.unwrap().topic.comments.len(), 1);
    assert_eq!(comment_count(db, q.post()).await, 1, "a deleted comment no longer counts");
    act(db, w.agent, on("restore")).await;
    assert_eq!(thread(db, w.alice, q).await.unwrap().topic.comments.len(), 2);
    assert_eq!(comment_count(db, q.post()).await, 2);

    // A comment of another post is not found through this one.
    let a = answer(db, w.alice, q, "Split the folder into smaller ones and sync each one.").await;
    let r = moderation::act(db, w.agent, &Command { comment_id: Some(c), ..cmd("hide", Some(a)) }, NOW).await;
    assert!(matches!(r, Err(StoreError::NotFound)), "{r:?}");
}

/// An answer by carol to `q` that auto-moderation holds (a watched word).
async fn held_answer(db: &Db, w: &Mods, q: TopicId) -> PostId {
    automod::watch_word(db, w.admin, "casino", "hold", NOW).await.unwrap();
    let held =
        posts::create_answer(db, w.carol, q, "The casino app blocks the printer port.", &None, NOW + 1);
    held.await.unwrap().id
}

async fn approving_a_held_answer_delivers_it_like_a_new_answer(db: &Db) {
    let w = world(db).await;
    let q = ask(db, w.alice, w.general, "Printer shows offline after update").await;
    // Control: an ordinary answer reaches the asker.
    let plain = answer(db, w.bob, q, "Reinstall the printer driver from the vendor site.").await;
    let about = |items: &[domain::notification::NotificationItem], post: i64| {
        items.iter().any(|n| n.url.ends_with(&format!("#post-{post}")))
    };
    let (items, _) = notifications::list(db, w.alice, None, 50).await.unwrap();
    assert!(about(&items, plain.get()), "{items:?}");

    let held = held_answer(db, &w, q).await;
    let (items, _) = notifications::list(db, w.alice, None, 50).await.unwrap();
    assert!(!about(&items, held.get()), "held: nobody is told yet");
    act(db, w.agent, cmd("approve", Some(held))).await;
    assert!(thread(db, w.alice, q).await.unwrap().answers.iter().any(|a| a.id == held));
    let (items, _) = notifications::list(db, w.alice, None, 50).await.unwrap();
    assert!(about(&items, held.get()), "approved: the asker hears of it like any answer: {items:?}");
}

// ---------------------------------------------------------------------------
// Moderator actions on posts
// ---------------------------------------------------------------------------

async fn agents_hide_delete_lock_pin_feature_and_move(db: &Db) {
    let w = world(db).await;
    let q = ask(db, w.alice, w.general, "Printer shows offline after update").await;
    let a = answer(db, w.bob, q, "Reinstall the printer driver from the vendor site.").await;

    // Hide and unhide a question, then an answer.
    act(db, w.agent, cmd("hide", Some(q.post()))).await;
    assert_logged(db, w.agent, "hide", w.alice, q.post()).await;
    assert!(matches!(thread(db, w.bob, q).await, Err(StoreError::NotFound)));
    assert!(!listed(db, w.bob).await.contains(&q));
    assert!(thread(db, w.agent, q).await.unwrap().topic.hidden);
    act(db, w.agent, cmd("unhide", Some(q.post()))).await;
    assert_logged(db, w.agent, "unhide", w.alice, q.post()).await;
    assert!(!thread(db, w.bob, q).await.unwrap().topic.hidden);
    act(db, w.agent, cmd("hide", Some(a))).await;
    assert_logged(db, w.agent, "hide", w.bob, a).await;
    assert!(thread(db, w.carol, q).await.unwrap().answers.is_empty());
    act(db, w.agent, cmd("unhide", Some(a))).await;
    assert_eq!(thread(db, w.carol, q).await.unwrap().answers.len(), 1);

    // Delete and restore: the counters follow.
    assert_eq!(counts(db, w.general).await, (1, 2));
    act(db, w.agent, cmd("delete", Some(q.post()))).await;
    assert_logged(db, w.agent, "delete", w.alice, q.post()).await;
    assert_eq!(counts(db, w.general).await, (0, 0));
    assert!(matches!(thread(db, w.bob, q).await, Err(StoreError::NotFound)));
    assert!(thread(db, w.agent, q).await.unwrap().topic.deleted);
    act(db, w.agent, cmd("restore", Some(q.post()))).await;
    assert_logged(db, w.agent, "restore", w.alice, q.post()).await;
    assert_eq!(counts(db, w.general).await, (1, 2));
    assert!(thread(db, w.bob, q).await.is_ok());
    act(db, w.agent, cmd("delete", Some(a))).await;
    assert_eq!(counts(db, w.general).await, (1, 1));
    assert_eq!(thread(db, w.bob, q).await.unwrap().answer_count, 0);
    act(db, w.agent, cmd("restore", Some(a))).await;
    assert_eq!(counts(db, w.general).await, (1, 2));
    assert_eq!(thread(db, w.bob, q).await.unwrap().answer_count, 1);

    // Lock and unlock.
    act(db, w.agent, cmd("lock", Some(q.post()))).await;
    assert_logged(db, w.agent, "lock", w.alice, q.post()).await;
    assert!(thread(db, w.bob, q).await.unwrap().locked);
    let r = posts::create_answer(db, w.carol, q, "Turn it off and on again, then wait.", &None, NOW).await;
    assert_eq!(fields(r.unwrap_err()), field("answer", ErrorCode::PostLocked));
    act(db, w.agent, cmd("unlock", Some(q.post()))).await;
    assert_logged(db, w.agent, "unlock", w.alice, q.post()).await;
    assert!(!thread(db, w.bob, q).await.unwrap().locked);
    answer(db, w.carol, q, "Turn it off and on again, then wait.").await;
    assert_eq!(counts(db, w.general).await, (1, 3));

    // Pin: the pinned topic heads the first page of the default list, once.
    let old = ask_at(db, w.bob, w.general, "Sync stops on large folders", NOW - 3 * DAY).await;
    let newer = ask_at(db, w.carol, w.general, "Invoice shows the wrong company name", NOW + 10).await;
    assert_eq!(listed(db, w.bob).await.last(), Some(&old));
    act(db, w.agent, cmd("pin", Some(old.post()))).await;
    assert_logged(db, w.agent, "pin", w.bob, old.post()).await;
    for v in [w.bob, Viewer::Visitor, w.agent] {
        let page = topics::list(db, &access(db, v).await, &ListQuery::default(), 50).await.unwrap();
        assert_eq!(page.topics[0].id, old, "{v:?}");
        assert!(page.topics[0].pinned);
        assert_eq!(page.topics.iter().filter(|t| t.id == old).count(), 1, "listed once");
        assert_eq!(page.topics.len(), 3);
    }
    assert!(thread(db, w.bob, old).await.unwrap().pinned);
    act(db, w.agent, cmd("unpin", Some(old.post()))).await;
    assert_logged(db, w.agent, "unpin", w.bob, old.post()).await;
    assert_eq!(listed(db, w.bob).await, [newer, q, old]);

    // Feature.
    act(db, w.agent, cmd("feature", Some(q.post()))).await;
    assert_logged(db, w.agent, "feature", w.alice, q.post()).await;
    assert!(thread(db, w.bob, q).await.unwrap().featured);
    let page = topics::list(db, &access(db, w.bob).await, &ListQuery::default(), 50).await.unwrap();
    assert!(page.topics.iter().any(|t| t.id == q && t.featured));
    act(db, w.agent, cmd("unfeature", Some(q.post()))).await;
    assert_logged(db, w.agent, "unfeature", w.alice, q.post()).await;
    assert!(!thread(db, w.bob, q).await.unwrap().featured);

    // Pin and the like act on topics only.
    let r = moderation::act(db, w.agent, &cmd("pin", Some(a)), NOW).await;
    assert!(matches!(r, Err(StoreError::NotFound)), "{r:?}");

    // Move: the category changes, and the counts move with the topic.
    assert_eq!(counts(db, w.general).await, (3, 5));
    assert_eq!(counts(db, w.billing).await, (0, 0));
    act(db, w.agent, Command { category_id: Some(w.billing), ..cmd("move", Some(q.post())) }).await;
    let line = assert_logged(db, w.agent, "move", w.alice, q.post()).await;
    assert_eq!(line.7, LogDetail::Moved { from: "General".into(), to: "Billing".into() });
    assert_eq!(thread(db, w.bob, q).await.unwrap().category.id, w.billing);
    assert_eq!(counts(db, w.general).await, (2, 2));
    assert_eq!(counts(db, w.billing).await, (1, 3));
    let in_billing = ListQuery { category: Some("billing".into()), ..Default::default() };
    let page = topics::list(db, &access(db, w.bob).await, &in_billing, 50).await.unwrap();
    assert_eq!(page.topics.iter().map(|t| t.id).collect::<Vec<_>>(), [q]);
    let r = moderation::act(
        db,
        w.agent,
        &Command { category_id: Some(CategoryId(999_999)), ..cmd("move", Some(q.post())) },
        NOW,
    )
    .await;
    assert_eq!(fields(r.unwrap_err()), field("category_id", ErrorCode::CategoryUnknown));
}

async fn agents_close_duplicates_and_merge_questions(db: &Db) {
    let w = world(db).await;
    let original = ask(db, w.alice, w.general, "Printer shows offline after update").await;
    let a1 = answer(db, w.carol, original, "Reinstall the printer driver from the vendor site.").await;
    let dup = ask(db, w.bob, w.general, "Printer offline every single morning").await;

    // Unknown, malformed and self targets are field errors; nothing changes.
    for target in ["999999".to_owned(), "soon".to_owned(), String::new()] {
        let c = Command { target: target.clone(), ..cmd("close_duplicate", Some(dup.post())) };
        let r = moderation::act(db, w.agent, &c, NOW).await;
        assert_eq!(fields(r.unwrap_err()), field("target", ErrorCode::QuestionUnknown), "{target:?}");
    }
    let c = Command { target: dup.to_string(), ..cmd("close_duplicate", Some(dup.post())) };
    assert_eq!(
        fields(moderation::act(db, w.agent, &c, NOW).await.unwrap_err()),
        field("target", ErrorCode::SameQuestion)
    );
    assert!(!thread(db, w.bob, dup).await.unwrap().locked);

    let c = Command { target: format!("#{original}"), ..cmd("close_duplicate", Some(dup.post())) };
    act(db, w.agent, c).await;
    let line = assert_logged(db, w.agent, "close_duplicate", w.bob, dup.post()).await;
    let title = "Printer shows offline after update".to_owned();
    assert_eq!(line.7, LogDetail::DuplicateOf { topic: original, title });
    let t = thread(db, w.dave, dup).await.unwrap();
    let (dup_of, title, path) = t.duplicate_of.clone().expect("duplicate_of");
    assert_eq!((dup_of, title.as_str()), (original, "Printer shows offline after update"));
    assert!(path.starts_with(&format!("/q/{original}/")), "{path}");
    assert!(t.locked);
    let r = posts::create_answer(db, w.dave, dup, "Same thing happens to me every day.", &None, NOW).await;
    assert_eq!(fields(r.unwrap_err()), field("answer", ErrorCode::PostLocked));

    // Merge: the source's answers move to the target, counts add up, and
    // the source leads members to the target.
    let source = ask(db, w.dave, w.general, "Printer keeps going offline overnight").await;
    let s1 = answer(db, w.bob, source, "Disable the power saving mode in the printer menu.").await;
    let s2 = answer(db, w.alice, source, "A static IP address for the printer fixed it for me.").await;
    assert_eq!(counts(db, w.general).await, (3, 6));
    let c = Command {
        target: format!("http://localhost/q/{original}/printer"),
        ..cmd("merge", Some(source.post()))
    };
    act(db, w.agent, c).await;
    let line = assert_logged(db, w.agent, "merge", w.dave, source.post()).await;
    let title = "Printer shows offline after update".to_owned();
    assert_eq!(line.7, LogDetail::MergedInto { topic: original, title });

    let t = thread(db, w.carol, original).await.unwrap();
    let mut ids: Vec<PostId> = t.answers.iter().map(|p| p.id).collect();
    ids.sort_unstable();
    assert_eq!(ids, [a1, s1, s2]);
    assert_eq!(t.answer_count, 3);
    assert_eq!(counts(db, w.general).await, (2, 5), "one topic less, its answers kept");
    for v in [w.carol, Viewer::Visitor] {
        assert!(!listed(db, v).await.contains(&source), "{v:?}");
        let redirected = thread(db, v, source).await.expect("the source leads to the target");
        assert_eq!(redirected.id, original, "{v:?}");
    }
    let staff_view = thread(db, w.agent, source).await.unwrap();
    assert_eq!(staff_view.id, source, "staff still see the retired question");
    assert!(staff_view.topic.deleted && staff_view.answers.is_empty());
    // Across categories, each category's counts follow.
    let elsewhere = ask(db, w.carol, w.billing, "Printer billing page shows offline").await;
    answer(db, w.dave, elsewhere, "The billing page needs the printer to be online first.").await;
    assert_eq!(counts(db, w.billing).await, (1, 2));
    act(db, w.agent, Command { target: original.to_string(), ..cmd("merge", Some(elsewhere.post())) }).await;
    assert_eq!(counts(db, w.billing).await, (0, 0));
    assert_eq!(counts(db, w.general).await, (2, 6));
    assert_eq!(thread(db, w.carol, original).await.unwrap().answer_count, 4);
    // A merged question cannot take answers any more.
    let r = posts::create_answer(db, w.carol, source, "Another late answer to the old question.", &None, NOW)
        .await;
    assert!(r.is_err(), "{r:?}");
}

async fn agents_assign_questions_to_agents_only(db: &Db) {
    let w = world(db).await;
    let q = ask(db, w.alice, w.general, "Printer shows offline after update").await;
    for who in ["alice", "nobody-at-all", ""] {
        let c = Command { assignee: who.into(), ..cmd("assign", Some(q.post())) };
        let r = moderation::act(db, w.agent, &c, NOW).await;
        assert_eq!(fields(r.unwrap_err()), field("assignee", ErrorCode::AgentUnknown), "{who:?}");
    }
    assert_eq!(thread(db, w.agent, q).await.unwrap().assigned_to, None);

    act(db, w.agent, Command { assignee: "Agent2".into(), ..cmd("assign", Some(q.post())) }).await;
    let line = assert_logged(db, w.agent, "assign", w.alice, q.post()).await;
    assert_eq!(line.7, LogDetail::AssignedTo { name: "agent2".into() });
    assert_eq!(thread(db, w.bob, q).await.unwrap().assigned_to.as_deref(), Some("agent2"));
    let d = desk::load(db, w.agent2, NOW).await.unwrap();
    assert_eq!(d.assigned.iter().map(|x| x.topic_id).collect::<Vec<_>>(), [q]);
    assert_eq!(d.assigned[0].assigned_to.as_deref(), Some("agent2"));
    assert!(desk::load(db, w.agent, NOW).await.unwrap().assigned.is_empty(), "only the assignee's queue");
    let (items, _) = notifications::list(db, w.agent2, None, 20).await.unwrap();
    assert!(
        items.iter().any(|n| n.kind == NotificationKind::Moderation && n.note.contains("Reason for assign")),
        "{items:?}"
    );

    act(db, w.agent, cmd("unassign", Some(q.post()))).await;
    assert_logged(db, w.agent, "unassign", w.alice, q.post()).await;
    assert_eq!(thread(db, w.bob, q).await.unwrap().assigned_to, None);
    assert!(desk::load(db, w.agent2, NOW).await.unwrap().assigned.is_empty());
}

// ---------------------------------------------------------------------------
// Sanctions
// ---------------------------------------------------------------------------

async fn member_log(db: &Db, actor: Viewer, action: &str, member: Viewer) -> LogRow {
    let line = last_log(db).await;
    assert_eq!(
        (line.0, line.1.as_str(), line.2, line.4),
        (Some(uid(actor)), action, Some(uid(member)), None),
        "{line:?}"
    );
    assert_eq!(line.6, format!("Reason for {action}"));
    line
}

async fn can_post(db: &Db, who: Viewer, topic: TopicId, n: usize, at: i64) -> Vec<Result<(), StoreError>> {
    // Distinct words each time, so that the repeated-content rule stays out.
    let thing = ["printer", "router", "laptop", "phone", "tablet", "camera", "scanner"][n];
    let t = new_topic(
        topic_category(db, topic).await,
        &format!("My {thing} will not connect to sync"),
        &format!("The {thing} loses its {thing} connection to sync after a minute or so."),
    );
    vec![
        posts::create_topic(db, who, &t, at).await.map(|_| ()),
        posts::create_answer(
            db,
            who,
            topic,
            &format!("Restarting the {thing} twice fixes it here."),
            &None,
            at,
        )
        .await
        .map(|_| ()),
        comments::add(db, who, topic.post(), &format!("Same with my {thing}."), &None, at).await.map(|_| ()),
    ]
}

async fn topic_category(db: &Db, topic: TopicId) -> CategoryId {
    CategoryId(count(db, &format!("SELECT category_id FROM posts WHERE id = {topic}")).await)
}

async fn agents_warn_silence_suspend_and_lift(db: &Db) {
    let w = world(db).await;
    let q = ask(db, w.alice, w.general, "Printer shows offline after update").await;

    // Warn: a notification the member reads, and a log line.
    let out = act(db, w.agent, on_member("warn", "@Bob", "")).await;
    assert_eq!(out.member.as_deref(), Some("bob"));
    member_log(db, w.agent, "warn", w.bob).await;
    let (items, _) = notifications::list(db, w.bob, None, 20).await.unwrap();
    let warning = items.iter().find(|n| n.kind == NotificationKind::Moderation).expect("a moderation notice");
    assert_eq!(
        (warning.notice, warning.note.as_str()),
        (Some(Notice::Warned), "Reason for warn"),
        "{warning:?}"
    );

    // Silence for 2 days: no topic, answer or comment until lifted.
    act(db, w.agent, on_member("silence", "bob", "2 days")).await;
    let (items, _) = notifications::list(db, w.bob, None, 20).await.unwrap();
    assert_eq!(
        (items[0].notice, items[0].until),
        (Some(Notice::Silenced), Some(Timestamp(NOW + 2 * DAY))),
        "{:?}",
        items[0]
    );
    let line = member_log(db, w.agent, "silence", w.bob).await;
    assert_eq!(line.7, LogDetail::Until { at: Timestamp(NOW + 2 * DAY) }, "{line:?}");
    let (silenced, suspended) = moderation::sanctions(db, uid(w.bob), NOW).await.unwrap();
    let s = silenced.expect("silenced");
    assert_eq!((s.until, s.reason.as_str()), (NOW + 2 * DAY, "Reason for silence"));
    assert!(suspended.is_none());
    let expected =
        [("body", ErrorCode::Silenced), ("answer", ErrorCode::Silenced), ("comment", ErrorCode::Silenced)];
    for (r, (f, code)) in can_post(db, w.bob, q, 1, NOW + HOUR).await.into_iter().zip(expected) {
        assert_eq!(fields(r.unwrap_err()), field(f, code));
    }
    assert!(
        can_post(db, w.carol, q, 2, NOW + HOUR).await.into_iter().all(|r| r.is_ok()),
        "others still post"
    );
    act(db, w.agent, on_member("lift", "bob", "")).await;
    member_log(db, w.agent, "lift", w.bob).await;
    for r in can_post(db, w.bob, q, 3, NOW + HOUR).await {
        r.expect("posting again after lift");
    }
    // A silence ends by itself.
    act(db, w.agent, on_member("silence", "bob", "1 day")).await;
    assert!(can_post(db, w.bob, q, 4, NOW + HOUR).await.iter().all(Result::is_err));
    for r in can_post(db, w.bob, q, 5, NOW + DAY + MINUTE).await {
        r.expect("posting after the silence ended");
    }

    // Suspend: signed out everywhere, signing in refused until lifted.
    let client = ClientInfo { ip: "10.7.7.7".into(), user_agent: None };
    let signup = SignUp { username: "erin", email: "erin@example.com", password: "a sturdy passphrase" };
    let (erin, token) = accounts::sign_up(db, signup, &client).await.expect("sign up");
    let (_, _second) = accounts::sign_in(db, "erin", "a sturdy passphrase", &client).await.expect("sign in");
    let sessions = format!("SELECT COUNT(*) FROM sessions WHERE user_id = {}", erin.id);
    assert_eq!(count(db, &sessions).await, 2);
    let now = community::clock::now_ms();
    let out = act_at(db, w.agent, on_member("suspend", "erin", "3 days"), now).await;
    assert_eq!(out.member.as_deref(), Some("erin"));
    let line = last_log(db).await;
    assert_eq!((line.0, line.1.as_str(), line.2), (Some(uid(w.agent)), "suspend", Some(erin.id)), "{line:?}");
    assert_eq!(count(db, &sessions).await, 0, "existing sessions are deleted");
    assert!(accounts::session_user(db, &token).await.unwrap().is_none());
    match accounts::sign_in(db, "erin", "a sturdy passphrase", &client).await {
        Err(SignInError::Suspended { until, reason }) => {
            assert_eq!((until, reason.as_str()), (now + 3 * DAY, "Reason for suspend"));
        }
        other => panic!("expected Suspended, got {:?}", other.map(|(u, _)| u.username)),
    }
    let r = accounts::sign_in(db, "erin", "not the password", &client).await;
    assert!(matches!(r, Err(SignInError::BadCredentials)), "a wrong password learns nothing");
    act_at(db, w.agent, on_member("lift", "erin", ""), now).await;
    accounts::sign_in(db, "erin", "a sturdy passphrase", &client).await.expect("signed in after lift");
    assert_eq!(count(db, &sessions).await, 1);

    // Who may sanction whom: down the ladder only.
    let erin_v = Viewer::Account { id: erin.id, role: Role::Member };
    let r = moderation::act(db, w.agent, &on_member("suspend", "admin1", "1 day"), NOW).await;
    assert!(matches!(r, Err(StoreError::Denied(Denied::Forbidden))), "agent on admin: {r:?}");
    let r = moderation::act(db, w.agent, &on_member("silence", "agent2", "1 day"), NOW).await;
    assert!(matches!(r, Err(StoreError::Denied(Denied::Forbidden))), "agent on agent: {r:?}");
    let r = moderation::act(db, w.admin, &on_member("suspend", "admin1", "1 day"), NOW).await;
    assert!(matches!(r, Err(StoreError::Denied(Denied::Forbidden))), "admin on self: {r:?}");
    let r = moderation::act(db, erin_v, &on_member("warn", "bob", ""), NOW).await;
    assert!(matches!(r, Err(StoreError::Denied(Denied::Forbidden))), "member: {r:?}");
    act(db, w.admin, on_member("suspend", "agent2", "1 day")).await;
    member_log(db, w.admin, "suspend", w.agent2).await;
    let (_, suspended) = moderation::sanctions(db, uid(w.agent2), NOW).await.unwrap();
    assert!(suspended.is_some());
    let r = moderation::act(db, w.agent, &on_member("warn", "nobody-at-all", ""), NOW).await;
    assert_eq!(fields(r.unwrap_err()), field("member", ErrorCode::MemberUnknown));
}

async fn every_action_needs_a_reason_and_the_right_role(db: &Db) {
    let w = world(db).await;
    let q = ask(db, w.alice, w.general, "Printer shows offline after update").await;
    let lines = "SELECT COUNT(*) FROM mod_log";
    for action in ["hide", "delete", "lock", "pin", "feature", "warn", "silence", "suspend"] {
        let c = Command {
            reason: "   ".into(),
            member: "bob".into(),
            duration: "2 days".into(),
            category_id: Some(w.billing),
            ..cmd(action, Some(q.post()))
        };
        let r = moderation::act(db, w.agent, &c, NOW).await;
        assert_eq!(fields(r.unwrap_err()), field("reason", ErrorCode::ReasonRequired), "{action}");
    }
    let c = Command { reason: String::new(), target: "999999".into(), ..cmd("merge", Some(q.post())) };
    let errs = fields(moderation::act(db, w.agent, &c, NOW).await.unwrap_err());
    assert!(errs.contains(&("reason".to_owned(), ErrorCode::ReasonRequired)), "{errs:?}");
    let r = moderation::act(db, w.agent, &on_member("silence", "bob", "a while"), NOW).await;
    assert_eq!(fields(r.unwrap_err()), field("duration", ErrorCode::DurationInvalid));
    let r = moderation::act(db, w.agent, &cmd("hold", Some(q.post())), NOW).await;
    assert_eq!(fields(r.unwrap_err()), field("action", ErrorCode::Required), "hold is automatic only");

    // Nothing changed.
    assert_eq!(count(db, lines).await, 0);
    let t = thread(db, w.bob, q).await.expect("still visible");
    assert!(!t.locked && !t.pinned && !t.featured && !t.topic.hidden);
    assert_eq!(counts(db, w.general).await, (1, 1));
    let (silenced, suspended) = moderation::sanctions(db, uid(w.bob), NOW).await.unwrap();
    assert!(silenced.is_none() && suspended.is_none());
    let (items, _) = notifications::list(db, w.bob, None, 20).await.unwrap();
    assert!(items.is_empty(), "{items:?}");

    // Members and visitors are refused whatever they send.
    for action in ["hide", "warn", "pin", "approve"] {
        let c = Command { member: "bob".into(), ..cmd(action, Some(q.post())) };
        let r = moderation::act(db, w.carol, &c, NOW).await;
        assert!(matches!(r, Err(StoreError::Denied(Denied::Forbidden))), "{action}: {r:?}");
        let r = moderation::act(db, Viewer::Visitor, &c, NOW).await;
        assert!(matches!(r, Err(StoreError::Denied(Denied::NotSignedIn))), "{action}: {r:?}");
    }
    assert_eq!(count(db, lines).await, 0);
}

// ---------------------------------------------------------------------------
// The audit log
// ---------------------------------------------------------------------------

/// (actor, action label, member) of the log lines `filter` selects.
async fn log_lines(
    db: &Db,
    viewer: Viewer,
    filter: LogFilter,
) -> Result<Vec<(String, String, String)>, StoreError> {
    let list = moderation::log_entries(db, viewer, &filter, None, 100).await?;
    Ok(list
        .into_iter()
        .map(|e| (e.actor.unwrap_or_default(), e.action.as_str().to_owned(), e.member.unwrap_or_default()))
        .collect())
}

async fn the_log_filters_by_agent_action_member_and_dates(db: &Db) {
    let w = world(db).await;
    let q1 = ask(db, w.alice, w.general, "Printer shows offline after update").await;
    let q2 = ask(db, w.bob, w.general, "Sync stops on large folders").await;
    // NOW is 2026-09-21 14:13 UTC.
    act_at(db, w.agent, cmd("hide", Some(q1.post())), NOW).await;
    act_at(db, w.agent2, cmd("lock", Some(q2.post())), NOW + 2 * DAY).await;
    act_at(db, w.agent, on_member("warn", "carol", ""), NOW + 2 * DAY + 1).await;
    act_at(db, w.agent2, cmd("unhide", Some(q1.post())), NOW + 4 * DAY).await;

    let admin = w.admin;
    let entries = |filter: LogFilter| log_lines(db, admin, filter);
    let s = |a: &str, b: &str, c: &str| (a.to_owned(), b.to_owned(), c.to_owned());
    let all = entries(LogFilter::default()).await.unwrap();
    assert_eq!(
        all,
        [
            s("agent2", "unhide", "alice"),
            s("agent1", "warn", "carol"),
            s("agent2", "lock", "bob"),
            s("agent1", "hide", "alice")
        ]
    );
    let by_agent = entries(LogFilter { agent: "@Agent1".into(), ..Default::default() }).await.unwrap();
    assert_eq!(by_agent, [s("agent1", "warn", "carol"), s("agent1", "hide", "alice")]);
    let by_action = entries(LogFilter { action: "lock".into(), ..Default::default() }).await.unwrap();
    assert_eq!(by_action, [s("agent2", "lock", "bob")]);
    let by_member = entries(LogFilter { member: "alice".into(), ..Default::default() }).await.unwrap();
    assert_eq!(by_member, [s("agent2", "unhide", "alice"), s("agent1", "hide", "alice")]);
    let combined =
        entries(LogFilter { agent: "agent2".into(), member: "alice".into(), ..Default::default() })
            .await
            .unwrap();
    assert_eq!(combined, [s("agent2", "unhide", "alice")]);
    let one_day = LogFilter { from: "2026-09-23".into(), to: "2026-09-23".into(), ..Default::default() };
    assert_eq!(entries(one_day).await.unwrap(), [s("agent1", "warn", "carol"), s("agent2", "lock", "bob")]);
    let from_only = LogFilter { from: "2026-09-24".into(), ..Default::default() };
    assert_eq!(entries(from_only).await.unwrap(), [s("agent2", "unhide", "alice")]);
    let to_only = LogFilter { to: "2026-09-22".into(), ..Default::default() };
    assert_eq!(entries(to_only).await.unwrap(), [s("agent1", "hide", "alice")]);

    // Links lead to the topic; sanctions have none.
    let list = moderation::log_entries(db, w.agent, &LogFilter::default(), None, 100).await.unwrap();
    let hide = list.iter().find(|e| e.action == ModAction::Hide).unwrap();
    assert!(hide.url.as_deref().is_some_and(|u| u.starts_with(&format!("/q/{q1}/"))), "{hide:?}");
    assert_eq!(hide.reason, "Reason for hide");
    assert!(list.iter().find(|e| e.action == ModAction::Warn).unwrap().url.is_none());
    // Paging with `before`.
    let older =
        moderation::log_entries(db, w.agent, &LogFilter::default(), Some(list[1].id), 100).await.unwrap();
    assert_eq!(older.len(), 2);

    // Wrong filters are field errors.
    let inverted = LogFilter { from: "2026-09-23".into(), to: "2026-09-21".into(), ..Default::default() };
    assert_eq!(fields(entries(inverted).await.unwrap_err()), field("to", ErrorCode::DateRangeInverted));
    let bad = LogFilter { from: "2026-13-01".into(), ..Default::default() };
    assert_eq!(fields(entries(bad).await.unwrap_err()), field("from", ErrorCode::DateInvalid));
    let bad = LogFilter { to: "yesterday".into(), ..Default::default() };
    assert_eq!(fields(entries(bad).await.unwrap_err()), field("to", ErrorCode::DateInvalid));
    let bad = LogFilter { action: "explode".into(), ..Default::default() };
    assert_eq!(fields(entries(bad).await.unwrap_err()).len(), 1);

    let r = moderation::log_entries(db, w.alice, &LogFilter::default(), None, 100).await;
    assert!(matches!(r, Err(StoreError::Denied(Denied::Forbidden))), "{r:?}");
    let r = moderation::log_entries(db, Viewer::Visitor, &LogFilter::default(), None, 100).await;
    assert!(matches!(r, Err(StoreError::Denied(Denied::NotSignedIn))), "{r:?}");
}

// ---------------------------------------------------------------------------
// Auto-moderation
// ---------------------------------------------------------------------------

async fn watched_words_block_hold_and_flag(db: &Db) {
    let w = world(db).await;
    let q = ask(db, w.dave, w.general, "Printer shows offline after update").await;
    automod::watch_word(db, w.admin, "doc", "block", NOW).await.expect("watch");
    let r = automod::watch_word(db, w.agent, "other", "block", NOW).await;
    assert!(matches!(r, Err(StoreError::Denied(Denied::Forbidden))), "admins only: {r:?}");

    // Block: refused with the field to fix; "document" is another word.
    let blocked =
        new_topic(w.general, "Where is the setup guide", "The doc says to press a button that is not there.");
    let r = posts::create_topic(db, w.alice, &blocked, NOW).await;
    assert_eq!(fields(r.unwrap_err()), field("body", ErrorCode::ContentBlocked));
    let r = posts::create_answer(db, w.alice, q, "Read the DOC, it explains everything.", &None, NOW).await;
    assert_eq!(fields(r.unwrap_err()), field("answer", ErrorCode::ContentBlocked));
    let r = comments::add(db, w.alice, q.post(), "See the doc.", &None, NOW).await;
    assert_eq!(fields(r.unwrap_err()), field("comment", ErrorCode::ContentBlocked));
    let fine = new_topic(
        w.general,
        "Where is the setup guide",
        "The document says to press a button that is not there.",
    );
    let ok = posts::create_topic(db, w.alice, &fine, NOW).await.expect("document is fine").id;
    assert!(thread(db, w.bob, ok.as_topic()).await.is_ok());
    // Staff are never checked.
    posts::create_topic(db, w.agent, &blocked, NOW).await.expect("staff post anything");

    // An edit is checked like a new post: blocked words cannot be edited in.
    let edit = posts::Edit {
        title: Some("Where is the setup guide".into()),
        body: "The doc says to press a button that is not there.".into(),
        tags: Some(fine.tags.clone()),
        reason: String::new(),
    };
    let r = posts::edit(db, w.alice, ok, &edit, NOW).await;
    assert_eq!(fields(r.unwrap_err()), field("body", ErrorCode::ContentBlocked));

    // Hold: stored, seen by its author and staff only, until approved.
    automod::watch_word(db, w.admin, "doc", "hold", NOW).await.expect("watch");
    let held_topic = new_topic(
        w.general,
        "Cannot find the install doc",
        "Where is the doc for installing the app on Linux?",
    );
    let h = posts::create_topic(db, w.bob, &held_topic, NOW + 1).await.expect("held, not refused").id;
    let mine = thread(db, w.bob, h.as_topic()).await.expect("the author sees it");
    let reason = mine.topic.held_reason.clone().expect("marked as held");
    assert!(reason.contains("doc"), "{reason}");
    for v in [w.carol, Viewer::Visitor] {
        assert!(matches!(thread(db, v, h.as_topic()).await, Err(StoreError::NotFound)), "{v:?}");
        assert!(!listed(db, v).await.contains(&h.as_topic()), "{v:?}");
    }
    assert!(thread(db, w.agent, h.as_topic()).await.unwrap().topic.held_reason.is_some());
    let ha = posts::create_answer(db, w.carol, q, "The doc covers this on page three.", &None, NOW + 2)
        .await
        .unwrap()
        .id;
    assert!(thread(db, w.carol, q)
        .await
        .unwrap()
        .answers
        .iter()
        .any(|a| a.id == ha && a.held_reason.is_some()));
    assert!(thread(db, w.alice, q).await.unwrap().answers.iter().all(|a| a.id != ha), "others do not see it");
    let d = desk::load(db, w.agent, NOW + 3).await.unwrap();
    let held: Vec<(PostId, String)> = d.held.iter().map(|x| (x.post_id, x.reason.clone())).collect();
    assert_eq!(held.len(), 2, "{held:?}");
    assert_eq!(held[0], (h, "Watched word “doc”".to_owned()));
    assert_eq!(held[1].0, ha);
    let line = last_log(db).await;
    assert_eq!(
        (line.0, line.1.as_str(), line.2, line.4),
        (None, "hold", Some(uid(w.carol)), Some(ha)),
        "{line:?}"
    );

    act(db, w.agent, cmd("approve", Some(h))).await;
    assert_logged(db, w.agent, "approve", w.bob, h).await;
    act(db, w.agent, cmd("approve", Some(ha))).await;
    let t = thread(db, w.carol, h.as_topic()).await.expect("published");
    assert!(t.topic.held_reason.is_none() && !t.topic.hidden);
    assert!(listed(db, Viewer::Visitor).await.contains(&h.as_topic()));
    assert!(thread(db, w.alice, q).await.unwrap().answers.iter().any(|a| a.id == ha));
    assert!(desk::load(db, w.agent, NOW + 4).await.unwrap().held.is_empty());

    // Flag: visible, with an open automatic flag on the desk.
    automod::watch_word(db, w.admin, "doc", "flag", NOW).await.expect("watch");
    let flagged =
        new_topic(w.general, "Outdated doc for the mobile app", "The doc still shows the old menu layout.");
    let f = posts::create_topic(db, w.carol, &flagged, NOW + 5).await.expect("flagged, not held").id;
    assert!(thread(db, w.alice, f.as_topic()).await.is_ok());
    assert!(listed(db, Viewer::Visitor).await.contains(&f.as_topic()));
    let d = desk::load(db, w.agent, NOW + 6).await.unwrap();
    let g = d.flags.iter().find(|g| g.post_id == f).expect("on the desk");
    assert_eq!(g.flags.len(), 1);
    assert_eq!((g.flags[0].by.as_deref(), g.flags[0].reason, g.hidden), (None, FlagReason::Other, false));
    assert!(g.flags[0].detail.contains("doc"), "{:?}", g.flags[0]);
    assert_eq!(open_flags(db, f).await, 1);
    let line = last_log(db).await;
    assert_eq!(
        (line.0, line.1.as_str(), line.2, line.4),
        (None, "flag", Some(uid(w.carol)), Some(f)),
        "{line:?}"
    );
}

/// A member account created `age_ms` before NOW, with no reputation.
async fn fresh_account(db: &Db, name: &str, role: Role, age_ms: i64) -> Viewer {
    let username = domain::Username::parse(name).unwrap();
    let email = domain::Email::parse(&format!("{name}@example.com")).unwrap();
    let hash = PasswordHash::from_stored("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$unused".into());
    let u = users::insert(
        db,
        NewUser { username: &username, email: &email, password_hash: &hash, role, now: NOW - age_ms },
    )
    .await
    .expect("insert");
    Viewer::Account { id: u.id, role }
}

const PROSE: &str = "I followed the guide from the vendor and then the one from the forum, but the \
    device still drops the connection after about ten minutes of use, even with the latest firmware \
    and a factory reset done twice this week.";

async fn new_members_are_limited_spam_domains_held_and_staff_never_limited(db: &Db) {
    let w = world(db).await;
    let newbie = fresh_account(db, "newbie", Role::Member, 10 * MINUTE).await;

    let links =
        |n: usize| (1..=n).map(|i| format!("https://site{i}.example/page")).collect::<Vec<_>>().join(" ");
    let three = new_topic(w.general, "Device drops the connection", &format!("{PROSE} {}", links(3)));
    let r = posts::create_topic(db, newbie, &three, NOW).await;
    assert_eq!(fields(r.unwrap_err()), field("body", ErrorCode::TooManyLinks));
    let two = new_topic(w.general, "Device drops the connection", &format!("{PROSE} {}", links(2)));
    let first = posts::create_topic(db, newbie, &two, NOW).await.expect("two links are fine").id;
    let t = thread(db, w.bob, first.as_topic()).await.expect("published, not held");
    assert!(t.topic.held_reason.is_none());
    let r =
        posts::create_answer(db, newbie, first.as_topic(), &format!("Also {}", links(3)), &None, NOW).await;
    assert_eq!(fields(r.unwrap_err()), field("answer", ErrorCode::TooManyLinks));

    // Three posts in the first hour, then a refusal.
    let q = ask(db, w.alice, w.general, "Sync stops on large folders").await;
    answer(db, newbie, q, "Pausing and resuming the client worked for me.").await;
    answer(db, newbie, q, "Also check that the folder path is shorter than 260 characters.").await;
    let r = posts::create_answer(
        db,
        newbie,
        q,
        "And make sure there is enough free disk space left.",
        &None,
        NOW,
    )
    .await;
    assert_eq!(fields(r.unwrap_err()), field("answer", ErrorCode::NewMemberPostLimit));
    let fourth = new_topic(
        w.general,
        "One more question about my device",
        "The battery icon never shows the right percentage.",
    );
    let r = posts::create_topic(db, newbie, &fourth, NOW).await;
    assert_eq!(fields(r.unwrap_err()), field("body", ErrorCode::NewMemberPostLimit));
    posts::create_topic(db, newbie, &fourth, NOW + 2 * HOUR).await.expect("after the first hour");

    // A link to a spam domain holds the post, whoever the member.
    let input = automod::SettingsInput {
        flag_min_reputation: Some(15),
        flags_to_hide: Some(3),
        new_member_reputation: Some(10),
        new_member_hours: Some(72),
        spam_domains: "https://spam.example/\n".into(),
        hold_first_posts: false,
    };
    automod::save_settings(db, w.admin, &input).await.expect("settings");
    let spammy = new_topic(
        w.general,
        "Cheap licences for every app",
        "Great offers at https://www.spam.example/deal today.",
    );
    let s = posts::create_topic(db, w.bob, &spammy, NOW).await.expect("held, not refused").id;
    let reason = thread(db, w.bob, s.as_topic()).await.unwrap().topic.held_reason.expect("held");
    assert!(reason.contains("spam.example"), "{reason}");
    assert!(matches!(thread(db, w.carol, s.as_topic()).await, Err(StoreError::NotFound)));
    let d = desk::load(db, w.agent, NOW).await.unwrap();
    assert!(d.held.iter().any(|h| h.post_id == s), "{:?}", d.held);

    // Staff are never limited: fresh, no reputation, links and spam domains.
    let helper = fresh_account(db, "helper", Role::Agent, 5 * MINUTE).await;
    for i in 0..5 {
        let body = format!("Step {i}: see {} and https://spam.example/x{i}", links(4));
        let t = new_topic(w.general, &format!("Staff announcement number {i}"), &body);
        let id = posts::create_topic(db, helper, &t, NOW).await.expect("staff are not limited").id;
        let seen = thread(db, w.bob, id.as_topic()).await.expect("visible to members");
        assert!(seen.topic.held_reason.is_none());
    }
}

/// Everything `who` was notified of.
async fn notified(db: &Db, who: Viewer) -> usize {
    notifications::list(db, who, None, 50).await.expect("notifications").0.len()
}

fn edit_answer(body: &str) -> posts::Edit {
    posts::Edit { title: None, body: body.into(), tags: None, reason: String::new() }
}

/// Regression (issue 16): an author's edit meets auto-moderation as a new
/// post does. A hold word takes the post out of readers' sight and out of
/// the counts (its author still sees it, held) until an agent approves it,
/// which does not announce it as new a second time; a flag word flags it;
/// a silenced member cannot edit. The first-hour limit counts new posts
/// only and hides none of the other rules, and the post's own words are
/// not a "repeat" of its edit.
async fn author_edits_are_held_flagged_and_silenced_like_new_posts(db: &Db) {
    let w = world(db).await;
    let q = ask(db, w.alice, w.general, "Printer shows offline after update").await;
    let body = "Reinstall the printer driver from the vendor site, then restart the spooler service twice.";
    let a = answer(db, w.bob, q, body).await;
    assert_eq!((thread(db, w.dave, q).await.unwrap().answer_count, counts(db, w.general).await), (1, (1, 2)));
    let heard = notified(db, w.alice).await;

    // A word changed in a recent answer: the answer is not a repeat of itself.
    posts::edit(db, w.bob, a, &edit_answer(&body.replace("twice", "once")), NOW + MINUTE)
        .await
        .expect("edit");
    assert!(thread(db, w.dave, q).await.unwrap().answers.iter().any(|x| x.id == a), "not held");

    // Hold: out of sight and out of the counts; its author sees it held.
    automod::watch_word(db, w.admin, "casino", "hold", NOW).await.unwrap();
    let held_text = edit_answer("The casino app blocks the printer port, so uninstall it first.");
    posts::edit(db, w.bob, a, &held_text, NOW + 2 * MINUTE).await.expect("held, not refused");
    for v in [w.dave, Viewer::Visitor] {
        let t = thread(db, v, q).await.unwrap();
        assert!(t.answers.iter().all(|x| x.id != a), "{v:?} must not see the held answer");
        assert_eq!((t.answer_count, listed_answers(db, v, q).await), (0, Some(0)), "{v:?}");
    }
    assert_eq!(counts(db, w.general).await, (1, 1));
    let mine = thread(db, w.bob, q).await.unwrap();
    let shown = mine.answers.iter().find(|x| x.id == a).expect("its author sees it");
    assert!(shown.held_reason.as_deref().is_some_and(|r| r.contains("casino")), "{shown:?}");
    let line = last_log(db).await;
    assert_eq!(
        (line.0, line.1.as_str(), line.2, line.4, line.7.clone()),
        (None, "hold", Some(uid(w.bob)), Some(a), LogDetail::Revision { number: 3 }),
        "{line:?}"
    );
    let d = desk::load(db, w.agent, NOW + 3 * MINUTE).await.unwrap();
    let held: Vec<(PostId, Option<String>)> =
        d.held.iter().map(|h| (h.post_id, h.translation.clone())).collect();
    assert_eq!(held, [(a, None)]);

    // Approved: seen and counted again, and nobody is told of a "new" answer.
    act(db, w.agent, cmd("approve", Some(a))).await;
    let t = thread(db, w.dave, q).await.unwrap();
    assert!(t.answers.iter().any(|x| x.id == a && x.held_reason.is_none()));
    assert_eq!((t.answer_count, counts(db, w.general).await), (1, (1, 2)));
    assert_eq!(notified(db, w.alice).await, heard, "announced once, when first posted");

    // A question edited into a hold leaves the lists and counts with its answer.
    let edit_q = posts::Edit {
        title: Some("Printer shows offline after update".into()),
        body: "Since the casino update the printer shows offline every morning.".into(),
        tags: Some("sync".into()),
        reason: String::new(),
    };
    posts::edit(db, w.alice, q.post(), &edit_q, NOW + 4 * MINUTE).await.expect("held, not refused");
    for v in [w.dave, Viewer::Visitor] {
        assert!(matches!(thread(db, v, q).await, Err(StoreError::NotFound)), "{v:?}");
        assert!(!listed(db, v).await.contains(&q), "{v:?}");
    }
    assert_eq!(counts(db, w.general).await, (0, 0));
    assert!(thread(db, w.alice, q).await.unwrap().topic.held_reason.is_some(), "the asker sees it held");
    act(db, w.agent, cmd("approve", Some(q.post()))).await;
    assert!(listed(db, Viewer::Visitor).await.contains(&q));
    assert_eq!(counts(db, w.general).await, (1, 2));

    // Flag: still visible, with an open automatic flag.
    automod::watch_word(db, w.admin, "refund", "flag", NOW).await.unwrap();
    let flagged = edit_answer("Ask the vendor for a refund if the driver still fails after a restart.");
    posts::edit(db, w.bob, a, &flagged, NOW + 5 * MINUTE).await.expect("flagged, not held");
    assert!(thread(db, w.dave, q).await.unwrap().answers.iter().any(|x| x.id == a));
    assert_eq!(open_flags(db, a).await, 1);

    // Silenced: no edits either, of answers or questions.
    act(db, w.agent, on_member("silence", "bob", "1 day")).await;
    let r = posts::edit(db, w.bob, a, &edit_answer("Restart the spooler and print again."), NOW + 6 * MINUTE)
        .await;
    assert_eq!(fields(r.unwrap_err()), field("answer", ErrorCode::Silenced));
    let carols = ask(db, w.carol, w.general, "Scanner stopped after driver update").await;
    act(db, w.agent, on_member("silence", "carol", "1 day")).await;
    let edit_carols = posts::Edit {
        title: Some("Scanner stopped after driver update".into()),
        body: "The scanner stopped working after the driver update last night.".into(),
        tags: Some("sync".into()),
        reason: String::new(),
    };
    let r = posts::edit(db, w.carol, carols.post(), &edit_carols, NOW + 6 * MINUTE).await;
    assert_eq!(fields(r.unwrap_err()), field("body", ErrorCode::Silenced));

    // A new member at the first-hour limit may still edit, but the limit
    // does not let a blocked word through.
    let newbie = fresh_account(db, "newbie", Role::Member, 10 * MINUTE).await;
    let titles =
        ["Laptop fan never stops spinning", "Phone battery drains overnight", "Tablet screen flickers"];
    let mut theirs = Vec::new();
    for title in titles {
        theirs.push(ask(db, newbie, w.general, title).await);
    }
    let r = posts::create_topic(db, newbie, &new_topic(w.general, "Camera app crashes", PROSE), NOW).await;
    assert_eq!(fields(r.unwrap_err()), field("body", ErrorCode::NewMemberPostLimit));
    let mut fix = posts::Edit {
        title: Some(titles[0].into()),
        body: "The laptop fan never stops spinning, even when the laptop sits idle.".into(),
        tags: Some("sync".into()),
        reason: String::new(),
    };
    posts::edit(db, newbie, theirs[0].post(), &fix, NOW + MINUTE).await.expect("an edit is not a new post");
    automod::watch_word(db, w.admin, "doc", "block", NOW).await.unwrap();
    fix.body = "The doc says the laptop fan should stop when the laptop sits idle.".into();
    let r = posts::edit(db, newbie, theirs[0].post(), &fix, NOW + 2 * MINUTE).await;
    assert_eq!(fields(r.unwrap_err()), field("body", ErrorCode::ContentBlocked));
}

// ---------------------------------------------------------------------------
// The desk
// ---------------------------------------------------------------------------

async fn two_agents_claiming_at_once_agree_on_one_winner(db: &Db) {
    let w = world(db).await;
    let q = ask(db, w.alice, w.general, "Printer shows offline after update").await;
    let (a, b) = tokio::join!(
        desk::claim(db, w.agent, "unanswered", q.get(), NOW),
        desk::claim(db, w.agent2, "unanswered", q.get(), NOW)
    );
    let (a, b) = (a.expect("claim"), b.expect("claim"));
    assert_eq!(a, b, "both learn the same holder");
    assert!(a == "agent1" || a == "agent2", "{a}");
    assert_eq!(count(db, "SELECT COUNT(*) FROM desk_claims").await, 1);
    let (winner, loser) = if a == "agent1" { (w.agent, w.agent2) } else { (w.agent2, w.agent) };
    let claimed = |d: domain::moderation::Desk| {
        d.unanswered.iter().find(|x| x.topic_id == q).unwrap().claimed_by.clone()
    };
    assert_eq!(claimed(desk::load(db, w.agent, NOW).await.unwrap()), Some(a.clone()));

    // Claiming again, or a release by the other agent, changes nothing.
    assert_eq!(desk::claim(db, loser, "unanswered", q.get(), NOW).await.unwrap(), a);
    desk::release(db, loser, "unanswered", q.get(), NOW).await.unwrap();
    assert_eq!(claimed(desk::load(db, w.agent, NOW).await.unwrap()), Some(a.clone()));
    desk::release(db, winner, "unanswered", q.get(), NOW).await.unwrap();
    assert_eq!(claimed(desk::load(db, w.agent, NOW).await.unwrap()), None);
    let other = if a == "agent1" { "agent2" } else { "agent1" };
    assert_eq!(desk::claim(db, loser, "unanswered", q.get(), NOW).await.unwrap(), other);

    let r = desk::claim(db, w.agent, "nonsense", q.get(), NOW).await;
    assert_eq!(fields(r.unwrap_err()), field("queue", ErrorCode::SearchFilterUnknown));
    let r = desk::claim(db, w.alice, "unanswered", q.get(), NOW).await;
    assert!(matches!(r, Err(StoreError::Denied(Denied::Forbidden))), "{r:?}");
}

async fn the_desk_marks_overdue_questions_and_is_for_staff_only(db: &Db) {
    let w = world(db).await;
    let old = ask_at(db, w.alice, w.general, "Printer shows offline after update", NOW - 30 * HOUR).await;
    let fresh = ask_at(db, w.bob, w.general, "Sync stops on large folders", NOW - HOUR).await;
    let answered =
        ask_at(db, w.carol, w.billing, "Invoice shows the wrong company name", NOW - 40 * HOUR).await;
    answer(db, w.dave, answered, "Change it under Settings, Billing, Company details.").await;

    let d = desk::load(db, w.agent, NOW).await.expect("desk");
    let find =
        |d: &domain::moderation::Desk, id: TopicId| d.unanswered.iter().find(|x| x.topic_id == id).cloned();
    let o = find(&d, old).expect("old question waits");
    assert_eq!((o.overdue, o.age_ms, o.target_hours, o.answer_count), (true, 30 * HOUR, 24, 0));
    let f = find(&d, fresh).expect("fresh question waits");
    assert!(!f.overdue);
    assert!(find(&d, answered).is_none(), "answered questions are not waiting");
    assert_eq!(d.unanswered.iter().map(|x| x.topic_id).collect::<Vec<_>>(), [old, fresh], "oldest first");

    // Each category has its own target.
    desk::set_response_target(db, w.admin, w.general, Some(48)).await.expect("target");
    let r = desk::set_response_target(db, w.agent, w.general, Some(1)).await;
    assert!(matches!(r, Err(StoreError::Denied(Denied::Forbidden))), "admins only: {r:?}");
    let targets = desk::response_targets(db, w.admin).await.unwrap();
    assert!(targets.iter().any(|(id, _, h)| *id == w.general && *h == 48), "{targets:?}");
    assert!(!find(&desk::load(db, w.agent, NOW).await.unwrap(), old).unwrap().overdue);
    desk::set_response_target(db, w.admin, w.general, Some(0)).await.expect("no target");
    let late = find(&desk::load(db, w.agent, NOW + 1000 * HOUR).await.unwrap(), old).unwrap();
    assert!(!late.overdue, "no target, never overdue");

    let r = desk::load(db, w.alice, NOW).await;
    assert!(matches!(r, Err(StoreError::Denied(Denied::Forbidden))), "{r:?}");
    let r = desk::load(db, w.low, NOW).await;
    assert!(matches!(r, Err(StoreError::Denied(Denied::Forbidden))), "{r:?}");
    let r = desk::load(db, Viewer::Visitor, NOW).await;
    assert!(matches!(r, Err(StoreError::Denied(Denied::NotSignedIn))), "{r:?}");
}

// ---------------------------------------------------------------------------
// What hidden, held and deleted posts must not give away (issue 16)
// ---------------------------------------------------------------------------

/// A category only the members of a new group "Insiders" can read.
async fn restricted(db: &Db, admin: Viewer, members: &[&str]) -> CategoryId {
    let insiders = [group(db, admin, "Insiders", members).await];
    Place::new("Insiders", "insiders")
        .visible_to(domain::Visibility::Groups, &insiders)
        .create(db, admin)
        .await
}

/// The answer count a list shows for `q`, if it lists it.
async fn listed_answers(db: &Db, v: Viewer, q: TopicId) -> Option<i64> {
    let page = topics::list(db, &access(db, v).await, &ListQuery::default(), 50).await.expect("list");
    page.topics.iter().find(|t| t.id == q).map(|t| t.answer_count)
}

async fn hidden_and_held_answers_are_left_out_of_the_counts(db: &Db) {
    let w = world(db).await;
    let q = ask(db, w.alice, w.general, "Printer shows offline after update").await;
    let a = answer(db, w.bob, q, "Reinstall the printer driver from the vendor site.").await;
    assert_eq!(
        (thread(db, w.carol, q).await.unwrap().answer_count, counts(db, w.general).await),
        (1, (1, 2))
    );

    // A held answer is nobody's business but the desk's: "1 answer" stays.
    let held = held_answer(db, &w, q).await;
    for v in [w.dave, Viewer::Visitor] {
        assert_eq!(thread(db, v, q).await.unwrap().answer_count, 1, "held answers are not counted");
        assert_eq!(listed_answers(db, v, q).await, Some(1));
    }
    assert_eq!(counts(db, w.general).await, (1, 2));

    // Hiding the only visible answer makes the question unanswered again.
    act(db, w.agent, cmd("hide", Some(a))).await;
    assert_eq!(thread(db, w.dave, q).await.unwrap().answer_count, 0);
    assert_eq!(listed_answers(db, Viewer::Visitor, q).await, Some(0));
    let unanswered = ListQuery { status: domain::model::StatusFilter::Unanswered, ..Default::default() };
    let page = topics::list(db, &access(db, Viewer::Visitor).await, &unanswered, 50).await.unwrap();
    assert!(page.topics.iter().any(|t| t.id == q), "listed as unanswered");
    assert_eq!(counts(db, w.general).await, (1, 1));

    // Deleting and restoring a hidden answer does not count it twice.
    act(db, w.agent, cmd("delete", Some(a))).await;
    act(db, w.agent, cmd("restore", Some(a))).await;
    assert_eq!((thread(db, w.dave, q).await.unwrap().answer_count, counts(db, w.general).await), (0, (1, 1)));

    // Shown again, approved: counted like any answer.
    act(db, w.agent, cmd("unhide", Some(a))).await;
    act(db, w.agent, cmd("approve", Some(held))).await;
    assert_eq!(thread(db, w.dave, q).await.unwrap().answer_count, 2);
    assert_eq!(counts(db, w.general).await, (1, 3));

    // Hidden by members' flags: out of the count until dismissed.
    for v in [w.alice, w.dave, w.agent2] {
        flags::flag(db, v, a, None, &spam(), NOW).await.unwrap();
    }
    assert_eq!(thread(db, w.dave, q).await.unwrap().answer_count, 1);
    act(db, w.agent, cmd("dismiss", Some(a))).await;
    assert_eq!(thread(db, w.dave, q).await.unwrap().answer_count, 2);

    // A held question is not in its category's counts either.
    let spam_q = ask(db, w.bob, w.general, "Best casino bonus codes for printers").await;
    assert_eq!(counts(db, w.general).await, (1, 3));
    act(db, w.agent, cmd("approve", Some(spam_q.post()))).await;
    assert_eq!(counts(db, w.general).await, (2, 4));
    // Moving a hidden question moves no counts; showing it counts it where it is.
    act(db, w.agent, cmd("hide", Some(spam_q.post()))).await;
    let to_billing = Command { category_id: Some(w.billing), ..cmd("move", Some(spam_q.post())) };
    act(db, w.agent, to_billing).await;
    assert_eq!((counts(db, w.general).await, counts(db, w.billing).await), ((1, 3), (0, 0)));
    act(db, w.agent, cmd("unhide", Some(spam_q.post()))).await;
    assert_eq!(counts(db, w.billing).await, (1, 1));
}

async fn notifications_drop_titles_of_posts_since_hidden_or_deleted(db: &Db) {
    let w = world(db).await;
    let titles =
        ["Printer shows offline after update", "Scanner stopped after driver", "Wifi drops every hour"];
    let mut qs = Vec::new();
    for (i, t) in titles.iter().enumerate() {
        let q = ask(db, w.alice, w.general, t).await;
        answer(db, w.bob, q, &format!("Answer {i}: reinstall the driver from the vendor site.")).await;
        qs.push(q);
    }
    let texts = |items: Vec<domain::notification::NotificationItem>| {
        items.into_iter().map(|n| n.title).collect::<Vec<_>>().join("\n")
    };
    let (items, _) = notifications::list(db, w.alice, None, 50).await.unwrap();
    let all = texts(items);
    assert!(titles.iter().all(|t| all.contains(t)), "{all}");

    act(db, w.agent, cmd("hide", Some(qs[0].post()))).await;
    act(db, w.agent, cmd("delete", Some(qs[1].post()))).await;
    let a2 = thread(db, w.agent, qs[2]).await.unwrap().answers[0].id;
    act(db, w.agent, cmd("hide", Some(a2))).await;
    let (items, _) = notifications::list(db, w.alice, None, 50).await.unwrap();
    let seen = texts(items);
    for t in titles {
        assert!(!seen.contains(t), "{t:?} is out of sight: {seen}");
    }
    act(db, w.agent, cmd("unhide", Some(qs[0].post()))).await;
    let (items, _) = notifications::list(db, w.alice, None, 50).await.unwrap();
    assert!(texts(items).contains(titles[0]), "shown again, named again");
}

async fn a_duplicate_banner_names_only_a_question_the_reader_can_open(db: &Db) {
    let w = world(db).await;
    let insiders = restricted(db, w.admin, &["bob"]).await;
    let original = ask(db, w.alice, w.general, "Printer shows offline after update").await;
    let secret = ask(db, w.bob, insiders, "Printer recall planned for next month").await;
    let dup = ask(db, w.carol, w.general, "My printer is offline since the update").await;
    let dup2 = ask(db, w.carol, w.general, "Printer offline, is a recall coming").await;
    let close = |d: TopicId, target: TopicId| Command {
        target: target.to_string(),
        ..cmd("close_duplicate", Some(d.post()))
    };
    act(db, w.agent, close(dup, original)).await;
    act(db, w.agent, close(dup2, secret)).await;
    let banner = |t: Thread| t.duplicate_of.map(|(id, title, _)| (id, title));
    assert_eq!(
        banner(thread(db, w.dave, dup).await.unwrap()),
        Some((original, "Printer shows offline after update".to_owned()))
    );

    // A restricted target stays unnamed for those outside it.
    assert_eq!(banner(thread(db, w.dave, dup2).await.unwrap()), None);
    assert_eq!(banner(thread(db, Viewer::Visitor, dup2).await.unwrap()), None);
    assert_eq!(banner(thread(db, w.bob, dup2).await.unwrap()).map(|b| b.0), Some(secret));

    // A hidden (or held) target is unnamed for members, named for staff.
    act(db, w.agent, cmd("hide", Some(original.post()))).await;
    assert_eq!(banner(thread(db, w.dave, dup).await.unwrap()), None);
    assert_eq!(banner(thread(db, Viewer::Visitor, dup).await.unwrap()), None);
    assert_eq!(banner(thread(db, w.agent, dup).await.unwrap()).map(|b| b.0), Some(original));
}

async fn staff_redact_old_revisions_and_nobody_reads_them_again(db: &Db) {
    let w = world(db).await;
    let q = ask(db, w.alice, w.general, "Printer shows offline after update").await;
    let edit = |body: &str| posts::Edit {
        title: Some("Printer shows offline after update".into()),
        body: body.into(),
        tags: Some("sync".into()),
        reason: String::new(),
    };
    let secret = "call me on 555-0100, my password is hunter22";
    posts::edit(db, w.alice, q.post(), &edit(&format!("It still fails; {secret}, thanks.")), NOW + 1)
        .await
        .unwrap();
    posts::edit(
        db,
        w.alice,
        q.post(),
        &edit("It still fails after the update, every time I print."),
        NOW + 2,
    )
    .await
    .unwrap();
    let redact = |v: Viewer, n: i64, reason: &str| {
        let reason = reason.to_owned();
        async move { posts::redact_revision(db, v, q.post(), n, &reason, NOW + 3).await }
    };

    // Staff only, with the existing permission errors; a reason is required.
    assert!(matches!(redact(w.alice, 2, "Personal data").await, Err(StoreError::Denied(_))));
    assert!(matches!(redact(w.bob, 2, "Personal data").await, Err(StoreError::Denied(_))));
    assert!(matches!(redact(Viewer::Visitor, 2, "Personal data").await, Err(StoreError::Denied(_))));
    assert_eq!(
        fields(redact(w.agent, 2, " ").await.unwrap_err()),
        field("reason", ErrorCode::ReasonRequired)
    );
    assert_eq!(
        fields(redact(w.agent, 3, "Personal data").await.unwrap_err()),
        field("revision", ErrorCode::RevisionCurrent),
        "the current text is edited away first"
    );
    assert_eq!(
        fields(redact(w.agent, 9, "Personal data").await.unwrap_err()),
        field("revision", ErrorCode::RevisionUnknown)
    );
    let stored = "SELECT COUNT(*) FROM revisions WHERE body_md LIKE '%555-0100%'";
    assert_eq!(count(db, stored).await, 1);

    // An agent redacts it: purged from storage, logged with the reason.
    assert_eq!(redact(w.agent, 2, "Personal data").await.unwrap(), q);
    assert_eq!(count(db, stored).await, 0, "the text is gone from the database");
    let line = last_log(db).await;
    assert_eq!((line.0, line.1.as_str(), line.2), (Some(uid(w.agent)), "redact", Some(uid(w.alice))));
    assert_eq!(
        (line.4, line.6.as_str(), line.7.clone()),
        (Some(q.post()), "Personal data", LogDetail::Revision { number: 2 })
    );
    let logged = moderation::log_entries(db, w.admin, &LogFilter::default(), None, 50).await.unwrap();
    assert_eq!(logged[0].action, ModAction::Redact);

    // Readers see that it was redacted, never the text.
    for v in [w.bob, w.agent, w.admin] {
        let revs = posts::revisions(db, v, q.post()).await.unwrap();
        assert_eq!(revs.len(), 3);
        assert!(revs[1].redacted_at.is_some());
        assert_eq!((revs[1].title.as_deref(), revs[1].body_md.as_str()), (None, ""));
        assert!(revs.iter().all(|r| !r.body_md.contains("555-0100")));
        assert!(revs[0].redacted_at.is_none() && revs[2].redacted_at.is_none());
    }
    // Nothing to roll back to; redacting again changes nothing.
    let back = posts::rollback(db, w.agent, q.post(), 2, NOW + 4).await;
    assert_eq!(fields(back.unwrap_err()), field("revision", ErrorCode::RevisionRedacted));
    let lines = "SELECT COUNT(*) FROM mod_log WHERE action = 'redact'";
    redact(w.admin, 2, "Again").await.unwrap();
    assert_eq!(count(db, lines).await, 1);
    // `act` is not a door to it.
    let via_act = moderation::act(db, w.agent, &cmd("redact", Some(q.post())), NOW).await;
    assert_eq!(fields(via_act.unwrap_err()), field("action", ErrorCode::Required));

    // A history is readable only where its post is.
    let a = answer(db, w.bob, q, "Reinstall the printer driver from the vendor site.").await;
    assert!(posts::revisions(db, w.carol, a).await.is_ok());
    act(db, w.agent, cmd("hide", Some(a))).await;
    for v in [w.carol, w.alice, Viewer::Visitor] {
        assert!(matches!(posts::revisions(db, v, a).await, Err(StoreError::NotFound)));
    }
    assert!(posts::revisions(db, w.agent, a).await.is_ok());
    act(db, w.agent, cmd("delete", Some(q.post()))).await;
    assert!(matches!(posts::revisions(db, w.bob, q.post()).await, Err(StoreError::NotFound)));
}
