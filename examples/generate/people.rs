//! Members, client files, month logs and training years of a generated
//! folder. Every value keeps to the rules `clientele check` enforces.

use std::fmt::Write as _;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::rng::Rng;
use super::text::{self, person};

pub struct Member {
    pub id: String,
    pub name: String,
    pub role: &'static str,
    pub lead: usize,
}

/// The team: leads first (one per 25 members), then managers and
/// specialists, each reporting to a lead.
pub struct Team {
    pub members: Vec<Member>,
    pub joined: NaiveDate,
}

impl Team {
    pub fn new(r: &mut Rng, n: usize, first: NaiveDate) -> Team {
        let leads = n.div_ceil(25).max(1);
        let members = (0..n)
            .map(|i| Member {
                id: format!("m{i:03}"),
                name: person(r),
                role: if i < leads {
                    "lead"
                } else if i % 3 == 0 {
                    "specialist"
                } else {
                    "manager"
                },
                lead: if i < leads { i } else { i % leads },
            })
            .collect();
        Team {
            members,
            joined: first - Duration::days(400),
        }
    }

    pub fn managers(&self) -> Vec<usize> {
        (0..self.members.len())
            .filter(|&i| self.members[i].role == "manager")
            .collect()
    }
}

pub fn team_file(t: &Team) -> String {
    let mut s = String::new();
    for m in &t.members {
        let _ = write!(
            s,
            "[[member]]\nid = \"{}\"\nname = \"{}\"\nrole = \"{}\"\njoined = {}\n",
            m.id, m.name, m.role, t.joined
        );
        if m.role != "lead" {
            let _ = writeln!(s, "reports_to = \"{}\"", t.members[m.lead].id);
        }
        s.push_str("base_bonus = 5000\n\n");
    }
    s.pop();
    s
}

/// One client as the month logs need it.
pub struct ClientInfo {
    pub id: String,
}

pub struct Clients {
    pub files: Vec<(String, String)>,
    pub list: Vec<ClientInfo>,
    /// Clients of each member (owned or served), by member index.
    pub of: Vec<Vec<usize>>,
}

fn day(r: &mut Rng, from: NaiveDate, to: NaiveDate) -> NaiveDate {
    let span = (to - from).num_days().max(0);
    from + Duration::days(r.range(0, span))
}

pub fn clients_file(r: &mut Rng, t: &Team, n: usize, first: NaiveDate, last: NaiveDate) -> Clients {
    let managers = t.managers();
    let specialists: Vec<usize> = (0..t.members.len())
        .filter(|&i| t.members[i].role == "specialist")
        .collect();
    let end = last + chrono::Months::new(1) - Duration::days(1);
    let mut out = Clients {
        files: Vec::with_capacity(n),
        list: Vec::with_capacity(n),
        of: vec![Vec::new(); t.members.len()],
    };
    for c in 0..n {
        let id = format!("c{c:05}");
        let owner = managers[r.skewed(managers.len())];
        let specialist = (!specialists.is_empty() && r.chance(0.4)).then(|| *r.pick(&specialists));
        let body = client(r, t, &id, c, owner, specialist, first, end);
        out.of[owner].push(c);
        if let Some(s) = specialist {
            out.of[s].push(c);
        }
        out.files.push((id.clone(), body));
        out.list.push(ClientInfo { id });
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn client(
    r: &mut Rng,
    t: &Team,
    id: &str,
    c: usize,
    owner: usize,
    specialist: Option<usize>,
    first: NaiveDate,
    end: NaiveDate,
) -> String {
    let (name, industry) = text::company(r, c);
    let stage = *r.pick(&[
        "customer", "customer", "customer", "customer", "prospect", "lead", "lost",
    ]);
    let found = day(r, first - Duration::days(1500), end - Duration::days(30));
    let mut s = format!(
        "id = \"{id}\"\nname = \"{name}\"\nstage = \"{stage}\"\nowner = \"{}\"\n",
        t.members[owner].id
    );
    if let Some(sp) = specialist {
        let _ = writeln!(s, "specialist = \"{}\"", t.members[sp].id);
    }
    let _ = write!(
        s,
        "industry = \"{industry}\"\nsource = \"{}\"\nfound = {found}\n",
        r.pick(text::SOURCES)
    );
    if stage == "customer" {
        let _ = writeln!(s, "since = {}", day(r, found, end));
    }
    let _ = writeln!(s, "potential = {}", r.range(1, 5));
    for k in 0..r.range(1, 3) {
        let _ = write!(
            s,
            "\n[[contact]]\nname = \"{}\"\ntitle = \"經理\"\nphone = \"13{:09}\"\nemail = \"c{c}.{k}@example.com\"\n",
            person(r),
            r.below(1_000_000_000)
        );
        if k == 0 && r.chance(0.3) {
            let _ = writeln!(
                s,
                "birthday = 1980-{:02}-{:02}",
                r.range(1, 12),
                r.range(1, 28)
            );
        }
    }
    // a lead or prospect has won nothing yet (a won deal makes a customer)
    deals(
        r,
        &mut s,
        c,
        (found, end),
        matches!(stage, "customer" | "lost"),
    );
    if stage == "customer" {
        complaints(r, t, &mut s, c, first, end);
    }
    s
}

fn deals(r: &mut Rng, s: &mut String, c: usize, span: (NaiveDate, NaiveDate), can_win: bool) {
    let (found, end) = span;
    let count = if r.chance(0.05) {
        r.range(5, 20)
    } else {
        r.range(0, 3)
    };
    let mut opened: Vec<NaiveDate> = (0..count).map(|_| day(r, found, end)).collect();
    // entries in the canonical order: by the day opened
    opened.sort();
    for (k, opened) in opened.into_iter().enumerate() {
        let stage = *r.pick(&[
            "won",
            "won",
            "won",
            "lost",
            "proposal",
            "negotiation",
            "qualified",
        ]);
        let stage = if stage == "won" && !can_win {
            "proposal"
        } else {
            stage
        };
        let _ = write!(
            s,
            "\n[[deal]]\nid = \"D-{c}-{k}\"\ntitle = \"{}\"\nstage = \"{stage}\"\namount = {}\nopened = {opened}\n",
            r.pick(text::DEAL_TITLES),
            r.range(1, 200) * 5000
        );
        if stage == "won" || stage == "lost" {
            let closed = day(r, opened, (opened + Duration::days(120)).min(end));
            let _ = writeln!(s, "closed = {closed}");
            if stage == "won" && r.chance(0.5) {
                let due = closed + Duration::days(r.range(20, 90));
                let _ = writeln!(s, "due = {due}");
                let delivered = closed + Duration::days(r.range(10, 100));
                if delivered <= end {
                    let _ = writeln!(s, "delivered = {delivered}");
                }
            }
        }
    }
}

fn complaints(r: &mut Rng, t: &Team, s: &mut String, c: usize, first: NaiveDate, end: NaiveDate) {
    let count = if r.chance(0.15) { r.range(1, 3) } else { 0 };
    let mut received: Vec<_> = (0..count)
        .map(|_| {
            day(r, first, end)
                .and_hms_opt(r.range(8, 17) as u32, 15, 0)
                .unwrap_or_default()
        })
        .collect();
    // entries in the canonical order: by the time received
    received.sort();
    for (k, received) in received.into_iter().enumerate() {
        let handler = &t.members[r.below(t.members.len())].id;
        let _ = write!(
            s,
            "\n[[complaint]]\nid = \"C-{c}-{k}\"\nreceived = {}\nseverity = \"{}\"\nchannel = \"phone\"\nsummary = \"{}\"\nhandler = \"{handler}\"\n",
            received.format("%Y-%m-%dT%H:%M:%S"),
            r.pick(&["high", "medium", "low"]),
            r.pick(text::COMPLAINTS)
        );
        let responded = received + Duration::hours(r.range(1, 60));
        let resolved = responded + Duration::days(r.range(1, 20));
        if resolved.date() <= end {
            let _ = write!(
                s,
                "responded = {}\nresolved = {}\nsatisfaction = {}\ndepartments = [\"物流\"]\n",
                responded.format("%Y-%m-%dT%H:%M:%S"),
                resolved.format("%Y-%m-%dT%H:%M:%S"),
                r.range(2, 5)
            );
        }
    }
}

pub use super::months::month_files;
pub use super::months::training_file;

/// The workdays (Monday to Friday) of the month starting at `month`.
pub fn workdays(month: NaiveDate) -> Vec<NaiveDate> {
    month
        .iter_days()
        .take_while(|d| d.month() == month.month())
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .collect()
}
