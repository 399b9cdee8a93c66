# 晨間簡報（summary）。

briefing-heading-team = { $date }（{ $weekday }）團隊簡報：成員 { $members } 人，客戶 { $clients } 家
briefing-heading-member = { $date }（{ $weekday }）{ $name }（{ $member }）的簡報

briefing-followups_overdue = 逾期未回訪
briefing-followups_due = 本週應回訪
briefing-complaints_open = 未解決的投訴
briefing-complaints_breach = 即將超時的投訴（24 小時內）
briefing-leave_pending = 待核准的請假
briefing-away = 未來 7 天請假
briefing-actions_overdue = 逾期的會議待辦
briefing-plans_missed = 近 14 天未執行的拜訪計劃
briefing-care = 未來 14 天的客戶關懷
briefing-kpi = 本月至今績效（KPI）
briefing-feedback_due = 尚未回饋的考核結果

briefing-more = { $dots }另有 { $n } 項
briefing-more-md = …另有 { $n } 項：`{ $command }`
briefing-full-list = 完整清單：`{ $command }`

when-today = 今天
when-tomorrow = 明天
when-late = 逾期 { $n } 天
when-in = { $n } 天後
briefing-cover = 代理：{ $member }
briefing-dates = { $from } 至 { $to }
briefing-workdays = { $n } 個工作日
briefing-asked = { $date } 申請
briefing-asked-late = { $date } 申請，已過開始日期
