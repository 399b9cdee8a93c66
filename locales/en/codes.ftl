# The diagnostic codes (`clientele check --explain CODE`): for each code
# `code-<code>-title`, what it means, and `code-<code>-fix`, how to fix it
# (see src/diagnostic/codes.rs). The English text is also the table of
# docs/diagnostics.md, generated from here (a test keeps them in step).

# `check --explain`: the code and its title, then the fix.
check-explain-title = { $code }: { $title }
check-explain-fix = fix: { $fix }

## Reading files

code-e0101-title = the file is not valid TOML
code-e0101-fix = correct the syntax at the place shown (quotes, brackets, `=`)
code-e0102-title = the file cannot be read or is not UTF-8
code-e0102-fix = save the file as UTF-8 text and check its permissions
code-e0103-title = a symbolic link, FIFO, socket or device in the records folder
code-e0103-fix = records are plain files and folders: replace a link with a copy of its file, move anything else out of the folder

## Fields, values, ids and places

code-e0201-title = a field that the format does not know
code-e0201-fix = fix the spelling, or move free-form data under an `[extra]` table
code-e0202-title = a required field is missing
code-e0202-fix = add the field; the message says which one and why it is required
code-e0203-title = a value of the wrong type
code-e0203-fix = write the value as the type named (a quoted string, a number, an unquoted date …)
code-e0204-title = a value outside the allowed set
code-e0204-fix = use one of the values listed in the message
code-e0205-title = an id that breaks the id rules
code-e0205-fix = client and member ids: lowercase letters, digits and `-`, at most 64; other ids may also use capitals, `.` and `_`
code-e0206-title = a file whose name differs from the id inside it
code-e0206-fix = rename the file or change the id so that they agree
code-e0207-title = an id that could name a path outside the records folder
code-e0207-fix = ids must not contain `..`, `/`, `\` or NUL
code-e0208-title = an id used twice
code-e0208-fix = give each client, member, deal, complaint, session and meeting its own id
code-e0209-title = a value in the wrong format
code-e0209-fix = dates as 2026-11-03, date-times as 2026-11-03T14:30:00, times as "09:00", months as "2026-11"
code-e0210-title = a file or folder in the wrong place or with the wrong name
code-e0210-fix = month folders are named YYYY-MM, training files YYYY.toml, ids are file stems
code-w0211-title = a TOML file where no record lives, which is not read
code-w0211-fix = move it to clients/, months/YYYY-MM/ or training/, or rename it
code-e0212-title = an id that is a device name on Windows
code-e0212-fix = con, prn, aux, nul, com1–com9 and lpt1–lpt9 cannot be file names on Windows: choose another id
code-w0213-title = text with control characters (an escape sequence, a NUL …)
code-w0213-fix = remove them: they could recolour or hide text on a terminal (reports show them escaped)

## References between records

code-e0301-title = a reference to a member who is not in team.toml
code-e0301-fix = fix the id or add the member to team.toml
code-e0302-title = a reference to a client with no file in clients/
code-e0302-fix = fix the id or add the client file
code-e0303-title = a lead is required here
code-e0303-fix = name a member whose role is `lead`
code-e0304-title = a month file named after no member
code-e0304-fix = rename the file to a member id from team.toml

## Dates

code-e0401-title = dates out of order
code-e0401-fix = check the two dates named in the message
code-e0402-title = an entry dated outside its month folder
code-e0402-fix = move the entry to the month file of its date
code-e0403-title = two attendance entries for one member and date
code-e0403-fix = merge them into one entry
code-w0404-title = an entry dated while the member was not a member
code-w0404-fix = check the date, or the member's `joined`/`left` in team.toml
code-w0405-title = two approved leaves of one member overlap
code-w0405-fix = shorten or reject one of them
code-w0406-title = something that already happened, dated after today: every report hides it until that day
code-w0406-fix = correct the date if it was mistyped (often the year); plans, leave and due dates may lie ahead

## Ranges

code-e0501-title = a number outside its allowed range
code-e0501-fix = ratings are 1..5, scores 0..100, potential 1..5, amounts and hours 0..10^12; settings: follow-up intervals 1..3660 days, grace_minutes 0..720, complaint limits up to 8784 hours and 3660 days

## Settings

code-e0601-title = tier or grade thresholds not descending
code-e0601-fix = make A > B > C
code-w0602-title = weights that do not sum to 1
code-w0602-fix = the report renormalises, but check the weights are what you meant
code-e0603-title = a setting the reports need is missing
code-e0603-fix = add it to clientele.toml (the message names it)
code-e0604-title = a KPI target that is zero or negative
code-e0604-fix = targets must be greater than 0, or left out

## Clients, the team and its entries

code-w0701-title = a customer without a contact
code-w0701-fix = add a [[contact]] so the team knows whom to call
code-e0702-title = a tier override without `tier_reason`
code-e0702-fix = say why the tier is set by hand
code-w0703-title = a tier override on a client that is not graded
code-w0703-fix = only customers whose `since` has passed are graded; remove the override
code-w0704-title = two reviews by one member of the same member and period
code-w0704-fix = only the last one counts; delete the other
code-e0705-title = an exam score for someone who did not attend, or a retake without a first score
code-e0705-fix = add the member to `attendees`, or the first score
code-w0706-title = a client marked as attending an event it was not invited to
code-w0706-fix = add the client to the event's `invited`
code-e0707-title = team targets not in month order, or two for one month
code-e0707-fix = order the [[team_target]] entries by `from`, one per month
code-w0708-title = appraisal feedback dated before its period ended
code-w0708-fix = feedback follows the month's appraisal: check `period` and `date`
code-w0709-title = two clients with the same name
code-w0709-fix = if they are one client, merge the files; else tell them apart in `name`
code-w0710-title = a client with a won deal that is still a lead or prospect
code-w0710-fix = set `stage = "customer"` and `since` to the first won deal's close date

## Imports

code-e0801-title = an import file that cannot be read as CSV
code-e0801-fix = save it as UTF-8 CSV with a header line; close every quote; give every row the header's number of fields
code-e0802-title = an import value that cannot be used
code-e0802-fix = fix the cell in the export: dates as 2017-03-01, amounts as plain numbers, a known stage, an id that is not used twice
code-e0803-title = an import row names something the export does not list
code-e0803-fix = add it to the export's list (sales_teams.csv, products.csv, accounts.csv), or map the name with --owner-map
code-e0804-title = an imported record that is already in the records
code-e0804-fix = it was imported before: run again with --skip-existing to import only what is new
code-w0805-title = an import row left out
code-w0805-fix = the message says why; add the record by hand if it matters
code-w0806-title = an import value read as a known variant
code-w0806-fix = check that the reading is right; correct the export to silence the warning
