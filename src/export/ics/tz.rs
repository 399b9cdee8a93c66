//! The VTIMEZONE of the team's zone, from the tz database (chrono-tz):
//! every change of offset in the years the feed covers (one year either
//! side), each as a STANDARD or DAYLIGHT part with its own DTSTART; a zone
//! without changes (Asia/Shanghai) is one STANDARD part.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone};
use chrono_tz::{OffsetName, Tz};

/// The offset (seconds east of UTC) and its abbreviation at `utc`.
fn offset_at(tz: Tz, utc: NaiveDateTime) -> (i32, String) {
    let off = tz.offset_from_utc_datetime(&utc);
    let name = off.abbreviation().unwrap_or_default().to_string();
    (off.fix().local_minus_utc(), name)
}

/// `+0800`, `-0330`.
fn hhmm(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let m = seconds.abs() / 60;
    format!("{sign}{:02}{:02}", m / 60, m % 60)
}

/// The UTC moments in `from..to` at which the offset changes, to the
/// minute (found day by day, then narrowed by halving).
fn transitions(tz: Tz, from: NaiveDateTime, to: NaiveDateTime) -> Vec<NaiveDateTime> {
    let mut out = Vec::new();
    let mut t = from;
    while t < to {
        let next = t + Duration::days(1);
        if offset_at(tz, t).0 != offset_at(tz, next).0 {
            // whole minutes after t: before the change at lo, after it at hi
            let (mut lo, mut hi) = (0_i64, 24 * 60);
            while hi - lo > 1 {
                let mid = (lo + hi) / 2;
                if offset_at(tz, t + Duration::minutes(mid)).0 == offset_at(tz, t).0 {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            out.push(t + Duration::minutes(hi));
        }
        t = next;
    }
    out
}

/// The VTIMEZONE lines for `name`, covering the years of `dates` ± 1. An
/// unknown zone (rejected by `check` already) gives UTC.
pub(super) fn vtimezone(name: &str, dates: impl Iterator<Item = NaiveDate>) -> Vec<String> {
    let tz: Tz = name.parse().unwrap_or(Tz::UTC);
    let years: Vec<i32> = dates.map(|d| d.year()).collect();
    let first = years.iter().min().copied().unwrap_or(2000) - 1;
    let last = years.iter().max().copied().unwrap_or(2000) + 1;
    let start = |y: i32| {
        NaiveDate::from_ymd_opt(y, 1, 1)
            .unwrap_or_default()
            .and_hms_opt(0, 0, 0)
            .unwrap_or_default()
    };
    let (from, to) = (start(first), start(last + 1));
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{name}")];
    let changes = transitions(tz, from, to);
    let standard = changes
        .iter()
        .map(|t| offset_at(tz, *t).0)
        .chain([offset_at(tz, from).0])
        .min()
        .unwrap_or(0);
    if changes.is_empty() {
        let (off, abbr) = offset_at(tz, from);
        part(&mut lines, "STANDARD", "19700101T000000", off, off, &abbr);
    }
    for t in changes {
        let (before, _) = offset_at(tz, t - Duration::minutes(1));
        let (after, abbr) = offset_at(tz, t);
        let local = t + Duration::seconds(i64::from(before));
        let kind = if after > standard {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        let at = local.format("%Y%m%dT%H%M%S").to_string();
        part(&mut lines, kind, &at, before, after, &abbr);
    }
    lines.push("END:VTIMEZONE".to_string());
    lines
}

fn part(lines: &mut Vec<String>, kind: &str, start: &str, from: i32, to: i32, abbr: &str) {
    lines.push(format!("BEGIN:{kind}"));
    lines.push(format!("DTSTART:{start}"));
    lines.push(format!("TZOFFSETFROM:{}", hhmm(from)));
    lines.push(format!("TZOFFSETTO:{}", hhmm(to)));
    if !abbr.is_empty() {
        lines.push(format!("TZNAME:{abbr}"));
    }
    lines.push(format!("END:{kind}"));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_zone_without_changes_has_one_standard_part() {
        let lines = vtimezone("Asia/Shanghai", [day("2026-11-20")].into_iter());
        assert_eq!(
            lines,
            [
                "BEGIN:VTIMEZONE",
                "TZID:Asia/Shanghai",
                "BEGIN:STANDARD",
                "DTSTART:19700101T000000",
                "TZOFFSETFROM:+0800",
                "TZOFFSETTO:+0800",
                "TZNAME:CST",
                "END:STANDARD",
                "END:VTIMEZONE"
            ]
        );
    }

    #[test]
    fn daylight_saving_changes_are_listed_in_local_time() {
        let lines = vtimezone("Europe/Berlin", [day("2026-06-01")].into_iter()).join("\n");
        // 29 March 2026, 02:00 CET → 03:00 CEST; 25 October, 03:00 CEST → 02:00 CET
        assert!(
            lines.contains(
                "BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200"
            ),
            "{lines}"
        );
        assert!(
            lines.contains(
                "BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100"
            ),
            "{lines}"
        );
        assert_eq!(lines.matches("BEGIN:DAYLIGHT").count(), 3, "2025 to 2027");
    }
}
