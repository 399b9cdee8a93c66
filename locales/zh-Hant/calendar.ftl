# export ics：行事曆事件的文字（在行事曆 App 中閱讀）。代號、日期與指令保持原樣。

cal-more = 詳情：{ $command }
cal-done = 完成：{ $command }
cal-followup = 回訪 { $client }
cal-followup-overdue = 回訪 { $client }（已逾期）
cal-followup-about = 上次聯繫 { $last }，每 { $every } 天一次；負責人 { $owner }。
cal-followup-about-cover = 上次聯繫 { $last }，每 { $every } 天一次；負責人 { $owner }，由 { $cover } 代理。
cal-plan = 拜訪 { $client }
cal-plan-visit = 拜訪
cal-plan-about = { $purpose }；由 { $member } 安排。
cal-action = 到期：{ $task }
cal-action-about = { $date } 會議 { $meeting } 的第 { $number } 項待辦；負責人 { $owner }，{ $status }。
cal-complaint-about = 來自 { $client } 的投訴（嚴重程度：{ $severity }），{ $received } 收到；處理人 { $handler }，{ $status }。
cal-complaint-respond = 回應投訴 { $id }（{ $client }）
cal-complaint-resolve = 解決投訴 { $id }（{ $client }）
cal-care = { $occasion }：{ $client } 的 { $contact }
cal-care-about = 問候 { $client }（{ $id }）；負責人 { $owner }。
cal-care-about-phone = 問候 { $client }（{ $id }），電話 { $phone }；負責人 { $owner }。
cal-training = 培訓：{ $topic }
cal-training-about = { $hours } 小時；{ $n } 人參加。
cal-training-about-by = { $hours } 小時，講師 { $trainer }；{ $n } 人參加。
cal-event = 活動：{ $title }
cal-event-about = { $kind }，由 { $organiser } 主辦；邀請 { $n } 位客戶。
