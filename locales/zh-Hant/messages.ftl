# 指令在輸出前後印出的訊息。

check-summary = 已檢查 { $files } 個檔案：{ $errors } 個錯誤，{ $warnings } 個警告
records-warnings = 注意：記錄中有 { $n } 個警告（執行 `clientele check` 查看）

complaints-footer = 共 { $complaints } 宗投訴：處理中 { $open }、逾期 { $overdue }、已解決 { $resolved }；準時率：回應 { $response }，解決 { $resolution }；滿意度 { $satisfaction }
complaints-rated = { $mean }（{ $n } 宗已評分）

import-done = 已匯入 { $from }：新增 { $counts }
import-dry-run = 試運行，未寫入任何檔案：匯入 { $from } 將新增 { $counts }
import-nothing = 沒有新內容
import-more-files = …另有 { $n } 個檔案
import-left-out = 未匯入：{ $n } 筆（{ $why }）
import-count-members = { $n } 名成員
import-count-clients = { $n } 家客戶
import-count-deals = { $n } 個商機
import-count-complaints = { $n } 宗投訴

kpi-explain-heading = { $name }（{ $member }，{ $role }）{ $month } 的 KPI
kpi-explain-heading-upto = { $name }（{ $member }，{ $role }）{ $month } 的 KPI（截至 { $today }）
kpi-explain-score = KPI 得分 = { $score }（100 × Σ 權重 × min(實際 / 目標, 封頂) / Σ 權重，只計有目標且有數值的指標）

# `check --approvals`
approvals-not-found = 找不到加入它的提交
approvals-no-email = { $by } 在 team.toml 中沒有 `email`，提交無法證明這項批准：請補上（或用其 `signing_keys` 中的金鑰簽署提交）
approvals-forged = 由提交 { $commit } 加入，作者 { $author } <{ $email }> 並非 { $by }
approvals-other-key = 由提交 { $commit } 加入，以 { $key } 簽署，這是 { $signer } 的金鑰，而非 { $by } 的
approvals-bad-signature = 由提交 { $commit } 加入，其簽章驗證失敗（{ $why }）：不能證明由 { $by } 批准
approvals-unsigned = 由提交 { $commit } 加入，該提交沒有簽章（--require-signed）
approvals-unknown-key = 由提交 { $commit } 加入，以 { $key } 簽署，沒有成員的 `signing_keys` 含此金鑰（--require-signed）
approvals-unverifiable = 由提交 { $commit } 加入，其 { $kind } 簽章無法在此驗證（--require-signed；請改用 SSH 簽署）
approvals-summary = 已檢查 { $n } 項批准：{ $signed } 項由簽章證明，{ $authored } 項由作者證明，{ $failed } 項未能證明
