//! Demo content so that a first visit is not an empty room. Idempotent: what
//! already exists (by username) is left alone, so running it twice
//! duplicates nothing.

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
        let now = now_ms() - (DEMO_ACCOUNTS.len() - i) as i64 * 86_400_000 * 7;
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
            Ok(_) => report.created += 1,
            // Another seeder won the race: that is the idempotent outcome.
            Err(StoreError::Invalid(_)) => report.existing += 1,
            Err(e) => return Err(e),
        }
    }
    Ok(report)
}
