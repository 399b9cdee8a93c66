use super::super::Cell;
use super::super::width::width;
use super::*;

fn wide_table() -> Table {
    let mut t = Table::new(&["client", "name", "due", "days"]);
    t.push(vec![
        Cell::text("limin-plastics"),
        Cell::text("台州利民塑料製品有限公司"),
        Cell::Date("2026-10-26".parse().unwrap()),
        Cell::Int(25),
    ]);
    t
}

#[test]
fn on_a_narrow_terminal_text_is_cut_to_one_line_but_ids_and_headers_stay_whole() {
    let style = Style {
        width: Some(50),
        ..Style::default()
    };
    let mut buf = Vec::new();
    write_text(&wide_table(), &style, &mut buf).unwrap();
    let text = String::from_utf8(buf).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(
        lines[0].contains("client") && lines[0].contains("days"),
        "{text}"
    );
    assert!(lines[2].contains(" limin-plastics "), "{text}");
    assert!(lines[2].contains(" 台州利民… "), "{text}");
    assert!(
        lines[2].contains("2026-10-26") && lines[2].contains("25"),
        "{text}"
    );
    assert!(lines.iter().all(|l| width(l.trim_end()) <= 50), "{text}");
}

#[test]
fn ascii_cuts_with_three_dots() {
    let style = Style {
        width: Some(48),
        ascii: true,
        ..Style::default()
    };
    let mut buf = Vec::new();
    write_text(&wide_table(), &style, &mut buf).unwrap();
    let text = String::from_utf8(buf).unwrap();
    assert!(text.is_ascii() || !text.contains('…'), "{text}");
    assert!(text.contains(" limin-plastics "), "{text}");
    assert!(text.contains(" 台州利... "), "{text}");
    assert!(text.contains("-------"), "{text}");
}

#[test]
fn cjk_columns_align() {
    let mut t = Table::new(&["client", "name", "revenue"]);
    t.push(vec![
        Cell::text("hd"),
        Cell::text("華東電子有限公司"),
        Cell::Money(380000.0),
    ]);
    t.push(vec![Cell::text("ab"), Cell::text("abc"), Cell::Money(5.0)]);
    let mut buf = Vec::new();
    write_text(&t, &Style::default(), &mut buf).unwrap();
    let s = String::from_utf8(buf).unwrap();
    let widths: Vec<usize> = s.lines().filter(|l| !l.is_empty()).map(width).collect();
    assert!(widths.windows(2).all(|w| w[0] == w[1]), "{s}");
    assert!(s.contains("380,000"));
}

#[test]
fn control_characters_in_record_text_are_shown_escaped() {
    let mut t = Table::new(&["name"]);
    t.push(vec![Cell::text("a\u{1b}[2Jb\u{7}")]);
    let mut buf = Vec::new();
    write_text(&t, &Style::default(), &mut buf).unwrap();
    let s = String::from_utf8(buf).unwrap();
    assert!(s.contains("a\\u{1b}[2Jb\\u{7}"), "{s}");
    assert!(!s.contains(['\u{1b}', '\u{7}']), "{s}");
    let mut buf = Vec::new();
    write_markdown(&t, &mut buf).unwrap();
    let s = String::from_utf8(buf).unwrap();
    assert!(s.contains("| a\\u{1b}[2Jb\\u{7} |"), "{s}");
}

#[test]
fn chinese_tables_translate_headers_and_words_but_not_record_text() {
    let mut t = Table::new(&["id", "status", "task", "in_advance"]);
    t.push(vec![
        Cell::text("C-1"),
        Cell::text("overdue"),
        Cell::text("open"),
        Cell::Bool(true),
    ]);
    let render = |lang| {
        crate::i18n::with_lang(lang, || {
            let mut buf = Vec::new();
            write_text(&t, &Style::default(), &mut buf).unwrap();
            write_markdown(&t, &mut buf).unwrap();
            String::from_utf8(buf).unwrap()
        })
    };
    let hant = render(Lang::ZhHant);
    assert!(hant.contains("編號") && hant.contains("狀態"), "{hant}");
    assert!(
        hant.contains(" 逾期 ") && hant.contains(" open ") && hant.contains(" 是 "),
        "{hant}"
    );
    assert!(hant.contains("| C-1 | 逾期 | open | 是 |"), "{hant}");
    let hans = render(Lang::ZhHans);
    assert!(hans.contains("编号") && hans.contains("状态"), "{hans}");
    let en = render(Lang::En);
    assert!(en.contains(" overdue ") && en.contains(" true "), "{en}");
}

#[test]
fn a_terminal_of_width_zero_is_one_of_unknown_width() {
    let style = Style {
        width: Some(0),
        ..Style::default()
    };
    let mut buf = Vec::new();
    write_text(&wide_table(), &style, &mut buf).unwrap();
    let text = String::from_utf8(buf).unwrap();
    assert!(text.contains(" 台州利民塑料製品有限公司 "), "{text}");
    assert!(!text.contains('…'), "{text}");
}

#[test]
fn left_out_columns_are_named_on_the_last_line() {
    let mut t = wide_table();
    t.set_secondary(&["name", "due"]);
    let style = Style {
        width: Some(30),
        ..Style::default()
    };
    let text = |lang| {
        crate::i18n::with_lang(lang, || {
            let mut buf = Vec::new();
            write_text(&t, &style, &mut buf).unwrap();
            String::from_utf8(buf).unwrap()
        })
    };
    let en = text(Lang::En);
    assert!(
        en.ends_with("2 columns not shown (name, due): --wide shows them\n"),
        "{en}"
    );
    assert!(
        en.contains(" limin-plastics ") && !en.contains("台州"),
        "{en}"
    );
    let hant = text(Lang::ZhHant);
    assert!(
        hant.ends_with("另有 2 欄未顯示（名稱、到期日），加 --wide 可全部顯示\n"),
        "{hant}"
    );
}

#[test]
fn a_long_table_prints_in_chunks_the_lines_of_one_table() {
    let mut t = Table::new(&["client", "name", "stage", "days"]);
    for i in 0..(2 * CHUNK + 7) {
        let name = match i {
            1500 => "華東電子有限公司華東電子有限公司".to_string(),
            2000 => "two\nlines".to_string(),
            _ => format!("n{}", i % 13),
        };
        let days = if i == 3 {
            Cell::Empty
        } else {
            Cell::Int(i as i64 * 7)
        };
        t.push(vec![
            Cell::text(format!("c{i}")),
            Cell::text(name),
            Cell::text("customer"),
            days,
        ]);
    }
    for style in [
        Style::default(),
        Style {
            ascii: true,
            ..Style::default()
        },
    ] {
        let mut buf = Vec::new();
        write_text(&t, &style, &mut buf).unwrap();
        let lang = i18n::current();
        let headers: Vec<String> = t.columns.iter().map(|c| shown::header(lang, c)).collect();
        let cells = shown::rows(lang, &t.columns, &t.rows);
        let l = Layout {
            keep: (0..4).collect(),
            widths: Vec::new(),
        };
        let whole = comfy(&t.rows, &style, Some(&headers), &cells, &l, false);
        assert_eq!(String::from_utf8(buf).unwrap(), format!("{whole}\n"));
    }
}
