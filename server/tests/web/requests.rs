//! HTTP-level tests: the real router, middleware and server functions on a
//! spawned server (port 0), on SQLite and on PostgreSQL.

use std::io::{Read as _, Write as _};
use std::time::Duration;

use crate::common::{session_cookie, Harness};
use community::db::Engine;
use community::on_both_engines;
use reqwest::header::{HeaderMap, CONTENT_SECURITY_POLICY, SET_COOKIE};
use reqwest::StatusCode;
use server::Config;

on_both_engines!(
    with crate::common::Harness::start;
    health_is_200_and_503_once_the_database_is_gone,
    every_response_carries_the_security_headers,
    cross_site_writes_are_refused,
    sign_up_sets_a_hardened_session_cookie,
    sign_out_revokes_the_session_on_the_server,
    repeated_failures_get_429_with_a_clear_message,
    member_administration_is_checked_on_the_server,
    mutations_are_never_reachable_by_get,
    forms_without_javascript_get_their_error_back,
    forged_form_errors_in_links_are_dropped,
    admitted_responses_keep_their_length,
    unknown_pages_are_404,
    outdated_thread_urls_answer_301_unrendered_and_views_are_written_in_batches,
    visitors_pages_are_served_from_memory_until_something_changes,
    requests_in_flight_finish_during_shutdown,
    members_upload_serve_and_remove_their_avatar,
    pages_speak_the_language_the_member_cookie_or_browser_asks_for,
    translation_settings_and_translations_check_who_asks,
    an_account_locked_by_username_is_locked_by_email_too,
    taken_emails_cannot_be_probed_without_limit,
    members_change_their_password_and_their_other_sessions_end,
);

impl Harness {
    /// Posts `bytes` as the `avatar` file of a multipart form, as a browser
    /// on this site would.
    async fn upload_avatar(&self, cookie: Option<&str>, bytes: Vec<u8>, accept: &str) -> reqwest::Response {
        let part = reqwest::multipart::Part::bytes(bytes).file_name("me.png").mime_str("image/png").unwrap();
        let mut req = self
            .http
            .post(self.url("/settings/avatar"))
            .header("sec-fetch-site", "same-origin")
            .header("accept", accept)
            .multipart(reqwest::multipart::Form::new().part("avatar", part));
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        req.send().await.expect("request")
    }
}

fn raw_set_cookie(headers: &HeaderMap) -> String {
    headers.get(SET_COOKIE).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
}

async fn health_is_200_and_503_once_the_database_is_gone(h: Harness) {
    let res = h.http.get(h.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    h.server().db.close().await;
    let res = h.http.get(h.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
}

async fn every_response_carries_the_security_headers(h: Harness) {
    for path in ["/", "/signin", "/healthz", "/no-such-page", "/logo.svg"] {
        let res = h.http.get(h.url(path)).send().await.unwrap();
        let headers = res.headers().clone();
        let csp =
            headers.get(CONTENT_SECURITY_POLICY).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        assert!(
            csp.contains("'wasm-unsafe-eval'") && csp.contains("frame-ancestors 'none'"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["referrer-policy"], "strict-origin-when-cross-origin", "{path}");
        if path == "/" {
            // Every inline script carries exactly the nonce the CSP allows.
            let nonce = csp.split("'nonce-").nth(1).and_then(|s| s.split('\'').next()).unwrap().to_owned();
            let html = res.text().await.unwrap();
            let scripts = html.matches("<script").count();
            let nonced = html.matches(&format!("nonce=\"{nonce}\"")).count();
            assert!(scripts > 0 && nonced >= scripts, "{scripts} scripts, {nonced} with the nonce");
        }
    }
    let other = h.http.get(h.url("/")).send().await.unwrap();
    let first = h.http.get(h.url("/")).send().await.unwrap();
    assert_ne!(
        other.headers()[CONTENT_SECURITY_POLICY],
        first.headers()[CONTENT_SECURITY_POLICY],
        "the nonce changes per response"
    );
}

async fn cross_site_writes_are_refused(h: Harness) {
    let form = [("login", "someone"), ("password", "whatever it is")];
    let cross = h
        .http
        .post(h.url("/api/sign_in"))
        .header("sec-fetch-site", "cross-site")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(cross.status(), StatusCode::FORBIDDEN);
    let evil = h
        .http
        .post(h.url("/api/sign_in"))
        .header("origin", "https://evil.example")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(evil.status(), StatusCode::FORBIDDEN);
    let own_origin = format!("http://{}", h.server().addr);
    let same =
        h.http.post(h.url("/api/sign_in")).header("origin", own_origin).form(&form).send().await.unwrap();
    assert_eq!(same.status(), StatusCode::UNAUTHORIZED);
}

async fn sign_up_sets_a_hardened_session_cookie(h: Harness) {
    let res = h
        .call(
            "sign_up",
            &[("username", "hana"), ("email", "hana@example.com"), ("password", "a sturdy passphrase")],
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let raw = raw_set_cookie(res.headers());
    assert!(raw.contains("HttpOnly") && raw.contains("SameSite=Lax") && raw.contains("Path=/"), "{raw}");
    assert!(!raw.contains("Secure"), "{raw}");
    let cookie = session_cookie(res.headers()).unwrap();
    let html = h.http.get(h.url("/")).header("cookie", &cookie).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Account menu for hana"), "header shows the member");
    assert!(!html.contains(cookie.split('=').nth(1).unwrap()), "the token never appears in a page");

    let secure = Harness::start_with(Engine::Sqlite, |c| c.secure_cookies = true).await;
    let res = secure
        .call(
            "sign_up",
            &[("username", "hana"), ("email", "hana@example.com"), ("password", "a sturdy passphrase")],
            None,
        )
        .await;
    // Regression (issue 16): behind HTTPS the cookie is a `__Host-` one
    // (Secure, Path=/, no Domain), which no subdomain can plant or overwrite.
    let raw = raw_set_cookie(res.headers());
    assert!(raw.starts_with("__Host-entraide_session="), "{raw}");
    assert!(raw.contains("Secure") && raw.contains("Path=/") && !raw.contains("Domain"), "{raw}");
    let host_cookie = raw.split(';').next().unwrap().to_owned();
    assert_eq!(secure.session_user(Some(&host_cookie)).await["username"], "hana");
    // A plain cookie from before secure cookies were turned on still works...
    let (_, legacy) = community::accounts::sign_in(
        &secure.server().db,
        "hana",
        "a sturdy passphrase",
        &community::accounts::ClientInfo { ip: "127.0.0.1".into(), user_agent: None },
    )
    .await
    .unwrap();
    let legacy = format!("entraide_session={}", legacy.as_str());
    assert_eq!(secure.session_user(Some(&legacy)).await["username"], "hana");
    // ...and signing out ends both sessions and drops both cookies.
    let both = format!("{host_cookie}; {legacy}");
    let res = secure.call("sign_out", &[], Some(&both)).await;
    let cleared: Vec<String> =
        res.headers().get_all(SET_COOKIE).iter().map(|v| v.to_str().unwrap().to_owned()).collect();
    assert!(cleared.iter().any(|c| c.starts_with("__Host-entraide_session=;") && c.contains("Max-Age=0")));
    assert!(cleared.iter().any(|c| c.starts_with("entraide_session=;") && c.contains("Max-Age=0")));
    assert!(secure.session_user(Some(&host_cookie)).await.is_null());
    assert!(secure.session_user(Some(&legacy)).await.is_null());
}

async fn sign_out_revokes_the_session_on_the_server(h: Harness) {
    let cookie = h.sign_up("ivan").await;
    assert_eq!(h.session_user(Some(&cookie)).await["username"], "ivan");
    let res = h.call("sign_out", &[], Some(&cookie)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(raw_set_cookie(res.headers()).contains("Max-Age=0"));
    // A copy of the old cookie is worthless: the session is gone server-side.
    assert!(h.session_user(Some(&cookie)).await.is_null());
}

async fn repeated_failures_get_429_with_a_clear_message(h: Harness) {
    h.sign_up("jade").await;
    for _ in 0..5 {
        let res = h.call("sign_in", &[("login", "jade"), ("password", "wrong password")], None).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
        let body = res.text().await.unwrap();
        assert!(body.contains("The username, email or password is not correct."), "{body}");
    }
    let res = h.call("sign_in", &[("login", "jade"), ("password", "a sturdy passphrase")], None).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = res.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!(retry > 0 && retry <= 15 * 60);
    assert!(res.text().await.unwrap().contains("Too many failed sign-in attempts"));
    // Sign-ups from one address are limited too, with the same kind of answer.
    // "jade" above already used one of this address's sign-ups.
    for i in 1..domain::rate_limit::SIGN_UPS_PER_IP.max {
        h.sign_up(&format!("bulk{i}")).await;
    }
    let res = h
        .call(
            "sign_up",
            &[("username", "one-more"), ("email", "one@example.com"), ("password", "a sturdy passphrase")],
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().contains_key("retry-after"));
    assert!(res.text().await.unwrap().contains("Too many accounts were created from your network recently"));
    // An unknown account gets the very same answer as a wrong password.
    let res = h.call("sign_in", &[("login", "nobody-here"), ("password", "wrong password")], None).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    assert!(res.text().await.unwrap().contains("The username, email or password is not correct."));
}

async fn member_administration_is_checked_on_the_server(h: Harness) {
    let member = h.sign_up("kim").await;
    let admin_db = &h.server().db;
    community::accounts::set_role_by_username(admin_db, "kim", domain::Role::Member).await.unwrap();
    h.sign_up("leo").await;
    community::accounts::set_role_by_username(admin_db, "leo", domain::Role::Admin).await.unwrap();
    let (admin_user, _) = community::accounts::sign_in(
        admin_db,
        "leo",
        "a sturdy passphrase",
        &community::accounts::ClientInfo { ip: "127.0.0.9".into(), user_agent: None },
    )
    .await
    .unwrap();
    let res = h.call("sign_in", &[("login", "leo"), ("password", "a sturdy passphrase")], None).await;
    let admin = session_cookie(res.headers()).unwrap();

    assert_eq!(h.call("list_members", &[], None).await.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(h.call("list_members", &[], Some(&member)).await.status(), StatusCode::FORBIDDEN);
    let res = h.call("list_members", &[], Some(&admin)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let list: serde_json::Value = res.json().await.unwrap();
    assert_eq!(list["total"], 2);

    let kim_id = community::store::users::by_username(admin_db, "kim").await.unwrap().unwrap().id.to_string();
    let promote = [("user_id", kim_id.as_str()), ("role", "agent")];
    assert_eq!(h.call("set_role", &promote, Some(&member)).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(h.call("set_role", &promote, None).await.status(), StatusCode::UNAUTHORIZED);
    let res = h.call("set_role", &promote, Some(&admin)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(h.session_user(Some(&member)).await["role"], "Agent");
    let own = admin_user.id.to_string();
    let res = h.call("set_role", &[("user_id", own.as_str()), ("role", "member")], Some(&admin)).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = h.call("set_role", &[("user_id", kim_id.as_str()), ("role", "owner")], Some(&admin)).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = h.call("set_role", &[("user_id", "999999"), ("role", "agent")], Some(&admin)).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    // Garbage arguments are a clear client error, never a crash.
    let res = h.call("set_role", &[("user_id", "not-a-number"), ("role", "agent")], Some(&admin)).await;
    assert!(res.status().is_client_error(), "{}", res.status());
    // The page itself answers with the right status too.
    let page = h.http.get(h.url("/admin/members")).header("cookie", &member).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::FORBIDDEN);
    let page = h.http.get(h.url("/admin/members")).header("cookie", &admin).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains("Role for kim"));
}

async fn mutations_are_never_reachable_by_get(h: Harness) {
    for endpoint in ["sign_up", "sign_in", "sign_out", "set_role"] {
        let res = h.http.get(h.url(&format!("/api/{endpoint}"))).send().await.unwrap();
        assert!(!res.status().is_success(), "GET /api/{endpoint} answered {}", res.status());
    }
}

async fn forms_without_javascript_get_their_error_back(h: Harness) {
    let referer = h.url("/signin?next=%2Fask");
    let res =
        h.plain_form("sign_in", &[("login", "mia"), ("password", "not the password")], None, &referer).await;
    assert_eq!(res.status(), StatusCode::FOUND);
    // Neither the error nor what was typed rides in the URL, where history,
    // logs and Referer headers would keep it...
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(location, referer);
    // ...they come back once, through a one-time cookie.
    let flash = crate::common::set_cookie(res.headers(), "entraide_flash").expect("flash cookie");
    assert!(flash.len() > "entraide_flash=".len() + 20, "{flash}");
    let page = h.get("/signin?next=%2Fask", Some(&flash)).await;
    assert_eq!(
        crate::common::set_cookie(page.headers(), "entraide_flash").as_deref(),
        Some("entraide_flash=")
    );
    let page = page.text().await.unwrap();
    assert!(page.contains("The username, email or password is not correct."), "{page}");
    assert!(page.contains("value=\"mia\""), "the username is kept");
    let again = h.get("/signin", Some(&flash)).await.text().await.unwrap();
    assert!(!again.contains("The username, email or password is not correct."), "read once");
    // What is too large to keep comes back as the error alone.
    let huge = "m".repeat(400_000);
    let res = h.plain_form("sign_in", &[("login", &huge), ("password", "wrong")], None, &referer).await;
    assert_eq!(res.headers()["location"].to_str().unwrap(), referer);
    let flash = crate::common::set_cookie(res.headers(), "entraide_flash").expect("flash cookie");
    let page = h.get("/signin?next=%2Fask", Some(&flash)).await.text().await.unwrap();
    assert!(page.contains("The username, email or password is not correct."), "{page}");
    assert!(!page.contains("mmmmmmmmmm"), "the oversized echo is dropped");
}

/// A link can no longer make a page show an error the server never gave
/// (server_fn's `__err`/`__path` parameters): it lands on the clean page.
async fn forged_form_errors_in_links_are_dropped(h: Harness) {
    use base64::Engine as _;
    let forged =
        serde_json::json!({"Refused": {"message": "Your account is locked: call +1 555 0100", "echo": {}}});
    let err = base64::engine::general_purpose::URL_SAFE.encode(forged.to_string());
    let res = h.get(&format!("/signin?next=%2Fask&__path=%2Fapi%2Fsign_in&__err={err}"), None).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/signin?next=%2Fask");
    let res = h.get(&format!("/?__err={err}&__path=%2Fapi%2Fsign_in"), None).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/");
    let page = h.get("/signin?next=%2Fask", None).await.text().await.unwrap();
    assert!(!page.contains("call +1 555"));
}

/// The load shedder holds each admitted request's place until its body is
/// sent, without turning a response of known size into a chunked one.
async fn admitted_responses_keep_their_length(h: Harness) {
    let res = h.get("/robots.txt", None).await;
    assert_eq!(res.status(), StatusCode::OK);
    let length = res.headers().get("content-length").expect("content-length").to_str().unwrap().to_owned();
    assert_eq!(length.parse::<usize>().unwrap(), res.text().await.unwrap().len());
}

async fn unknown_pages_are_404(h: Harness) {
    let res = h.http.get(h.url("/definitely/not/here")).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let html = res.text().await.unwrap();
    assert!(html.contains("<title>Page not found · Test Community</title>"), "{html}");
}

/// A public question by alice, "Printer offline after the update".
async fn printer_question(h: &Harness) -> domain::TopicId {
    use community::testing::{public_category, question, quick_account, tags};
    let admin = quick_account(h.db(), "admin1", domain::Role::Admin).await;
    let alice = quick_account(h.db(), "alice", domain::Role::Member).await;
    let general = public_category(h.db(), admin, "General", "general").await;
    tags(h.db(), admin, &["sync"]).await;
    question(h.db(), alice, general, "Printer offline after the update").await
}

async fn outdated_thread_urls_answer_301_unrendered_and_views_are_written_in_batches(mut h: Harness) {
    let q = printer_question(&h).await;
    let canonical = format!("/q/{q}/printer-offline-after-the-update");
    for old in [format!("/q/{q}"), format!("/q/{q}/an-old-title")] {
        let res = h.get(&old, None).await;
        assert_eq!(res.status(), StatusCode::MOVED_PERMANENTLY, "{old}");
        assert_eq!(res.headers()["location"], canonical.as_str());
        let body = res.text().await.unwrap();
        assert!(!body.contains("<article"), "a 301 renders no thread: {body}");
    }
    // The reader sees their view at once; the database gets it in a batch.
    for _ in 0..2 {
        let res = h.get(&canonical, None).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert!(res.text().await.unwrap().contains("1 times"), "counted once per reader per hour");
    }
    let stored = |db: community::Db| async move {
        community::on_db!(&db, p => sqlx::query_scalar::<_, i64>("SELECT view_count FROM posts WHERE id = $1")
            .bind(q).fetch_one(p).await)
        .unwrap()
    };
    let pending = h.server().views.pending(q);
    assert_eq!(stored(h.db().clone()).await + pending, 1, "written in a batch, or waiting for one");
    let db = h.db().clone();
    h.server.take().unwrap().stop().await.unwrap();
    assert_eq!(stored(db).await, 1, "written when the node stops, at the latest");
}

async fn visitors_pages_are_served_from_memory_until_something_changes(h: Harness) {
    let q = printer_question(&h).await;
    let thread = format!("/q/{q}/printer-offline-after-the-update");
    let visit = |path: String, headers: Vec<(&'static str, &'static str)>| {
        let h = &h;
        async move {
            let mut req = h.http.get(h.url(&path));
            for (k, v) in headers {
                req = req.header(k, v);
            }
            let res = req.send().await.unwrap();
            assert_eq!(res.status(), StatusCode::OK, "{path}");
            let hit = res.headers().contains_key("x-entraide-cache");
            let csp = res.headers()[CONTENT_SECURITY_POLICY].to_str().unwrap().to_owned();
            (hit, csp, res.text().await.unwrap())
        }
    };
    // Until the writes above have reached the live hub and the search
    // index, each step ends a page's life; then it is kept.
    let settled = |path: String, headers: Vec<(&'static str, &'static str)>| {
        let visit = &visit;
        async move {
            for _ in 0..100 {
                let (hit, csp, html) = visit(path.clone(), headers.clone()).await;
                if hit {
                    return (csp, html);
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            panic!("{path} was never served from memory");
        }
    };
    let (hit, _, _) = visit("/questions".into(), vec![]).await;
    assert!(!hit, "the first visit renders");
    let (csp, html) = settled("/questions".into(), vec![]).await;
    // The page's scripts carry this response's nonce, the one its CSP allows.
    let nonce = csp.split("'nonce-").nth(1).and_then(|n| n.split('\'').next()).unwrap();
    assert!(html.contains(&format!("nonce=\"{nonce}\"")), "nonce {nonce} swapped in");
    // Another language is another page.
    let (hit, _, html) = visit("/questions".into(), vec![("accept-language", "fr")]).await;
    assert!(!hit && html.contains("lang=\"fr\""));

    // A write through the site ends it: the next visitor sees the answer.
    let bob = h.sign_up("bob").await;
    let (hit, _, _) = visit(thread.clone(), vec![]).await;
    assert!(!hit);
    let answer = "Restart the print spooler, then set the printer online again.";
    let res = h.call("answer", &[("topic_id", &q.to_string()), ("answer", answer)], Some(&bob)).await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    let (hit, _, html) = visit(thread.clone(), vec![]).await;
    assert!(!hit && html.contains("print spooler"), "fresh after a write");
    // Views are counted on pages served from memory too (one per reader).
    settled(thread.clone(), vec![("user-agent", "another reader")]).await;
    let stored = community::on_db!(h.db(), p => sqlx::query_scalar::<_, i64>(
        "SELECT view_count FROM posts WHERE id = $1").bind(q).fetch_one(p).await)
    .unwrap();
    assert_eq!(stored + h.server().views.pending(q), 2, "two readers, written or not yet");

    // Members always get their own render; so does anyone with a cookie.
    for _ in 0..2 {
        let res = h.get("/questions", Some(&bob)).await;
        assert!(!res.headers().contains_key("x-entraide-cache"));
    }
    let (hit, _, _) = visit("/questions".into(), vec![("cookie", "something=else")]).await;
    assert!(!hit);
}

/// A request whose body is still arriving when shutdown begins is answered
/// in full before the server stops.
async fn requests_in_flight_finish_during_shutdown(mut h: Harness) {
    let addr = h.server().addr;
    let body = "login=someone&password=whatever-it-is";
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    write!(
        stream,
        "POST /api/sign_in HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
        body.len(),
        &body[..10]
    )
    .unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let server = h.server.take().unwrap();
    let stopping = tokio::spawn(server.stop());
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(!stopping.is_finished(), "shutdown waits for the request in flight");
    let response = tokio::task::spawn_blocking(move || {
        stream.write_all(&body.as_bytes()[10..]).unwrap();
        let mut out = String::new();
        stream.read_to_string(&mut out).unwrap();
        out
    })
    .await
    .unwrap();
    assert!(response.starts_with("HTTP/1.1 401"), "{response}");
    tokio::time::timeout(Duration::from_secs(5), stopping).await.expect("stops").unwrap().unwrap();
    // And new connections are no longer accepted.
    assert!(std::net::TcpStream::connect(addr).is_err());
}

/// Two nodes on one PostgreSQL database behave as one community: a session
/// opened through one is valid on the other, and sign-in failures add up.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_on_postgres_share_sessions_and_failure_counts() {
    let a = Harness::start(Engine::Postgres).await;
    let b_server = server::start(Config::for_tests(a.db_handle.url.clone())).await.expect("second node");
    let b = |path: &str| b_server.url(path);
    let cookie = a.sign_up("olive").await;

    let session: serde_json::Value = a
        .http
        .post(b("/api/session"))
        .header("sec-fetch-site", "same-origin")
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(session["user"]["username"], "olive");

    let wrong = [("login", "olive"), ("password", "wrong password")];
    for node in 0..5 {
        let url = if node % 2 == 0 { a.url("/api/sign_in") } else { b("/api/sign_in") };
        let res = a.http.post(url).header("sec-fetch-site", "same-origin").form(&wrong).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    let res = a
        .http
        .post(b("/api/sign_in"))
        .header("sec-fetch-site", "same-origin")
        .form(&wrong)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);

    // Signing out through B ends the session on A as well.
    let res = a
        .http
        .post(b("/api/sign_out"))
        .header("sec-fetch-site", "same-origin")
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(a.session_user(Some(&cookie)).await.is_null());
    b_server.stop().await.unwrap();
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| image::Rgb([x as u8, y as u8, 128]));
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png).unwrap();
    out
}

async fn members_upload_serve_and_remove_their_avatar(h: Harness) {
    let pia = h.sign_up("pia").await;
    h.sign_up("quin").await;
    let json = "application/json";
    assert_eq!(h.http.get(h.url("/avatars/pia.png")).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    assert_eq!(h.upload_avatar(None, png(32, 32), json).await.status(), StatusCode::UNAUTHORIZED);

    let res = h.upload_avatar(Some(&pia), png(400, 300), json).await;
    assert_eq!(res.status(), StatusCode::OK);
    let version = res.json::<serde_json::Value>().await.unwrap()["avatar_version"].as_i64().expect("version");
    assert_eq!(h.session_user(Some(&pia)).await["avatar_version"], version);

    let res = h.http.get(h.url(&format!("/avatars/pia.png?v={version}"))).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let headers = res.headers().clone();
    assert_eq!(headers["content-type"], "image/png");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    let cache = headers["cache-control"].to_str().unwrap();
    assert!(cache.contains("max-age=31536000") && cache.contains("immutable"), "{cache}");
    let served = image::load_from_memory_with_format(&res.bytes().await.unwrap(), image::ImageFormat::Png)
        .expect("a PNG");
    assert_eq!((served.width(), served.height()), (256, 256), "cropped and resized on the server");
    // Revalidation by ETag costs no body.
    let etag = headers["etag"].clone();
    let res = h.http.get(h.url("/avatars/pia.png")).header("if-none-match", etag).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::NOT_MODIFIED);
    // Another member without a picture, and nonsense paths, are 404.
    for path in ["/avatars/quin.png", "/avatars/nobody.png", "/avatars/pia.jpg"] {
        assert_eq!(h.http.get(h.url(path)).send().await.unwrap().status(), StatusCode::NOT_FOUND, "{path}");
    }
    let html = h.http.get(h.url("/u/pia")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains(&format!("src=\"/avatars/pia.png?v={version}\"")), "profile shows the picture");
    assert!(html.contains("alt=\"Avatar of pia\""));
    let html = h.http.get(h.url("/")).header("cookie", &pia).send().await.unwrap().text().await.unwrap();
    assert!(html.contains(&format!("/avatars/pia.png?v={version}")), "the header shows it too");

    // A cross-site form cannot change it.
    let part = reqwest::multipart::Part::bytes(png(8, 8)).file_name("x.png");
    let res = h
        .http
        .post(h.url("/settings/avatar"))
        .header("sec-fetch-site", "cross-site")
        .header("cookie", &pia)
        .multipart(reqwest::multipart::Form::new().part("avatar", part))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    // A text file named .png, and a file over 5 MB, are refused with a reason.
    let res = h.upload_avatar(Some(&pia), b"just some text, not a picture".to_vec(), json).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["code"], "image.invalid");
    let mut huge = png(16, 16);
    huge.resize(domain::profile::AVATAR_MAX_BYTES + 1, 0);
    let res = h.upload_avatar(Some(&pia), huge, json).await;
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let body = res.json::<serde_json::Value>().await.unwrap();
    assert_eq!(body["message"], "Upload an image of at most 5 MB.");
    assert_eq!(h.session_user(Some(&pia)).await["avatar_version"], version, "refusals change nothing");

    // Without JavaScript the browser is sent back to the settings page,
    // which says what was wrong.
    let res = h
        .upload_avatar(Some(&pia), b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".to_vec(), "text/html")
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(location, "/settings/profile?avatar=image.invalid");
    let page =
        h.http.get(h.url(&location)).header("cookie", &pia).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Upload a PNG, JPEG, GIF or WebP image."), "{page}");

    let res = h
        .http
        .post(h.url("/settings/avatar/remove"))
        .header("sec-fetch-site", "same-origin")
        .header("accept", "text/html")
        .header("cookie", &pia)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/settings/profile?avatar=removed");
    assert_eq!(h.http.get(h.url("/avatars/pia.png")).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    assert!(h.session_user(Some(&pia)).await["avatar_version"].is_null());
}

async fn page(h: &Harness, path: &str, headers: &[(&str, &str)]) -> (String, String) {
    let mut req = h.http.get(h.url(path));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = req.send().await.expect("page");
    assert_eq!(res.status(), StatusCode::OK);
    let language =
        res.headers().get("content-language").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    (language, res.text().await.expect("body"))
}

async fn pages_speak_the_language_the_member_cookie_or_browser_asks_for(h: Harness) {
    // The browser's languages, best first; none spoken -> the default.
    let (lang, body) = page(&h, "/", &[("accept-language", "de-CH, fr;q=0.8, en;q=0.5")]).await;
    assert_eq!(lang, "fr");
    assert!(body.contains(r#"<html lang="fr""#), "{}", &body[..200.min(body.len())]);
    assert!(body.contains("Poser une question"));
    let (lang, body) = page(&h, "/", &[("accept-language", "de, ja")]).await;
    assert_eq!(lang, "en");
    assert!(body.contains("Ask a question"));
    // The visitor's choice (cookie) beats the browser.
    let (lang, body) = page(&h, "/", &[("accept-language", "fr"), ("cookie", "entraide_lang=ru")]).await;
    assert_eq!(lang, "ru");
    assert!(body.contains("Задать вопрос"));

    // A member's setting beats both, on every device.
    let cookie = h.sign_up("lena").await;
    let res = h.call("set_language", &[("language", "it"), ("next", "/tags")], Some(&cookie)).await;
    assert!(res.status().is_redirection() || res.status() == StatusCode::OK, "{}", res.status());
    let set: Vec<String> =
        res.headers().get_all(SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).map(str::to_owned).collect();
    assert!(set.iter().any(|c| c.starts_with("entraide_lang=it") && c.contains("SameSite=Lax")), "{set:?}");
    let (lang, _) = page(&h, "/", &[("accept-language", "fr"), ("cookie", &cookie)]).await;
    assert_eq!(lang, "it");
    // Unknown languages are refused with a field error, nothing changes.
    let res = h.call("set_language", &[("language", "xx")], Some(&cookie)).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let (lang, _) = page(&h, "/", &[("cookie", &cookie)]).await;
    assert_eq!(lang, "it");
    // Server-made messages speak it too.
    let res = h
        .http
        .post(h.url("/api/sign_in"))
        .header("sec-fetch-site", "same-origin")
        .header("accept-language", "es")
        .form(&[("login", "lena"), ("password", "not the password at all")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let text = res.text().await.unwrap();
    assert!(!text.contains("Wrong"), "{text}");

    // The community's default when nothing else decides.
    let spanish = Harness::start_with(Engine::Sqlite, |c| c.default_language = "es".into()).await;
    let (lang, body) = page(&spanish, "/", &[]).await;
    assert_eq!(lang, "es");
    assert!(body.contains("Haz una pregunta"));
}

async fn translation_settings_and_translations_check_who_asks(h: Harness) {
    let settings = h.call("translation_settings", &[], None).await;
    assert_eq!(settings.status(), StatusCode::UNAUTHORIZED);
    let cookie = h.sign_up("olga").await;
    let settings = h.call("translation_settings", &[], Some(&cookie)).await;
    assert_eq!(settings.status(), StatusCode::FORBIDDEN);
    let save = h
        .call(
            "save_translation_settings",
            &[("provider", "libretranslate"), ("url", "http://127.0.0.1:9")],
            Some(&cookie),
        )
        .await;
    assert_eq!(save.status(), StatusCode::FORBIDDEN);
    let missing =
        h.call("translate", &[("kind", "post"), ("id", "424242"), ("target", "fr")], Some(&cookie)).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    let odd = h.call("translate", &[("kind", "user"), ("id", "1"), ("target", "fr")], None).await;
    assert_eq!(odd.status(), StatusCode::NOT_FOUND);
}

/// Regression (issue 16): failures were counted per typed login, so an
/// account locked by its username still signed in by its email address.
async fn an_account_locked_by_username_is_locked_by_email_too(h: Harness) {
    h.sign_up("pablo").await;
    for _ in 0..domain::sign_in_limit::MAX_FAILURES {
        let res = h.call("sign_in", &[("login", "pablo"), ("password", "wrong password")], None).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    let res =
        h.call("sign_in", &[("login", "Pablo@Example.com"), ("password", "a sturdy passphrase")], None).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = res.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!(retry > 0 && retry <= 15 * 60);
    assert!(res.text().await.unwrap().contains("Too many failed sign-in attempts"));
}

/// Regression (issue 16): "email taken" was answered before the sign-up
/// allowance was counted, so addresses could be probed without limit.
async fn taken_emails_cannot_be_probed_without_limit(h: Harness) {
    h.sign_up("rosa").await;
    for i in 1..domain::rate_limit::SIGN_UPS_PER_IP.max {
        let name = format!("probe{i}");
        let form =
            [("username", name.as_str()), ("email", "rosa@example.com"), ("password", "a sturdy passphrase")];
        let res = h.call("sign_up", &form, None).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "probe {i}");
    }
    let form =
        [("username", "probe-last"), ("email", "rosa@example.com"), ("password", "a sturdy passphrase")];
    let res = h.call("sign_up", &form, None).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().contains_key("retry-after"));
    let body = res.text().await.unwrap();
    assert!(!body.contains("EmailTaken") && !body.contains("email.taken"), "{body}");
}

async fn members_change_their_password_and_their_other_sessions_end(h: Harness) {
    let other = h.sign_up("sacha").await;
    let res = h.call("sign_in", &[("login", "sacha"), ("password", "a sturdy passphrase")], None).await;
    let current = session_cookie(res.headers()).expect("second session");
    let new_pw = "a brand new passphrase";

    // The page, linked from the profile settings; visitors are asked to sign in.
    let page = h.http.get(h.url("/settings/account")).header("cookie", &current).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("name=\"current_password\"") && html.contains("name=\"new_password\""), "{html}");
    let page = h.http.get(h.url("/settings/account")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::UNAUTHORIZED);
    let profile = h.http.get(h.url("/settings/profile")).header("cookie", &current).send().await.unwrap();
    assert!(profile.text().await.unwrap().contains("href=\"/settings/account\""));
    let form = [("current_password", "a sturdy passphrase"), ("new_password", new_pw)];
    assert_eq!(h.call("change_password", &form, None).await.status(), StatusCode::UNAUTHORIZED);

    // A wrong current password is a field error, and changes nothing.
    let wrong = [("current_password", "not my password"), ("new_password", new_pw)];
    let res = h.call("change_password", &wrong, Some(&current)).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.unwrap();
    assert!(body.contains("current_password") && body.contains("PasswordIncorrect"), "{body}");
    assert_eq!(h.session_user(Some(&other)).await["username"], "sacha");
    // Without JavaScript the form gets its error back on the page.
    let referer = h.url("/settings/account");
    let res = h.plain_form("change_password", &wrong, Some(&current), &referer).await;
    assert_eq!(res.status(), StatusCode::FOUND);
    assert_eq!(res.headers()["location"].to_str().unwrap(), referer, "nothing typed rides in the URL");
    let flash = crate::common::set_cookie(res.headers(), "entraide_flash").expect("flash cookie");
    let both = format!("{current}; {flash}");
    let page = h.http.get(&referer).header("cookie", &both).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("This is not your current password."), "{page}");

    // The right one changes it.
    let res = h.call("change_password", &form, Some(&current)).await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    assert!(h.session_user(Some(&other)).await.is_null(), "the other session is signed out");
    assert_eq!(h.session_user(Some(&current)).await["username"], "sacha", "this one stays");
    let old = h.call("sign_in", &[("login", "sacha"), ("password", "a sturdy passphrase")], None).await;
    assert_eq!(old.status(), StatusCode::UNAUTHORIZED);
    let new = h.call("sign_in", &[("login", "sacha"), ("password", new_pw)], None).await;
    assert_eq!(new.status(), StatusCode::OK);

    // Without JavaScript, success lands back on the page, which says so.
    let form = [("current_password", new_pw), ("new_password", "a third good passphrase")];
    let res = h.plain_form("change_password", &form, Some(&current), &referer).await;
    assert!(res.status().is_redirection(), "{}", res.status());
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(location, "/settings/account?changed=1");
    let page =
        h.http.get(h.url(&location)).header("cookie", &current).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Your password was changed."), "{page}");
}
