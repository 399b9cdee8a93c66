# export ics: the text of the calendar's events (a person reads it in a
# calendar app). Ids, dates and commands stay as they are.

cal-more = More: { $command }
cal-done = Done: { $command }
cal-followup = Follow up { $client }
cal-followup-overdue = Follow up { $client } (overdue)
cal-followup-about = Last contact { $last }, every { $every } days; owner { $owner }.
cal-followup-about-cover = Last contact { $last }, every { $every } days; owner { $owner }, covered by { $cover }.
cal-plan = Visit { $client }
cal-plan-visit = visit
cal-plan-about = { $purpose }; planned by { $member }.
cal-action = Due: { $task }
cal-action-about = Action item { $number } of the meeting { $meeting } on { $date }; owner { $owner }, { $status }.
cal-complaint-about = { $severity } complaint from { $client }, received { $received }; handler { $handler }, { $status }.
cal-complaint-respond = Respond to complaint { $id } ({ $client })
cal-complaint-resolve = Resolve complaint { $id } ({ $client })
cal-care = { $occasion }: { $contact } of { $client }
cal-care-about = Greeting for { $client } ({ $id }); owner { $owner }.
cal-care-about-phone = Greeting for { $client } ({ $id }), phone { $phone }; owner { $owner }.
cal-training = Training: { $topic }
cal-training-about = { $hours } hours; { $n } attendees.
cal-training-about-by = { $hours } hours, by { $trainer }; { $n } attendees.
cal-event = Event: { $title }
cal-event-about = { $kind } organised by { $organiser }; { $n ->
    [one] 1 client invited
   *[other] { $n } clients invited
  }.
