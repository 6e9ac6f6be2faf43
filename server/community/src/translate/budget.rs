//! Counting new machine translations against the hourly budget
//! (`domain::translation`): the member's, the network address's and the
//! community's allowances, all in one transaction, so either every
//! allowance has room and all three count the call, or nothing is counted.
//!
//! The events share the tables of the other sliding-window limits
//! (`store::rate_limits`), and their purge.

use domain::rate_limit::Rule;
use domain::translation::Budget;
use domain::{Role, Viewer};

use crate::db::Db;
use crate::error::{StoreError, StoreResult};
use crate::on_tx;

const MEMBER_BUCKET: &str = "translate_member";
const IP_BUCKET: &str = "translate_ip";
const GLOBAL_BUCKET: &str = "translate_all";
const GLOBAL_SUBJECT: &str = "all";

/// The allowances a call by `viewer` from `ip_subject` counts against, in
/// the order their rows are locked (always the same, so two nodes never
/// wait on each other in a cycle). Staff help readers and clean up after
/// floods: only the community's allowance applies to them.
fn checks(viewer: Viewer, ip_subject: &str, budget: Budget) -> Vec<(&'static str, String, Rule)> {
    let mut checks = Vec::with_capacity(3);
    let staff = matches!(viewer, Viewer::Account { role, .. } if role >= Role::Agent);
    if !staff {
        if let Viewer::Account { id, .. } = viewer {
            checks.push((MEMBER_BUCKET, id.to_string(), budget.member_rule()));
        }
        checks.push((IP_BUCKET, ip_subject.to_owned(), budget.ip_rule()));
    }
    checks.push((GLOBAL_BUCKET, GLOBAL_SUBJECT.to_owned(), budget.global_rule()));
    checks
}

/// Counts one new machine translation, or refuses it with
/// `StoreError::Limited` (how long until every allowance has room again)
/// and counts nothing.
pub(super) async fn spend(
    db: &Db,
    viewer: Viewer,
    ip_subject: &str,
    budget: Budget,
    now: i64,
) -> StoreResult<()> {
    let checks = checks(viewer, ip_subject, budget);
    let mut tx = db.begin().await?;
    let mut wait: Option<i64> = None;
    for (bucket, subject, rule) in &checks {
        // Upserting the subject's row locks it until the end of the
        // transaction: concurrent calls for one subject count one by one.
        on_tx!(&mut tx, c => sqlx::query(
            "INSERT INTO rate_limit_subjects (bucket, subject, last_at) VALUES ($1, $2, $3)
             ON CONFLICT (bucket, subject) DO UPDATE SET last_at = excluded.last_at")
            .bind(*bucket).bind(subject).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
        let recent: Vec<i64> = on_tx!(&mut tx, c => sqlx::query_scalar(
            "SELECT at FROM rate_limit_events WHERE bucket = $1 AND subject = $2 AND at > $3")
            .bind(*bucket).bind(subject).bind(now - rule.window_ms).fetch_all(c).await)?;
        if let Some(ms) = rule.retry_after_ms(&recent, now) {
            wait = Some(wait.map_or(ms, |w| w.max(ms)));
        }
    }
    if let Some(retry_after_ms) = wait {
        // Dropping the transaction rolls it back: nothing is counted.
        tracing::warn!(ip = %ip_subject, "a new machine translation was refused by the hourly budget");
        return Err(StoreError::Limited {
            message: domain::translation::limit_message(retry_after_ms),
            retry_after_ms,
        });
    }
    for (bucket, subject, _) in &checks {
        on_tx!(&mut tx, c => sqlx::query(
            "INSERT INTO rate_limit_events (bucket, subject, at) VALUES ($1, $2, $3)")
            .bind(*bucket).bind(subject).bind(now).execute(c).await.map(|r| r.rows_affected()))?;
    }
    tx.commit().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_count_thrice_visitors_twice_staff_once() {
        let b = Budget { per_member: 1, per_ip: 2, global: 3 };
        let buckets =
            |v| checks(v, "203.0.113.9", b).into_iter().map(|(k, s, r)| (k, s, r.max)).collect::<Vec<_>>();
        assert_eq!(
            buckets(Viewer::Account { id: domain::UserId(7), role: Role::Member }),
            [
                (MEMBER_BUCKET, "7".to_owned(), 1),
                (IP_BUCKET, "203.0.113.9".to_owned(), 2),
                (GLOBAL_BUCKET, "all".to_owned(), 3)
            ]
        );
        assert_eq!(
            buckets(Viewer::Visitor),
            [(IP_BUCKET, "203.0.113.9".to_owned(), 2), (GLOBAL_BUCKET, "all".to_owned(), 3)]
        );
        assert_eq!(
            buckets(Viewer::Account { id: domain::UserId(1), role: Role::Agent }),
            [(GLOBAL_BUCKET, "all".to_owned(), 3)]
        );
    }
}
