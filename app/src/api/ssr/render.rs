//! What pages render from stored data on the server: revision diffs and a
//! thread's structured data (JSON-LD).

/// The differences between a revision and the one before it (or, for the
/// first, everything added).
pub fn revision_view(
    prev: Option<&domain::model::Revision>,
    rev: &domain::model::Revision,
) -> crate::api::topics::RevisionView {
    use crate::api::topics::{DiffLine, DiffSegment, RevisionView};
    use community::diff::{self, Change};
    // A redacted revision has no text to compare: the page says so instead.
    if rev.redacted_at.is_some() {
        return RevisionView {
            title_diff: None,
            tags_diff: None,
            body_diff: Vec::new(),
            revision: rev.clone(),
        };
    }
    let change = |c: &Change| {
        match c {
            Change::Same => "same",
            Change::Added => "added",
            Change::Removed => "removed",
        }
        .to_owned()
    };
    let segs = |v: Vec<diff::Segment>| {
        v.into_iter().map(|s| DiffSegment { change: change(&s.change), text: s.text }).collect::<Vec<_>>()
    };
    let old_body = prev.map(|p| p.body_md.as_str()).unwrap_or("");
    let body_diff = diff::diff_text(old_body, &rev.body_md, 3)
        .into_iter()
        .map(|l| DiffLine { change: change(&l.change), segments: segs(l.segments), collapsed: l.collapsed })
        .collect();
    let pair = |old: Option<&Option<String>>, new: &Option<String>| {
        new.as_ref().map(|n| segs(diff::diff_words(old.and_then(|o| o.as_deref()).unwrap_or(""), n)))
    };
    RevisionView {
        title_diff: pair(prev.map(|p| &p.title), &rev.title),
        tags_diff: pair(prev.map(|p| &p.tags), &rev.tags),
        body_diff,
        revision: rev.clone(),
    }
}

/// schema.org structured data for a thread: `QAPage` for questions (with
/// `suggestedAnswer`, and `acceptedAnswer` once one is accepted), else
/// `DiscussionForumPosting`. `<` is escaped so the text cannot close the
/// script element it is placed in.
pub fn thread_json_ld(t: &domain::model::Thread, base: &str) -> String {
    use serde_json::json;
    let url = format!("{base}{}", t.path());
    let iso = |ms: i64| {
        let secs = ms.div_euclid(1000);
        format!(
            "{}T{:02}:{:02}:{:02}Z",
            domain::calendar::iso_date(ms),
            secs / 3600 % 24,
            secs / 60 % 60,
            secs % 60
        )
    };
    let text = |html: &str| community::markdown::html_text(html);
    let person = |name: &str| json!({ "@type": "Person", "name": name, "url": format!("{base}/u/{name}") });
    let answers: Vec<_> = t
        .answers
        .iter()
        .filter(|a| !a.deleted)
        .map(|a| {
            (
                Some(a.id) == t.accepted_answer_id,
                json!({
                    "@type": "Answer",
                    "text": text(&a.body_html),
                    "dateCreated": iso(a.created_at.get()),
                    "upvoteCount": a.score,
                    "url": format!("{url}#post-{}", a.id),
                    "author": person(&a.author.username),
                }),
            )
        })
        .collect();
    let value = if t.topic.kind == domain::PostKind::Question {
        let mut question = json!({
            "@type": "Question",
            "name": t.title,
            "text": text(&t.topic.body_html),
            "answerCount": answers.len(),
            "upvoteCount": t.topic.score,
            "dateCreated": iso(t.topic.created_at.get()),
            "author": person(&t.topic.author.username),
            "suggestedAnswer": answers.iter().filter(|(acc, _)| !acc).map(|(_, a)| a.clone()).collect::<Vec<_>>(),
        });
        if let Some((_, accepted)) = answers.iter().find(|(acc, _)| *acc) {
            question["acceptedAnswer"] = accepted.clone();
        }
        json!({ "@context": "https://schema.org", "@type": "QAPage", "mainEntity": question })
    } else {
        json!({
            "@context": "https://schema.org",
            "@type": "DiscussionForumPosting",
            "headline": t.title,
            "text": text(&t.topic.body_html),
            "url": url,
            "datePublished": iso(t.topic.created_at.get()),
            "author": person(&t.topic.author.username),
            "comment": answers.iter().map(|(_, a)| {
                let mut c = a.clone();
                c["@type"] = json!("Comment");
                c
            }).collect::<Vec<_>>(),
        })
    };
    value.to_string().replace('<', "\\u003c")
}
