# 命令在输出前后打印的信息。

check-summary = 已检查 { $files } 个文件：{ $errors } 个错误，{ $warnings } 个警告
records-warnings = 注意：记录中有 { $n } 个警告（运行 `clientele check` 查看）

complaints-footer = 共 { $complaints } 宗投诉：处理中 { $open }、逾期 { $overdue }、已解决 { $resolved }；按时率：回应 { $response }，解决 { $resolution }；满意度 { $satisfaction }
complaints-rated = { $mean }（{ $n } 宗已评分）

import-done = 已导入 { $from }：新增 { $counts }
import-dry-run = 试运行，未写入任何文件：导入 { $from } 将新增 { $counts }
import-nothing = 没有新内容
import-more-files = …另有 { $n } 个文件
import-left-out = 未导入：{ $n } 条（{ $why }）
import-count-members = { $n } 名成员
import-count-clients = { $n } 家客户
import-count-deals = { $n } 个商机
import-count-complaints = { $n } 宗投诉

kpi-explain-heading = { $name }（{ $member }，{ $role }）{ $month } 的 KPI
kpi-explain-heading-upto = { $name }（{ $member }，{ $role }）{ $month } 的 KPI（截至 { $today }）
kpi-explain-score = KPI 得分 = { $score }（100 × Σ 权重 × min(实际 / 目标, 封顶) / Σ 权重，只计有目标且有数值的指标）
