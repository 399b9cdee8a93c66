# 写入命令在变更保存后打印的确认信息。

write-logged = 已记录 { $date } 与 { $client } 的{ $kind }，写入 { $file }
write-planned = 已安排 { $date } 拜访 { $client }，写入 { $file }
write-client-added = 已新增客户 { $id }，写入 { $file }
write-deal-added = 已为 { $client } 新增商机 { $id }（{ $stage }），写入 { $file }{ $customer }
write-complaint-opened = 已登记 { $client } 的投诉 { $id }（严重程度：{ $severity }），写入 { $file }
write-leave-requested = 已为 { $member } 申请{ $kind }，{ $from } 至 { $to }（待审批），写入 { $file }
write-leave-decided = { $status ->
    [approved] 已批准
   *[other] 已驳回
} { $member } { $from } 起的请假（{ $lead }，{ $on }），写入 { $file }
write-meeting = 已记录 { $date } 的{ $kind } { $id }，含 { $n } 项待办，写入 { $file }
write-award = { $lead } 给予 { $member }{ $kind }，写入 { $file }
write-review = { $by } 为 { $member } 评定 { $period } 绩效：{ $score }，写入 { $file }
write-action-done = { $on } 完成：“{ $task }”（{ $meeting } 第 { $number } 项），写入 { $file }
