# 工作汇报（report weekly、report month）。

report-title-weekly = 工作周报：{ $name }（{ $member }），{ $role }
report-title-monthly = 工作月报：{ $name }（{ $member }），{ $role }
report-period = { $label }：{ $from } 至 { $to }
report-period-as-of = { $label }：{ $from } 至 { $to }，截至 { $end }
report-none = （无）

report-interactions = 客户联系
report-by-kind = 按方式：{ $list }
report-by-client = 按客户：{ $list }
report-interaction = { $date } { $kind } { $client }：{ $summary }
report-interaction-rated = { $date } { $kind } { $client }：{ $summary }（满意度 { $rating }）

report-new-clients = 新客户
report-new-client = { $date } { $event }：{ $client }，担任{ $role }，目前为{ $stage }

report-deals = 商机
report-deal = { $date } { $event } { $deal } { $title }（{ $client }），{ $amount }，目前{ $stage }

report-complaints = 处理的投诉
report-complaint-quiet = 本期无进展
report-complaint = { $id }（{ $client }，{ $severity }，{ $received } 受理）：{ $summary } — { $events }；{ $status }{ $deadlines }
report-complaint-rated = { $id }（{ $client }，{ $severity }，{ $received } 受理）：{ $summary } — { $events }；{ $status }{ $deadlines }，满意度 { $rating }
report-complaint-respond-by = ，应于 { $at } 前响应
report-complaint-resolve-by = ，应于 { $at } 前处理完毕

report-actions = 会议待办
report-actions-count = 已完成 { $done } 项，未完成 { $open } 项
report-action-done = { $day } { $status }：{ $task }（{ $meeting }），期限 { $due }
report-action-open = 期限 { $due } { $status }：{ $task }（{ $meeting }）

report-research = 市场调研

report-plans = { $label } 的计划（{ $from } 至 { $to }）
report-plan = { $date } { $client }：{ $purpose }
report-plan-visit = 拜访

report-event-signed = 签约
report-event-found = 开发
report-event-opened = 创建
report-event-won = 成交
report-event-lost = 流失
report-event-delivered = 交付
report-event-received = 受理
report-event-responded = 回应
report-event-resolved = 解决
report-as-owner = 客户经理
report-as-specialist = 客户专员
