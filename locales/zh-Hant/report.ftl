# 工作匯報（report weekly、report month）。

report-title-weekly = 工作週報：{ $name }（{ $member }），{ $role }
report-title-monthly = 工作月報：{ $name }（{ $member }），{ $role }
report-period = { $label }：{ $from } 至 { $to }
report-period-as-of = { $label }：{ $from } 至 { $to }，截至 { $end }
report-none = （無）

report-interactions = 客戶聯繫
report-by-kind = 按方式：{ $list }
report-by-client = 按客戶：{ $list }
report-interaction = { $date } { $kind } { $client }：{ $summary }
report-interaction-rated = { $date } { $kind } { $client }：{ $summary }（滿意度 { $rating }）

report-new-clients = 新客戶
report-new-client = { $date } { $event }：{ $client }，擔任{ $role }，目前為{ $stage }

report-deals = 商機
report-deal = { $date } { $event } { $deal } { $title }（{ $client }），{ $amount }，目前{ $stage }

report-complaints = 處理的投訴
report-complaint-quiet = 本期無進展
report-complaint = { $id }（{ $client }，{ $severity }，{ $received } 受理）：{ $summary } — { $events }；{ $status }{ $deadlines }
report-complaint-rated = { $id }（{ $client }，{ $severity }，{ $received } 受理）：{ $summary } — { $events }；{ $status }{ $deadlines }，滿意度 { $rating }
report-complaint-respond-by = ，應於 { $at } 前回應
report-complaint-resolve-by = ，應於 { $at } 前處理完畢

report-actions = 會議待辦
report-actions-count = 已完成 { $done } 項，未完成 { $open } 項
report-action-done = { $day } { $status }：{ $task }（{ $meeting }），期限 { $due }
report-action-open = 期限 { $due } { $status }：{ $task }（{ $meeting }）

report-research = 市場調研

report-plans = { $label } 的計劃（{ $from } 至 { $to }）
report-plan = { $date } { $client }：{ $purpose }
report-plan-visit = 拜訪

report-event-signed = 簽約
report-event-found = 開發
report-event-opened = 建立
report-event-won = 成交
report-event-lost = 流失
report-event-delivered = 交付
report-event-received = 受理
report-event-responded = 回應
report-event-resolved = 解決
report-as-owner = 客戶經理
report-as-specialist = 客戶專員
