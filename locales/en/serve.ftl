# `clientele serve`: the words of the pages in a browser.

# Pages: the navigation bar and each page's heading.
serve-page-briefing = Briefing
serve-page-clients = Clients
serve-page-client = Client { $id }
serve-page-followups = Follow-ups
serve-page-complaints = Complaints
serve-page-pipeline = Pipeline
serve-page-deals = Deals
serve-page-attendance = Attendance
serve-page-leave = Leave
serve-page-meetings = Meetings
serve-page-kpi = KPI
serve-page-appraisal = Appraisal
serve-page-training = Training
serve-page-check = Check
serve-page-tiers = Tiers
serve-page-plans = Visit plans
serve-page-care = Care
serve-page-actions = Action items
serve-page-awards = Awards
serve-page-promotion = Promotion

# Under the navigation bar: when the folder last changed.
serve-live = records last changed { $when }
# The page shown instead of numbers when the records have errors.
serve-errors-title = Errors in the records
serve-errors-heading = { $count ->
    [one] The records have 1 error: no numbers until it is fixed
   *[other] The records have { $count } errors: no numbers until they are fixed
}

# Contact data on a page.
serve-masked = Phones and emails are masked.
serve-reveal = Show them (a lead's view, logged)
serve-revealed = Phones and emails are shown unmasked: this view is logged.

# Writes: the links of a signed-in member, the forms and their fields.
serve-signed-in = { $member }:
serve-write-log = Log an interaction
serve-write-plan = Plan a visit
serve-write-complaint-respond = Respond to a complaint
serve-write-complaint-resolve = Resolve a complaint
serve-write-leave-request = Request leave
serve-write-leave-approve = Approve leave
serve-write-leave-reject = Reject leave
serve-write-action-done = Mark an action done
serve-write-review = Give an appraisal score
serve-write-clock = Clock in or out
serve-form-as = as { $member }
serve-form-submit = Save
serve-form-done = Done: { $text }
serve-field-client = Client
serve-field-kind = Kind
serve-field-summary = Summary
serve-field-date = Day
serve-field-satisfaction = Satisfaction (1–5)
serve-field-purpose = Purpose
serve-field-id = Complaint
serve-field-at = When
serve-field-department = Department brought in
serve-field-amend = Correct a resolved complaint
serve-field-from = First day
serve-field-to = Last day
serve-field-reason = Reason
serve-field-from-date = First day of the leave
serve-field-member = Member
serve-field-on = Day of the decision
serve-field-meeting-date = Meeting date
serve-field-task-number = Item number
serve-field-meeting = Meeting
serve-field-period = Month
serve-field-score = Score (0–100)
serve-field-comment = Comment
serve-field-in = Clock in
serve-field-out = Clock out
serve-field-field = Field work or travel

# Refusals and other plain answers.
serve-wrong-host = this server answers only to its own address
serve-no-post = nothing to post here
serve-post-the-write = post the write
serve-read-only = this server is read-only (start it with --write)
serve-sign-in-first = sign in first: open /login?token=… (`clientele token add MEMBER`)
serve-bad-token = that token signs no one in (ask the lead for `clientele token add`)
serve-no-random = no randomness for a session
serve-no-page = no page { $path }
serve-no-client = no client `{ $id }`
serve-csrf = this form has expired or did not come from this server: reload it
serve-lead-only = only a lead may { $write }: `{ $member }` is not one
serve-reveal-refused = only a signed-in lead may see phones and emails unmasked
serve-not-committed = the write is saved, but not committed: { $error }
serve-not-committed-dirty = not committed: { $files } had changes not committed before this write
serve-query-denied = `{ $key }` cannot be set from a link or a form
serve-query-unknown = `{ $command }` has no flag `--{ $flag }`
serve-query-switch = `{ $key }` is a switch: give 1 or 0, not `{ $value }`
