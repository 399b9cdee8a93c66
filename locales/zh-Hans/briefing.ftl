# 晨间简报（summary）。

briefing-heading-team = { $date }（{ $weekday }）团队简报：成员 { $members } 人，客户 { $clients } 家
briefing-heading-member = { $date }（{ $weekday }）{ $name }（{ $member }）的简报

briefing-followups_overdue = 逾期未回访
briefing-followups_due = 本周应回访
briefing-complaints_open = 未解决的投诉
briefing-complaints_breach = 即将超时的投诉（24 小时内）
briefing-leave_pending = 待审批的请假
briefing-away = 未来 7 天请假
briefing-actions_overdue = 逾期的会议待办
briefing-plans_missed = 近 14 天未执行的拜访计划
briefing-care = 未来 14 天的客户关怀
briefing-kpi = 本月至今绩效（KPI）
briefing-feedback_due = 尚未反馈的考核结果

briefing-more = { $dots }另有 { $n } 项
briefing-more-md = …另有 { $n } 项：`{ $command }`
briefing-full-list = 完整清单：`{ $command }`

when-today = 今天
when-tomorrow = 明天
when-late = 逾期 { $n } 天
when-in = { $n } 天后
briefing-cover = 代理：{ $member }
briefing-dates = { $from } 至 { $to }
briefing-workdays = { $n } 个工作日
briefing-asked = { $date } 申请
briefing-asked-late = { $date } 申请，已过开始日期
