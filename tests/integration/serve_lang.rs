//! `clientele serve` in the reader's language and with a lead's revealed
//! view: pages in Traditional and Simplified Chinese (from `?lang=`, the
//! browser's `Accept-Language`, the folder's setting), data files the same
//! bytes in any language, `?reveal=1` only for a signed-in lead and logged.

use scraper::{Html, Selector};

use super::common::*;
use super::serve::{Server, sample};

fn texts(html: &str, css: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let sel = Selector::parse(css).unwrap();
    doc.select(&sel)
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

#[test]
fn pages_speak_the_readers_language() {
    let dir = sample();
    let s = Server::start(dir.path(), &[]);
    let cases = [
        ("/kpi?lang=zh-Hant", &[][..], "zh-Hant", "績效指標", "回訪"),
        ("/kpi?lang=zh-Hans", &[][..], "zh-Hans", "绩效指标", "回访"),
        (
            "/kpi",
            &["Accept-Language: zh-TW,zh;q=0.8"][..],
            "zh-Hant",
            "績效指標",
            "回訪",
        ),
        (
            "/kpi",
            &["Accept-Language: zh-CN"][..],
            "zh-Hans",
            "绩效指标",
            "回访",
        ),
        (
            "/kpi",
            &["Accept-Language: en-GB"][..],
            "en",
            "KPI",
            "Follow-ups",
        ),
    ];
    for (path, headers, lang, heading, nav) in cases {
        let r = s.request("GET", path, headers, "");
        assert_eq!(r.status, 200, "{path}");
        let html = r.text();
        let doc = Html::parse_document(&html);
        let root = doc.root_element();
        assert_eq!(root.value().attr("lang"), Some(lang), "{path} {headers:?}");
        assert_eq!(texts(&html, "h1"), [heading], "{path} {headers:?}");
        assert!(
            texts(&html, "nav.site a").iter().any(|t| t == nav),
            "{path} {headers:?}: {:?}",
            texts(&html, "nav.site a")
        );
        let headers = texts(&html, "th").concat();
        let chinese = headers
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        assert_eq!(
            chinese,
            lang != "en",
            "{path} {headers:?}: column headers {headers}"
        );
        let live = texts(&html, "p.live").concat();
        assert!(
            lang == "en" || !live.contains("last changed"),
            "the live line is translated: {live}"
        );
    }
    let home = s.get("/?lang=zh-Hant").text();
    assert!(
        texts(&home, "h1")[0].contains("團隊簡報"),
        "the briefing's own heading"
    );
    let card = s.get("/clients/hd-electronics?lang=zh-Hans").text();
    assert_eq!(texts(&card, "h1"), ["客户 hd-electronics"]);
    assert!(card.contains("电话与电子邮件已遮蔽。"));
    assert_eq!(
        s.get("/nothing?lang=zh-Hant").text(),
        "沒有 /nothing 這一頁\n"
    );
}

#[test]
fn the_folders_setting_is_the_last_choice() {
    let dir = sample();
    let settings = dir.path().join("clientele.toml");
    let text = std::fs::read_to_string(&settings).unwrap();
    let text = text.replacen("[team]\n", "[team]\nlang = \"zh-Hant\"\n", 1);
    std::fs::write(&settings, text).unwrap();
    let s = Server::start(dir.path(), &[]);
    assert_eq!(texts(&s.get("/kpi").text(), "h1"), ["績效指標"]);
    let en = s.request("GET", "/kpi", &["Accept-Language: en"], "");
    assert_eq!(texts(&en.text(), "h1"), ["KPI"]);
    assert_eq!(
        texts(&s.get("/kpi?lang=zh-Hans").text(), "h1"),
        ["绩效指标"]
    );
}

#[test]
fn data_files_do_not_change_with_the_language() {
    let dir = sample();
    let s = Server::start(dir.path(), &[]);
    for path in [
        "/followups.csv",
        "/kpi.json",
        "/clients/hd-electronics.json",
    ] {
        let plain = s.get(path).body;
        for (query, header) in [
            ("?lang=zh-Hant", "Accept-Language: en"),
            ("", "Accept-Language: zh-CN"),
        ] {
            let r = s.request("GET", &format!("{path}{query}"), &[header], "");
            assert_eq!(r.status, 200, "{path}{query}");
            assert_eq!(r.body, plain, "{path}{query} {header}");
        }
    }
}

#[test]
fn only_a_signed_in_lead_reveals_contacts_and_each_view_is_logged() {
    let dir = sample();
    let records = dir.path().to_str().unwrap();
    let token = |member: &str| {
        let (code, out, err) = run(&["--records", records, "token", "add", member]);
        assert_eq!(code, 0, "{err}");
        out
    };
    let (boss, amy) = (token("zhang-min"), token("li-wei"));
    let s = Server::start(dir.path(), &[]);
    let sign_in = |token: &str| {
        let r = s.get(&format!("/login?token={}", token.trim()));
        let cookie = r.header("set-cookie").unwrap();
        format!("Cookie: {}", cookie.split(';').next().unwrap())
    };
    let page = "/clients/hd-electronics";
    let masked = s.get(page).text();
    assert!(!masked.contains("reveal=1"), "no link for the anonymous");
    assert_eq!(s.get(&format!("{page}?reveal=1")).status, 403);
    let a = sign_in(&amy);
    let r = s.request("GET", &format!("{page}?reveal=1"), &[&a], "");
    assert_eq!(r.status, 403, "a manager may not");
    let b = sign_in(&boss);
    let lead = s.request("GET", page, &[&b], "").text();
    assert!(
        lead.contains(&format!("href=\"{page}?reveal=1\"")),
        "{lead}"
    );
    let r = s.request("GET", &format!("{page}?reveal=1"), &[&b], "");
    assert_eq!(r.status, 200);
    assert_eq!(r.header("cache-control"), Some("no-store"));
    let shown = r.text();
    assert!(shown.contains("this view is logged"));
    let phone = "18950988577";
    assert!(shown.contains(phone), "unmasked: {phone}");
    assert!(!masked.contains(phone), "masked for others");
    let log = s.log();
    let line = log.lines().find(|l| l.starts_with("reveal: ")).unwrap();
    assert!(
        line.contains(" zhang-min ") && line.contains("/clients/hd-electronics?reveal=1"),
        "{line}"
    );
    assert_eq!(log.matches("reveal: ").count(), 1, "{log}");
}
