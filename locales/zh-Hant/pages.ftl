# 網頁、區塊與圖表的標題（HTML、xlsx、`client show`、`report team`）。

html-rows = 共 { $n } 行

html-more = …另有 { $n } 項：{ $command }
html-full-list = 完整清單：{ $command }

section-client-client = 客戶
section-client-contacts = 聯繫人
section-client-tier = 等級與評分
section-client-followup = 回訪
section-client-deals = 未結商機與交付項目
section-client-complaints = 投訴
section-client-plans = 拜訪計劃
section-client-interactions = 最近的往來
section-client-care = 關懷日期（未來 365 天）
section-client-research = 調研筆記

report-team-head = { $team } 團隊匯報，{ $month }（截至 { $as_of }）
report-team-none = 無
section-team-complaints = 投訴
section-team-complaint_departments = 各部門投訴
section-team-followups_overdue = 各負責人的逾期回訪
section-team-breached_complaints = 問題：超過期限的投訴
section-team-missed_plans = 問題：未執行的拜訪計劃
section-team-late_projects = 問題：延遲的項目
section-team-attendance = 考勤
section-team-training = 培訓場次
section-team-awards = 獎勵
section-team-research = 市場調研
section-team-next_plans = 下月：拜訪計劃
section-team-next_projects = 下月：到期的項目
section-team-next_training = 下月：培訓場次
section-team-targets = 團隊目標
section-team-members = 成員：KPI、績效考核、等級、排名
section-team-deals = 商機
section-team-largest_wins = 最大的三筆成交

dashboard-title = { $month } 月度匯報
dashboard-team-as-of = 全團隊，截至 { $d }
dashboard-member-as-of = { $member }，截至 { $d }
dashboard-as-csv = CSV 版本：{ $command } --format csv
dashboard-in-charts = { $month } 圖表
dashboard-kpi = KPI
dashboard-appraisal = 績效考核
dashboard-attendance = 考勤
dashboard-attendance-days = 每日考勤
dashboard-complaints = 受理的投訴
dashboard-complaints-by-month = 每月投訴（12 個月）
dashboard-training = 培訓
dashboard-tiers = 客戶分級
dashboard-pipeline = 商機漏斗

chart-kpi = 每位成員的 KPI 分數
chart-grades = 考核等級分佈
chart-tiers = 客戶等級分佈及其變化
chart-complaints = 按受理月份的投訴時效
chart-pipeline = 商機漏斗
chart-training = 每位成員的培訓時數
chart-attendance = 每日考勤
chart-note-kpi = 虛線為 100（所有目標達成）
chart-note-grades = 每個考核等級的成員數
chart-note-complaints = 準時解決／逾期解決／進行中／逾期
chart-note-pipeline = 每個階段的商機數；金額見表格
chart-note-training = 今年至今
chart-series-on-time = 準時解決
chart-series-late = 逾期解決
chart-series-open = 進行中
chart-series-overdue = 逾期
chart-series-now = 現在
chart-series-before = 上月底
chart-tier-changes = 各等級的已分級客戶：自上月底起升級 { $up } 個、降級 { $down } 個、新分級 { $new } 個
