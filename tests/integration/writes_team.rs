//! The writing commands of daily team work — `clock`, `leave
//! request|approve|reject`, `meeting add`, `action done`, `review`,
//! `award` — on a copy of the `writes` fixture (helpers in `writes.rs`).

use super::writes::*;

// ---- clock -----------------------------------------------------------------

#[test]
fn clock_in_then_out_then_field_days() {
    let f = Folder::new();
    let ben = "months/2026-11/ben.toml";
    let (_, out, _) = f.run_at("2026-11-20T08:58:40", &["--member", "ben", "clock"]);
    assert_eq!(
        out,
        "clocked 2026-11-20: in at 08:58 in months/2026-11/ben.toml\n"
    );
    assert_eq!(
        f.read(ben),
        "[[attendance]]\ndate = 2026-11-20\nin = \"08:58\"\n"
    );
    let (_, out, _) = f.run_at("2026-11-20T18:02", &["--member", "ben", "clock"]);
    assert_eq!(
        out,
        "clocked 2026-11-20: out at 18:02 in months/2026-11/ben.toml\n"
    );
    assert_eq!(
        f.read(ben),
        "[[attendance]]\ndate = 2026-11-20\nin = \"08:58\"\nout = \"18:02\"\n"
    );
    f.ok(&[
        "--member",
        "ben",
        "clock",
        "--date",
        "2026-11-18",
        "--field",
    ]);
    assert_eq!(
        f.read(ben),
        "[[attendance]]\ndate = 2026-11-20\nin = \"08:58\"\nout = \"18:02\"\n\n[[attendance]]\ndate = 2026-11-18\nstatus = \"field\"\n"
    );
    // a correction of the clock-out changes that value only
    let before = f.read(AMY);
    f.ok(&[
        "--member",
        "amy",
        "clock",
        "--date",
        "2026-11-19",
        "--out",
        "18:30",
    ]);
    assert_eq!(
        diff(&before, &f.read(AMY)),
        "-out = \"18:10\"\n+out = \"18:30\"\n"
    );
    f.checks();
    let (code, _, err) = f.run_at("2026-11-20T18:30", &["--member", "ben", "clock"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: already clocked in (08:58) and out (18:02) on 2026-11-20: give --out HH:MM to change the clock-out\n"
    );
    assert_eq!(
        f.refused(&["--member", "ben", "clock", "--date", "2026-11-17"]),
        "error: 2026-11-17 is not today: give the times with --in and --out\n"
    );
    assert_eq!(
        f.refused(&[
            "--member",
            "ben",
            "clock",
            "--date",
            "2026-11-17",
            "--out",
            "18:00"
        ]),
        "error: no clock-in on 2026-11-17 yet: give --in too, or clock in first\n"
    );
    assert_eq!(
        f.refused(&[
            "--member",
            "amy",
            "clock",
            "--date",
            "2026-11-19",
            "--in",
            "09:00"
        ]),
        "error: already clocked in on 2026-11-19 at 08:55\n"
    );
    super::values::bad_value(&f, &["--member", "ben", "clock", "--in", "25:00"]);
    let err = f.refused(&[
        "--member",
        "ben",
        "clock",
        "--date",
        "2026-11-17",
        "--in",
        "09:00",
        "--out",
        "08:00",
    ]);
    assert!(
        err.contains("error: `out` (08:00:00) is before `in` (09:00:00) [E0401]"),
        "{err}"
    );
}

// ---- leave -----------------------------------------------------------------

#[test]
fn leave_request_then_a_lead_decides() {
    let f = Folder::new();
    let ben = "months/2026-11/ben.toml";
    let out = f.ok(&[
        "--member",
        "ben",
        "leave",
        "request",
        "--kind",
        "sick",
        "--from",
        "2026-11-23",
        "--to",
        "2026-11-24",
        "--reason",
        "flu",
    ]);
    assert_eq!(
        out,
        "requested sick leave for ben from 2026-11-23 to 2026-11-24 (pending) in months/2026-11/ben.toml\n"
    );
    assert_eq!(
        f.read(ben),
        "[[leave]]\nkind = \"sick\"\nfrom = 2026-11-23\nto = 2026-11-24\nrequested = 2026-11-20\nstatus = \"pending\"\nreason = \"flu\"\n"
    );
    let (code, out, _) = f.run(&["leave", "--pending", "--format", "csv"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "member,kind,from,to,days,requested,status,approved_by,in_advance\nben,sick,2026-11-23,2026-11-24,2,2026-11-20,pending,,true\namy,annual,2026-11-26,2026-11-27,2,2026-11-18,pending,,true\n"
    );
    let before = f.read(AMY);
    let out = f.ok(&["--member", "boss", "leave", "approve", "amy", "2026-11-26"]);
    assert_eq!(
        out,
        "approved the leave of amy from 2026-11-26 (by boss, 2026-11-20) in months/2026-11/amy.toml\n"
    );
    assert_eq!(
        diff(&before, &f.read(AMY)),
        "-status = \"pending\"\n+status = \"approved\"\n+approved_by = \"boss\"\n+decided = 2026-11-20\n"
    );
    let (code, out, _) = f.run_at(
        "2026-11-21",
        &["leave", "reject", "ben", "2026-11-23", "--by", "boss"],
    );
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "rejected the leave of ben from 2026-11-23 (by boss, 2026-11-21) in months/2026-11/ben.toml\n"
    );
    assert!(f.read(ben).contains(
        "status = \"rejected\"\napproved_by = \"boss\"\ndecided = 2026-11-21\nreason = \"flu\"\n"
    ));
    f.checks();
    assert_eq!(
        f.refused(&["leave", "approve", "amy", "2026-11-26", "--by", "boss"]),
        "error: the leave of amy from 2026-11-26 is already approved by boss\n"
    );
    f.ok(&[
        "--member",
        "amy",
        "leave",
        "request",
        "--kind",
        "annual",
        "--from",
        "2026-12-21",
        "--to",
        "2026-12-22",
    ]);
    assert_eq!(
        f.refused(&["--member", "amy", "leave", "approve", "amy", "2026-12-21"]),
        "error: only a lead decides on leave: `amy` is a manager\n"
    );
    assert_eq!(
        f.refused(&["leave", "approve", "amy", "2026-12-20", "--by", "boss"]),
        "error: amy has no leave from 2026-12-20 (in months/2026-12/amy.toml)\n"
    );
    assert_eq!(
        f.refused(&[
            "--member",
            "amy",
            "leave",
            "request",
            "--kind",
            "annual",
            "--from",
            "2026-12-21",
            "--to",
            "2026-12-20",
        ]),
        "error: --to 2026-12-20 is before --from 2026-12-21\n"
    );
    super::values::bad_value(
        &f,
        &[
            "--member",
            "amy",
            "leave",
            "request",
            "--kind",
            "holiday",
            "--from",
            "2026-12-21",
            "--to",
            "2026-12-22",
        ],
    );
    // a decision before the request breaks a rule
    let err = f.refused(&[
        "leave",
        "approve",
        "amy",
        "2026-12-21",
        "--by",
        "boss",
        "--on",
        "2026-11-01",
    ]);
    assert!(
        err.contains("error: `decided` (2026-11-01) is before `requested` (2026-11-20) [E0401]"),
        "{err}"
    );
    // `leave` alone is still the report; as of the 20th the rejection of
    // the 21st is not known yet
    let (code, out, _) = f.run(&["leave", "--format", "csv", "--member", "ben"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "member,kind,from,to,days,requested,status,approved_by,in_advance\nben,sick,2026-11-23,2026-11-24,2,2026-11-20,pending,,true\n"
    );
}

// ---- meetings and actions --------------------------------------------------

#[test]
fn meeting_add_with_action_items_then_action_done() {
    let f = Folder::new();
    let before = f.read(BOSS);
    let out = f.ok(&[
        "--member",
        "boss",
        "meeting",
        "add",
        "--kind",
        "weekly",
        "--title",
        "週例會",
        "--attendees",
        "boss, amy,ben",
        "--minutes",
        "回顧",
        "--action",
        "跟進 bolt;amy;2026-11-27",
        "--action",
        "檔案;ben;2026-11-25",
        "--id",
        "M-11-20",
    ]);
    assert_eq!(
        out,
        "logged weekly meeting on 2026-11-20 with 2 action items in months/2026-11/boss.toml\n"
    );
    assert_eq!(
        diff(&before, &f.read(BOSS)),
        "+\n+[[meeting]]\n+id = \"M-11-20\"\n+date = 2026-11-20\n+kind = \"weekly\"\n+title = \"週例會\"\n+attendees = [\"boss\", \"amy\", \"ben\"]\n+minutes = \"回顧\"\n+  [[meeting.action]]\n+  task = \"跟進 bolt\"\n+  owner = \"amy\"\n+  due = 2026-11-27\n+  [[meeting.action]]\n+  task = \"檔案\"\n+  owner = \"ben\"\n+  due = 2026-11-25\n"
    );
    f.checks();
    // two meetings on 16 Nov: the id says which
    assert_eq!(
        f.refused(&["action", "done", "2026-11-16", "1"]),
        "error: 2 meetings on 2026-11-16: boss's 週例會 (id M-11-16), boss's 投訴協調; say which with --meeting ID (give a meeting without one an `id`)\n"
    );
    let before = f.read(BOSS);
    let out = f.ok(&[
        "--member",
        "ben",
        "action",
        "done",
        "2026-11-16",
        "1",
        "--meeting",
        "M-11-16",
    ]);
    assert_eq!(
        out,
        "done on 2026-11-20: \"整理客戶檔案\" (1 of boss's 週例會 (id M-11-16)) in months/2026-11/boss.toml\n"
    );
    assert_eq!(diff(&before, &f.read(BOSS)), "+  done = 2026-11-20\n");
    assert!(
        f.read(BOSS)
            .contains("  due = 2026-11-20\n  done = 2026-11-20\n  [[meeting.action]]\n")
    );
    f.ok(&["action", "done", "2026-11-20", "2", "--on", "2026-11-19"]);
    f.checks();
    let (code, out, _) = f.run(&["actions", "--format", "csv"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "date,meeting,task,owner,due,done,status,chair,number\n2026-11-16,投訴協調,回覆 acme,amy,2026-11-17,,overdue,boss,1\n2026-11-16,M-11-16,整理客戶檔案,ben,2026-11-20,2026-11-20,done,boss,1\n2026-11-16,M-11-16,準備報價,amy,2026-11-23,2026-11-18,done,boss,2\n2026-11-20,M-11-20,檔案,ben,2026-11-25,2026-11-19,done,boss,2\n2026-11-20,M-11-20,跟進 bolt,amy,2026-11-27,,open,boss,1\n"
    );
    assert_eq!(
        f.refused(&["action", "done", "2026-11-16", "2", "--meeting", "M-11-16"]),
        "error: action 2 of boss's 週例會 (id M-11-16) was already done on 2026-11-18\n"
    );
    assert_eq!(
        f.refused(&["action", "done", "2026-11-20", "3"]),
        "error: boss's 週例會 (id M-11-20) has 2 action items: TASK_NUMBER 3 is not one of them\n"
    );
    assert_eq!(
        f.refused(&["action", "done", "2026-11-19", "1"]),
        "error: no meeting on 2026-11-19 in months/2026-11\n"
    );
    assert_eq!(
        f.refused(&[
            "--member", "boss", "meeting", "add", "--kind", "weekly", "--title", "x", "--id",
            "M-11-16"
        ]),
        "error: meeting id `M-11-16` is already used in months/2026-11/boss.toml: choose another id\n"
    );
    assert_eq!(
        f.refused(&[
            "--member", "boss", "meeting", "add", "--kind", "weekly", "--title", "x", "--action",
            "no owner"
        ]),
        "error: --action `no owner` is not \"task;owner;due\" (e.g. \"整理方案;li-wei;2026-11-27\")\n"
    );
    f.refused(&[
        "--member",
        "boss",
        "meeting",
        "add",
        "--kind",
        "weekly",
        "--title",
        "x",
        "--attendees",
        "amy,zed",
    ]);
    super::values::bad_value(
        &f,
        &[
            "--member", "boss", "meeting", "add", "--kind", "party", "--title", "x",
        ],
    );
    // a broken file of another member does not stop the search
    f.write("months/2026-11/ben.toml", "[[meeting\n");
    f.ok(&["action", "done", "2026-11-20", "1"]);
    assert_eq!(
        f.refused(&["action", "done", "2026-11-21", "1"]),
        "error: no meeting on 2026-11-21 in months/2026-11 (not valid TOML, not searched: months/2026-11/ben.toml; see `clientele check`)\n"
    );
}

// ---- reviews and awards ----------------------------------------------------

#[test]
fn review_and_award() {
    let f = Folder::new();
    let out = f.ok(&[
        "review",
        "amy",
        "--period",
        "2026-10",
        "--score",
        "88.5",
        "--comment",
        "穩定",
        "--by",
        "boss",
    ]);
    assert_eq!(
        out,
        "boss reviewed amy for 2026-10: 88.5 in months/2026-11/boss.toml\n"
    );
    assert!(f.read(BOSS).ends_with(
        "  due = 2026-11-17\n\n[[review]]\nperiod = \"2026-10\"\nof = \"amy\"\nscore = 88.5\ncomment = \"穩定\"\n"
    ));
    // a self-review, by the writer
    f.ok(&[
        "--member", "amy", "review", "amy", "--period", "2026-10", "--score", "90",
    ]);
    assert!(f.read(AMY).ends_with(
        "status = \"pending\"\n\n[[review]]\nperiod = \"2026-10\"\nof = \"amy\"\nscore = 90\n"
    ));
    let out = f.ok(&[
        "--member", "boss", "award", "amy", "--kind", "special", "--reason", "首單", "--amount",
        "5000", "--period", "2026-10",
    ]);
    assert_eq!(
        out,
        "boss gave amy a special award in months/2026-11/boss.toml\n"
    );
    assert!(f.read(BOSS).ends_with(
        "comment = \"穩定\"\n\n[[award]]\nmember = \"amy\"\nkind = \"special\"\nperiod = \"2026-10\"\namount = 5000\nreason = \"首單\"\n"
    ));
    f.checks();
    assert_eq!(
        f.refused(&[
            "--member", "boss", "review", "amy", "--period", "2026-12", "--score", "90"
        ]),
        "error: --period 2026-12 has not begun yet (this month is 2026-11)\n"
    );
    assert_eq!(
        super::values::bad_value(
            &f,
            &[
                "--member", "boss", "review", "amy", "--period", "2026-10", "--score", "101"
            ]
        ),
        "error: invalid value '101' for '--score <N>': must be 0..100, found 101"
    );
    f.refused(&[
        "--member", "boss", "review", "zed", "--period", "2026-10", "--score", "1",
    ]);
    super::values::bad_value(
        &f,
        &[
            "--member", "boss", "review", "amy", "--period", "2026-1", "--score", "1",
        ],
    );
    assert_eq!(
        f.refused(&[
            "--member", "amy", "award", "ben", "--kind", "bonus", "--reason", "x"
        ]),
        "error: awards are given by a lead: `amy` is a manager\n"
    );
    super::values::bad_value(
        &f,
        &[
            "--member", "boss", "award", "ben", "--kind", "cash", "--reason", "x",
        ],
    );
    super::values::bad_value(
        &f,
        &[
            "--member", "boss", "award", "ben", "--kind", "bonus", "--reason", "x", "--amount",
            "1.001",
        ],
    );
}
