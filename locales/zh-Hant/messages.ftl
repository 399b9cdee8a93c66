# 指令在輸出前後印出的訊息。

check-summary = 已檢查 { $files } 個檔案：{ $errors } 個錯誤，{ $warnings } 個警告
records-warnings = 注意：記錄中有 { $n } 個警告（執行 `clientele check` 查看）

complaints-footer = 共 { $complaints } 宗投訴：處理中 { $open }、逾期 { $overdue }、已解決 { $resolved }；準時率：回應 { $response }，解決 { $resolution }；滿意度 { $satisfaction }
complaints-rated = { $mean }（{ $n } 宗已評分）
