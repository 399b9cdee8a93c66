# 写入、查找或命令行被拒绝的原因（打印在 `error: ` 之后）、写入时打印在
# stderr 的消息，以及参数值无法解析时的用法错误。

## 写入层

refuse-who-writes = 是谁在写入？请加上 --member ID，或设置 CLIENTELE_MEMBER
refuse-not-a-member = { $flag } `{ $id }` 不是 team.toml 中的成员：请修正 id，或先在 team.toml 添加此成员
refuse-no-client-file = 没有客户 `{ $id }`：找不到 { $file }（请修正 id，或用 `clientele client add` 添加）
refuse-entry-id-taken = { $kind ->
    [deal] 商机
   *[other] 投诉
} id `{ $id }` 已用于 { $file }：id 在所有客户之间不得重复
refuse-breaks-rules = 已拒绝，未写入任何内容：此{ $what ->
    [import] 导入
   *[other] 变更
}会违反记录规则（以下为写入后的内容）：
    { $lines }
refuse-invalid-toml = { $file } 不是有效的 TOML（{ $why }）：请先修正（见 `clientele check`）；未写入任何内容
refuse-fix-first = { $problem }：请先修正（见 `clientele check`）；未写入任何内容
refuse-odd-path = { $path } 是{ $what ->
    [link] 符号链接：写入从不经过链接，以免写到记录文件夹之外
    [folder] 文件夹，但这里应是记录文件
    [special] 特殊文件（FIFO、socket 或设备），不是普通文件
   *[file] 文件，但这里应是文件夹
}；请在记录文件夹内改为普通{ $need ->
    [file] 文件
   *[folder] 文件夹
}（见 `clientele check`）；未写入任何内容
refuse-inline-entries = 此文件把 `{ $kind }` 写成行内值，而不是 [[{ $kind }]] 表格：请先改写为表格
refuse-not-written = { $why }；未写入任何内容
refuse-changed-meanwhile = { $file } 在这次写入期间被其他程序改动：未写入任何内容；请再执行一次命令
refuse-lock-gave-up = 锁已被另一个写入占用超过 { $secs } 秒（{ $holder }），已放弃（可用 --wait SECS 等久一点，或结束持有锁的进程）；未写入任何内容
refuse-lock-odd = { $path } { $what ->
    [link] 是符号链接
   *[other] 不是普通文件
}：锁文件必须是记录文件夹内的普通文件（请删除它，clientele 会自动创建）；未写入任何内容
lock-waiting = 正在等待锁（{ $holder }；最多 { $secs } 秒，见 --wait）…
lock-held-since = 自 { $time } 起持有
lock-held-by-another = 由另一个进程持有
refuse-journal-odd = { $path } 不是 clientele 创建的文件夹：请删除它，再重新运行命令
refuse-journal-plan = { $path } 内的计划 clientele 无法运行（{ $why }）：请检查后删除该文件夹，再重新运行命令
refuse-journal-unfinished = 无法完成先前中断的写入：{ $why }；请先解决，再运行任一 clientele 命令
journal-finished = 已完成先前中断的写入（其计划已记下）
journal-rolled-back = 已舍弃一次在变更前就中断的写入
saved-but = 已保存；但{ $but }。变更已在记录中：请勿再运行一次这个命令
but-not-printed = 无法打印确认消息（{ $why }）
but-not-in-place = 尚有文件未就位（{ $why }）；下一个 clientele 命令会把它们放好
but-power-cut = { $why }：在系统写出之前，断电可能使这次变更遗失

## 各命令的查找与写入

refuse-unknown-member = `{ $id }` 不是 team.toml 中的成员：请修正 id，或先在 team.toml 添加此成员
refuse-no-member = team.toml 中没有成员 `{ $id }`
refuse-no-member-table = team.toml 中没有 [[member]] `{ $id }`
refuse-no-client = clients/ 中没有客户 `{ $id }`
refuse-no-client-see = clients/ 中没有客户 `{ $id }`（见 `clientele clients`）
refuse-client-not-found-yet = 客户 `{ $id }` 于 { $found } 才创建，晚于 { $today }
refuse-nothing-to-change-client = 没有要变更的内容：请至少给出 --name、--owner、--specialist、--no-specialist、--stage、--since、--potential、--industry、--source、--tier、--no-tier、--notes 其中之一
refuse-nothing-to-change-contact = 没有要变更的内容：请给出 --name、--title、--phone、--email、--birthday 或 --primary
refuse-nothing-to-change-deal = 没有要变更的内容：请给出 --stage、--amount、--closed、--due 或 --delivered
refuse-nothing-to-change-member = 没有要变更的内容：请给出 --name、--role、--reports-to、--no-reports-to 或 --signing-key
refuse-in-the-future = { $flag } { $when } 在未来（现在是 { $now }）：已发生的事不能记在之后的日期，否则在那天之前所有报表都看不到它
refuse-does-not-exist = { $path } 不存在
refuse-unknown-code = 未知的代码 `{ $code }`；已知代码：{ $known }
refuse-history-no-file = 在 { $at } 没有客户文件 { $file }：请给出客户的 id
refuse-init-nested = { $path } 位于记录文件夹 { $outer } 之内：请在其他地方创建新文件夹
refuse-init-not-empty = { $path } 已存在且不是空的：init 从不覆写文件夹
refuse-not-in-kpi = `{ $id }` 不在 { $month } 的 KPI 中：只有角色在 [kpi.targets] 中设有目标、且当月是成员的人才会列入
refuse-client-name-taken = 客户 { $id } 已使用名称 `{ $name }`：请记在该客户下；若确实是另一家公司，请加上 --same-name
refuse-client-exists = 客户 `{ $id }` 已存在（{ $file }）：请换一个 id
refuse-stage-needs-since = { $stage }需要 `since`（首次签约日期）：请一并给出 --since
refuse-stage-needs-since-flag = { $stage }需要 --since（首次签约日期）
refuse-since-before-found = --since { $since } 早于 --found { $found }
refuse-handover-same = --from 与 --to 是同一位成员
refuse-handover-nothing = { $member } 没有负责或服务任何客户，也没有进行中的商机：没有可移交的工作
refuse-no-contact = 客户 { $client } 没有名为 `{ $name }` 的联系人
refuse-contact-exists = 客户 { $client } 已有名为 `{ $name }` 的联系人：请用 `contact set` 修改
refuse-contact-name-taken = 客户 { $client } 已有名为 `{ $name }` 的联系人
refuse-no-deal = 客户 { $client } 没有商机 `{ $id }`（见 { $file }）
refuse-no-complaint-anywhere = 所有客户文件中都没有投诉 `{ $id }`
refuse-no-complaint = { $file } 中没有投诉 `{ $id }`
refuse-complaint-answered = 投诉 { $id } 已于 { $old } 回应：只记录第一次回应
refuse-complaint-resolved = 投诉 { $id } 已于 { $old } 解决（若要评分，只给 --satisfaction；若要更正，加上 --amend）
refuse-amend-nothing = --amend 用于更正解决记录：请给出正确的 --at、--satisfaction 或两者
refuse-amend-unresolved = 投诉 { $id } 尚未解决：没有可更正的内容（请去掉 --amend）
refuse-no-clock-in = { $date } 还没有上班打卡：请一并给出 --in，或先打上班卡
refuse-clock-not-today = { $date } 不是今天：请用 --in 和 --out 给出时间
refuse-clocked-in = { $date } 已于 { $old } 打过上班卡
refuse-clocked-out = { $date } 已打过上班卡（{ $clock_in }）和下班卡（{ $old }）：若要修改下班时间，请给出 --out HH:MM
refuse-to-before-from = --to { $to } 早于 --from { $from }
refuse-no-workday = { $from } 至 { $to } 没有工作日（依 clientele.toml 的周末与假日）：不需要请假
refuse-no-leave = { $member } 没有自 { $from } 起的请假（在 { $file }）
refuse-leave-decided = { $member } 自 { $from } 起的请假已是{ $status }{ $by }
refuse-leave-decided-by = （{ $lead }）
refuse-leaves-pending = { $member } 有 { $n } 条自 { $from } 起的待审批请假：请直接编辑 { $file } 决定
refuse-leave-by-lead = 只有团队负责人能审批请假：`{ $id }` 是{ $role }
refuse-award-by-lead = 奖励由团队负责人给予：`{ $id }` 是{ $role }
refuse-feedback-by-lead = 绩效结果由团队负责人反馈：`{ $id }` 是{ $role }
refuse-action-spec = --action `{ $spec }` 不是“事项;负责人;期限”的格式（例如 "整理方案;li-wei;2026-11-27"）
refuse-meeting-title-taken = { $file } 在 { $date } 已有一场标题为 `{ $title }` 的{ $kind }：请换一个标题
refuse-meeting-id-taken = 会议 id `{ $id }` 已用于 { $file }：请换一个 id
refuse-no-meeting = { $folder } 中没有 { $date }{ $with }的会议{ $broken }
refuse-meeting-with-id = （id 为 `{ $id }`）
refuse-meetings-not-searched = （以下文件不是有效的 TOML，未查找：{ $files }；见 `clientele check`）
refuse-meetings-on-day = { $date } 有 { $n } 场会议：{ $found }；请用 --meeting ID 指明是哪一场
refuse-meeting-moved = { $date } 的会议已被移动：请再试一次
refuse-no-action-item = { $meeting } 有 { $count } 项待办：TASK_NUMBER { $number } 不在其中
refuse-action-done = { $meeting } 的第 { $number } 项待办已于 { $old } 完成
refuse-invite-empty = --invite 没有列出任何客户
refuse-event-id-taken = 活动 id `{ $id }` 已用于 { $file }：请换一个 id
refuse-no-event = { $file } 中没有活动 `{ $id }`
refuse-not-invited = `{ $client }` 未受邀参加 { $event }：受邀的是 { $invited }
refuse-session-id-taken = 培训场次 id `{ $id }` 已用于 { $file }：id 在所有年份之间不得重复
refuse-no-session = training/ 中没有培训场次 `{ $id }`：请用 `clientele training add` 添加
refuse-not-attended = { $member } 没有参加培训场次 { $session }：请先把他加入出席名单
refuse-score-written = { $member } 在培训场次 { $session } 已有{ $what ->
    [retake] 补考
   *[score] 成绩
} { $old }
refuse-retake-first = { $member } 在培训场次 { $session } 还没有第一次成绩：请先记录，再记补考
refuse-session-dated = 培训场次 { $session } 的日期
refuse-session-moved = 培训场次已被移动：请再试一次
refuse-exam-inline = 此培训场次的考试写成行内值：请先改写为 [session.exam] 表格
refuse-exam-scores = 考试成绩不是行内表格
refuse-period-ahead = --period { $period } 尚未开始（本月是 { $month }）
refuse-review-left = { $member } 已于 { $left } 离开团队，早于 { $period }：已离职的成员不做绩效考核
refuse-reports-to-lead = --reports-to `{ $id }` 是{ $role }，不是团队负责人：成员只能向团队负责人汇报
refuse-member-exists = 成员 `{ $id }` 已在 team.toml 中：请换一个 id（或用 `member set`）
refuse-member-left = 成员 { $id } 已于 { $left } 离开
refuse-on-before-joined = --on { $on } 早于 { $id } 的加入日期（{ $joined }）
refuse-handover-to-self = --handover-to 指的是要离开的成员：请给出留下的人
refuse-handover-reports = { $reports } 向 { $id } 汇报：--handover-to 必须是团队负责人才能接手（或先用 `member set ID --reports-to LEAD` 为他们指定其他负责人）
refuse-handover-needed = { $id } 仍有{ $work }：请用 --handover-to ID 指定接手的人
refuse-not-in-team = { $flag } `{ $id }` 在 { $day } 之后不在团队中：请给出留下的成员

## 各命令的用法错误（退出码 2）

usage-history-what = 请指定 CLIENT 或 --member ID（二选一）
usage-history-tier = --tier 只适用于 CLIENT，不适用于 --member
usage-report-member = `report` 需要成员：--member ID（或 $CLIENTELE_MEMBER）
usage-report-weekly-month = `report weekly` 使用 --week YYYY-Www，不接受 --month
usage-report-team-format = `report team` 只能输出 text、md、json、html 或 xlsx：各段的字段不同
usage-training-month = `training` 以年份计：请用 --year YYYY，不要用 --month
usage-diff-upstream = 当前分支没有可比较的上游：请指明要比较的旧版记录，例如 `clientele diff main`
usage-appraisal-comments = --comments 显示单一成员的评语：请给出 --member ID
usage-appraisal-history = --from/--to 显示单一成员的历史：请给出 --member ID，且不要用 --month
usage-from-after-to = --from { $from } 晚于 --to { $to }：不会有任何符合的数据
usage-month-or-range = 请给出 --month 或 --from/--to，不能两者并用
usage-format-unknown = 无法从扩展名判断 `{ $path }` 的格式：请用 .csv、.json、.md、.html、.xlsx、.ics 或 .txt，或加上 --format
usage-format-ics = .ics 日历由 `clientele export ics` 生成：报表请选其他格式
usage-format-xlsx = 工作簿是二进制文件：请用 -o FILE.xlsx 写入文件（或重定向 stdout）

## 无法解析的参数值（clap 把它打印在“无效的值”之后）

parse-date = `{ $value }` 不是日期：请写成 YYYY-MM-DD，例如 2026-11-20
parse-datetime = `{ $value }` 不是日期时间：请写成 YYYY-MM-DDTHH:MM（或以空格代替 T），例如 2026-11-20T14:30
parse-as-of = `{ $value }` 不是日期（2026-11-20）也不是日期时间（2026-11-20T14:30）
parse-month = `{ $value }` 不是月份：请写成 YYYY-MM，例如 2026-11
parse-time = `{ $value }` 不是时间：请写成 HH:MM，例如 09:00
parse-choice = 不接受 `{ $value }`：请用以下其中之一：{ $names }
parse-out-of-range = 必须在 { $range } 之间，收到的是 { $found }
parse-whole-number = `{ $value }` 不是整数：请给出 { $range }
parse-number = `{ $value }` 不是数字
parse-money = `{ $value }` 不是金额：请给出 ≥ 0 的数字，例如 1234.50
parse-money-cents = { $value } 超过两位小数：金额只记到分
parse-id-escapes = `{ $value }` 可能指向记录文件夹之外的路径：id 只能用小写字母、数字和 `-`
parse-id-device = `{ $value }` 在 Windows 上是设备名称，无法创建 { $value }.toml 文件：请换一个 id
parse-id = `{ $value }` 不是有效的 id：请用小写字母、数字和 `-`（最多 64 个字符，不能以 `-` 开头）
parse-entry-id = `{ $value }` 不是有效的 id：请用字母、数字、`.`、`_` 和 `-`（最多 64 个字符，以字母或数字开头）
parse-empty = 不能是空的
parse-duration = `{ $value }` 不是时间长度：请写成整数加上 m、h 或 d，例如 30m、4h、2d

## 命令打印在 stderr 的消息

fmt-unreadable = 无法读取：{ $why }
fmt-not-utf8 = 不是 UTF-8 文本
fmt-invalid-toml = 不是有效的 TOML（{ $why }）：未格式化
fmt-would-change-records = 标准格式会改变其中的记录：未格式化（请报告此问题）
leave-beyond-balance = 这次申请占用 { $year } 年 { $asked } 个工作日的年假，但 { $member } 只剩 { $left } 天（含待审批的申请）：由团队负责人决定
handover-part = { $what ->
    [owned] 负责的客户
    [served] 服务的客户
    [deals] 进行中的商机
    [complaints] 未解决的投诉
   *[reports] 向其汇报的成员
}：{ $ids }
handover-actions = 未完成的待办：{ $n } 项
handover-nothing = 没有可移交的工作
handover-separator = ；
record-errors = { $n } 个错误：不生成报表，因为错误的数字比没有数字更糟（见 `clientele check`）
