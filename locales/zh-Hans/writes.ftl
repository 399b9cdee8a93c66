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

write-in-file = { $done }，写入 { $file }
write-clocked = 已记录 { $date } 的考勤：{ $parts }
write-clock-in = 上班 { $time }
write-clock-out = 下班 { $time }
write-clock-field = 外勤
write-client-changed = 客户 { $id }：{ $changes }，写入 { $file }
write-key-removed = 已移除 { $key }
write-keys-added = { $key }：新增 { $n } 项
write-nothing-changed = 没有变更
write-handed-over = 已从 { $from } 移交给 { $to }：{ $work }
write-contact-added = 已为 { $client } 添加联系人 { $name }，写入 { $file }
write-contact-changed = 已修改 { $client } 的联系人 { $name }：{ $changes }，写入 { $file }
write-contact-removed = 已移除 { $client } 的联系人 { $name }，写入 { $file }
write-deal-changed = { $client } 的商机 { $id }：{ $changes }，写入 { $file }{ $customer }
write-now-customer = 此客户原为{ $stage }，现已成为正式客户{ $since }（加 --keep-stage 则保持原状）
write-customer-since = ，自 { $date } 起
write-complaint-changed = 投诉 { $id }：{ $changes }，写入 { $file }
write-amended = { $change }（已更正）
write-fed-back = { $lead } 已于 { $date } 向 { $member } 反馈 { $period } 的绩效结果，写入 { $file }
write-career-goal = { $member } 的目标：{ $by } 前晋升为 { $goal }，写入 { $file }
write-rotation = { $member } 于 { $from } 至 { $to } 轮岗至 { $area }，写入 { $file }
write-event-attended = { $event } 受邀 { $invited } 家，出席 { $came } 家，写入 { $file }
write-session-added = 已添加培训场次 { $id }（{ $date }，{ $who }），写入 { $file }
write-no-attendees = 尚无出席者
write-attendees = 出席者 { $ids }
write-session-score = 培训场次 { $session }：{ $key } { $member } = { $score }，写入 { $file }
write-research = 已记录 { $date } 的{ $kind ->
    [industry] 行业
    [competitor] 竞争对手
    [client-needs] 客户需求
   *[other] 其他
}调研，写入 { $file }
write-member-added = 已添加成员 { $id }（{ $role }，{ $joined } 加入），写入 { $file }
write-member-changed = 成员 { $id }：{ $changes }，写入 { $file }
write-member-left = 成员 { $id } 已于 { $on } 离开{ $handed }
write-member-handed-over = ；已移交给 { $to }：{ $work }
diff-heading = 这次变更对报表的影响
diff-none-md = 报表没有变化。
diff-none = 报表没有变化
cache-cleared = { $root } 的缓存：{ $what ->
    [removed] 已删除
   *[none] 本来就没有
}
init-created = 已创建 { $path }：请编辑 clientele.toml 和 team.toml，然后运行 `clientele --records { $path } check`
