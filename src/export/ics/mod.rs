//! The calendar feed (`export ics`): RFC 5545 text written by hand —
//! CRLF line ends, lines folded at 75 octets (never inside a character),
//! TEXT values escaped, times in the team's zone with its VTIMEZONE.
//!
//! `events` gathers what is coming due from the reports; `tz` describes
//! the zone. Each event's UID is built from what it is about (a client's
//! follow-up, a complaint's deadline), never from the export, so a
//! subscribed calendar updates an event on the next export instead of
//! adding it twice.

pub(crate) mod events;
mod tz;

use chrono::{NaiveDate, NaiveDateTime};

/// When an event happens.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum When {
    /// All day.
    Day(NaiveDate),
    /// A moment in the team's zone (a deadline: zero length).
    At(NaiveDateTime),
}

/// One calendar event.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Event {
    /// Stable: the same thing gets the same UID in every export.
    pub(crate) uid: String,
    pub(crate) when: When,
    pub(crate) summary: String,
    pub(crate) description: String,
    /// `FOLLOWUP`, `PLAN`… (the CATEGORIES property).
    pub(crate) category: &'static str,
}

/// The whole calendar: `events` in the zone `timezone`, stamped `stamp`
/// (UTC).
pub(crate) fn calendar(
    name: &str,
    timezone: &str,
    stamp: NaiveDateTime,
    events: &[Event],
) -> String {
    let mut out = String::new();
    let mut line = |s: &str| push_line(&mut out, s);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//clientele//export ics//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", escape(name)));
    line(&format!("X-WR-TIMEZONE:{timezone}"));
    let years = events.iter().map(|e| match &e.when {
        When::Day(d) => *d,
        When::At(t) => t.date(),
    });
    for l in tz::vtimezone(timezone, years.chain([stamp.date()])) {
        line(&l);
    }
    for e in events {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape(&e.uid)));
        line(&format!("DTSTAMP:{}", stamp.format("%Y%m%dT%H%M%SZ")));
        match &e.when {
            When::Day(d) => {
                let next = d.succ_opt().unwrap_or(*d);
                line(&format!("DTSTART;VALUE=DATE:{}", d.format("%Y%m%d")));
                line(&format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
            }
            When::At(t) => {
                let at = t.format("%Y%m%dT%H%M%S");
                line(&format!("DTSTART;TZID={timezone}:{at}"));
                line(&format!("DTEND;TZID={timezone}:{at}"));
            }
        }
        line(&format!("SUMMARY:{}", escape(&e.summary)));
        line(&format!("DESCRIPTION:{}", escape(&e.description)));
        line(&format!("CATEGORIES:{}", e.category));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// Escapes a TEXT value: backslash, semicolon, comma and line ends.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            other => out.push(other),
        }
    }
    out
}

/// Appends `s` as a content line: folded so that no line is longer than
/// 75 octets (a continuation starts with a space), ended by CRLF.
fn push_line(out: &mut String, s: &str) {
    let mut used = 0;
    for c in s.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_between_characters() {
        let mut out = String::new();
        let text = format!("SUMMARY:{}", "台州利民塑料製品有限公司".repeat(4));
        push_line(&mut out, &text);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{l}");
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, text);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn every_line_ends_in_crlf() {
        let stamp = "2026-11-20T00:00:00".parse().unwrap();
        let e = Event {
            uid: "followup-hd@clientele".into(),
            when: When::Day("2026-11-21".parse().unwrap()),
            summary: "x".into(),
            description: "y".into(),
            category: "FOLLOWUP",
        };
        let cal = calendar("team", "Asia/Shanghai", stamp, &[e]);
        assert!(cal.ends_with("END:VCALENDAR\r\n"));
        assert!(!cal.replace("\r\n", "").contains('\n'));
        assert!(cal.contains("DTSTART;VALUE=DATE:20261121\r\nDTEND;VALUE=DATE:20261122\r\n"));
        assert!(cal.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\n"));
    }
}
