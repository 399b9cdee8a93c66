# Diagnostics: what `check` and the loader report, as `path:line:col:
# error: message [CODE]` (see src/diagnostic/msg.rs). `diag-<what>` is a
# message, `diag-<what>-help` its hint, `diag-word-<what>` a phrase put
# into another message. Arguments are record text shown as written.
# CSV and JSON always show the English text.

## Reading files

diag-not-plain = { $path } is { $what }: the records folder holds only plain files and folders, and nothing reads it
diag-not-plain-help = replace it with a plain file (a copy of what it points to), or move it out of the records folder
diag-word-symlink = a symbolic link
diag-word-fifo = a FIFO (named pipe)
diag-word-socket = a socket
diag-word-device = a device
diag-word-not-plain = not a plain file
diag-cannot-read = cannot read { $path }: { $reason }
diag-folder-not-file = { $path } is a folder where a record file belongs
diag-not-utf8 = cannot read { $path }: the file is not UTF-8 text (it looks like { $encoding })
diag-not-utf8-help = convert it to UTF-8, in the records folder: iconv -f { $encoding } -t UTF-8 { $path } > { $path }.utf8 && mv { $path }.utf8 { $path }
diag-folder-where-file = { $path } is a folder where a record file belongs: move what it holds out and remove it
diag-file-where-folder = { $path } is a file where a folder belongs: rename or remove it

## Fields of a table

diag-missing-field = missing required field `{ $key }` in { $what }
diag-missing-field-why = missing required field `{ $key }` in { $what } ({ $why })
diag-wrong-type = `{ $key }` must be { $expected }, found { $found }
diag-not-finite = `{ $key }` must be a finite number, found { $found }
diag-bad-time = `{ $key }` must be a time written "HH:MM", e.g. "09:00"
diag-bad-month = `{ $key }`: `{ $value }` is not a month: write YYYY-MM, e.g. 2026-11
diag-bad-enum = invalid { $key } `{ $value }`: expected one of { $names }
diag-extra-not-table = `extra` must be a table
diag-unknown-field = unknown field `{ $key }` in { $what }
diag-unknown-field-help = known fields: { $names }; free-form data goes under [extra]
diag-control-chars = `{ $key }` holds control characters: reports show them escaped (`\u{"{"}1b{"}"}`), a terminal never gets them raw
diag-word-string = a string
diag-word-bool = true or false
diag-word-int64 = an integer that fits 64 bits
diag-word-integer = an integer
diag-word-number = a number
diag-word-date = a date like 2026-11-03 (unquoted)
diag-word-datetime = a local date-time like 2026-11-03T14:30:00 (unquoted, no offset)
diag-word-month = a month written "YYYY-MM"
diag-word-float = a float
diag-word-boolean = a boolean
diag-word-a-date = a date
diag-word-a-time = a time
diag-word-a-datetime = a date-time
diag-word-array = an array
diag-word-string-array = an array of strings
diag-word-date-array = an array of dates like 2026-10-01
diag-word-table = a table
diag-word-table-array = an array of tables ([[...]])

## Ranges and ids

diag-one-to-five = `{ $key }` must be 1..5, found { $found }
diag-zero-to-hundred = `{ $key }` must be 0..100, found { $found }
diag-negative-found = `{ $key }` must not be negative, found { $found }
diag-too-large = `{ $key }` must be at most 10^12 (1000000000000), found { $found }
diag-int-range = { $what } must be { $low }..{ $high }, found { $found }
diag-unsafe-id = `{ $key }` = "{ $id }" could name a path outside the records folder
diag-device-id = `{ $key }` = "{ $id }" is a device name on Windows (con, prn, aux, nul, com1–com9, lpt1–lpt9), where a file { $id }.toml cannot be made: choose another id
diag-bad-client-id = `{ $key }` = "{ $id }" is not a valid id: use lowercase letters, digits and `-` (at most 64, not starting with `-`)
diag-bad-entry-id = `{ $key }` = "{ $id }" is not a valid id: use letters, digits, `.`, `_` and `-` (at most 64, starting with a letter or digit)

## Files and their places

diag-not-read = { $path } is not read: it is not where any record lives
diag-not-read-help = clients/<id>.toml, months/YYYY-MM/<member>.toml, training/YYYY.toml
diag-no-team = team.toml is missing: list the team's members there
diag-month-folder-name = month folder `months/{ $folder }` is not named YYYY-MM (e.g. months/2026-11): its files are not read
diag-training-file-name = training file `training/{ $stem }.toml` is not named after a year (e.g. training/2026.toml): it is not read
diag-toml-syntax = invalid TOML: { $reason }
diag-word-client = client
diag-word-client-file = client
diag-word-month-file = month file
diag-word-training-file = training file

## Settings (clientele.toml)

diag-why-team = a [team] table with name and currency
diag-not-negative = `{ $key }` must not be negative
diag-not-a-signing-key = `signing_keys` holds "{ $value }", which is not a public SSH key ({ $why }): copy the line of the member's `.pub` file, e.g. "ssh-ed25519 AAAA… name"
diag-unknown-timezone = unknown time zone `{ $value }`: use an IANA name such as Asia/Shanghai
diag-unknown-lang = unknown language `{ $value }`: use en, zh-Hant or zh-Hans
diag-bad-workday = invalid workday `{ $value }`: expected one of mon, tue, wed, thu, fri, sat, sun
diag-work-end = `work_end` must be after `work_start`
diag-word-followup-tier = follow-up interval for tier { $tier } (days)
diag-followup-tier-missing = follow-up interval missing for tier { $tier } in [followup]
diag-word-followup-prospect = follow-up interval for prospects (days)
diag-followup-prospect-missing = follow-up interval missing for prospects (`prospect`) in [followup]
diag-limits-missing = limits missing for severity { $severity } in [complaints]
diag-limits-positive = limits for { $severity } must be greater than 0
diag-limits-too-long = limits for { $severity } must be at most { $hours } hours to respond and { $days } days to resolve
diag-number-missing = `{ $key }` is missing in { $what }
diag-weights-sum = `{ $key }` sum to { $sum } instead of 1
diag-thresholds = `{ $key }` must descend (A > B > C), found A = { $a }, B = { $b }, C = { $c }
diag-target-positive = target `{ $key }` must be greater than 0
diag-at-least-one = `{ $key }` must be at least 1
diag-feedback-days = `feedback_days` must be 1..31
diag-satisfaction-target = `satisfaction` is a mean rating, at most 5
diag-on-time-target = `complaints_on_time` is a share, at most 1 (0.9 for 90%)
diag-target-order = team target from { $month } is not after the previous one ({ $previous }): keep them in month order, one per month

## Team, clients and their entries

diag-why-reports-to = required for managers and specialists: their lead's id
diag-date-order = `{ $late }` ({ $late_value }) is before `{ $early }` ({ $early_value })
diag-tier-no-reason = a tier override needs `tier_reason`
diag-no-contact = customer has no [[contact]]
diag-id-not-stem = id `{ $id }` differs from the file name `{ $stem }.toml`
diag-why-since = required for stage `{ $stage }`: the date of the first signed contract
diag-why-stage = required for stage `{ $stage }`
diag-bad-client-in = client "{ $id }" in `{ $key }` is not a valid client id
diag-early-feedback = feedback on { $date } for { $period }, before the period ended: check the period
diag-not-invited = `{ $client }` attended but is not in `invited`: add it to `invited`

## Month and training files

diag-outside-month = `{ $key }` { $date } is outside this file's month { $month }: move the entry to months/{ $folder }/
diag-why-clock-in = required unless status = "field"
diag-double-attendance = a second attendance entry for { $date }
diag-why-decided = required once a leave is { $status }
diag-bad-attendee = attendee "{ $id }" is not a valid member id
diag-outside-year = session date { $date } is outside this file's year { $year }
diag-word-exam-scores = exam scores
diag-score-range = score for `{ $member }` must be 0..100, found { $found }
diag-score-number = score for `{ $member }` must be a number
diag-score-not-attendee = exam score for `{ $member }`, who is not among the session's attendees
diag-retake-first = retake for `{ $member }` without a first score

## Checks across files

diag-same-name = client `{ $client }` has the same name as `{ $other }`: “{ $name }”
diag-same-name-help = if they are one client, merge the files; else tell them apart in `name`
diag-won-not-customer = client `{ $client }` is still a { $stage } but won deal `{ $deal }` on { $date }
diag-won-not-customer-help = set `stage = "customer"` and `since = { $date }` (the first won deal's close date)
diag-duplicate-id = duplicate { $what } id `{ $id }`: already used at { $place }:{ $line }
diag-duplicate-review = a second review of `{ $of }` for { $period } by `{ $by }` (also at { $place }:{ $line }): only the last counts
diag-overlapping-leave = approved leave of `{ $member }` from { $from } overlaps the one from { $other_from } to { $other_to }
diag-override-not-graded = tier override on `{ $client }` is ignored: only customers whose `since` has passed are graded (stage is { $stage })
diag-not-member-then = `{ $member }` was not a member on { $date } (joined { $joined })
diag-not-member-then-left = `{ $member }` was not a member on { $date } (joined { $joined }, left { $left })
diag-word-member = member
diag-word-deal = deal
diag-word-complaint = complaint
diag-word-session = session
diag-word-meeting = meeting
diag-word-event = event
diag-after-today = { $what } on { $date }, after today ({ $today }): it stays hidden from every report until that day
diag-after-today-help = correct the date if it was mistyped (often the year)
diag-fact-interaction = an interaction with `{ $client }`
diag-fact-attendance = attendance of `{ $member }`
diag-fact-action-done = action “{ $task }” done
diag-fact-deal-closed = deal `{ $deal }` { $stage }
diag-fact-deal-delivered = deal `{ $deal }` delivered
diag-fact-complaint-received = complaint `{ $complaint }` received
diag-fact-complaint-responded = complaint `{ $complaint }` responded
diag-fact-complaint-resolved = complaint `{ $complaint }` resolved
diag-fact-exam = exam scores of session `{ $session }`

## References between records

diag-unknown-member = { $what } `{ $id }` is not a member in team.toml
diag-unknown-member-help = fix the id, or add the member to team.toml
diag-not-a-lead = { $what } `{ $id }` is a { $role }, not a lead
diag-unknown-client = { $what } `{ $id }` has no file clients/{ $id }.toml
diag-unknown-client-help = fix the id, or add the client with `clientele client add`
diag-file-of-no-member = month file `{ $member }.toml` is named after no member in team.toml
diag-file-of-no-member-help = a member's month file is named after the member's id
diag-ref-reports-to = reports_to
diag-ref-mentor = mentor
diag-ref-owner = owner
diag-ref-specialist = specialist
diag-ref-deal-owner = deal owner
diag-ref-handler = handler
diag-ref-interaction-client = interaction client
diag-ref-plan-client = plan client
diag-ref-approved-by = approved_by
diag-ref-attendee = attendee
diag-ref-action-owner = action owner
diag-ref-review-of = review of
diag-ref-award-member = award member
diag-ref-feedback-member = feedback member
diag-ref-feedback-giver = feedback giver
diag-ref-research-client = research client
diag-ref-invited-client = invited client
diag-ref-attending-client = attending client
