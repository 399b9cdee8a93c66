# TOML 解析器自己說明的原因，接在「TOML 格式錯誤：」之後（E0101）。英文版
# 與解析器的原文逐字相同（見 src/diagnostic/toml_reason.rs）；這裡沒有的
# 原因照解析器的英文原樣顯示。

diag-toml-expected = { $what }，此處應有{ $expected }
diag-toml-expected-literal = { $what }，此處應有 { $expected }
diag-toml-expected-nothing = { $what }
diag-toml-between = 介於 { $low } 到 { $high } 之間的{ $unit }

## 出了什麼錯

diag-toml-invalid-basic-string = 雙引號字串無效
diag-toml-invalid-literal-string = 單引號字串無效
diag-toml-invalid-ml-basic-string = 多行雙引號字串無效
diag-toml-invalid-ml-literal-string = 多行單引號字串無效
diag-toml-invalid-string = 字串無效
diag-toml-must-quote = 無法辨識的值：文字必須加引號（數字、日期與 true、false 則不加）
diag-toml-bad-escape = `\` 之後的跳脫序列無效
diag-toml-short-unicode = Unicode 跳脫序列的位數不足
diag-toml-bad-comment = 註解中有無效的字元
diag-toml-key-no-value = 鍵沒有值
diag-toml-missing-value = 缺少值
diag-toml-missing-value-for-key = 鍵缺少值
diag-toml-duplicate-key = 重複的鍵
diag-toml-invalid-key = 鍵無效
diag-toml-invalid-unquoted-key = 未加引號的鍵無效
diag-toml-empty-key = 未加引號的鍵不可為空
diag-toml-invalid-table = 表頭無效
diag-toml-unclosed-table = 表頭未閉合
diag-toml-unclosed-array-table = 表格陣列的表頭未閉合
diag-toml-unclosed-array = 陣列未閉合
diag-toml-unclosed-inline-table = 行內表格未閉合
diag-toml-unexpected-key-or-value = 多出的鍵或值
diag-toml-unexpected-content = 多出的內容
diag-toml-invalid-value = 值無效
diag-toml-invalid-key-value = 鍵值對無效
diag-toml-missing-assignment = 鍵與值之間缺少 `=`
diag-toml-extra-assignment = 多出的 `=`
diag-toml-extra-equals = 多出的 `=`
diag-toml-missing-array-comma = 陣列元素之間缺少逗號
diag-toml-missing-table-comma = 鍵值對之間缺少逗號
diag-toml-extra-array-comma = 陣列中多出逗號
diag-toml-extra-table-comma = 行內表格中多出逗號
diag-toml-invalid-boolean = 布林值無效
diag-toml-invalid-integer = 整數無效
diag-toml-invalid-float = 浮點數無效
diag-toml-invalid-fraction = 小數部分無效
diag-toml-invalid-exponent = 指數部分無效
diag-toml-leading-zero = 數字不可以 0 開頭
diag-toml-underscore = `_` 只能放在兩個數字之間
diag-toml-invalid-date-time = 日期時間無效
diag-toml-invalid-datetime = 日期時間無效
diag-toml-invalid-date = 日期無效
diag-toml-invalid-time = 時間無效
diag-toml-invalid-offset = 時區偏移無效

## 此處應有的內容

diag-toml-newline = 換行
diag-toml-key = 鍵
diag-toml-value = 值
diag-toml-digits = 數字
diag-toml-letters = 字母
diag-toml-numbers = 數字
diag-toml-printable = 可列印字元
diag-toml-unicode-hex = 十六進位的 Unicode 值
diag-toml-year-digits = 四位數的年份（YYYY）
diag-toml-month-digits = 兩位數的月份（MM）
diag-toml-day-digits = 兩位數的日（DD）
diag-toml-hour-digits = 兩位數的小時（HH）
diag-toml-minute-digits = 兩位數的分鐘（MM）
diag-toml-second-digits = 兩位數的秒（SS）
diag-toml-date-or-time = 分隔符號 `-`（YYYY-MM）或 `:`（HH:MM）
diag-toml-t-between = 日期與時間之間的 `T`
diag-toml-unit-month = 月份
diag-toml-unit-day = 日
diag-toml-unit-hour = 小時
diag-toml-unit-hours = 小時
diag-toml-unit-minute = 分鐘
diag-toml-unit-minutes = 分鐘
diag-toml-unit-second = 秒
