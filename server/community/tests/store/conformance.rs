//! The storage conformance suite: every case runs on SQLite and on
//! PostgreSQL, each on a database of its own.

use std::collections::BTreeMap;

use community::accounts::{self, ClientInfo, SignInError, SignUp};
use community::db::Engine;
use community::store::users;
use community::testing::TestDb;
use community::{on_db, Db, StoreError};
use domain::{ErrorCode, Role};

use community::on_both_engines;

on_both_engines!(
    sign_up_opens_a_session_that_sign_out_revokes,
    usernames_and_emails_are_unique_regardless_of_case,
    sign_up_reports_every_invalid_field,
    concurrent_sign_ups_for_one_name_create_exactly_one_account,
    sign_in_by_username_or_email,
    failed_sign_in_never_says_whether_the_account_exists,
    five_failures_lock_one_account_from_one_ip,
    concurrent_guesses_cannot_exceed_the_limit,
    roles_change_and_members_list_pages,
    seeding_twice_duplicates_nothing,
    migrating_again_is_a_no_op,
    sign_ups_per_ip_are_limited_exactly_under_concurrency,
    an_account_is_limited_whether_named_by_username_or_email,
    one_network_is_limited_across_accounts,
    one_account_is_limited_across_networks,
    ipv6_clients_are_limited_per_64_network,
    taken_names_and_emails_count_against_the_sign_up_allowance,
    sessions_end_at_their_absolute_lifetime,
    changing_the_password_signs_out_the_other_sessions,
);

fn client(ip: &str) -> ClientInfo {
    ClientInfo { ip: ip.to_owned(), user_agent: Some("test".into()) }
}

const PW: &str = "a sturdy passphrase";

async fn sign_up(db: &Db, name: &str) -> (users::User, accounts::SessionToken) {
    let email = format!("{name}@example.com");
    accounts::sign_up(db, SignUp { username: name, email: &email, password: PW }, &client("10.0.0.1"))
        .await
        .expect("sign up")
}

fn field_codes(e: StoreError) -> Vec<(String, ErrorCode)> {
    match e {
        StoreError::Invalid(v) => v.into_iter().map(|f| (f.field, f.code)).collect(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

async fn sign_up_opens_a_session_that_sign_out_revokes(db: &Db) {
    let (user, token) = sign_up(db, "alice").await;
    assert_eq!(user.role, Role::Member);
    let seen = accounts::session_user(db, &token).await.unwrap().expect("live session");
    assert_eq!(seen.id, user.id);
    assert!(accounts::sign_out(db, &token).await.unwrap());
    assert_eq!(accounts::session_user(db, &token).await.unwrap(), None);
    // An unknown or forged token is just "no session".
    let forged = accounts::SessionToken::from_cookie("not-a-token");
    assert_eq!(accounts::session_user(db, &forged).await.unwrap(), None);
}

async fn usernames_and_emails_are_unique_regardless_of_case(db: &Db) {
    sign_up(db, "alice").await;
    let err = accounts::sign_up(
        db,
        SignUp { username: "alice", email: "ALICE@example.com", password: PW },
        &client("10.0.0.2"),
    )
    .await
    .unwrap_err();
    assert_eq!(
        field_codes(err),
        vec![("username".into(), ErrorCode::UsernameTaken), ("email".into(), ErrorCode::EmailTaken)]
    );
    // The store itself refuses a case variant even without the friendly pre-check.
    let hash = community::password::hash(PW.into()).await.unwrap();
    let upper = domain::Username::parse("alice").unwrap();
    let email = domain::Email::parse("other@example.com").unwrap();
    let res = users::insert(
        db,
        users::NewUser { username: &upper, email: &email, password_hash: &hash, role: Role::Member, now: 1 },
    )
    .await;
    assert_eq!(field_codes(res.unwrap_err()), vec![("username".into(), ErrorCode::UsernameTaken)]);
}

async fn sign_up_reports_every_invalid_field(db: &Db) {
    let err = accounts::sign_up(
        db,
        SignUp { username: "Al!ce", email: "nope", password: "short" },
        &client("10.0.0.3"),
    )
    .await
    .unwrap_err();
    assert_eq!(
        field_codes(err),
        vec![
            ("username".into(), ErrorCode::UsernameInvalidChars),
            ("email".into(), ErrorCode::EmailInvalid),
            ("password".into(), ErrorCode::PasswordTooShort),
        ]
    );
    let err = accounts::sign_up(
        db,
        SignUp { username: "bob", email: "bob@example.com", password: "password123" },
        &client("10.0.0.3"),
    )
    .await
    .unwrap_err();
    assert_eq!(field_codes(err), vec![("password".into(), ErrorCode::PasswordCommon)]);
    assert_eq!(users::count(db).await.unwrap(), 0);
}

async fn concurrent_sign_ups_for_one_name_create_exactly_one_account(db: &Db) {
    let mut tasks = Vec::new();
    for i in 0..8 {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            let email = format!("racer{i}@example.com");
            accounts::sign_up(
                &db,
                SignUp { username: "racer", email: &email, password: PW },
                &client("10.0.0.4"),
            )
            .await
        }));
    }
    let mut ok = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(_) => ok += 1,
            Err(e) => assert_eq!(field_codes(e), vec![("username".into(), ErrorCode::UsernameTaken)]),
        }
    }
    assert_eq!(ok, 1);
    assert_eq!(users::count(db).await.unwrap(), 1);
}

async fn sign_in_by_username_or_email(db: &Db) {
    let (user, _) = sign_up(db, "carol").await;
    for login in ["carol", "CAROL", " carol@example.com ", "Carol@Example.com"] {
        let (signed, token) = accounts::sign_in(db, login, PW, &client("10.0.0.5")).await.expect(login);
        assert_eq!(signed.id, user.id);
        assert_eq!(accounts::session_user(db, &token).await.unwrap().map(|u| u.id), Some(user.id));
    }
}

async fn failed_sign_in_never_says_whether_the_account_exists(db: &Db) {
    sign_up(db, "dave").await;
    let wrong = accounts::sign_in(db, "dave", "not the password", &client("10.0.0.6")).await.unwrap_err();
    let unknown = accounts::sign_in(db, "nobody", "not the password", &client("10.0.0.6")).await.unwrap_err();
    assert!(matches!(wrong, SignInError::BadCredentials));
    assert!(matches!(unknown, SignInError::BadCredentials));
    assert_eq!(wrong.to_string(), unknown.to_string());
}

async fn five_failures_lock_one_account_from_one_ip(db: &Db) {
    sign_up(db, "erin").await;
    let here = client("10.0.0.7");
    for _ in 0..5 {
        let e = accounts::sign_in(db, "erin", "wrong password!", &here).await.unwrap_err();
        assert!(matches!(e, SignInError::BadCredentials), "{e:?}");
    }
    // Locked: even the right password is refused, with a clear message.
    match accounts::sign_in(db, "erin", PW, &here).await.unwrap_err() {
        SignInError::TooManyAttempts { retry_after_ms, .. } => {
            assert!(retry_after_ms > 0 && retry_after_ms <= domain::sign_in_limit::WINDOW_MS);
        }
        other => panic!("expected a lock, got {other:?}"),
    }
    let msg = accounts::sign_in(db, "ERIN", PW, &here).await.unwrap_err().to_string();
    assert!(msg.contains("Too many failed sign-in attempts"), "{msg}");
    // Another IP, or another account from this IP, is not locked out.
    assert!(accounts::sign_in(db, "erin", PW, &client("10.0.0.8")).await.is_ok());
    sign_up(db, "frank").await;
    assert!(accounts::sign_in(db, "frank", PW, &here).await.is_ok());
    // Unknown accounts lock the same way, so the lock reveals nothing either.
    for _ in 0..5 {
        let _ = accounts::sign_in(db, "ghost", "whatever-it-is", &here).await;
    }
    assert!(matches!(
        accounts::sign_in(db, "ghost", "whatever-it-is", &here).await.unwrap_err(),
        SignInError::TooManyAttempts { .. }
    ));
}

async fn concurrent_guesses_cannot_exceed_the_limit(db: &Db) {
    sign_up(db, "grace").await;
    let mut tasks = Vec::new();
    for i in 0..12 {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            accounts::sign_in(&db, "grace", &format!("guess number {i}"), &client("10.0.0.9")).await
        }));
    }
    let (mut checked, mut refused) = (0, 0);
    for t in tasks {
        match t.await.unwrap() {
            Err(SignInError::BadCredentials) => checked += 1,
            Err(SignInError::TooManyAttempts { .. }) => refused += 1,
            other => panic!("unexpected {other:?}"),
        }
    }
    assert!(checked <= domain::sign_in_limit::MAX_FAILURES, "{checked} passwords were checked");
    assert_eq!(checked + refused, 12);
}

async fn roles_change_and_members_list_pages(db: &Db) {
    for name in ["mia", "noah", "olga", "paul", "quinn"] {
        sign_up(db, name).await;
    }
    let u = accounts::set_role_by_username(db, "NOAH", Role::Agent).await.unwrap();
    assert_eq!(u.role, Role::Agent);
    assert!(matches!(
        accounts::set_role_by_username(db, "zed", Role::Agent).await,
        Err(StoreError::NotFound)
    ));

    let first = users::list(db, None, None, 2).await.unwrap();
    assert_eq!(first.total, 5);
    assert_eq!(first.members.iter().map(|u| u.username.as_str()).collect::<Vec<_>>(), ["mia", "noah"]);
    let second = users::list(db, None, first.next_after.as_deref(), 2).await.unwrap();
    assert_eq!(second.members.iter().map(|u| u.username.as_str()).collect::<Vec<_>>(), ["olga", "paul"]);
    let third = users::list(db, None, second.next_after.as_deref(), 2).await.unwrap();
    assert_eq!(third.members.len(), 1);
    assert_eq!(third.next_after, None);

    let filtered = users::list(db, Some("OL"), None, 10).await.unwrap();
    assert_eq!(filtered.total, 1);
    assert_eq!(filtered.members[0].username, "olga");
    // LIKE wildcards typed by an admin are literal.
    assert_eq!(users::list(db, Some("%"), None, 10).await.unwrap().total, 0);
    assert_eq!(users::with_role(db, Role::Agent, 10).await.unwrap().len(), 1);
}

async fn seeding_twice_duplicates_nothing(db: &Db) {
    let first = community::seed::seed_demo(db).await.unwrap();
    assert_eq!(first.created, community::seed::DEMO_ACCOUNTS.len());
    let second = community::seed::seed_demo(db).await.unwrap();
    assert_eq!(second.created, 0);
    assert_eq!(users::count(db).await.unwrap(), community::seed::DEMO_ACCOUNTS.len() as i64);
    assert_eq!(users::with_role(db, Role::Admin, 10).await.unwrap().len(), 1);
    assert_eq!(users::with_role(db, Role::Agent, 10).await.unwrap().len(), 2);
    let (admin, _) =
        accounts::sign_in(db, "camille", community::seed::DEMO_PASSWORD, &client("10.0.1.1")).await.unwrap();
    assert_eq!(admin.role, Role::Admin);
}

async fn sign_ups_per_ip_are_limited_exactly_under_concurrency(db: &Db) {
    let max = domain::rate_limit::SIGN_UPS_PER_IP.max;
    // Sign-ups refused on their form alone (typos: no database look-up, so
    // nothing learnt) do not use up the allowance.
    for _ in 0..3 {
        let bad = SignUp { username: "x", email: "not-an-address", password: PW };
        assert!(matches!(accounts::sign_up(db, bad, &client("10.9.9.9")).await, Err(StoreError::Invalid(_))));
    }
    let mut tasks = Vec::new();
    for i in 0..max + 4 {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            let (name, email) = (format!("burst{i}"), format!("burst{i}@example.com"));
            accounts::sign_up(
                &db,
                SignUp { username: &name, email: &email, password: PW },
                &client("10.9.9.9"),
            )
            .await
        }));
    }
    let (mut created, mut limited) = (0, 0);
    for t in tasks {
        match t.await.unwrap() {
            Ok(_) => created += 1,
            Err(StoreError::Limited { message, retry_after_ms }) => {
                assert!(
                    message.contains("Too many accounts were created from your network recently"),
                    "{message}"
                );
                assert!(retry_after_ms > 0);
                limited += 1;
            }
            Err(other) => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!((created, limited), (max, 4));
    // Another address is unaffected.
    let other = SignUp { username: "elsewhere", email: "elsewhere@example.com", password: PW };
    assert!(accounts::sign_up(db, other, &client("10.9.9.10")).await.is_ok());
}

async fn migrating_again_is_a_no_op(db: &Db) {
    db.migrate().await.unwrap();
    db.ping().await.unwrap();
}

/// Column name -> (type family, nullable) for every table but sqlx's own.
async fn schema(db: &Db) -> BTreeMap<String, BTreeMap<String, (String, bool)>> {
    let rows: Vec<(String, String, String, bool)> = match db {
        Db::Sqlite(p) => {
            let tables: Vec<String> = sqlx::query_scalar(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
            )
            .fetch_all(p)
            .await
            .unwrap();
            let mut out = Vec::new();
            for t in tables {
                let cols: Vec<(String, String, bool, i64)> =
                    sqlx::query_as("SELECT name, type, \"notnull\", pk FROM pragma_table_info($1)")
                        .bind(&t)
                        .fetch_all(p)
                        .await
                        .unwrap();
                for (name, ty, notnull, pk) in cols {
                    out.push((t.clone(), name, ty, !(notnull || pk > 0)));
                }
            }
            out
        }
        Db::Postgres(p) => sqlx::query_as(
            "SELECT table_name::text, column_name::text, data_type::text, is_nullable = 'YES'
             FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\\_sqlx%'",
        )
        .fetch_all(p)
        .await
        .unwrap(),
    };
    let mut out: BTreeMap<String, BTreeMap<String, (String, bool)>> = BTreeMap::new();
    for (table, column, ty, nullable) in rows {
        out.entry(table).or_default().insert(column, (type_family(&ty), nullable));
    }
    out
}

fn type_family(ty: &str) -> String {
    let t = ty.to_ascii_lowercase();
    let family = if t.contains("int") {
        "integer"
    } else if t.contains("char") || t.contains("text") {
        "text"
    } else if t.contains("bool") {
        "boolean"
    } else if t.contains("real") || t.contains("double") || t.contains("float") || t.contains("numeric") {
        "real"
    } else if t.contains("blob") || t.contains("bytea") {
        "bytes"
    } else {
        return t;
    };
    family.to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_engines_have_the_same_tables_and_columns() {
    let sqlite = TestDb::new(Engine::Sqlite).await;
    let postgres = TestDb::new(Engine::Postgres).await;
    let a = schema(&sqlite.db).await;
    let b = schema(&postgres.db).await;
    assert!(a.contains_key("users"), "{a:?}");
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>(), "tables differ");
    for (table, cols) in &a {
        assert_eq!(Some(cols), b.get(table), "columns of {table} differ");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_engines_have_the_same_migration_files() {
    let names = |dir: &str| {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    let root = env!("CARGO_MANIFEST_DIR");
    assert_eq!(names(&format!("{root}/migrations/sqlite")), names(&format!("{root}/migrations/postgres")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_runs_in_wal_mode_with_a_busy_timeout() {
    let t = TestDb::new(Engine::Sqlite).await;
    let (mode, timeout): (String, i64) = on_db!(&t.db, p => sqlx::query_as("SELECT (SELECT journal_mode FROM pragma_journal_mode), (SELECT timeout FROM pragma_busy_timeout)").fetch_one(p).await).unwrap();
    assert_eq!(mode, "wal");
    assert!(timeout >= 5000, "{timeout}");
}

/// Regression: an account is committed when `sign_up` returns, not when its
/// pooled connection happens to run its next statement (launchbadge/sqlx#3430).
async fn acknowledged_writes_are_visible_to_a_new_connection(engine: Engine) {
    let t = TestDb::new(engine).await;
    let (user, _) = sign_up(&t.db, "nina").await;
    accounts::set_role_by_username(&t.db, "nina", Role::Agent).await.unwrap();
    let other = Db::connect(&t.url).await.unwrap();
    let seen = users::by_id(&other, user.id).await.unwrap().expect("committed");
    assert_eq!(seen.role, Role::Agent);
    other.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_are_visible_to_a_new_connection_sqlite() {
    acknowledged_writes_are_visible_to_a_new_connection(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_writes_are_visible_to_a_new_connection_postgres() {
    acknowledged_writes_are_visible_to_a_new_connection(Engine::Postgres).await;
}

/// Regression (issue 16): failures were keyed by the typed login, so after
/// five wrong passwords for "ivy" the account still signed in as
/// "ivy@example.com".
async fn an_account_is_limited_whether_named_by_username_or_email(db: &Db) {
    sign_up(db, "ivy").await;
    let here = client("10.1.0.1");
    for login in ["ivy", "IVY@example.com", "ivy", " Ivy ", "ivy@example.com"] {
        let e = accounts::sign_in(db, login, "wrong password!", &here).await.unwrap_err();
        assert!(matches!(e, SignInError::BadCredentials), "{e:?}");
    }
    for login in ["ivy@example.com", "ivy"] {
        match accounts::sign_in(db, login, PW, &here).await.unwrap_err() {
            SignInError::TooManyAttempts { scope, .. } => {
                assert_eq!(scope, domain::sign_in_limit::Scope::Account)
            }
            other => panic!("{login}: expected a lock, got {other:?}"),
        }
    }
}

/// Password spraying: one network trying one password on many accounts is
/// stopped, although no single account reaches its own limit.
async fn one_network_is_limited_across_accounts(db: &Db) {
    sign_up(db, "jack").await;
    let sprayer = client("10.2.0.1");
    let max = domain::sign_in_limit::PER_NETWORK.max;
    for i in 0..max {
        let e = accounts::sign_in(db, &format!("member{i}"), "Summer2024!", &sprayer).await.unwrap_err();
        assert!(matches!(e, SignInError::BadCredentials), "attempt {i}: {e:?}");
    }
    let msg = match accounts::sign_in(db, "jack", PW, &sprayer).await.unwrap_err() {
        e @ SignInError::TooManyAttempts { scope: domain::sign_in_limit::Scope::Network, retry_after_ms } => {
            assert!(retry_after_ms > 0 && retry_after_ms <= domain::sign_in_limit::WINDOW_MS);
            e.to_string()
        }
        other => panic!("expected the network's limit, got {other:?}"),
    };
    assert!(msg.contains("from your network"), "{msg}");
    // The member themselves, elsewhere, is unaffected.
    assert!(accounts::sign_in(db, "jack", PW, &client("10.2.0.2")).await.is_ok());
}

/// Distributed guessing: many networks, each under its own limit, cannot
/// together try more than the account's limit.
async fn one_account_is_limited_across_networks(db: &Db) {
    sign_up(db, "kate").await;
    let max = domain::sign_in_limit::PER_ACCOUNT.max;
    for i in 0..max {
        let login = if i % 2 == 0 { "kate" } else { "kate@example.com" };
        let e = accounts::sign_in(db, login, "wrong password!", &client(&format!("10.3.{i}.1")))
            .await
            .unwrap_err();
        assert!(matches!(e, SignInError::BadCredentials), "attempt {i}: {e:?}");
    }
    match accounts::sign_in(db, "kate", PW, &client("10.3.200.1")).await.unwrap_err() {
        SignInError::TooManyAttempts { scope, .. } => {
            assert_eq!(scope, domain::sign_in_limit::Scope::Account)
        }
        other => panic!("expected the account's limit, got {other:?}"),
    }
    // Other accounts from those networks are unaffected.
    sign_up(db, "leon").await;
    assert!(accounts::sign_in(db, "leon", PW, &client("10.3.0.1")).await.is_ok());
}

/// One IPv6 host usually holds a whole /64: rotating addresses inside it
/// must not reset the count. An IPv4 address seen as IPv6 is that address.
async fn ipv6_clients_are_limited_per_64_network(db: &Db) {
    sign_up(db, "mona").await;
    for i in 1..=domain::sign_in_limit::MAX_FAILURES {
        let ip = format!("2001:db8:5:6::{i:x}");
        let e = accounts::sign_in(db, "mona", "wrong password!", &client(&ip)).await.unwrap_err();
        assert!(matches!(e, SignInError::BadCredentials), "{e:?}");
    }
    assert!(matches!(
        accounts::sign_in(db, "mona", PW, &client("2001:db8:5:6:ffff:1:2:3")).await.unwrap_err(),
        SignInError::TooManyAttempts { .. }
    ));
    // The neighbouring /64 is another network.
    assert!(accounts::sign_in(db, "mona", PW, &client("2001:db8:5:7::1")).await.is_ok());

    // Sign-ups: the IPv4-mapped spelling shares the IPv4 address's allowance.
    let rule = domain::rate_limit::Rule { max: 2, window_ms: 3600 * 1000 };
    for (i, ip) in ["192.0.2.8", "::ffff:192.0.2.8", "::ffff:192.0.2.8"].into_iter().enumerate() {
        let (name, email) = (format!("mapped{i}"), format!("mapped{i}@example.com"));
        let res = accounts::sign_up_limited(
            db,
            SignUp { username: &name, email: &email, password: PW },
            &client(ip),
            rule,
        )
        .await;
        assert_eq!(matches!(res, Err(StoreError::Limited { .. })), i == 2, "{ip}: {res:?}");
    }
}

/// Regression (issue 16): "this email is taken" was answered before the
/// sign-up allowance was counted, so members' addresses could be listed
/// without limit. Every attempt that reaches the database now counts.
async fn taken_names_and_emails_count_against_the_sign_up_allowance(db: &Db) {
    sign_up(db, "nora").await;
    let rule = domain::rate_limit::Rule { max: 3, window_ms: 3600 * 1000 };
    let prober = client("10.4.0.1");
    for i in 0..rule.max {
        let name = format!("probe{i}");
        let res = accounts::sign_up_limited(
            db,
            SignUp { username: &name, email: "nora@example.com", password: PW },
            &prober,
            rule,
        )
        .await;
        assert_eq!(field_codes(res.unwrap_err()), vec![("email".into(), ErrorCode::EmailTaken)]);
    }
    // The next probe learns nothing: it is refused before the look-up.
    let res = accounts::sign_up_limited(
        db,
        SignUp { username: "probe9", email: "nora@example.com", password: PW },
        &prober,
        rule,
    )
    .await;
    assert!(matches!(res, Err(StoreError::Limited { retry_after_ms, .. }) if retry_after_ms > 0), "{res:?}");
    // A typo costs nothing and still gets its field errors.
    let res = accounts::sign_up_limited(
        db,
        SignUp { username: "ok-name", email: "nope", password: PW },
        &client("10.4.0.2"),
        domain::rate_limit::Rule { max: 1, window_ms: 3600 * 1000 },
    )
    .await;
    assert_eq!(field_codes(res.unwrap_err()), vec![("email".into(), ErrorCode::EmailInvalid)]);
    let res = accounts::sign_up_limited(
        db,
        SignUp { username: "ok-name", email: "ok@example.com", password: PW },
        &client("10.4.0.2"),
        domain::rate_limit::Rule { max: 1, window_ms: 3600 * 1000 },
    )
    .await;
    assert!(res.is_ok(), "{res:?}");
}

/// Regression (issue 16): a session used at least once a month lived
/// forever; it now ends 30 days after its sign-in whatever its use.
async fn sessions_end_at_their_absolute_lifetime(db: &Db) {
    let (_, old) = sign_up(db, "olaf").await;
    let (_, fresh) = accounts::sign_in(db, "olaf", PW, &client("10.5.0.1")).await.unwrap();
    let now = community::clock::now_ms();
    let day = 24 * 3600 * 1000;
    // The first session began 31 days ago and was used an hour ago, so its
    // idle expiry lies ahead.
    let began = now - domain::account::SESSION_ABSOLUTE_MS - day;
    let hash = {
        use sha2::Digest as _;
        hex::encode(sha2::Sha256::digest(old.as_str().as_bytes()))
    };
    on_db!(db, p => sqlx::query("UPDATE sessions SET created_at = $1, last_used_at = $2, expires_at = $3 WHERE token_hash = $4")
        .bind(began).bind(now - 3600 * 1000).bind(now + 10 * day).bind(&hash).execute(p).await.map(|r| r.rows_affected())).unwrap();
    assert_eq!(accounts::session_user(db, &old).await.unwrap(), None);
    assert!(accounts::session_user(db, &fresh).await.unwrap().is_some());
    // Housekeeping removes it.
    accounts::purge_stale(db).await.unwrap();
    let left: i64 =
        on_db!(db, p => sqlx::query_scalar("SELECT COUNT(*) FROM sessions").fetch_one(p).await).unwrap();
    assert_eq!(left, 1);
    // Sliding forward never passes the absolute lifetime either.
    let (fresh_hash, fresh_created) = {
        use sha2::Digest as _;
        (hex::encode(sha2::Sha256::digest(fresh.as_str().as_bytes())), now - 29 * day)
    };
    on_db!(db, p => sqlx::query("UPDATE sessions SET created_at = $1, last_used_at = $2 WHERE token_hash = $3")
        .bind(fresh_created).bind(now - 2 * 3600 * 1000).bind(&fresh_hash).execute(p).await.map(|r| r.rows_affected())).unwrap();
    assert!(accounts::session_user(db, &fresh).await.unwrap().is_some());
    let expires: i64 =
        on_db!(db, p => sqlx::query_scalar("SELECT expires_at FROM sessions WHERE token_hash = $1")
        .bind(&fresh_hash).fetch_one(p).await)
        .unwrap();
    assert_eq!(expires, fresh_created + domain::account::SESSION_ABSOLUTE_MS);
}

async fn changing_the_password_signs_out_the_other_sessions(db: &Db) {
    let (user, phone) = sign_up(db, "pia").await;
    let here = client("10.6.0.1");
    let (_, laptop) = accounts::sign_in(db, "pia", PW, &here).await.unwrap();
    let new_pw = "an entirely new passphrase";
    let codes = |e: accounts::ChangePasswordError| match e {
        accounts::ChangePasswordError::Invalid(v) => {
            v.into_iter().map(|f| (f.field, f.code)).collect::<Vec<_>>()
        }
        other => panic!("expected field errors, got {other:?}"),
    };
    // Wrong current password, and a new one that breaks the rules: both said.
    let e =
        accounts::change_password(db, user.id, &laptop, "not my password", "short", &here).await.unwrap_err();
    assert_eq!(
        codes(e),
        vec![
            ("current_password".into(), ErrorCode::PasswordIncorrect),
            ("new_password".into(), ErrorCode::PasswordTooShort)
        ]
    );
    let e =
        accounts::change_password(db, user.id, &laptop, PW, "pia-password-2024", &here).await.unwrap_err();
    assert_eq!(codes(e), vec![("new_password".into(), ErrorCode::PasswordContainsUsername)]);
    let e = accounts::change_password(db, user.id, &laptop, "", new_pw, &here).await.unwrap_err();
    assert_eq!(codes(e), vec![("current_password".into(), ErrorCode::Required)]);

    let ended = accounts::change_password(db, user.id, &laptop, PW, new_pw, &here).await.unwrap();
    assert_eq!(ended, 1);
    assert_eq!(accounts::session_user(db, &phone).await.unwrap(), None);
    assert_eq!(accounts::session_user(db, &laptop).await.unwrap().map(|u| u.id), Some(user.id));
    assert!(matches!(
        accounts::sign_in(db, "pia", PW, &client("10.6.0.2")).await.unwrap_err(),
        SignInError::BadCredentials
    ));
    assert!(accounts::sign_in(db, "pia", new_pw, &client("10.6.0.2")).await.is_ok());

    // Wrong current passwords count against the sign-in limits: the form is
    // no unlimited oracle for someone holding a stolen session.
    for _ in 0..domain::sign_in_limit::MAX_FAILURES {
        let e =
            accounts::change_password(db, user.id, &laptop, "guess", "yet another passphrase", &here).await;
        assert!(matches!(e, Err(accounts::ChangePasswordError::Invalid(_))), "{e:?}");
    }
    assert!(matches!(
        accounts::change_password(db, user.id, &laptop, new_pw, "yet another passphrase", &here).await,
        Err(accounts::ChangePasswordError::TooManyAttempts { .. })
    ));
    assert!(matches!(
        accounts::sign_in(db, "pia@example.com", new_pw, &here).await.unwrap_err(),
        SignInError::TooManyAttempts { .. }
    ));
}
