//! `clientele serve` in a real browser: Debian's `chromium` driven through
//! `chromium-driver` (WebDriver, spoken here over plain HTTP with
//! serde_json: a few calls do not need a WebDriver crate and its async
//! stack). At desktop and phone widths it opens the briefing, a client
//! card and the KPI page, failing on any console message of level SEVERE
//! or a page wider than the window; then it signs in with a token and logs
//! a visit through the form. Without `/usr/bin/chromedriver` (a
//! developer's machine) the test says so and passes; `.ci/run` installs it.

use std::path::Path;
use std::process::{Child, Command, Stdio};

use serde_json::{Value, json};

use super::common::*;
use super::serve::{Server, request, sample};

const DRIVER: &str = "/usr/bin/chromedriver";

/// A chromedriver process and one browser session, both ended on drop.
struct Browser {
    driver: Child,
    port: u16,
    session: String,
}

impl Browser {
    fn start() -> Browser {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new(DRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:loggingPrefs": {"browser": "ALL"},
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--no-first-run", "--disable-background-networking", "--disable-component-update",
                         "--hide-scrollbars"]
            }
        }}});
        let mut b = Browser {
            driver,
            port,
            session: String::new(),
        };
        let v = b.call("POST", "/session", &caps);
        b.session = v["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {v}"))
            .to_string();
        b
    }

    /// One WebDriver call; returns its `value`.
    fn call(&self, method: &str, path: &str, body: &Value) -> Value {
        let body = body.to_string();
        let r = request(
            self.port,
            method,
            path,
            &["Content-Type: application/json"],
            &body,
        );
        let v: Value = serde_json::from_slice(&r.body).unwrap();
        assert!(r.status < 300, "{method} {path}: {v}");
        v["value"].clone()
    }

    fn s(&self, method: &str, path: &str, body: &Value) -> Value {
        self.call(method, &format!("/session/{}{path}", self.session), body)
    }

    fn open(&self, url: &str) {
        self.s("POST", "/url", &json!({"url": url}));
    }

    fn script(&self, js: &str) -> Value {
        self.s("POST", "/execute/sync", &json!({"script": js, "args": []}))
    }

    /// Console messages of level SEVERE since the last call.
    fn severe(&self) -> Vec<String> {
        let log = self.s("POST", "/se/log", &json!({"type": "browser"}));
        log.as_array()
            .into_iter()
            .flatten()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].to_string())
            .collect()
    }

    fn element(&self, css: &str) -> String {
        let v = self.s(
            "POST",
            "/element",
            &json!({"using": "css selector", "value": css}),
        );
        v.as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .unwrap()
            .to_string()
    }

    fn type_into(&self, css: &str, text: &str) {
        let id = self.element(css);
        self.s(
            "POST",
            &format!("/element/{id}/value"),
            &json!({"text": text}),
        );
    }

    fn click(&self, css: &str) {
        let id = self.element(css);
        self.s("POST", &format!("/element/{id}/click"), &json!({}));
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = request(
                self.port,
                "DELETE",
                &format!("/session/{}", self.session),
                &[],
                "",
            );
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

#[test]
fn pages_fit_and_a_member_logs_a_visit_in_chromium() {
    if !Path::new(DRIVER).exists() {
        eprintln!("skipped: {DRIVER} is not installed (CI installs chromium-driver)");
        return;
    }
    let dir = sample();
    let (code, out, err) = run(&[
        "--records",
        dir.path().to_str().unwrap(),
        "token",
        "add",
        "li-wei",
    ]);
    assert_eq!(code, 0, "{err}");
    let token = out.trim().to_string();
    let s = Server::start(dir.path(), &["--write"]);
    let base = format!("http://127.0.0.1:{}", s.port);
    let b = Browser::start();
    for (w, h) in [(1280, 900), (390, 844)] {
        b.s("POST", "/window/rect", &json!({"width": w, "height": h}));
        for page in ["/", "/clients/hd-electronics", "/kpi", "/kpi?lang=zh-Hant"] {
            b.open(&format!("{base}{page}"));
            let fit = b.script("return [document.documentElement.scrollWidth, window.innerWidth];");
            let (scroll, inner) = (fit[0].as_i64().unwrap(), fit[1].as_i64().unwrap());
            assert!(
                scroll <= inner,
                "{page} at {w}px scrolls sideways: {scroll} > {inner}"
            );
            assert_eq!(b.severe(), Vec::<String>::new(), "{page} at {w}px");
        }
    }
    b.open(&format!("{base}/login?token={token}"));
    b.open(&format!("{base}/log"));
    b.type_into("input[name=client]", "hd-electronics");
    b.click("select[name=kind] option[value=visit]");
    b.type_into("input[name=summary]", "瀏覽器回訪");
    b.click("button[type=submit]");
    // the click starts the navigation; the answer page may come a little later
    let mut text = Value::Null;
    for _ in 0..50 {
        text = b.script("return document.body.innerText;");
        if text.as_str().is_some_and(|t| t.contains("Done:")) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(text.as_str().unwrap().contains("Done:"), "{text}");
    assert_eq!(b.severe(), Vec::<String>::new());
    let month = std::fs::read_dir(dir.path().join("months"))
        .unwrap()
        .flat_map(|m| std::fs::read_dir(m.unwrap().path()).unwrap())
        .map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap())
        .any(|t| t.contains("瀏覽器回訪"));
    assert!(month, "the visit is in a month file");
}
