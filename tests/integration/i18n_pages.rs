//! HTML pages and Excel workbooks in Chinese: headers, enum words and
//! titles translated; workbook cells and CSV/JSON unchanged.

use crate::outputs::{csv_rows, parse_page, sample, table_rows};
use crate::outputs_xlsx::{Sheets, read};

fn sel(s: &str) -> scraper::Selector {
    scraper::Selector::parse(s).unwrap()
}

#[test]
fn chinese_pages_translate_headers_words_and_titles() {
    let (code, out, err) = sample(&["--lang", "zh-Hant", "complaints", "--format", "html"]);
    assert_eq!(code, 0, "{err}");
    let page = parse_page(&out, "complaints zh-Hant");
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("<html lang=\"zh-Hant\">"), "lang");
    let table = page.select(&sel("table")).next().unwrap();
    let head: Vec<String> = table
        .select(&sel("th"))
        .map(|t| t.text().collect())
        .collect();
    assert!(
        head.contains(&"嚴重程度".to_string()) && head.contains(&"狀態".to_string()),
        "{head:?}"
    );
    let (header, csv) = csv_rows(&["complaints"]);
    assert!(
        !head.iter().any(|h| h != "id" && header.contains(h)),
        "{head:?}"
    );
    let rows = table_rows(table);
    let status = header.iter().position(|h| h == "status").unwrap();
    assert!(
        rows.iter().any(|r| r[status] == "已解決"),
        "enum words translated"
    );
    let id = header.iter().position(|h| h == "id").unwrap();
    let ids = |rows: &[Vec<String>]| rows.iter().map(|r| r[id].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&rows), ids(&csv), "ids as written");
    let sub: String = page.select(&sel("p.sub")).flat_map(|p| p.text()).collect();
    assert!(sub.starts_with('共') && !sub.contains("rows"), "{sub}");
    // the month pack: section and chart titles
    let (_, out, _) = sample(&["--lang", "zh-Hans", "report", "month", "--format", "html"]);
    let page = parse_page(&out, "report month zh-Hans");
    let h2: Vec<String> = page
        .select(&sel("h2"))
        .map(|t| t.text().collect())
        .collect();
    assert!(
        h2.contains(&"绩效考核".to_string()) && h2.contains(&"客户分级".to_string()),
        "{h2:?}"
    );
    let h1: String = page.select(&sel("h1")).flat_map(|t| t.text()).collect();
    assert!(h1.ends_with("月度汇报"), "{h1}");
}

#[test]
fn chinese_workbooks_translate_the_headers_and_keep_the_cells() {
    for args in [&["kpi"][..], &["complaints"], &["tiers"]] {
        let book = |lang: &str| {
            let all = [&["--lang", lang][..], args, &["--format", "xlsx"]].concat();
            let (code, out, err) = sample(&all);
            assert_eq!(code, 0, "{err}");
            read(out)
        };
        let (en, hant) = (book("en"), book("zh-Hant"));
        let (header, _) = csv_rows(args);
        let head =
            |s: &Sheets| -> Vec<String> { s[0].1[0].iter().map(|c| c.to_string()).collect() };
        assert_eq!(head(&en), header, "{args:?}");
        let zh = head(&hant);
        assert_eq!(zh.len(), header.len(), "{args:?}");
        for (z, h) in zh.iter().zip(&header) {
            assert!(z != h || h == "kpi", "{args:?}: `{h}` is not translated");
        }
        assert_eq!(
            hant[0].1[1..],
            en[0].1[1..],
            "{args:?}: the cells do not change"
        );
    }
    let (_, out, _) = sample(&["--lang", "zh-Hant", "complaints", "--format", "xlsx"]);
    let head: Vec<String> = read(out)[0].1[0].iter().map(|c| c.to_string()).collect();
    assert!(
        head.contains(&"嚴重程度".to_string()) && head.contains(&"狀態".to_string()),
        "{head:?}"
    );
}

#[test]
fn the_briefing_page_and_its_charts_in_chinese() {
    let (code, out, err) = sample(&["--lang", "zh-Hant", "summary", "--format", "html"]);
    assert_eq!(code, 0, "{err}");
    let page = parse_page(&out, "summary zh-Hant");
    let h2: Vec<String> = page
        .select(&sel("h2"))
        .map(|t| t.text().collect())
        .collect();
    assert!(h2.iter().any(|h| h.starts_with("逾期未回訪")), "{h2:?}");
    assert!(!h2.iter().any(|h| h.contains("Follow-ups")), "{h2:?}");
    let cmd: Vec<String> = page
        .select(&sel("p.cmd"))
        .map(|t| t.text().collect())
        .collect();
    assert!(
        cmd.iter()
            .all(|c| c.contains("另有") || c.contains("完整清單")),
        "{cmd:?}"
    );
    let code: Vec<String> = page
        .select(&sel("p.cmd code"))
        .map(|t| t.text().collect())
        .collect();
    assert!(code.iter().all(|c| c.starts_with("clientele ")), "{code:?}");
    let text = String::from_utf8(out).unwrap();
    for english in [
        "resolved on time",
        "end of last month",
        "in charts",
        "Full list",
    ] {
        assert!(!text.contains(english), "{english}");
    }
}
