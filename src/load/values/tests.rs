use chrono::NaiveTime;

use super::{control_warning, parse_hhmm};
use crate::diagnostic::{FileId, Span};

/// What `parse_hhmm` answered before its fast path: chrono's parse.
fn by_chrono(s: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(s, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S"))
        .ok()
}

#[test]
fn times_parse_as_chrono_parses_them() {
    let cases = [
        "09:30",
        "9:30",
        "00:00",
        "23:59",
        "24:00",
        "12:60",
        "99:99",
        "0930",
        "09:30:15",
        "09:3",
        "09-30",
        " 9:30",
        "09:30 ",
        "",
        "ab:cd",
        "１２:３０",
    ];
    for s in cases {
        assert_eq!(parse_hhmm(s), by_chrono(s), "{s:?}");
    }
    for h in 0..30 {
        for m in [0, 5, 59, 60, 99] {
            let s = format!("{h:02}:{m:02}");
            assert_eq!(parse_hhmm(&s), by_chrono(&s), "{s:?}");
        }
    }
}

#[test]
fn control_characters_are_found_past_the_quick_scan() {
    let span = Span::file_start(FileId(0));
    let warned = |s: &str| control_warning("k", span, s).is_some();
    for s in [
        "plain",
        "中文 text",
        "tab\there",
        "line\nbreak",
        "crlf\r\n",
        "café ©",
    ] {
        assert!(!warned(s), "{s:?}");
    }
    for s in [
        "bell\u{7}",
        "del\u{7f}",
        "c1\u{85}",
        "c1\u{9f}",
        "lone\rcr",
        "nul\0",
    ] {
        assert!(warned(s), "{s:?}");
    }
}
