# Why a write, a lookup or a command line was refused (printed after
# `error: `), the lines a write prints on stderr, and the value parsers'
# usage errors.

## The write layer

refuse-who-writes = who is writing? give --member ID or set CLIENTELE_MEMBER
refuse-not-a-member = { $flag } `{ $id }` is not a member in team.toml: fix the id, or add the member there
refuse-no-client-file = no client `{ $id }`: there is no { $file } (fix the id, or add it with `clientele client add`)
refuse-entry-id-taken = { $kind } id `{ $id }` is already used in { $file }: ids are unique across all clients
refuse-breaks-rules = refused, nothing was written: the { $what } would break the records' rules (lines as they would be):
    { $lines }
refuse-invalid-toml = { $file } is not valid TOML ({ $why }): fix it first (see `clientele check`); nothing was written
refuse-fix-first = { $problem }: fix it first (see `clientele check`); nothing was written
refuse-odd-path = { $path } is { $what ->
    [link] a symbolic link: writes never go through one, so nothing lands outside the records folder
    [folder] a folder where a record file belongs
    [special] not a plain file (a FIFO, socket or device)
   *[file] a file where a folder belongs
}; replace it with a plain { $need ->
    [file] file
   *[folder] folder
} inside the records folder (see `clientele check`); nothing was written
refuse-inline-entries = the file writes `{ $kind }` as an inline value, not as [[{ $kind }]] tables: rewrite it as tables first
refuse-not-written = { $why }; nothing was written
refuse-changed-meanwhile = { $file } was changed by another program during this write: nothing was written; run the command again
refuse-lock-gave-up = another write has held the lock { $holder } for more than { $secs } s; gave up (wait longer with --wait SECS, or end the process that holds it); nothing was written
refuse-lock-odd = { $path } is { $what ->
    [link] a symbolic link
   *[other] not a plain file
}: the lock file must be a plain file inside the records folder (remove it; clientele creates it); nothing was written
lock-waiting = waiting for the lock held { $holder } (at most { $secs } s, see --wait)…
lock-held-since = since { $time }
lock-held-by-another = by another process
refuse-journal-odd = { $path } is not a folder clientele made: remove it, then run the command again
refuse-journal-plan = { $path } has a plan clientele cannot follow ({ $why }): look at it, remove the folder, then run the command again
refuse-journal-unfinished = cannot finish a write that was interrupted: { $why }; fix that, then run any clientele command
journal-finished = finished a write that was interrupted (its plan was recorded)
journal-rolled-back = dropped a write that was interrupted before it changed anything
saved-but = saved; but { $but }. The change is in the records: do not run the command again
but-not-printed = could not print the confirmation ({ $why })
but-not-in-place = not every file is in place yet ({ $why }); the next clientele command puts them in place
but-power-cut = { $why }: the change may not survive a power cut until the system writes it out

## Lookups and writes of the commands

refuse-unknown-member = `{ $id }` is not a member in team.toml: fix the id, or add the member there
refuse-no-member = no member `{ $id }` in team.toml
refuse-no-member-table = no [[member]] `{ $id }` in team.toml
refuse-no-client = no client `{ $id }` in clients/
refuse-no-client-see = no client `{ $id }` in clients/ (see `clientele clients`)
refuse-client-not-found-yet = client `{ $id }` was found on { $found }, after { $today }
refuse-nothing-to-change-client = nothing to change: give one of --name, --owner, --specialist, --no-specialist, --stage, --since, --potential, --industry, --source, --tier, --no-tier, --notes
refuse-nothing-to-change-contact = nothing to change: give --name, --title, --phone, --email, --birthday or --primary
refuse-nothing-to-change-deal = nothing to change: give --stage, --amount, --closed, --due or --delivered
refuse-nothing-to-change-member = nothing to change: give --name, --role, --reports-to, --no-reports-to or --signing-key
refuse-in-the-future = { $flag } { $when } is in the future (now is { $now }): what has already happened cannot be dated later, or it would stay hidden from every report until then
refuse-does-not-exist = { $path } does not exist
refuse-unknown-code = unknown code `{ $code }`; known codes: { $known }
refuse-history-no-file = no client file { $file } at { $at }: give a client's id
refuse-init-nested = { $path } is inside the records folder { $outer }: create the new folder elsewhere
refuse-init-not-empty = { $path } already exists and is not empty: init never overwrites a folder
refuse-not-in-kpi = `{ $id }` is not in the KPI of { $month }: only members whose role has targets in [kpi.targets], and who were members in that month, are
refuse-client-name-taken = client { $id } is already named `{ $name }`: add to that client, or give --same-name if this is another company
refuse-client-exists = client `{ $id }` already exists ({ $file }): choose another id
refuse-stage-needs-since = a { $stage } needs a `since` (the date of the first signed contract): give --since too
refuse-stage-needs-since-flag = a { $stage } needs --since (the date of the first signed contract)
refuse-since-before-found = --since { $since } is before --found { $found }
refuse-handover-same = --from and --to name the same member
refuse-handover-nothing = { $member } owns or serves no client and owns no open deal: nothing to hand over
refuse-no-contact = client { $client } has no contact named `{ $name }`
refuse-contact-exists = client { $client } already has a contact named `{ $name }`: change it with `contact set`
refuse-contact-name-taken = client { $client } already has a contact named `{ $name }`
refuse-no-deal = client { $client } has no deal `{ $id }` (see { $file })
refuse-no-complaint-anywhere = no complaint `{ $id }` in any client file
refuse-no-complaint = no complaint `{ $id }` in { $file }
refuse-complaint-answered = complaint { $id } was already answered at { $old }: only the first response is recorded
refuse-complaint-resolved = complaint { $id } was already resolved at { $old } (to rate it, give only --satisfaction; to correct it, --amend)
refuse-amend-nothing = --amend corrects the resolution: give the right --at, --satisfaction or both
refuse-amend-unresolved = complaint { $id } is not resolved yet: there is nothing to amend (leave out --amend)
refuse-no-clock-in = no clock-in on { $date } yet: give --in too, or clock in first
refuse-clock-not-today = { $date } is not today: give the times with --in and --out
refuse-clocked-in = already clocked in on { $date } at { $old }
refuse-clocked-out = already clocked in ({ $clock_in }) and out ({ $old }) on { $date }: give --out HH:MM to change the clock-out
refuse-to-before-from = --to { $to } is before --from { $from }
refuse-no-workday = { $from } to { $to } holds no workday (weekends and holidays of clientele.toml): no leave is needed
refuse-no-leave = { $member } has no leave from { $from } (in { $file })
refuse-leave-decided = the leave of { $member } from { $from } is already { $status }{ $by }
refuse-leave-decided-by = {" "}by { $lead }
refuse-leaves-pending = { $member } has { $n } pending leaves from { $from }: decide by editing { $file }
refuse-leave-by-lead = only a lead decides on leave: `{ $id }` is a { $role }
refuse-award-by-lead = awards are given by a lead: `{ $id }` is a { $role }
refuse-feedback-by-lead = appraisal results are fed back by a lead: `{ $id }` is a { $role }
refuse-action-spec = --action `{ $spec }` is not "task;owner;due" (e.g. "整理方案;li-wei;2026-11-27")
refuse-meeting-title-taken = { $file } already has a { $kind } meeting `{ $title }` on { $date }: give another title
refuse-meeting-id-taken = meeting id `{ $id }` is already used in { $file }: choose another id
refuse-no-meeting = no meeting on { $date }{ $with } in { $folder }{ $broken }
refuse-meeting-with-id = {" "}with id `{ $id }`
refuse-meetings-not-searched = {" "}(not valid TOML, not searched: { $files }; see `clientele check`)
refuse-meetings-on-day = { $n } meetings on { $date }: { $found }; say which with --meeting ID
refuse-meeting-moved = the meeting on { $date } moved: try again
refuse-no-action-item = { $meeting } has { $count } action items: TASK_NUMBER { $number } is not one of them
refuse-action-done = action { $number } of { $meeting } was already done on { $old }
refuse-invite-empty = --invite names no client
refuse-event-id-taken = event id `{ $id }` is already used in { $file }: choose another id
refuse-no-event = no event `{ $id }` in { $file }
refuse-not-invited = `{ $client }` was not invited to { $event }: invited are { $invited }
refuse-session-id-taken = session id `{ $id }` is already used in { $file }: ids are unique across all years
refuse-no-session = no session `{ $id }` in training/: add it with `clientele training add`
refuse-not-attended = { $member } did not attend session { $session }: add them to its attendees first
refuse-score-written = { $member } already has a { $what } of { $old } in session { $session }
refuse-retake-first = { $member } has no first score in session { $session }: record it before the retake
refuse-session-dated = session { $session } on
refuse-session-moved = the session moved: try again
refuse-exam-inline = the session's exam is written inline: write it as a [session.exam] table first
refuse-exam-scores = the exam's scores are not an inline table
refuse-period-ahead = --period { $period } has not begun yet (this month is { $month })
refuse-review-left = { $member } left the team on { $left }, before { $period }: a member who has left is not reviewed
refuse-reports-to-lead = --reports-to `{ $id }` is a { $role }, not a lead: a member reports to a lead
refuse-member-exists = member `{ $id }` is already in team.toml: choose another id (or `member set`)
refuse-member-left = member { $id } already left on { $left }
refuse-on-before-joined = --on { $on } is before { $id } joined ({ $joined })
refuse-handover-to-self = --handover-to names the member who leaves: give someone who stays
refuse-handover-reports = { $reports } report to { $id }: --handover-to must be a lead to take them (or give them another lead first with `member set ID --reports-to LEAD`)
refuse-handover-needed = { $id } still has { $work }: give --handover-to ID, who takes them over
refuse-not-in-team = { $flag } `{ $id }` is not in the team after { $day }: give a member who stays

## Usage errors of the commands (exit 2)

usage-history-what = name a CLIENT or --member ID (one of them)
usage-history-tier = --tier is for a CLIENT, not --member
usage-report-member = `report` needs the member: --member ID (or $CLIENTELE_MEMBER)
usage-report-weekly-month = `report weekly` takes --week YYYY-Www, not --month
usage-report-team-format = `report team` prints text, md, json, html or xlsx: the sections have different columns
usage-training-month = `training` is by year: use --year YYYY instead of --month
usage-diff-upstream = the current branch has no upstream to compare with: name the records before, e.g. `clientele diff main`
usage-appraisal-comments = --comments shows one member's reviews: give --member ID
usage-appraisal-history = --from/--to show one member's history: give --member ID, and no --month
usage-from-after-to = --from { $from } is after --to { $to }: nothing can match
usage-month-or-range = give either --month or --from/--to, not both
usage-format-unknown = cannot tell the format of `{ $path }` from its extension: name it .csv, .json, .md, .html, .xlsx, .ics or .txt, or give --format
usage-format-ics = an .ics calendar comes from `clientele export ics`: choose another format for a report
usage-format-xlsx = a workbook is binary: write it with -o FILE.xlsx (or redirect stdout)

## Flag values that do not parse (clap prints them after `invalid value …`)

parse-date = `{ $value }` is not a date: write YYYY-MM-DD, e.g. 2026-11-20
parse-datetime = `{ $value }` is not a date-time: write YYYY-MM-DDTHH:MM (or with a space), e.g. 2026-11-20T14:30
parse-as-of = `{ $value }` is not a date (2026-11-20) or a date-time (2026-11-20T14:30)
parse-month = `{ $value }` is not a month: write YYYY-MM, e.g. 2026-11
parse-time = `{ $value }` is not a time: write HH:MM, e.g. 09:00
parse-choice = `{ $value }` is not allowed: use one of { $names }
parse-out-of-range = must be { $range }, found { $found }
parse-whole-number = `{ $value }` is not a whole number: give { $range }
parse-number = `{ $value }` is not a number
parse-money = `{ $value }` is not an amount: give a number ≥ 0, e.g. 1234.50
parse-money-cents = { $value } has more than two decimals: money is kept to the cent
parse-id-escapes = `{ $value }` could name a path outside the records folder: ids are lowercase letters, digits and `-`
parse-id-device = `{ $value }` is a device name on Windows, where a file { $value }.toml cannot be made: choose another id
parse-id = `{ $value }` is not a valid id: use lowercase letters, digits and `-` (at most 64, not starting with `-`)
parse-entry-id = `{ $value }` is not a valid id: use letters, digits, `.`, `_` and `-` (at most 64, starting with a letter or digit)
parse-empty = must not be empty
parse-duration = `{ $value }` is not a length of time: write a whole number and m, h or d, e.g. 30m, 4h, 2d

## Lines a command prints on stderr

fmt-unreadable = cannot read it: { $why }
fmt-not-utf8 = it is not UTF-8 text
fmt-invalid-toml = not valid TOML ({ $why }): not formatted
fmt-would-change-records = the canonical form would change its records: not formatted (please report this)
leave-beyond-balance = this request takes { $asked } { $asked ->
    [one] workday
   *[other] workdays
} of annual leave in { $year }, but { $member } has only { $left } left (pending requests included): the lead decides
handover-part = { $what ->
    [owned] clients owned
    [served] clients served
    [deals] open deals
    [complaints] unresolved complaints
   *[reports] members reporting to them
}: { $ids }
handover-actions = open action items: { $n }
handover-nothing = nothing to hand over
handover-separator = ;{" "}
record-errors = { $n } { $n ->
    [one] error
   *[other] errors
}: no report, since a wrong number is worse than none (see `clientele check`)
