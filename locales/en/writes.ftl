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
