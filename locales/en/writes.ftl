# What a write command prints once the change is saved.

write-logged = logged { $kind } with { $client } on { $date } in { $file }
write-planned = planned a visit to { $client } on { $date } in { $file }
write-client-added = added client { $id } in { $file }
write-deal-added = added deal { $id } ({ $stage }) to { $client } in { $file }{ $customer }
write-complaint-opened = opened complaint { $id } ({ $severity }) of { $client } in { $file }
write-leave-requested = requested { $kind } leave for { $member } from { $from } to { $to } (pending) in { $file }
write-leave-decided = { $status } the leave of { $member } from { $from } (by { $lead }, { $on }) in { $file }
write-meeting = logged { $kind } meeting { $id } on { $date } with { $n ->
    [one] 1 action item
   *[other] { $n } action items
} in { $file }
write-award = { $lead } gave { $member } a { $kind } award in { $file }
write-review = { $by } reviewed { $member } for { $period }: { $score } in { $file }
write-action-done = done on { $on }: "{ $task }" ({ $number } of { $meeting }) in { $file }

write-in-file = { $done } in { $file }
write-clocked = clocked { $date }: { $parts }
write-clock-in = in at { $time }
write-clock-out = out at { $time }
write-clock-field = field work
write-client-changed = client { $id }: { $changes } in { $file }
write-key-removed = { $key } removed
write-keys-added = { $key }: { $n } added
write-nothing-changed = nothing changed
write-handed-over = handed over from { $from } to { $to }: { $work }
write-contact-added = added contact { $name } to { $client } in { $file }
write-contact-changed = contact { $name } of { $client }: { $changes } in { $file }
write-contact-removed = removed contact { $name } of { $client } in { $file }
write-deal-changed = deal { $id } of { $client }: { $changes } in { $file }{ $customer }
write-now-customer = the client was a { $stage } and is now a customer{ $since } (--keep-stage leaves it as it was)
write-customer-since = {" "}since { $date }
write-complaint-changed = complaint { $id }: { $changes } in { $file }
write-amended = { $change } (amended)
write-fed-back = { $lead } fed back { $member }'s { $period } result on { $date } in { $file }
write-career-goal = { $member } aims at { $goal } by { $by } in { $file }
write-rotation = { $member } rotated to { $area } from { $from } to { $to } in { $file }
write-event-attended = { $came } of { $invited } invited attended { $event } in { $file }
write-session-added = added session { $id } on { $date } ({ $who }) in { $file }
write-no-attendees = no attendees yet
write-attendees = attendees { $ids }
write-session-score = session { $session }: { $key } { $member } = { $score } in { $file }
write-research = logged { $kind } research on { $date } in { $file }
write-member-added = added member { $id } ({ $role }, joined { $joined }) in { $file }
write-member-changed = member { $id }: { $changes } in { $file }
write-member-left = member { $id } left on { $on }{ $handed }
write-member-handed-over = ; handed over to { $to }: { $work }
diff-heading = What this change does to the reports
diff-none-md = No report changes.
diff-none = no report changes
cache-cleared = cache of { $root }: { $what ->
    [removed] removed
   *[none] there was none
}
init-created = created { $path }: edit clientele.toml and team.toml, then run `clientele --records { $path } check`
