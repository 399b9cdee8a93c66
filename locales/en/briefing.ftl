# The morning briefing (`summary`). Section titles are `briefing-<key>`;
# the English ones are also the `title` that CSV and JSON carry.

briefing-heading-team = Briefing for { $date } ({ $weekday }), the team: { $members ->
    [one] 1 member
   *[other] { $members } members
}, { $clients ->
    [one] 1 client
   *[other] { $clients } clients
}
briefing-heading-member = Briefing for { $date } ({ $weekday }), { $name } ({ $member })

briefing-followups_overdue = Follow-ups overdue
briefing-followups_due = Follow-ups due this week
briefing-complaints_open = Complaints not resolved
briefing-complaints_breach = Complaints about to breach (next 24 h)
briefing-leave_pending = Leave waiting for approval
briefing-away = Away, next 7 days
briefing-actions_overdue = Action items overdue
briefing-plans_missed = Missed visit plans, last 14 days
briefing-care = Greetings due, next 14 days
briefing-kpi = KPI this month so far
briefing-feedback_due = Appraisal results not fed back

# Below a section's first rows.
briefing-more = { $dots } and { $n } more
briefing-more-md = … and { $n } more: `{ $command }`
briefing-full-list = Full list: `{ $command }`

# Cells of the briefing's rows.
when-today = today
when-tomorrow = tomorrow
when-late = { $n ->
    [one] 1 day late
   *[other] { $n } days late
}
when-in = in { $n } days
briefing-cover = cover: { $member }
briefing-dates = { $from } to { $to }
briefing-workdays = { $n ->
    [one] 1 workday
   *[other] { $n } workdays
}
briefing-asked = asked { $date }
briefing-asked-late = asked { $date }, start passed
