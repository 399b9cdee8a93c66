# export ics：日历事件的文字（在日历 App 中阅读）。代号、日期与命令保持原样。

cal-more = 详情：{ $command }
cal-done = 完成：{ $command }
cal-followup = 回访 { $client }
cal-followup-overdue = 回访 { $client }（已逾期）
cal-followup-about = 上次联系 { $last }，每 { $every } 天一次；负责人 { $owner }。
cal-followup-about-cover = 上次联系 { $last }，每 { $every } 天一次；负责人 { $owner }，由 { $cover } 代理。
cal-plan = 拜访 { $client }
cal-plan-visit = 拜访
cal-plan-about = { $purpose }；由 { $member } 安排。
cal-action = 到期：{ $task }
cal-action-about = { $date } 会议 { $meeting } 的第 { $number } 项待办；负责人 { $owner }，{ $status }。
cal-complaint-about = 来自 { $client } 的投诉（严重程度：{ $severity }），{ $received } 收到；处理人 { $handler }，{ $status }。
cal-complaint-respond = 回应投诉 { $id }（{ $client }）
cal-complaint-resolve = 解决投诉 { $id }（{ $client }）
cal-care = { $occasion }：{ $client } 的 { $contact }
cal-care-about = 问候 { $client }（{ $id }）；负责人 { $owner }。
cal-care-about-phone = 问候 { $client }（{ $id }），电话 { $phone }；负责人 { $owner }。
cal-training = 培训：{ $topic }
cal-training-about = { $hours } 小时；{ $n } 人参加。
cal-training-about-by = { $hours } 小时，讲师 { $trainer }；{ $n } 人参加。
cal-event = 活动：{ $title }
cal-event-about = { $kind }，由 { $organiser } 主办；邀请 { $n } 位客户。
