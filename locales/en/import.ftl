# `import crm` and `import complaints`: the problems found in an export
# (`path:line:col: error: …`), the refusals, and the lines of the tally.
# The tally's counts are in messages.ftl (import-count-…).

## What kind of problem: "note: 3 more errors like those above (kind) …";
## import-why-… are also the reasons rows are left out ("left out: 2 …").
import-kind-unreadable = unreadable files
import-kind-junk = lines before the header
import-kind-field-count = rows with the wrong number of fields
import-kind-slash-dates = dates written as YYYY/M/D
import-kind-not-dates = values that are not dates
import-kind-not-amounts = values that are not amounts
import-kind-variants = values read as a known variant
import-kind-bad-severities = bad severities
import-kind-map-no-column = severity maps naming no column
import-kind-missing = rows missing a required value
import-kind-bad-ids = bad ids
import-kind-twice = ids used twice
import-kind-exists = records already imported
import-kind-date-order = dates out of order
import-kind-no-company = companies not found
import-kind-stages = unknown deal stages
import-kind-owner-map = bad owner-map rows
import-kind-two-managers = agents under two managers
import-kind-owner-unused = owner-map rows not used
import-kind-not-lead = managers who are not leads
import-kind-unknown-accounts = unknown accounts
import-kind-no-engage = deals with no engage_date
import-kind-no-price = open deals without a price
import-kind-open-close = close values of open deals
import-kind-unknown-agents = unknown sales agents
import-kind-unknown-products = unknown products
import-kind-unknown-parents = parents not in accounts.csv
import-why-no-account = deals with no account
import-why-no-deal = accounts with no deal to import
import-why-other-companies = rows of other companies
import-why-complaints-exist = complaints already in the records
import-why-deals-exist = deals already in the records
import-why-deals-of-existing = deals of accounts already in the records
import-why-accounts-exist = accounts already in the records
import-more-errors = note: { $n } more { $n ->
        [one] error
       *[other] errors
    } like those above ({ $kind }) not shown: --show-all lists every one
import-more-warnings = note: { $n } more { $n ->
        [one] warning
       *[other] warnings
    } like those above ({ $kind }) not shown: --show-all lists every one

## The file itself
import-junk-line = 1 line before the header is not data: skipped
import-junk-lines = { $n } lines before the header are not data: skipped
import-field-count = this row has { $found } fields, the header has { $header }: the row is not read
import-no-header = { $file } has no header line with the columns { $columns }
import-not-utf8 = { $file } is not UTF-8 text: save the export as UTF-8 (CSV UTF-8 in a spreadsheet)
import-open-quote = this quoted field never ends: a `"` is missing
import-cannot-read = cannot read { $file }: { $error }

## Values
import-date-read-as = { $what } `{ $text }` is read as { $date }
import-not-a-date = { $what } `{ $text }` is not a date: write YYYY-MM-DD, e.g. 2017-03-01
import-not-an-amount = { $what } `{ $text }` is not an amount: write a plain number ≥ 0, e.g. 4514
import-variant-row = { $what } `{ $from }` is read as `{ $to }` (1 row)
import-variant-rows = { $what } `{ $from }` is read as `{ $to }` ({ $n } rows)
import-empty = { $what } is empty: the row is not read
import-skip-existing-help = run again with --skip-existing to import only what is new

## import complaints
import-bad-severity = severity `{ $text }` is not one of high, medium, low
import-map-no-column = the export has no column `{ $column }`: the severity map's first column names one (e.g. Issue)
import-map-two-columns = { $file } needs two columns: an export column (e.g. Issue) and severity
import-no-company = no row names the company `{ $company }`: nothing to import (compare the export's Company column)
import-bad-complaint-id = `{ $id }` is not a valid complaint id: letters, digits, `.`, `_` and `-`, at most 64
import-complaint-twice = Complaint ID `{ $id }` is used twice in the export: this row is not read
import-complaint-exists = complaint `{ $id }` is already in clients/{ $client }.toml
import-sent-before-received = Date sent to company { $sent } is before Date received { $received }
import-no-summary = Product and Issue are empty: nothing to summarise the complaint by
import-no-client = no client `{ $client }`: there is no { $file } (fix the id, or add it with `clientele client add`)
import-no-handler = --handler `{ $handler }` is not a member in team.toml: fix the id, or add the member there
import-unreadable = { $file } cannot be read: nothing was imported
import-not-placed = the new complaints could not be placed in the client file
import-file-complaints = { $n } complaints appended

## import crm
import-unknown-stage = deal_stage `{ $stage }` is not one of Prospecting, Engaging, Won, Lost
import-owner-not-id = `{ $member }` is not a member id: use lowercase letters, digits and `-`
import-owner-twice = `{ $name }` is mapped twice
import-two-managers = agent `{ $agent }` is already under manager `{ $manager }`
import-owner-unused = `{ $name }` is not in sales_teams.csv: this row is not used
import-not-lead = manager `{ $manager }` is `{ $lead }` in team.toml, a { $role }: the agents under a manager report to a lead
import-not-lead-help = map the manager to a lead with --owner-map, or make the member a lead in team.toml
import-opportunity-twice = opportunity_id `{ $id }` is used twice in the export: this row is not read
import-no-account = opportunity { $id } has no account: a deal lives under a client, so it is not imported
import-unknown-account = account `{ $account }` is not in accounts.csv
import-no-engage = opportunity { $id } has no engage_date: it is opened on { $day }
import-bad-deal-id = opportunity_id `{ $id }` is not a valid deal id: letters, digits, `.`, `_` and `-`, at most 64
import-deal-exists = deal `{ $id }` is already in clients/{ $client }.toml
import-no-close-value = opportunity { $id } is { $stage } but has no close_value
import-no-close-date = opportunity { $id } is { $stage } but has no close_date
import-no-price = no sales_price for opportunity { $id }: open deals without a price get amount 0
import-open-close = opportunity { $id } is still open: its close_date and close_value are not imported
import-close-before-engage = close_date { $closed } is before engage_date { $engaged }
import-unknown-agent = sales agent `{ $agent }` is not in sales_teams.csv
import-unknown-agent-help = add the agent and their manager to sales_teams.csv, or map the name to a member with --owner-map
import-unknown-product = product `{ $product }` is not in products.csv
import-unknown-product-help = add it to products.csv with its sales_price, or correct the spelling
import-account-twice = account `{ $account }` is listed twice
import-account-exists = account `{ $account }` is already in the records as clients/{ $id }.toml
import-no-deal = account `{ $account }` has no deal to import, so no agent to own it: it is not imported
import-unknown-parent = subsidiary_of `{ $parent }` is not in accounts.csv: kept as written
import-not-crm = { $dir } is not a CRM export: it needs { $accounts }, { $teams } and { $pipeline } ({ $why }); nothing was imported
import-not-toml = the new clients/{ $id }.toml would not be TOML: { $error }
import-file-exists = { $file } exists: an import never overwrites a client file
import-file-members = { $n } new members ({ $leads } leads, { $managers } managers)
import-file-client = new { $stage }, owner { $owner }, { $n ->
        [one] 1 deal
       *[other] { $n } deals
    }
import-file-deals = { $n } new deals
import-records-start = note: so follow-ups count from the day you began keeping records, not from the imported dates, add `records_start = YYYY-MM-DD` under [team] in clientele.toml

## The end of an import
import-refused = { $why }; nothing was imported
import-failed = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }: nothing was imported
import-changed = the records changed while importing: nothing was imported (run again)
import-brings = the imported records bring { $warnings } (see `clientele check`)
