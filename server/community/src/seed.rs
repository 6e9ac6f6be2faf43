//! Demo content so that a first visit is not an empty room. Idempotent: what
//! already exists (by username) is left alone, so running it twice
//! duplicates nothing.

use domain::id::CategoryId;
use domain::id::PostId;
use domain::{Email, Role, Username};

use crate::clock::now_ms;
use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::password;
use crate::store::users;

/// Shared by every demo account. Listed in the README as demo-only.
pub const DEMO_PASSWORD: &str = "entraide-demo-2026";

pub struct DemoAccount {
    pub username: &'static str,
    pub role: Role,
}

pub const DEMO_ACCOUNTS: &[DemoAccount] = &[
    DemoAccount { username: "camille", role: Role::Admin },
    DemoAccount { username: "sam-support", role: Role::Agent },
    DemoAccount { username: "nadia-support", role: Role::Agent },
    DemoAccount { username: "lucas", role: Role::Member },
    DemoAccount { username: "emma_b", role: Role::Member },
    DemoAccount { username: "yuki", role: Role::Member },
    DemoAccount { username: "omar-dev", role: Role::Member },
    DemoAccount { username: "ines", role: Role::Member },
    DemoAccount { username: "tom-h", role: Role::Member },
    DemoAccount { username: "priya", role: Role::Member },
    DemoAccount { username: "jonas", role: Role::Member },
    DemoAccount { username: "maria-lopez", role: Role::Member },
    DemoAccount { username: "kwame", role: Role::Member },
];

#[derive(Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub created: usize,
    pub existing: usize,
}

pub async fn seed_demo(db: &Db) -> StoreResult<SeedReport> {
    let mut report = SeedReport::default();
    for (i, account) in DEMO_ACCOUNTS.iter().enumerate() {
        if users::by_username(db, account.username).await?.is_some() {
            report.existing += 1;
            continue;
        }
        let username = Username::parse(account.username).map_err(StoreError::invalid)?;
        let email = Email::parse(&format!("{}@demo.entraide.test", account.username.replace('_', "-")))
            .map_err(StoreError::invalid)?;
        let hash = password::hash(DEMO_PASSWORD.to_owned()).await?;
        // Stagger creation times so "member since" reads naturally.
        // Long enough ago that the demo content (up to a few months old) was
        // written by established members, not by new ones auto-moderation limits.
        let now = now_ms() - 365 * 86_400_000 - (DEMO_ACCOUNTS.len() - i) as i64 * 86_400_000 * 7;
        match users::insert(
            db,
            users::NewUser {
                username: &username,
                email: &email,
                password_hash: &hash,
                role: account.role,
                now,
            },
        )
        .await
        {
            Ok(user) => {
                report.created += 1;
                // Members who read only their own language: the demo's
                // posts in other languages offer them "Translate".
                let reads = match account.username {
                    "ines" => "fr",
                    "maria-lopez" => "es",
                    _ => "",
                };
                if !reads.is_empty() {
                    crate::store::users::set_reads(db, user.id, reads).await?;
                }
            }
            // Another seeder won the race: that is the idempotent outcome.
            Err(StoreError::Invalid(_)) => report.existing += 1,
            Err(e) => return Err(e),
        }
    }
    Ok(report)
}

/// The demo community: groups, categories, tags and threads for a fictional
/// cloud-storage product, in several languages.
const DEMO_COMMUNITY: &str = include_str!("../data/demo/community.json");

#[derive(serde::Deserialize)]
struct DemoCommunity {
    groups: Vec<DemoGroup>,
    categories: Vec<DemoCategory>,
    tag_groups: Vec<DemoTagGroup>,
    ungrouped_tags: Vec<DemoTag>,
    questions: Vec<DemoTopic>,
}

#[derive(serde::Deserialize)]
struct DemoGroup {
    name: String,
    description: String,
    members: Vec<String>,
}

#[derive(serde::Deserialize)]
struct DemoCategory {
    name: String,
    slug: String,
    description: String,
    color: String,
    parent: Option<String>,
    post_types: Vec<String>,
    visibility: String,
    groups: Vec<String>,
}

#[derive(serde::Deserialize)]
struct DemoTagGroup {
    name: String,
    tags: Vec<DemoTag>,
}

#[derive(serde::Deserialize)]
struct DemoTag {
    name: String,
    description: String,
}

#[derive(serde::Deserialize)]
struct DemoTopic {
    kind: String,
    category: String,
    author: String,
    days_ago: i64,
    title: String,
    body: String,
    tags: Vec<String>,
    #[serde(default)]
    answers: Vec<DemoAnswer>,
    #[serde(default)]
    comments: Vec<DemoComment>,
    #[serde(default)]
    translations: Vec<DemoTranslation>,
}

/// A translation written by a person (the author or an agent), so the
/// demo's "Translate" buttons work with no provider configured.
#[derive(serde::Deserialize)]
struct DemoTranslation {
    language: String,
    by: String,
    #[serde(default)]
    title: String,
    body: String,
}

#[derive(serde::Deserialize)]
struct DemoAnswer {
    author: String,
    hours_later: i64,
    body: String,
    #[serde(default)]
    comments: Vec<DemoComment>,
    #[serde(default)]
    translations: Vec<DemoTranslation>,
}

#[derive(serde::Deserialize)]
struct DemoComment {
    author: String,
    hours_later: i64,
    body: String,
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct ContentReport {
    pub categories: usize,
    pub tags: usize,
    pub topics: usize,
    pub answers: usize,
    pub comments: usize,
    pub votes: usize,
    pub accepted: usize,
    pub translations: usize,
}

/// Loads the demo community once: if its first category exists, nothing is
/// done. Needs the demo accounts (`seed_demo`) first.
pub async fn seed_content(db: &Db) -> StoreResult<ContentReport> {
    use crate::store::{categories, comments, groups, posts, tags, votes};
    use domain::Viewer;

    let demo: DemoCommunity = serde_json::from_str(DEMO_COMMUNITY)
        .map_err(|e| StoreError::Internal(format!("demo content is not valid JSON: {e}")))?;
    let mut report = ContentReport::default();
    let existing = categories::all(db).await?;
    if demo.categories.first().is_some_and(|c| existing.iter().any(|e| e.slug == c.slug)) {
        return Ok(report);
    }
    let mut viewers = std::collections::HashMap::new();
    for account in DEMO_ACCOUNTS {
        let user = users::by_username(db, account.username).await?.ok_or(StoreError::NotFound)?;
        viewers.insert(account.username.to_owned(), Viewer::Account { id: user.id, role: user.role });
    }
    let viewer = |name: &str| {
        viewers
            .get(name)
            .copied()
            .ok_or_else(|| StoreError::Internal(format!("demo author {name} is unknown")))
    };
    let admin = viewer("camille")?;
    let now = now_ms();
    let start = now - 121 * 86_400_000;

    let mut group_ids = std::collections::HashMap::new();
    for g in &demo.groups {
        let id = groups::create(db, admin, &g.name, &g.description, start).await?;
        for m in &g.members {
            groups::add_member(db, admin, id, m, start).await?;
        }
        group_ids.insert(g.name.clone(), id);
    }
    let mut category_ids: std::collections::HashMap<String, CategoryId> = std::collections::HashMap::new();
    for (position, c) in demo.categories.iter().enumerate() {
        let input = categories::CategoryInput {
            name: c.name.clone(),
            slug: c.slug.clone(),
            description: c.description.clone(),
            color: c.color.clone(),
            position: position as i64,
            parent_id: c.parent.as_ref().and_then(|p| category_ids.get(p).copied()),
            // The demo file is an edge like a form: its kinds and
            // visibility become enums here.
            post_types: domain::place::parse_post_types(&c.post_types).map_err(StoreError::invalid)?,
            visibility: domain::Visibility::parse(&c.visibility).map_err(StoreError::invalid)?,
            group_ids: c.groups.iter().filter_map(|g| group_ids.get(g).copied()).collect(),
        };
        let id = categories::save(db, admin, None, &input, start).await?;
        category_ids.insert(c.slug.clone(), id);
        report.categories += 1;
    }
    for (position, g) in demo.tag_groups.iter().enumerate() {
        let gid = tags::create_group(db, admin, &g.name, position as i64).await?;
        for t in &g.tags {
            tags::save(db, admin, None, &t.name, &t.description, Some(gid), start).await?;
            report.tags += 1;
        }
    }
    for t in &demo.ungrouped_tags {
        tags::save(db, admin, None, &t.name, &t.description, None, start).await?;
        report.tags += 1;
    }

    // Oldest first, so ids follow time as they would in a real community.
    let mut topics: Vec<&DemoTopic> = demo.questions.iter().collect();
    topics.sort_by_key(|t| std::cmp::Reverse(t.days_ago));
    for (i, t) in topics.into_iter().enumerate() {
        let asked_at = (now - t.days_ago * 86_400_000 - 3_600_000).min(now);
        let input = posts::NewTopic {
            kind: domain::post::PostKind::parse(&t.kind).map_err(|e| StoreError::Invalid(vec![e]))?,
            category_id: category_ids.get(&t.category).copied(),
            title: t.title.clone(),
            body: t.body.clone(),
            tags: t.tags.join(" "),
            request_key: None,
        };
        let topic = posts::create_topic(db, viewer(&t.author)?, &input, asked_at).await?;
        report.topics += 1;
        let at = |hours: i64| (asked_at + hours * 3_600_000).min(now);
        for tr in &t.translations {
            report.translations += seed_translation(db, viewer(&tr.by)?, topic.id, tr, at(2)).await?;
        }
        for c in &t.comments {
            comments::add(db, viewer(&c.author)?, topic.id, &c.body, &None, at(c.hours_later)).await?;
            report.comments += 1;
        }
        let mut answers = Vec::new();
        for a in &t.answers {
            let answer = posts::create_answer(
                db,
                viewer(&a.author)?,
                topic.topic_id,
                &a.body,
                &None,
                at(a.hours_later),
            )
            .await?;
            report.answers += 1;
            for tr in &a.translations {
                report.translations +=
                    seed_translation(db, viewer(&tr.by)?, answer.id, tr, at(a.hours_later + 2)).await?;
            }
            for c in &a.comments {
                comments::add(db, viewer(&c.author)?, answer.id, &c.body, &None, at(c.hours_later)).await?;
                report.comments += 1;
            }
            answers.push((answer.id, a, 0usize));
        }
        // Demo votes and acceptances, spread by a fixed pattern so every run
        // seeds the same community: some answers popular, some questions
        // left unsolved.
        for (k, account) in DEMO_ACCOUNTS.iter().enumerate() {
            if account.username != t.author && (i + k) % 6 == 0 {
                report.votes += seed_vote(db, viewer(account.username)?, topic.id, at(1)).await?;
            }
            for (j, (answer_id, a, count)) in answers.iter_mut().enumerate() {
                if account.username != a.author && (i * 7 + j * 5 + k * 3) % 7 < 3 {
                    let cast =
                        seed_vote(db, viewer(account.username)?, *answer_id, at(a.hours_later + 1)).await?;
                    *count += cast;
                    report.votes += cast;
                }
            }
        }
        let best = answers.iter().filter(|(_, a, _)| a.author != t.author).max_by_key(|(_, _, n)| *n);
        if let (Some((answer_id, a, _)), true) = (best, t.kind == "question" && i % 4 != 3) {
            votes::accept(db, viewer(&t.author)?, *answer_id, true, at(a.hours_later + 2)).await?;
            report.accepted += 1;
            if a.author.ends_with("-support") || i % 5 == 0 {
                let agent = if a.author == "sam-support" { "nadia-support" } else { "sam-support" };
                votes::verify(db, viewer(agent)?, *answer_id, true, at(a.hours_later + 3)).await?;
            }
        }
    }
    Ok(report)
}

async fn seed_translation(
    db: &Db,
    by: domain::Viewer,
    post_id: PostId,
    tr: &DemoTranslation,
    at: i64,
) -> StoreResult<usize> {
    let input = crate::translate::HumanTranslation {
        post_id,
        language: &tr.language,
        title: &tr.title,
        body: &tr.body,
    };
    crate::translate::save_human(db, by, &input, at).await?;
    Ok(1)
}

/// One demo upvote; members who cannot read the place (a restricted forum)
/// simply do not vote there.
async fn seed_vote(db: &Db, voter: domain::Viewer, post: PostId, at: i64) -> StoreResult<usize> {
    match crate::store::votes::cast(db, voter, post, 1, at).await {
        Ok(_) => Ok(1),
        Err(StoreError::NotFound) => Ok(0),
        Err(e) => Err(e),
    }
}

/// Members who answer the benchmark thread: one answer each, as in a real
/// busy thread (auto-moderation holds near-identical answers by one member).
pub const BENCH_MEMBERS: usize = 20;

/// The thread the server benchmark loads (`.ci/bench`, `entraide seed-bench`):
/// a question in the first public question category with [`BENCH_MEMBERS`]
/// visible answers by as many members, each with a picture, reputation from
/// votes (so levels differ) and the badges those votes earn, and an accepted
/// answer. Needs the demo community first. Returns the question's path;
/// running it again returns the same thread.
pub async fn seed_bench(db: &Db) -> StoreResult<String> {
    use crate::store::{categories, posts, profiles, votes};
    use domain::{PostKind, Viewer};

    const TITLE: &str = "Desktop sync stops after the laptop wakes from sleep";
    let lucas = users::by_username(db, "lucas").await?.ok_or(StoreError::NotFound)?;
    let asker = Viewer::Account { id: lucas.id, role: lucas.role };
    let category = categories::all(db)
        .await?
        .into_iter()
        .find(|c| c.visibility == domain::Visibility::Public && c.accepts(PostKind::Question))
        .ok_or(StoreError::NotFound)?;
    let hash = password::hash(DEMO_PASSWORD.to_owned()).await?;
    let now = now_ms();
    let start = now - 30 * 86_400_000;
    let mut members = Vec::with_capacity(BENCH_MEMBERS);
    for i in 1..=BENCH_MEMBERS {
        let user = established(db, &format!("bench-{i:02}"), &hash, start).await?;
        let viewer = Viewer::Account { id: user.id, role: user.role };
        if user.avatar_version.is_none() {
            profiles::set_avatar(db, viewer, &bench_avatar(i), start).await?;
        }
        members.push(viewer);
    }
    // The write benchmark's members (`.ci/bench-writes`): established
    // accounts, so new-member limits do not apply.
    for i in 1..=BENCH_WRITERS {
        established(db, &format!("writer-{i:02}"), &hash, start).await?;
    }
    let existing: Option<(domain::TopicId, Option<String>)> = crate::on_db!(db, p => sqlx::query_as(
        "SELECT id, slug FROM posts WHERE topic_id IS NULL AND title = $1 ORDER BY id LIMIT 1")
        .bind(TITLE).fetch_optional(p).await)?;
    if let Some((id, slug)) = existing {
        return Ok(domain::model::topic_path(id, &slug.unwrap_or_default()));
    }
    let input = posts::NewTopic {
        kind: PostKind::Question,
        category_id: Some(category.id),
        title: TITLE.to_owned(),
        body: "Since the last update, **sync pauses** whenever my laptop wakes from sleep and only resumes \
               after I quit the app. Logs show `network unreachable` for a few seconds, then nothing."
            .to_owned(),
        tags: "sync windows".to_owned(),
        request_key: None,
    };
    let question = posts::create_topic(db, asker, &input, start).await?;
    let mut answers = Vec::with_capacity(BENCH_MEMBERS);
    for (i, member) in members.iter().enumerate() {
        let body = format!(
            "{} In my case {} — after that, sync resumed on its own.\n\n```\nnimbus --status\n```",
            BENCH_TIPS[i % BENCH_TIPS.len()],
            BENCH_CAUSES[(i * 7) % BENCH_CAUSES.len()],
        );
        let at = start + (i as i64 + 1) * 3_600_000;
        answers.push(posts::create_answer(db, *member, question.topic_id, &body, &None, at).await?.id);
    }
    // A fixed pattern of upvotes: early answers collect more, so levels and
    // badges differ from one answer to the next.
    for (v, voter) in members.iter().enumerate() {
        for (a, answer) in answers.iter().enumerate() {
            if a != v && (a * 3 + v) % (a / 4 + 2) == 0 {
                seed_vote(db, *voter, *answer, start + 30 * 3_600_000).await?;
            }
        }
        seed_vote(db, *voter, question.id, start + 30 * 3_600_000).await?;
    }
    votes::accept(db, asker, answers[0], true, start + 40 * 3_600_000).await?;
    Ok(domain::model::topic_path(question.topic_id, &question.slug))
}

/// Members who post at once in the write benchmark.
pub const BENCH_WRITERS: usize = 64;

/// A member account a year old (past every new-member rule), created once.
async fn established(
    db: &Db,
    name: &str,
    hash: &password::PasswordHash,
    now: i64,
) -> StoreResult<users::User> {
    if let Some(u) = users::by_username(db, name).await? {
        return Ok(u);
    }
    let username = Username::parse(name).map_err(StoreError::invalid)?;
    let email = Email::parse(&format!("{name}@bench.entraide.test")).map_err(StoreError::invalid)?;
    let new = users::NewUser {
        username: &username,
        email: &email,
        password_hash: hash,
        role: Role::Member,
        now: now - 400 * 86_400_000,
    };
    users::insert(db, new).await
}

/// A distinct 2×2 picture per bench member (re-encoded like an upload).
fn bench_avatar(i: usize) -> Vec<u8> {
    let shade = (i * 37 % 256) as u8;
    let img = image::RgbImage::from_fn(2, 2, |x, y| image::Rgb([shade, (x * 120) as u8, (y * 200) as u8]));
    let mut png = Vec::new();
    // Encoding a 2×2 image in memory cannot fail.
    let _ = img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png);
    crate::avatar::normalise(&png).unwrap_or(png)
}

const BENCH_TIPS: [&str; 10] = [
    "Pause sync from the tray menu, wait ten seconds, then resume it.",
    "Turn off “Allow the computer to turn off this device” for the network adapter.",
    "Update the network driver from the laptop maker's site, not Windows Update.",
    "Set the app to start with a delay after wake in Settings → Advanced.",
    "Sign out of the desktop app and sign back in to refresh the token.",
    "Check that no VPN client reconnects slower than the sync client retries.",
    "Exclude the sync folder from the antivirus real-time scan.",
    "Switch the power plan to Balanced; Ultimate Performance changes adapter sleep.",
    "Clear the local cache folder while the app is closed.",
    "Disable Fast Startup in the power options and reboot once.",
];

const BENCH_CAUSES: [&str; 9] = [
    "the Wi-Fi adapter took longer than the app's first retry",
    "an old proxy setting was left in the registry",
    "the firewall profile switched to Public after wake",
    "a second sync client held the same folder",
    "the DNS cache returned a stale address",
    "the clock had drifted by a few minutes",
    "a Bluetooth driver blocked the adapter for a moment",
    "the corporate VPN forced a tunnel on wake",
    "Windows had queued a pending driver restart",
];
