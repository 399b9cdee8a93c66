# The work report (`report weekly`, `report month`) as text or Markdown.

report-title-weekly = Weekly report: { $name } ({ $member }), { $role }
report-title-monthly = Monthly report: { $name } ({ $member }), { $role }
report-period = { $label }: { $from } to { $to }
report-period-as-of = { $label }: { $from } to { $to }, as of { $end }
report-none = (none)

report-interactions = Interactions
report-by-kind = by kind: { $list }
report-by-client = by client: { $list }
report-interaction = { $date } { $kind } { $client }: { $summary }
report-interaction-rated = { $date } { $kind } { $client }: { $summary } (satisfaction { $rating })

report-new-clients = New clients
report-new-client = { $date } { $event }: { $client }, as { $role }, now { $stage }

report-deals = Deals
report-deal = { $date } { $event } { $deal } { $title } ({ $client }), { $amount }, now { $stage }

report-complaints = Complaints handled
report-complaint-quiet = nothing this period
report-complaint = { $id } ({ $client }, { $severity }, received { $received }): { $summary } — { $events }; { $status }{ $deadlines }
report-complaint-rated = { $id } ({ $client }, { $severity }, received { $received }): { $summary } — { $events }; { $status }{ $deadlines }, satisfaction { $rating }
report-complaint-respond-by = , respond by { $at }
report-complaint-resolve-by = , resolve by { $at }

report-actions = Action items
report-actions-count = { $done } done, { $open } open
report-action-done = { $day } { $status }: { $task } ({ $meeting }), due { $due }
report-action-open = due { $due } { $status }: { $task } ({ $meeting })

report-research = Market research

report-plans = Plans for { $label }, { $from } to { $to }
report-plan = { $date } { $client }: { $purpose }
report-plan-visit = visit

# What happened to a client, a deal or a complaint in the period.
report-event-signed = signed
report-event-found = found
report-event-opened = opened
report-event-won = won
report-event-lost = lost
report-event-delivered = delivered
report-event-received = received
report-event-responded = responded
report-event-resolved = resolved
# How the member serves a new client.
report-as-owner = owner
report-as-specialist = specialist
