# 寫入指令在變更儲存後印出的確認訊息。

write-logged = 已記錄 { $date } 與 { $client } 的{ $kind }，寫入 { $file }
write-planned = 已安排 { $date } 拜訪 { $client }，寫入 { $file }
write-client-added = 已新增客戶 { $id }，寫入 { $file }
write-deal-added = 已為 { $client } 新增商機 { $id }（{ $stage }），寫入 { $file }{ $customer }
write-complaint-opened = 已登記 { $client } 的投訴 { $id }（嚴重程度：{ $severity }），寫入 { $file }
write-leave-requested = 已為 { $member } 申請{ $kind }，{ $from } 至 { $to }（待核准），寫入 { $file }
write-leave-decided = { $status ->
    [approved] 已核准
   *[other] 已駁回
} { $member } { $from } 起的請假（{ $lead }，{ $on }），寫入 { $file }
write-meeting = 已記錄 { $date } 的{ $kind } { $id }，含 { $n } 項待辦，寫入 { $file }
write-award = { $lead } 給予 { $member }{ $kind }，寫入 { $file }
write-review = { $by } 為 { $member } 評定 { $period } 績效：{ $score }，寫入 { $file }
write-action-done = { $on } 完成：「{ $task }」（{ $meeting } 第 { $number } 項），寫入 { $file }
