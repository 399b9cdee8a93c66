//! One member's month file, and one year's training file.

use std::fmt::Write as _;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::people::{Clients, Team, workdays};
use super::rng::Rng;
use super::text;

fn holiday(d: NaiveDate) -> bool {
    [(2026, 1, 1), (2026, 10, 1), (2026, 10, 2)]
        .iter()
        .any(|&(y, m, day)| (d.year(), d.month(), d.day()) == (y, m, day))
}

/// Every member's file for the month starting at `month`.
pub fn month_files(r: &mut Rng, t: &Team, c: &Clients, month: NaiveDate) -> Vec<(String, String)> {
    let days: Vec<NaiveDate> = workdays(month)
        .into_iter()
        .filter(|d| !holiday(*d))
        .collect();
    let prev = (month - Duration::days(1)).format("%Y-%m").to_string();
    (0..t.members.len())
        .map(|i| {
            // each kind on its own, then put in the canonical order
            let [
                mut leaves,
                mut visits,
                mut plans,
                mut days_in,
                mut reviewed,
                mut met,
            ] = Default::default();
            let leave = leave(r, t, i, &days, &mut leaves);
            contacts(r, c, i, &days, &mut visits, &mut plans);
            attendance(r, &days, &leave, &mut days_in);
            reviews(r, t, i, &prev, &mut reviewed);
            if t.members[i].role == "lead" {
                meetings(r, t, i, &days, &mut met);
            }
            let (meetings, awards) = match met.find("[[award]]") {
                Some(at) => met.split_at(at),
                None => (met.as_str(), ""),
            };
            let mut s: String = [&visits, &plans, &days_in, &leaves]
                .iter()
                .map(|x| x.as_str())
                .chain([meetings, reviewed.as_str(), awards])
                .collect();
            // one blank line between entries, none at the end
            s.pop();
            (t.members[i].id.clone(), s)
        })
        .collect()
}

/// A member's interactions with the clients of their book (into `s`) and
/// the visits planned (into `p`), each by date: about three a workday for
/// a full book (calls, e-mails, visits).
fn contacts(
    r: &mut Rng,
    c: &Clients,
    i: usize,
    days: &[NaiveDate],
    s: &mut String,
    p: &mut String,
) {
    let mine = &c.of[i];
    if mine.is_empty() {
        return;
    }
    let n = (16 + mine.len() * 2 / 5).min(110);
    let mut visits: Vec<(NaiveDate, usize, bool)> = (0..n)
        .map(|_| (*r.pick(days), mine[r.skewed(mine.len())], false))
        .collect();
    for _ in 0..r.range(3, 8) {
        visits.push((*r.pick(days), mine[r.below(mine.len())], true));
    }
    visits.sort();
    for &(d, client, plan) in &visits {
        let id = &c.list[client].id;
        if plan {
            let _ = write!(
                p,
                "[[plan]]\ndate = {d}\nclient = \"{id}\"\npurpose = \"{}\"\n\n",
                r.pick(text::PURPOSES)
            );
            if !r.chance(0.7) {
                continue;
            }
        }
        let _ = write!(
            s,
            "[[interaction]]\ndate = {d}\nclient = \"{id}\"\nkind = \"{}\"\nsummary = \"{}\"\n",
            r.pick(&["visit", "call", "call", "email", "meeting"]),
            r.pick(text::SUMMARIES)
        );
        if r.chance(0.5) {
            let _ = writeln!(s, "satisfaction = {}", r.range(3, 5));
        }
        s.push('\n');
    }
}

fn leave(r: &mut Rng, t: &Team, i: usize, days: &[NaiveDate], s: &mut String) -> Vec<NaiveDate> {
    if t.members[i].role == "lead" || days.len() < 4 || !r.chance(0.12) {
        return Vec::new();
    }
    let start = r.below(days.len() - 3);
    let taken: Vec<NaiveDate> = days[start..start + r.range(1, 3) as usize].to_vec();
    let (from, to) = (taken[0], taken[taken.len() - 1]);
    let requested = from - Duration::days(7);
    let _ = write!(
        s,
        "[[leave]]\nkind = \"{}\"\nfrom = {from}\nto = {to}\nrequested = {requested}\nstatus = \"approved\"\napproved_by = \"{}\"\ndecided = {}\nreason = \"家中有事\"\n\n",
        r.pick(&["annual", "sick", "personal"]),
        t.members[t.members[i].lead].id,
        requested + Duration::days(1)
    );
    taken
}

fn attendance(r: &mut Rng, days: &[NaiveDate], leave: &[NaiveDate], s: &mut String) {
    for d in days.iter().filter(|d| !leave.contains(d)) {
        if r.chance(0.1) {
            let _ = write!(s, "[[attendance]]\ndate = {d}\nstatus = \"field\"\n\n");
            continue;
        }
        let late = r.chance(0.05);
        let (h, m) = if late {
            (9, r.range(6, 40))
        } else {
            (8, r.range(30, 59))
        };
        let _ = write!(
            s,
            "[[attendance]]\ndate = {d}\nin = \"{h:02}:{m:02}\"\nout = \"18:{:02}\"\n\n",
            r.range(0, 59)
        );
    }
}

fn reviews(r: &mut Rng, t: &Team, i: usize, period: &str, s: &mut String) {
    let me = &t.members[i];
    let mut of: Vec<&str> = vec![me.id.as_str()];
    if me.role == "lead" {
        of.extend(
            t.members
                .iter()
                .filter(|m| m.role != "lead" && m.lead == i)
                .map(|m| m.id.as_str()),
        );
    } else {
        let peer = &t.members[r.below(t.members.len())];
        if peer.id != me.id && peer.role != "lead" {
            of.push(&peer.id);
        }
    }
    of.sort();
    for m in of {
        let _ = write!(
            s,
            "[[review]]\nperiod = \"{period}\"\nof = \"{m}\"\nscore = {}\ncomment = \"工作認真\"\n\n",
            r.range(60, 98)
        );
    }
}

fn meetings(r: &mut Rng, t: &Team, i: usize, days: &[NaiveDate], s: &mut String) {
    let reports: Vec<&str> = t
        .members
        .iter()
        .filter(|m| m.role != "lead" && m.lead == i)
        .map(|m| m.id.as_str())
        .collect();
    let last = days.last().copied().unwrap_or_default();
    for d in days.iter().filter(|d| d.weekday() == Weekday::Mon) {
        let attendees: Vec<String> = std::iter::once(t.members[i].id.as_str())
            .chain(reports.iter().take(12).copied())
            .map(|m| format!("\"{m}\""))
            .collect();
        let _ = write!(
            s,
            "[[meeting]]\nid = \"M-{}-{d}\"\ndate = {d}\nkind = \"weekly\"\ntitle = \"週例會\"\nattendees = [{}]\nminutes = \"回顧上週拜訪與簽約進展\"\n",
            t.members[i].id,
            attendees.join(", ")
        );
        for _ in 0..r.range(1, 3) {
            let Some(owner) = reports.get(r.below(reports.len().max(1))) else {
                break;
            };
            let due = *d + Duration::days(r.range(2, 10));
            let _ = write!(
                s,
                "  [[meeting.action]]\n  task = \"跟進客戶報價反饋\"\n  owner = \"{owner}\"\n  due = {due}\n"
            );
            if r.chance(0.7) {
                // done within the month: every entry lies in the past
                let done = (*d + Duration::days(r.range(1, 9))).min(last);
                let _ = writeln!(s, "  done = {done}");
            }
        }
        s.push('\n');
    }
    if let Some(m) = reports.get(r.below(reports.len().max(1))) {
        let _ = write!(
            s,
            "[[award]]\nmember = \"{m}\"\nkind = \"bonus\"\namount = {}\nreason = \"本月簽約額突出\"\n\n",
            r.range(1, 5) * 1000
        );
    }
}

/// One year's sessions (only the part of the year inside the folder's span).
pub fn training_file(
    r: &mut Rng,
    t: &Team,
    year: i32,
    first: NaiveDate,
    last: NaiveDate,
) -> Option<String> {
    let lo = first.max(NaiveDate::from_ymd_opt(year, 1, 1)?);
    let hi = last.min(NaiveDate::from_ymd_opt(year, 12, 1)?);
    let mut s = String::new();
    let mut dates: Vec<NaiveDate> = (0..6)
        .map(|_| lo + Duration::days(r.range(0, (hi - lo).num_days().max(0))))
        .collect();
    dates.sort();
    for (k, d) in dates.iter().enumerate() {
        let (topic, category) = *r.pick(text::TOPICS);
        let attendees: Vec<&str> = t
            .members
            .iter()
            .filter(|_| r.chance(0.3))
            .map(|m| m.id.as_str())
            .collect();
        let list: Vec<String> = attendees.iter().map(|a| format!("\"{a}\"")).collect();
        let _ = write!(
            s,
            "[[session]]\nid = \"T-{year}-{k:02}\"\ndate = {d}\ntopic = \"{topic}\"\ncategory = \"{category}\"\nmethod = \"internal\"\nhours = {}\nattendees = [{}]\n",
            r.range(2, 8),
            list.join(", ")
        );
        if r.chance(0.5) && !attendees.is_empty() {
            let scores: Vec<(String, i64)> = attendees
                .iter()
                .map(|a| (a.to_string(), r.range(45, 98)))
                .collect();
            let fmt = |v: &[(String, i64)]| {
                v.iter()
                    .map(|(a, x)| format!("{a} = {x}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let retake: Vec<(String, i64)> = scores
                .iter()
                .filter(|(_, x)| *x < 60)
                .map(|(a, _)| (a.clone(), r.range(60, 90)))
                .collect();
            let _ = write!(s, "  [session.exam]\n  scores = {{ {} }}\n", fmt(&scores));
            if !retake.is_empty() {
                let _ = writeln!(s, "  retake = {{ {} }}", fmt(&retake));
            }
        }
        s.push('\n');
    }
    // one blank line between entries, none at the end
    s.pop();
    Some(s)
}
