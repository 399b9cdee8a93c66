# 网页、区块与图表的标题（HTML、xlsx、`client show`、`report team`）。

html-rows = 共 { $n } 行

html-more = …另有 { $n } 项：{ $command }
html-full-list = 完整清单：{ $command }

section-client-client = 客户
section-client-contacts = 联系人
section-client-tier = 等级与评分
section-client-followup = 回访
section-client-deals = 未结商机与交付项目
section-client-complaints = 投诉
section-client-plans = 拜访计划
section-client-interactions = 最近的往来
section-client-care = 关怀日期（未来 365 天）
section-client-research = 调研笔记

report-team-head = { $team } 团队汇报，{ $month }（截至 { $as_of }）
report-team-none = 无
section-team-complaints = 投诉
section-team-complaint_departments = 各部门投诉
section-team-followups_overdue = 各负责人的逾期回访
section-team-breached_complaints = 问题：超过期限的投诉
section-team-missed_plans = 问题：未执行的拜访计划
section-team-late_projects = 问题：延迟的项目
section-team-attendance = 考勤
section-team-training = 培训场次
section-team-awards = 奖励
section-team-research = 市场调研
section-team-next_plans = 下月：拜访计划
section-team-next_projects = 下月：到期的项目
section-team-next_training = 下月：培训场次
section-team-targets = 团队目标
section-team-members = 成员：KPI、绩效考核、等级、排名
section-team-deals = 商机
section-team-largest_wins = 最大的三笔成交

dashboard-title = { $month } 月度汇报
dashboard-team-as-of = 全团队，截至 { $d }
dashboard-member-as-of = { $member }，截至 { $d }
dashboard-as-csv = CSV 版本：{ $command } --format csv
dashboard-in-charts = { $month } 图表
dashboard-kpi = KPI
dashboard-appraisal = 绩效考核
dashboard-attendance = 考勤
dashboard-attendance-days = 每日考勤
dashboard-complaints = 受理的投诉
dashboard-complaints-by-month = 每月投诉（12 个月）
dashboard-training = 培训
dashboard-tiers = 客户分级
dashboard-pipeline = 商机漏斗

chart-kpi = 每位成员的 KPI 分数
chart-grades = 考核等级分布
chart-tiers = 客户等级分布及其变化
chart-complaints = 按受理月份的投诉时效
chart-pipeline = 商机漏斗
chart-training = 每位成员的培训时数
chart-attendance = 每日考勤
chart-note-kpi = 虚线为 100（所有目标达成）
chart-note-grades = 每个考核等级的成员数
chart-note-complaints = 按时解决／逾期解决／进行中／逾期
chart-note-pipeline = 每个阶段的商机数；金额见表格
chart-note-training = 今年至今
chart-series-on-time = 按时解决
chart-series-late = 逾期解决
chart-series-open = 进行中
chart-series-overdue = 逾期
chart-series-now = 现在
chart-series-before = 上月底
chart-tier-changes = 各等级的已分级客户：自上月底起升级 { $up } 个、降级 { $down } 个、新分级 { $new } 个
