# 诊断消息：`check` 与加载记录时报告的问题，格式为 `路径:行:栏: error:
# 消息 [代码]`（见 src/diagnostic/msg.rs）。`diag-<what>` 是消息，
# `diag-<what>-help` 是提示，`diag-word-<what>` 是嵌入其他消息的词语。
# 参数是记录中的原文，照原样显示。CSV 与 JSON 一律显示英文。

## 读取文件

diag-not-plain = { $path } 是{ $what }：记录文件夹只能包含普通文件与文件夹，这个项目不会被读取
diag-not-plain-help = 改为普通文件（复制其指向的内容），或将它移出记录文件夹
diag-word-symlink = 符号链接
diag-word-fifo = 具名管道（FIFO）
diag-word-socket = 套接字（socket）
diag-word-device = 设备文件
diag-word-not-plain = 非普通文件
diag-cannot-read = 无法读取 { $path }：{ $reason }
diag-folder-not-file = { $path } 是文件夹，但这里应是记录文件
diag-not-utf8 = 无法读取 { $path }：文件不是 UTF-8 文本（看起来是 { $encoding }）
diag-not-utf8-help = 转为 UTF-8，在记录文件夹中运行：iconv -f { $encoding } -t UTF-8 { $path } > { $path }.utf8 && mv { $path }.utf8 { $path }
diag-folder-where-file = { $path } 是文件夹，但这里应是记录文件：移出其中内容后删除它
diag-file-where-folder = { $path } 是文件，但这里应是文件夹：重命名或删除它

## 表格中的字段

diag-missing-field = { $what }缺少必填字段 `{ $key }`
diag-missing-field-why = { $what }缺少必填字段 `{ $key }`（{ $why }）
diag-wrong-type = `{ $key }` 必须是{ $expected }，目前是{ $found }
diag-not-finite = `{ $key }` 必须是有限的数字，目前是 { $found }
diag-bad-time = `{ $key }` 必须是写成 "HH:MM" 的时间，例如 "09:00"
diag-bad-month = `{ $key }`：`{ $value }` 不是月份：请写成 YYYY-MM，例如 2026-11
diag-bad-enum = { $key } 的值 `{ $value }` 无效：应为以下之一：{ $names }
diag-extra-not-table = `extra` 必须是表格
diag-unknown-field = { $what }中有未知字段 `{ $key }`
diag-unknown-field-help = 可用字段：{ $names }；自由格式的数据请放在 [extra] 下
diag-control-chars = `{ $key }` 含有控制字符：报表会以转义形式显示（`\u{"{"}1b{"}"}`），不会原样送到终端
diag-word-string = 字符串
diag-word-bool = 布尔值（true 或 false）
diag-word-int64 = 不超过 64 位的整数
diag-word-integer = 整数
diag-word-number = 数字
diag-word-date = 日期，例如 2026-11-03（不加引号）
diag-word-datetime = 本地日期时间，例如 2026-11-03T14:30:00（不加引号、不含时区）
diag-word-month = 写成 "YYYY-MM" 的月份
diag-word-float = 浮点数
diag-word-boolean = 布尔值
diag-word-a-date = 日期
diag-word-a-time = 时间
diag-word-a-datetime = 日期时间
diag-word-array = 数组
diag-word-string-array = 字符串数组
diag-word-date-array = 日期数组，例如 2026-10-01
diag-word-table = 表格
diag-word-table-array = 表格数组（[[...]]）

## 范围与 id

diag-one-to-five = `{ $key }` 必须在 1..5 之间，目前是 { $found }
diag-zero-to-hundred = `{ $key }` 必须在 0..100 之间，目前是 { $found }
diag-negative-found = `{ $key }` 不可为负数，目前是 { $found }
diag-too-large = `{ $key }` 不可超过 10^12（1000000000000），目前是 { $found }
diag-int-range = { $what }必须在 { $low }..{ $high } 之间，目前是 { $found }
diag-unsafe-id = `{ $key }` = "{ $id }" 可能指向记录文件夹以外的路径
diag-device-id = `{ $key }` = "{ $id }" 是 Windows 的设备名称（con、prn、aux、nul、com1–com9、lpt1–lpt9），无法创建文件 { $id }.toml：请改用其他 id
diag-bad-client-id = `{ $key }` = "{ $id }" 不是有效的 id：只能用小写字母、数字与 `-`（最多 64 个字符，不可以 `-` 开头）
diag-bad-entry-id = `{ $key }` = "{ $id }" 不是有效的 id：只能用字母、数字、`.`、`_` 与 `-`（最多 64 个字符，须以字母或数字开头）

## 文件与其位置

diag-not-read = { $path } 不会被读取：它不在任何记录应在的位置
diag-not-read-help = clients/<id>.toml、months/YYYY-MM/<成员>.toml、training/YYYY.toml
diag-no-team = 缺少 team.toml：请在其中列出团队成员
diag-month-folder-name = 月份文件夹 `months/{ $folder }` 的名称不是 YYYY-MM（例如 months/2026-11）：其中的文件不会被读取
diag-training-file-name = 培训文件 `training/{ $stem }.toml` 不是以年份命名（例如 training/2026.toml）：不会被读取
diag-toml-syntax = TOML 格式错误：{ $reason }
diag-word-client = 客户
diag-word-client-file = 客户文件
diag-word-month-file = 月度文件
diag-word-training-file = 培训文件

## 设置（clientele.toml）

diag-why-team = 需要含 name 与 currency 的 [team] 表格
diag-not-negative = `{ $key }` 不可为负数
diag-not-a-signing-key = `signing_keys` 中的 "{ $value }" 不是 SSH 公钥（{ $why }）：请复制成员 `.pub` 文件的那一行，例如 "ssh-ed25519 AAAA… name"
diag-unknown-timezone = 未知的时区 `{ $value }`：请使用 IANA 名称，例如 Asia/Shanghai
diag-unknown-lang = 未知的语言 `{ $value }`：请使用 en、zh-Hant 或 zh-Hans
diag-bad-workday = 工作日 `{ $value }` 无效：应为以下之一：mon, tue, wed, thu, fri, sat, sun
diag-work-end = `work_end` 必须晚于 `work_start`
diag-word-followup-tier = { $tier } 级客户的回访间隔天数
diag-followup-tier-missing = [followup] 缺少 { $tier } 级客户的回访间隔
diag-word-followup-prospect = 潜在客户的回访间隔天数
diag-followup-prospect-missing = [followup] 缺少潜在客户的回访间隔（`prospect`）
diag-limits-missing = [complaints] 缺少严重程度为“{ $severity }”的投诉时限
diag-limits-positive = 严重程度“{ $severity }”的投诉时限必须大于 0
diag-limits-too-long = 严重程度“{ $severity }”的投诉时限最多为回应 { $hours } 小时、解决 { $days } 天
diag-number-missing = { $what } 缺少 `{ $key }`
diag-weights-sum = `{ $key }` 的总和是 { $sum }，而不是 1
diag-thresholds = `{ $key }` 必须递减（A > B > C），目前 A = { $a }、B = { $b }、C = { $c }
diag-target-positive = 目标 `{ $key }` 必须大于 0
diag-at-least-one = `{ $key }` 至少为 1
diag-feedback-days = `feedback_days` 必须在 1..31 之间
diag-satisfaction-target = `satisfaction` 是平均评分，最多为 5
diag-on-time-target = `complaints_on_time` 是比率，最多为 1（90% 写成 0.9）
diag-target-order = 自 { $month } 起的团队目标不在前一个（{ $previous }）之后：请按月份顺序排列，每月一个

## 团队、客户及其条目

diag-why-reports-to = 客户经理与客户专员必填：其团队负责人的 id
diag-date-order = `{ $late }`（{ $late_value }）早于 `{ $early }`（{ $early_value }）
diag-tier-no-reason = 手动指定等级时必须填写 `tier_reason`
diag-no-contact = 正式客户没有任何 [[contact]]
diag-id-not-stem = id `{ $id }` 与文件名 `{ $stem }.toml` 不一致
diag-why-since = 阶段为 `{ $stage }` 时必填：首次签约的日期
diag-why-stage = 阶段为 `{ $stage }` 时必填
diag-bad-client-in = `{ $key }` 中的客户 "{ $id }" 不是有效的客户 id
diag-early-feedback = { $date } 反馈的是 { $period } 的考核，但当时考核期尚未结束：请检查考核期
diag-not-invited = `{ $client }` 出席了但不在 `invited` 中：请将它加入 `invited`

## 月度文件与培训文件

diag-outside-month = `{ $key }` { $date } 不在本文件的月份 { $month } 内：请将此条目移到 months/{ $folder }/
diag-why-clock-in = 除非 status = "field"，否则必填
diag-double-attendance = { $date } 有第二笔考勤记录
diag-why-decided = 请假状态为“{ $status }”时必填
diag-bad-attendee = 出席者 "{ $id }" 不是有效的成员 id
diag-outside-year = 培训日期 { $date } 不在本文件的年份 { $year } 内
diag-word-exam-scores = 考核成绩
diag-score-range = `{ $member }` 的成绩必须在 0..100 之间，目前是 { $found }
diag-score-number = `{ $member }` 的成绩必须是数字
diag-score-not-attendee = `{ $member }` 有考核成绩，但不在这场培训的出席者之中
diag-retake-first = `{ $member }` 有补考成绩，但没有初考成绩

## 跨文件的检查

diag-same-name = 客户 `{ $client }` 与 `{ $other }` 同名：“{ $name }”
diag-same-name-help = 若两者是同一客户，请合并文件；否则请在 `name` 中加以区分
diag-won-not-customer = 客户 `{ $client }` 仍是“{ $stage }”，但已于 { $date } 赢得商机 `{ $deal }`
diag-won-not-customer-help = 请设置 `stage = "customer"` 与 `since = { $date }`（首个成交商机的结案日期）
diag-duplicate-id = 重复的{ $what } id `{ $id }`：已在 { $place }:{ $line } 使用
diag-duplicate-review = `{ $by }` 对 `{ $of }` 在 { $period } 的第二份考核评分（另一份在 { $place }:{ $line }）：只有最后一份有效
diag-overlapping-leave = `{ $member }` 自 { $from } 起的已批准的请假，与 { $other_from } 至 { $other_to } 的请假重叠
diag-override-not-graded = `{ $client }` 的手动等级不会生效：只有 `since` 已过的正式客户才会分级（目前阶段为“{ $stage }”）
diag-not-member-then = `{ $member }` 在 { $date } 还不是团队成员（{ $joined } 加入）
diag-not-member-then-left = `{ $member }` 在 { $date } 不是团队成员（{ $joined } 加入，{ $left } 离职）
diag-word-member = 成员
diag-word-deal = 商机
diag-word-complaint = 投诉
diag-word-session = 培训场次
diag-word-meeting = 会议
diag-word-event = 活动
diag-after-today = { $what }记在 { $date }，晚于今天（{ $today }）：在那天之前，所有报表都不会显示它
diag-after-today-help = 若日期输入错误（常见是年份），请更正
diag-fact-interaction = 与 `{ $client }` 的联系
diag-fact-attendance = `{ $member }` 的考勤
diag-fact-action-done = 待办“{ $task }”的完成
diag-fact-deal-closed = 商机 `{ $deal }` 的“{ $stage }”
diag-fact-deal-delivered = 商机 `{ $deal }` 的交付
diag-fact-complaint-received = 投诉 `{ $complaint }` 的受理
diag-fact-complaint-responded = 投诉 `{ $complaint }` 的回应
diag-fact-complaint-resolved = 投诉 `{ $complaint }` 的解决
diag-fact-exam = 培训场次 `{ $session }` 的考核成绩

## 记录之间的引用

diag-unknown-member = { $what } `{ $id }` 不是 team.toml 中的成员
diag-unknown-member-help = 请更正 id，或将该成员加入 team.toml
diag-not-a-lead = { $what } `{ $id }` 是{ $role }，不是团队负责人
diag-unknown-client = { $what } `{ $id }` 没有对应的文件 clients/{ $id }.toml
diag-unknown-client-help = 请更正 id，或用 `clientele client add` 添加该客户
diag-file-of-no-member = 月度文件 `{ $member }.toml` 的名称不是 team.toml 中任何成员的 id
diag-file-of-no-member-help = 成员的月度文件以该成员的 id 命名
diag-ref-reports-to = 直属上级（reports_to）
diag-ref-mentor = 导师（mentor）
diag-ref-owner = 负责人（owner）
diag-ref-specialist = 客户专员（specialist）
diag-ref-deal-owner = 商机负责人
diag-ref-handler = 处理人（handler）
diag-ref-interaction-client = 联系的客户
diag-ref-plan-client = 拜访计划的客户
diag-ref-approved-by = 审批人（approved_by）
diag-ref-attendee = 出席者
diag-ref-action-owner = 待办负责人
diag-ref-review-of = 考核对象
diag-ref-award-member = 获奖成员
diag-ref-feedback-member = 反馈对象
diag-ref-feedback-giver = 反馈人
diag-ref-research-client = 调研的客户
diag-ref-invited-client = 受邀客户
diag-ref-attending-client = 出席的客户
