//! `attendance --days`: the day-by-day grid of a month, a row per member and
//! a column per day with the one-letter codes of `attendance::DayCode`, as
//! a `Table` (CSV/JSON, one column per date) and as the compact text grid
//! with a legend that gets posted for the team.

use std::fmt::Write as _;

use chrono::Datelike;

use crate::i18n::Lang;
use crate::render::width::{Align, widest};
use crate::render::{Cell, Table};
use crate::report::team::attendance::{DayCode, MemberMonth};

/// Columns `member`, `name`, then each date of the month (`YYYY-MM-DD`).
pub(crate) fn to_table(months: &[MemberMonth], month: crate::model::YearMonth) -> Table {
    let mut columns = vec!["member".to_string(), "name".to_string()];
    columns.extend(month.days().map(|d| d.format("%Y-%m-%d").to_string()));
    let mut t = Table {
        columns,
        ..Table::default()
    };
    for m in months {
        let mut row = vec![
            Cell::text(m.row.member.0.clone()),
            Cell::text(m.row.name.clone()),
        ];
        row.extend(
            m.days
                .iter()
                .map(|(_, c)| Cell::opt(*c, |c| Cell::text(c.letter()))),
        );
        t.push(row);
    }
    t
}

/// A weekday in two columns (`Mo`, `一`), for the grid's second line.
fn weekday_short(lang: Lang, d: chrono::Weekday) -> String {
    let id = match d {
        chrono::Weekday::Mon => "grid-mon",
        chrono::Weekday::Tue => "grid-tue",
        chrono::Weekday::Wed => "grid-wed",
        chrono::Weekday::Thu => "grid-thu",
        chrono::Weekday::Fri => "grid-fri",
        chrono::Weekday::Sat => "grid-sat",
        chrono::Weekday::Sun => "grid-sun",
    };
    crate::i18n::tr(lang, id, &[])
}

/// What a day's letter means, in `lang`.
pub(crate) fn meaning(lang: Lang, c: DayCode) -> String {
    let id = match c {
        DayCode::Present => "grid-present",
        DayCode::Late => "grid-late",
        DayCode::Early => "grid-early",
        DayCode::LateEarly => "grid-late-early",
        DayCode::Field => "grid-field",
        DayCode::Leave => "grid-leave",
        DayCode::Absent => "grid-absent",
        DayCode::Overtime => "grid-overtime",
        DayCode::MissingOut => "grid-missing-out",
    };
    crate::i18n::tr(lang, id, &[])
}

/// The grid as text: two header lines (day of month, weekday), a line per
/// member, then the legend. Each day takes two columns and a space.
pub(crate) fn to_text(months: &[MemberMonth], month: crate::model::YearMonth) -> String {
    let lang = crate::i18n::current();
    let (member, name) = (
        crate::i18n::column(lang, "member"),
        crate::i18n::column(lang, "name"),
    );
    let id_w = widest(
        months
            .iter()
            .map(|m| &*m.row.member)
            .chain([member.as_str()]),
    );
    let name_w = widest(months.iter().map(|m| &*m.row.name).chain([name.as_str()]));
    let pad = |s: &str, w: usize| crate::render::width::pad(s, w, Align::Left);
    let mut out = String::new();
    let mut days_line = format!("{}  {}", pad(&member, id_w), pad(&name, name_w));
    let mut week_line = format!("{}  {}", pad("", id_w), pad("", name_w));
    for d in month.days() {
        let _ = write!(days_line, " {:>2}", d.day());
        let _ = write!(week_line, " {}", weekday_short(lang, d.weekday()));
    }
    out.push_str(days_line.trim_end());
    out.push('\n');
    out.push_str(week_line.trim_end());
    out.push('\n');
    for m in months {
        let mut line = format!("{}  {}", pad(&m.row.member, id_w), pad(&m.row.name, name_w));
        for (_, code) in &m.days {
            let _ = write!(line, " {:>2}", code.map_or("", |c| c.letter()));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push('\n');
    let legend: Vec<String> = DayCode::LEGEND
        .iter()
        .map(|(c, _)| format!("{} {}", c.letter(), meaning(lang, *c)))
        .collect();
    let _ = writeln!(out, "{}", legend.join(&crate::t!(lang; "list-separator")));
    let _ = writeln!(out, "{}", crate::t!(lang; "grid-blank"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MemberId;
    use crate::report::team::attendance::AttendanceRow;

    #[test]
    fn grid_text_and_table() {
        let month: crate::model::YearMonth = "2026-02".parse().unwrap();
        let mut days: Vec<_> = month.days().map(|d| (d, None)).collect();
        // Sun 1 Feb 2026: overtime; Mon 2: late; Tue 3: leave
        days[0].1 = Some(DayCode::Overtime);
        days[1].1 = Some(DayCode::Late);
        days[2].1 = Some(DayCode::Leave);
        let m = MemberMonth {
            row: AttendanceRow {
                member: MemberId::from("li-wei"),
                name: "李偉".into(),
                ..AttendanceRow::default()
            },
            days,
        };
        let text = to_text(std::slice::from_ref(&m), month);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].starts_with("member  name  1  2  3  4"), "{text}");
        assert!(lines[1].starts_with("             Su Mo Tu We"), "{text}");
        // 李偉 is four columns wide, like `name`
        assert_eq!(lines[2], "li-wei  李偉  O  L  V");
        assert!(lines[4].starts_with("P present, L late"), "{text}");
        let t = to_table(&[m], month);
        assert_eq!(t.columns.len(), 2 + 28);
        assert_eq!(t.columns[2], "2026-02-01");
        assert_eq!(t.rows[0][2], Cell::text("O"));
        assert_eq!(t.rows[0][5], Cell::Empty);
    }
}
