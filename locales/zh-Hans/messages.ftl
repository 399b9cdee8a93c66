# 命令在输出前后打印的信息。

check-summary = 已检查 { $files } 个文件：{ $errors } 个错误，{ $warnings } 个警告
records-warnings = 注意：记录中有 { $n } 个警告（运行 `clientele check` 查看）

complaints-footer = 共 { $complaints } 宗投诉：处理中 { $open }、逾期 { $overdue }、已解决 { $resolved }；按时率：回应 { $response }，解决 { $resolution }；满意度 { $satisfaction }
complaints-rated = { $mean }（{ $n } 宗已评分）
