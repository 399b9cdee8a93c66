//! `export ics`: RFC 5545 text that an independent parser (the icalendar
//! crate) reads, with folded CRLF lines, a VTIMEZONE, masked phones, and
//! UIDs that stay the same from one export to the next.

use std::collections::BTreeMap;

use icalendar::Component;

use super::outputs::{csv_rows, sample};

/// UID → (DTSTART as written, SUMMARY) of every event.
fn events(text: &str) -> BTreeMap<String, (String, String)> {
    let unfolded = icalendar::parser::unfold(text);
    let parsed = icalendar::parser::read_calendar(&unfolded).unwrap();
    let cal: icalendar::Calendar = parsed.into();
    let mut out = BTreeMap::new();
    for e in cal.events() {
        let uid = e.get_uid().unwrap().to_string();
        let start = e.property_value("DTSTART").unwrap().to_string();
        let summary = e.get_summary().unwrap().to_string();
        assert!(
            out.insert(uid.clone(), (start, summary)).is_none(),
            "{uid} twice"
        );
    }
    out
}

fn export(args: &[&str]) -> String {
    let (code, out, err) = sample(&[&["export", "ics"], args].concat());
    assert_eq!(code, 0, "{err}");
    String::from_utf8(out).unwrap()
}

#[test]
fn the_feed_is_rfc_5545_text() {
    let text = export(&[]);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert!(lines.iter().all(|l| !l.contains('\n') && !l.contains('\r')));
    assert!(
        lines.iter().all(|l| l.len() <= 75),
        "a line longer than 75 octets"
    );
    assert!(
        lines.iter().any(|l| l.starts_with(' ')),
        "long lines are folded"
    );
    assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\n"));
    let events = events(&text);
    assert!(events.len() > 20, "{}", events.len());
    for kind in [
        "followup-",
        "plan-",
        "action-",
        "complaint-",
        "care-",
        "training-",
        "event-",
    ] {
        assert!(
            events.keys().any(|u| u.starts_with(kind)),
            "no {kind} event"
        );
    }
}

#[test]
fn complaint_deadlines_are_the_csv_deadlines_in_the_team_zone() {
    let events = events(&export(&[]));
    let (header, rows) = csv_rows(&["complaints", "--open"]);
    let due = header.iter().position(|h| h == "resolve_due").unwrap();
    assert!(!rows.is_empty());
    for r in rows {
        let (start, summary) = &events[&format!("complaint-{}-resolve@clientele", r[0])];
        let want = r[due].replace(['-', ':'], "");
        assert_eq!(start, &want, "{summary}");
    }
    let text = export(&[]);
    assert!(text.contains("DTSTART;TZID=Asia/Shanghai:20261202T160000\r\n"));
}

#[test]
fn uids_are_stable_across_exports() {
    let today = export(&[]);
    assert_eq!(today, export(&[]), "the same day gives the same bytes");
    let (code, next, _) = super::common::clientele()
        .args([
            "--records",
            "records",
            "--as-of",
            "2026-11-21",
            "export",
            "ics",
        ])
        .output()
        .map(|o| (o.status.code(), o.stdout, o.stderr))
        .unwrap();
    assert_eq!(code, Some(0));
    let (a, b) = (events(&today), events(&String::from_utf8(next).unwrap()));
    let both: Vec<&String> = a.keys().filter(|u| b.contains_key(*u)).collect();
    assert!(
        both.len() * 10 >= a.len() * 9,
        "{} of {}",
        both.len(),
        a.len()
    );
    // an item that did not change keeps its date: updated, not duplicated
    let uid = "complaint-C-2026-013-resolve@clientele";
    assert_eq!(a[uid], b[uid]);
}

#[test]
fn one_member_and_masked_phones() {
    let team = events(&export(&[]));
    let mine = events(&export(&["--member", "li-wei"]));
    assert!(!mine.is_empty() && mine.len() < team.len());
    assert!(mine.keys().all(|u| team.contains_key(u)));
    let masked = export(&["--within", "60"]);
    assert!(masked.contains("phone ") && masked.contains("****"));
    let revealed = export(&["--within", "60", "--reveal"]);
    assert!(revealed.contains("phone ") && !revealed.contains("****"));
}

#[test]
fn the_feed_goes_to_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("team.ics");
    let (code, out, _) = sample(&["export", "ics", "-o", path.to_str().unwrap()]);
    assert_eq!((code, out.len()), (0, 0));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), export(&[]));
}

#[test]
fn a_client_event_is_in_the_calendar_and_the_text_in_the_readers_language() {
    let en = events(&export(&[]));
    let (start, summary) = &en["event-E-2026-002@clientele"];
    assert_eq!(start, "20261218");
    assert_eq!(summary, "Event: 年終客戶答謝會");
    let zh = export(&["--lang", "zh-Hant"]);
    let zh_events = events(&zh);
    // the same events, under the same UIDs, in Traditional Chinese
    assert_eq!(
        zh_events.keys().collect::<Vec<_>>(),
        en.keys().collect::<Vec<_>>()
    );
    assert_eq!(
        zh_events["event-E-2026-002@clientele"].1,
        "活動：年終客戶答謝會"
    );
    let unfolded = icalendar::parser::unfold(&zh);
    assert!(
        unfolded.contains("答謝會，由 zhang-min 主辦；邀請 5 位客戶。"),
        "{unfolded}"
    );
    for english in [
        "Follow up ",
        "Visit ",
        "Due: ",
        "Respond to complaint",
        "Resolve complaint",
        " complaint from ",
        "More: ",
        "Training: ",
    ] {
        assert!(!unfolded.contains(english), "{english}");
    }
    let hans = export(&["--lang", "zh-Hans"]);
    assert!(
        icalendar::parser::unfold(&hans).contains("SUMMARY:活动：年終客戶答謝會"),
        "the title is record text, kept as written"
    );
}
