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

# `check --approvals`
approvals-not-found = 找不到加入它的提交
approvals-no-email = { $by } 在 team.toml 中没有 `email`，提交无法证明这项批准：请补上（或用其 `signing_keys` 中的密钥签署提交）
approvals-forged = 由提交 { $commit } 加入，作者 { $author } <{ $email }> 并非 { $by }
approvals-other-key = 由提交 { $commit } 加入，以 { $key } 签署，这是 { $signer } 的密钥，而非 { $by } 的
approvals-bad-signature = 由提交 { $commit } 加入，其签名验证失败（{ $why }）：不能证明由 { $by } 批准
approvals-unsigned = 由提交 { $commit } 加入，该提交没有签名（--require-signed）
approvals-unknown-key = 由提交 { $commit } 加入，以 { $key } 签署，没有成员的 `signing_keys` 含此密钥（--require-signed）
approvals-unverifiable = 由提交 { $commit } 加入，其 { $kind } 签名无法在此验证（--require-signed；请改用 SSH 签署）
approvals-summary = 已检查 { $n } 项批准：{ $signed } 项由签名证明，{ $authored } 项由作者证明，{ $failed } 项未能证明
