//! The vote widget and the author line (name, level, reputation).

use domain::id::PostId;
use domain::model::Author;
use leptos::prelude::*;

use crate::api::votes::Vote;

/// The score a vote would show before the server answers: the confirmed
/// score without the member's old vote, plus the new one.
fn optimistic(score: i64, mine: i64, next: i64) -> i64 {
    score - mine + next
}

fn vote_value(s: &str) -> i64 {
    match s {
        "up" => 1,
        "down" => -1,
        _ => 0,
    }
}

/// Upvote / score / downvote. The count and the pressed state change the
/// moment the member clicks (from the pending input); the server's answer
/// then confirms them, or the widget falls back to the confirmed state and
/// says why. Without JavaScript each button is a plain form.
#[component]
pub fn VoteButtons(post_id: PostId, score: i64, my_vote: i64, can_vote: bool, own: bool) -> impl IntoView {
    let vote = ServerAction::<Vote>::new();
    let confirmed = RwSignal::new((score, my_vote));
    let error = RwSignal::new(None::<String>);
    Effect::new(move |_| match vote.value().get() {
        Some(Ok(s)) => {
            confirmed.set((s.score, s.my_vote));
            error.set(None);
        }
        Some(Err(e)) => error.set(Some(e.to_string())),
        None => {}
    });
    // Other people's votes arrive live; the member's own vote stays theirs.
    crate::live::on_event(move |e| {
        if let domain::live::LiveEvent::Vote { post_id: p, score, .. } = e {
            if *p == post_id {
                confirmed.update(|c| c.0 = *score);
            }
        }
    });
    let shown = move || {
        let (score, mine) = confirmed.get();
        match vote.input().get() {
            Some(pending) => {
                let next = vote_value(&pending.value);
                (optimistic(score, mine, next), next)
            }
            None => (score, mine),
        }
    };
    // Clicking the pressed button takes the vote back.
    let next_for = move |dir: i64| {
        let (_, mine) = shown();
        match (mine == dir, dir) {
            (true, _) => "none",
            (false, 1) => "up",
            (false, _) => "down",
        }
    };
    let disabled_reason = own.then(|| t!("vote-own-post"));
    let disabled = !can_vote;
    let button = move |dir: i64, label: String, glyph: &'static str| {
        let title = disabled_reason.clone().unwrap_or_else(|| label.clone());
        view! {
            <ActionForm action=vote attr:class="vote-form">
                <input type="hidden" name="post_id" value=post_id.get() />
                <input type="hidden" name="value" prop:value=move || next_for(dir) value=next_for(dir) />
                <button
                    type="submit"
                    class="vote-button"
                    class:vote-pressed=move || shown().1 == dir
                    aria-label=label
                    aria-pressed=move || (shown().1 == dir).to_string()
                    title=title
                    disabled=disabled
                >
                    <span aria-hidden="true">{glyph}</span>
                </button>
            </ActionForm>
        }
    };
    view! {
        <div class="vote-widget">
            {button(1, t!("vote-up"), "▲")}
            <output class="vote-score" aria-label=t!("vote-score") aria-live="polite">{move || shown().0}</output>
            {button(-1, t!("vote-down"), "▼")}
            {move || error.get().map(|m| view! { <p class="vote-error" role="alert">{m}</p> })}
        </div>
    }
}

/// A member's name with their level and reputation, as shown beside
/// everything they write.
#[component]
pub fn AuthorName(author: Author) -> impl IntoView {
    let title = t!(
        "post-author-level-title",
        level = u32::from(author.level),
        name = &author.level_name,
        reputation = author.reputation
    );
    view! {
        <span class="author-name">
            <a href=format!("/u/{}", author.username)>{author.username.clone()}</a>
            " "
            <span class="level-badge" title=title.clone() aria-label=title>
                {t!("post-author-level-short", level = u32::from(author.level), name = &author.level_name)}
            </span>
            " "
            <span class="reputation" aria-hidden="true">{crate::i18n::number(author.reputation)}</span>
        </span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optimistic_scores_swap_the_old_vote_for_the_new() {
        assert_eq!(optimistic(5, 0, 1), 6);
        assert_eq!(optimistic(5, 1, 0), 4);
        assert_eq!(optimistic(5, 1, -1), 3);
        assert_eq!(optimistic(5, -1, 1), 7);
        assert_eq!(vote_value("up") - vote_value("down"), 2);
        assert_eq!(vote_value("bogus"), 0);
    }
}
