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

write-in-file = { $done }，寫入 { $file }
write-clocked = 已記錄 { $date } 的考勤：{ $parts }
write-clock-in = 上班 { $time }
write-clock-out = 下班 { $time }
write-clock-field = 外勤
write-client-changed = 客戶 { $id }：{ $changes }，寫入 { $file }
write-key-removed = 已移除 { $key }
write-keys-added = { $key }：新增 { $n } 項
write-nothing-changed = 沒有變更
write-handed-over = 已從 { $from } 移交給 { $to }：{ $work }
write-contact-added = 已為 { $client } 新增聯絡人 { $name }，寫入 { $file }
write-contact-changed = 已修改 { $client } 的聯絡人 { $name }：{ $changes }，寫入 { $file }
write-contact-removed = 已移除 { $client } 的聯絡人 { $name }，寫入 { $file }
write-deal-changed = { $client } 的商機 { $id }：{ $changes }，寫入 { $file }{ $customer }
write-now-customer = 此客戶原為{ $stage }，現已成為正式客戶{ $since }（加 --keep-stage 則保持原狀）
write-customer-since = ，自 { $date } 起
write-complaint-changed = 投訴 { $id }：{ $changes }，寫入 { $file }
write-amended = { $change }（已更正）
write-fed-back = { $lead } 已於 { $date } 向 { $member } 回饋 { $period } 的績效結果，寫入 { $file }
write-career-goal = { $member } 的目標：{ $by } 前晉升為 { $goal }，寫入 { $file }
write-rotation = { $member } 於 { $from } 至 { $to } 輪調至 { $area }，寫入 { $file }
write-event-attended = { $event } 受邀 { $invited } 家，出席 { $came } 家，寫入 { $file }
write-session-added = 已新增培訓場次 { $id }（{ $date }，{ $who }），寫入 { $file }
write-no-attendees = 尚無出席者
write-attendees = 出席者 { $ids }
write-session-score = 培訓場次 { $session }：{ $key } { $member } = { $score }，寫入 { $file }
write-research = 已記錄 { $date } 的{ $kind ->
    [industry] 行業
    [competitor] 競爭對手
    [client-needs] 客戶需求
   *[other] 其他
}調研，寫入 { $file }
write-member-added = 已新增成員 { $id }（{ $role }，{ $joined } 加入），寫入 { $file }
write-member-changed = 成員 { $id }：{ $changes }，寫入 { $file }
write-member-left = 成員 { $id } 已於 { $on } 離開{ $handed }
write-member-handed-over = ；已移交給 { $to }：{ $work }
diff-heading = 這次變更對報表的影響
diff-none-md = 報表沒有變化。
diff-none = 報表沒有變化
cache-cleared = { $root } 的快取：{ $what ->
    [removed] 已刪除
   *[none] 本來就沒有
}
init-created = 已建立 { $path }：請編輯 clientele.toml 和 team.toml，然後執行 `clientele --records { $path } check`
