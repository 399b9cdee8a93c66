# Titles of pages, sections and charts (HTML, xlsx, `client show`,
# `report team`): `section-client-<key>`, `section-team-<key>`,
# `dashboard-<key>`, `chart-<key>`, `chart-note-<key>`.

html-rows = { $n ->
    [one] 1 row
   *[other] { $n } rows
}

html-more = … and { $n } more: { $command }
html-full-list = Full list: { $command }

section-client-client = Client
section-client-contacts = Contacts
section-client-tier = Tier and score
section-client-followup = Follow-up
section-client-deals = Open deals and delivery projects
section-client-complaints = Complaints
section-client-plans = Visit plans
section-client-interactions = Last interactions
section-client-care = Care dates (next 365 days)
section-client-research = Research notes

report-team-head = Team report { $team }, { $month } (as of { $as_of })
report-team-none = none
section-team-complaints = Complaints
section-team-complaint_departments = Complaints by department
section-team-followups_overdue = Follow-ups overdue by owner
section-team-breached_complaints = Problems: complaints past a deadline
section-team-missed_plans = Problems: visit plans missed
section-team-late_projects = Problems: projects late
section-team-attendance = Attendance
section-team-training = Training sessions
section-team-awards = Awards
section-team-research = Market research
section-team-next_plans = Next month: visit plans
section-team-next_projects = Next month: projects due
section-team-next_training = Next month: training sessions
section-team-targets = Team targets
section-team-members = Members: KPI, appraisal, grade, rank
section-team-deals = Deals
section-team-largest_wins = The three largest wins

dashboard-title = Month report { $month }
dashboard-team-as-of = the team, as of { $d }
dashboard-member-as-of = { $member }, as of { $d }
dashboard-as-csv = as CSV: { $command } --format csv
dashboard-in-charts = { $month } in charts
dashboard-kpi = KPI
dashboard-appraisal = Appraisal
dashboard-attendance = Attendance
dashboard-attendance-days = Attendance by day
dashboard-complaints = Complaints received
dashboard-complaints-by-month = Complaints by month (12 months)
dashboard-training = Training
dashboard-tiers = Client tiers
dashboard-pipeline = Pipeline

chart-kpi = KPI score per member
chart-grades = Grade distribution
chart-tiers = Tier distribution and its changes
chart-complaints = Complaint SLA by month received
chart-pipeline = Pipeline funnel
chart-training = Training hours per member
chart-attendance = Attendance by day
chart-note-kpi = the dashed line is 100 (every target met)
chart-note-grades = members per appraisal grade
chart-note-complaints = on time / late / open / overdue
chart-note-pipeline = deals per stage; amounts in the table
chart-note-training = this year so far
chart-series-on-time = resolved on time
chart-series-late = resolved late
chart-series-open = open
chart-series-overdue = overdue
chart-series-now = now
chart-series-before = end of last month
chart-tier-changes = graded clients per tier: { $up } up, { $down } down, { $new } newly graded since the end of last month
