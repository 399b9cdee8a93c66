# `--help`: headings, the command list of `clientele --help` by area, and
# each command's one line there (`about-<command>`).

help-usage = {"Usage: "}
about-clientele = Run a customer-operations team from plain-text records kept in git
help-options = Options
help-arguments = Arguments
help-commands = Commands
help-global-heading = Global options
help-help = Print help
help-version = Print version

help-area-daily = Daily work:
help-area-clients = Clients:
help-area-complaints = Complaints:
help-area-team = Team:
help-area-appraisal = Appraisal and training:
help-area-records = Records:
help-area-setup = Setup:
help-area-other = Other commands:

about-summary = The morning briefing: what needs attention today
about-followups = Clients due or overdue for a follow-up contact
about-plans = Visit plans: done, missed or upcoming
about-care = Birthdays, anniversaries and occasions coming up
about-log = Log an interaction with a client
about-plan = Plan a visit
about-clock = Clock in or out
about-tiers = Client tiers (grades) with their score breakdown
about-pipeline = Deals by stage, conversion and time to close
about-clients = Every client of every stage; the key prospects with --stage lead,prospect
about-deals = Every deal with its stage and delivery status
about-history = Every commit that changed a client or a member, field by field (needs git)
about-diff = What a change does to the reports, between two commits (needs git)
about-client = Add a client (`client add`)
about-deal = Add or update a deal (`deal add|set`)
about-complaints = Complaints with their deadlines and status
about-complaint = Open, respond to or resolve a complaint
about-attendance = Monthly attendance tally per member
about-leave = Leave requests (and `leave request|approve|reject` to write them)
about-actions = Meeting action items
about-meetings = Meetings by date
about-meeting = Log a meeting (`meeting add`)
about-action = Mark a meeting action done (`action done`)
about-report = One member's work report (`report weekly`, `report month`)
about-kpi = Monthly KPI per member
about-appraisal = Monthly appraisal: scores, grade, rank and bonus
about-promotion = Members with grade A or B in each of the last months
about-awards = Awards by month and member
about-review = Give an appraisal score
about-award = Record an award
about-training = Training per member: sessions, hours, exams
about-careers = Careers: tenure, grades, training, plan, rotations, promotion readiness
about-career = Set a member's career plan (`career set`)
about-rotation = Record a job rotation (`rotation add`)
about-feedback = Record that a member's appraisal result was fed back
about-research = Market research notes (and `research add`)
about-events = Client events: invited, attended, attendance rate
about-event = Log a client event (`event add`) or who attended (`event attended`)
about-export = Export a calendar feed (`export ics`) or a SQLite database (`export sqlite`)
about-contact = Add, change or remove a client's contacts (`contact add|set|remove`)
about-member = Add, change or let go a team member (`member add|set|leave`)
about-check = Validate every record file and report all problems
about-cache = The cache of parsed records: `cache clear` removes it
about-fmt = Rewrite record files in canonical form
about-import = Import a CRM export (`import crm`) or complaints (`import complaints`)
about-init = Create a new records folder
about-completions = Print shell completions
about-man = Print the man page
about-serve = The records in a browser: every report a page, live as files change
about-token = Sign-in tokens for `serve --write` (`token add|list|revoke`)

# The global options (`flag-<option>`).
flag-records = The records folder (default: found upwards from here)
flag-as-of = Replay the records as of this date or moment (YYYY-MM-DD[THH:MM[:SS]], a space may replace the T)
flag-format = Output format (default: from the extension of -o, else table)
flag-output = Write the report to FILE (atomically) instead of stdout; the format comes from its extension (.csv .json .md .html .xlsx .ics)
flag-month = The month a report is about (YYYY-MM)
flag-member = One member only (for writes: who logs; default $CLIENTELE_MEMBER)
flag-quiet = Print nothing but errors
flag-reveal = Show confidential contact phones and emails unmasked
flag-bom = Start CSV output with a UTF-8 byte-order mark (for Excel)
flag-ascii = Draw tables with ASCII characters only
flag-wide = Show every column of a table, however wide the terminal
flag-lang = Interface language: en, zh-Hant or zh-Hans (default: a Chinese LC_ALL/LANG, then the team's lang in clientele.toml, else en)
flag-wait = How long a write waits for another write's lock, in seconds (0 to 86400)
flag-no-cache = Read every file, without the cache of parsed records
flag-color = When to use colour (never with NO_COLOR set)

# clap's notes after an argument's line.
help-env = [env: {$name}]
help-default = [default: {$value}]
help-possible = [possible values: {$values}]

# clap's errors on a command line it cannot parse.
clap-error = {"error: "}
clap-tip = {"tip: "}
clap-more = For more information, try '{$flag}'.
clap-value-missing = a value is required for '{$arg}' but none was supplied
clap-value-invalid = invalid value '{$value}' for '{$arg}'
clap-value-rejected = invalid value '{$value}' for '{$arg}': {$why}
clap-possible = {"possible values: "}
clap-subcommands = {"subcommands: "}
clap-unknown-argument = unexpected argument '{$arg}' found
clap-unknown-subcommand = unrecognized subcommand '{$sub}'
clap-no-equals = equal sign is needed when assigning values to '{$arg}'
clap-too-many = unexpected value '{$value}' for '{$arg}' found; no more were expected
clap-wrong-number = {$expected} values required for '{$arg}' but {$actual} were provided
clap-repeated = the argument '{$arg}' cannot be used multiple times
clap-conflict = the argument '{$arg}' cannot be used with '{$prior}'
clap-missing = the following required arguments were not provided:
clap-missing-subcommand = '{$sub}' requires a subcommand but one was not provided
clap-similar-subcommand = a similar subcommand exists: '{$name}'
clap-similar-argument = a similar argument exists: '{$name}'
clap-similar-value = a similar value exists: '{$name}'
