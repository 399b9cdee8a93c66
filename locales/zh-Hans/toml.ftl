# TOML 解析器自己说明的原因，接在“TOML 格式错误：”之后（E0101）。英文版
# 与解析器的原文逐字相同（见 src/diagnostic/toml_reason.rs）；这里没有的
# 原因按解析器的英文原样显示。

diag-toml-expected = { $what }，此处应有{ $expected }
diag-toml-expected-literal = { $what }，此处应有 { $expected }
diag-toml-expected-nothing = { $what }
diag-toml-between = 介于 { $low } 到 { $high } 之间的{ $unit }

## 出了什么错

diag-toml-invalid-basic-string = 双引号字符串无效
diag-toml-invalid-literal-string = 单引号字符串无效
diag-toml-invalid-ml-basic-string = 多行双引号字符串无效
diag-toml-invalid-ml-literal-string = 多行单引号字符串无效
diag-toml-invalid-string = 字符串无效
diag-toml-must-quote = 无法识别的值：文本必须加引号（数字、日期与 true、false 则不加）
diag-toml-bad-escape = `\` 之后的转义序列无效
diag-toml-short-unicode = Unicode 转义序列的位数不足
diag-toml-bad-comment = 注释中有无效的字符
diag-toml-key-no-value = 键没有值
diag-toml-missing-value = 缺少值
diag-toml-missing-value-for-key = 键缺少值
diag-toml-duplicate-key = 重复的键
diag-toml-invalid-key = 键无效
diag-toml-invalid-unquoted-key = 未加引号的键无效
diag-toml-empty-key = 未加引号的键不可为空
diag-toml-invalid-table = 表头无效
diag-toml-unclosed-table = 表头未闭合
diag-toml-unclosed-array-table = 表格数组的表头未闭合
diag-toml-unclosed-array = 数组未闭合
diag-toml-unclosed-inline-table = 内联表格未闭合
diag-toml-unexpected-key-or-value = 多出的键或值
diag-toml-unexpected-content = 多出的内容
diag-toml-invalid-value = 值无效
diag-toml-invalid-key-value = 键值对无效
diag-toml-missing-assignment = 键与值之间缺少 `=`
diag-toml-extra-assignment = 多出的 `=`
diag-toml-extra-equals = 多出的 `=`
diag-toml-missing-array-comma = 数组元素之间缺少逗号
diag-toml-missing-table-comma = 键值对之间缺少逗号
diag-toml-extra-array-comma = 数组中多出逗号
diag-toml-extra-table-comma = 内联表格中多出逗号
diag-toml-invalid-boolean = 布尔值无效
diag-toml-invalid-integer = 整数无效
diag-toml-invalid-float = 浮点数无效
diag-toml-invalid-fraction = 小数部分无效
diag-toml-invalid-exponent = 指数部分无效
diag-toml-leading-zero = 数字不可以 0 开头
diag-toml-underscore = `_` 只能放在两个数字之间
diag-toml-invalid-date-time = 日期时间无效
diag-toml-invalid-datetime = 日期时间无效
diag-toml-invalid-date = 日期无效
diag-toml-invalid-time = 时间无效
diag-toml-invalid-offset = 时区偏移无效

## 此处应有的内容

diag-toml-newline = 换行
diag-toml-key = 键
diag-toml-value = 值
diag-toml-digits = 数字
diag-toml-letters = 字母
diag-toml-numbers = 数字
diag-toml-printable = 可打印字符
diag-toml-unicode-hex = 十六进制的 Unicode 值
diag-toml-year-digits = 四位数的年份（YYYY）
diag-toml-month-digits = 两位数的月份（MM）
diag-toml-day-digits = 两位数的日（DD）
diag-toml-hour-digits = 两位数的小时（HH）
diag-toml-minute-digits = 两位数的分钟（MM）
diag-toml-second-digits = 两位数的秒（SS）
diag-toml-date-or-time = 分隔符 `-`（YYYY-MM）或 `:`（HH:MM）
diag-toml-t-between = 日期与时间之间的 `T`
diag-toml-unit-month = 月份
diag-toml-unit-day = 日
diag-toml-unit-hour = 小时
diag-toml-unit-hours = 小时
diag-toml-unit-minute = 分钟
diag-toml-unit-minutes = 分钟
diag-toml-unit-second = 秒
