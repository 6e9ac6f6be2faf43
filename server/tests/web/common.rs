//! The HTTP test world shared by the HTTP tests: the real server on port
//! 0 over a fresh database, a client that calls server functions the way the
//! browser does, and the cookie helpers.

use community::db::Engine;
use community::testing::TestDb;
use reqwest::header::{HeaderMap, SET_COOKIE};
use reqwest::redirect::Policy;
use reqwest::StatusCode;
use server::{Config, RunningServer};

pub struct Harness {
    pub server: Option<RunningServer>,
    pub http: reqwest::Client,
    pub engine: Engine,
    pub db_handle: TestDb,
}

impl Harness {
    pub async fn start(engine: Engine) -> Self {
        Self::start_with(engine, |_| {}).await
    }

    pub async fn start_with(engine: Engine, tweak: impl FnOnce(&mut Config)) -> Self {
        let db = TestDb::new(engine).await;
        let mut config = Config::for_tests(db.url.clone());
        config.community_name = "Test Community".into();
        tweak(&mut config);
        let server = server::start(config).await.expect("server starts");
        let http = reqwest::Client::builder().redirect(Policy::none()).build().unwrap();
        Self { server: Some(server), http, engine, db_handle: db }
    }

    pub fn server(&self) -> &RunningServer {
        self.server.as_ref().expect("running")
    }

    pub fn db(&self) -> &community::Db {
        &self.server().db
    }

    pub fn url(&self, path: &str) -> String {
        self.server().url(path)
    }

    /// Calls a server function as the browser's fetch would (same origin).
    pub async fn call(
        &self,
        endpoint: &str,
        form: &[(&str, &str)],
        cookie: Option<&str>,
    ) -> reqwest::Response {
        self.call_with(endpoint, form, cookie, &[]).await
    }

    /// `call` with extra request headers.
    pub async fn call_with(
        &self,
        endpoint: &str,
        form: &[(&str, &str)],
        cookie: Option<&str>,
        headers: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut req = self
            .http
            .post(self.url(&format!("/api/{endpoint}")))
            .header("sec-fetch-site", "same-origin")
            .form(form);
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        req.send().await.expect("request")
    }

    /// Posts a form to a server function the way a browser without
    /// JavaScript does: asking for HTML, from the page at `referer`.
    pub async fn plain_form(
        &self,
        endpoint: &str,
        form: &[(&str, &str)],
        cookie: Option<&str>,
        referer: &str,
    ) -> reqwest::Response {
        self.call_with(endpoint, form, cookie, &[("accept", "text/html"), ("referer", referer)]).await
    }

    pub async fn get(&self, path: &str, cookie: Option<&str>) -> reqwest::Response {
        let mut req = self.http.get(self.url(path));
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        req.send().await.expect("request")
    }

    /// Signs up over HTTP; returns the session cookie.
    pub async fn sign_up(&self, name: &str) -> String {
        let email = format!("{name}@example.com");
        let res = self
            .call(
                "sign_up",
                &[("username", name), ("email", &email), ("password", "a sturdy passphrase")],
                None,
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
        session_cookie(res.headers()).expect("session cookie")
    }
}

impl Harness {
    /// `call` with a form of owned values, as forms built in a loop are.
    pub async fn call_owned(
        &self,
        endpoint: &str,
        form: &[(&str, String)],
        cookie: Option<&str>,
    ) -> reqwest::Response {
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.call(endpoint, &pairs, cookie).await
    }

    /// Signs up over HTTP, gives the account `role` in the database, and
    /// returns the session cookie and the account as a viewer.
    pub async fn account(&self, name: &str, role: domain::Role) -> (String, domain::Viewer) {
        let cookie = self.sign_up(name).await;
        let user = community::accounts::set_role_by_username(self.db(), name, role).await.expect("role");
        (cookie, domain::Viewer::Account { id: user.id, role })
    }
}

impl Harness {
    /// The signed-in account behind `cookie` (`null` for none), as the
    /// app's `session` server function reports it.
    pub async fn session_user(&self, cookie: Option<&str>) -> serde_json::Value {
        let res = self.call("session", &[], cookie).await;
        assert_eq!(res.status(), StatusCode::OK);
        res.json::<serde_json::Value>().await.unwrap()["user"].clone()
    }
}

/// `name=value` of the session cookie set by a response.
pub fn session_cookie(headers: &HeaderMap) -> Option<String> {
    set_cookie(headers, "entraide_session").or_else(|| set_cookie(headers, "__Host-entraide_session"))
}

/// The `name=value` pair a response sets for cookie `name`, if any (also
/// when it clears it: the value is then empty).
pub fn set_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    let prefix = format!("{name}=");
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&prefix))
        .and_then(|v| v.split(';').next())
        .map(str::to_owned)
}
