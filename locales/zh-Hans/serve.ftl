# `clientele serve`：浏览器中各页的文字。

# 各页：导航栏与页面标题。
serve-page-briefing = 每日简报
serve-page-clients = 客户
serve-page-client = 客户 { $id }
serve-page-followups = 回访
serve-page-complaints = 投诉
serve-page-pipeline = 商机漏斗
serve-page-deals = 商机
serve-page-attendance = 考勤
serve-page-leave = 请假
serve-page-meetings = 会议
serve-page-kpi = 绩效指标
serve-page-appraisal = 考核
serve-page-training = 培训
serve-page-check = 检查
serve-page-tiers = 客户分级
serve-page-plans = 拜访计划
serve-page-care = 客户关怀
serve-page-actions = 待办事项
serve-page-awards = 奖励
serve-page-promotion = 晋升

# 导航栏下方：文件夹最后变更的时间。
serve-live = 记录最后变更于 { $when }
# 记录有错误时，以错误清单取代数字。
serve-errors-title = 记录中的错误
serve-errors-heading = { $count ->
    *[other] 记录有 { $count } 个错误：修正之前不显示任何数字
}

# 页面上的联系信息。
serve-masked = 电话与电子邮件已遮蔽。
serve-reveal = 显示（主管查看，会记录）
serve-revealed = 电话与电子邮件未遮蔽显示：此次查看已记录。

# 写入：已登录成员的链接、表单与字段。
serve-signed-in = { $member }：
serve-write-log = 记录互动
serve-write-plan = 安排拜访
serve-write-complaint-respond = 回复投诉
serve-write-complaint-resolve = 结案投诉
serve-write-leave-request = 申请请假
serve-write-leave-approve = 核准请假
serve-write-leave-reject = 驳回请假
serve-write-action-done = 完成待办事项
serve-write-review = 考核评分
serve-write-clock = 上下班打卡
serve-form-as = 身份：{ $member }
serve-form-submit = 保存
serve-form-done = 完成：{ $text }
serve-field-client = 客户
serve-field-kind = 类型
serve-field-summary = 摘要
serve-field-date = 日期
serve-field-satisfaction = 满意度（1–5）
serve-field-purpose = 目的
serve-field-id = 投诉
serve-field-at = 时间
serve-field-department = 协办部门
serve-field-amend = 更正已结案的投诉
serve-field-from = 首日
serve-field-to = 末日
serve-field-reason = 事由
serve-field-from-date = 假期首日
serve-field-member = 成员
serve-field-on = 决定日期
serve-field-meeting-date = 会议日期
serve-field-task-number = 事项编号
serve-field-meeting = 会议
serve-field-period = 月份
serve-field-score = 分数（0–100）
serve-field-comment = 评语
serve-field-in = 上班打卡
serve-field-out = 下班打卡
serve-field-field = 外勤或出差

# 拒绝与其他简单回复。
serve-wrong-host = 此服务器只回应自己的地址
serve-no-post = 此处无法提交
serve-post-the-write = 请以 POST 提交写入
serve-read-only = 此服务器为只读（以 --write 启动）
serve-sign-in-first = 请先登录：打开 /login?token=…（`clientele token add MEMBER`）
serve-bad-token = 此令牌无法登录任何人（请主管执行 `clientele token add`）
serve-no-random = 无法产生会话所需的随机数
serve-no-page = 没有 { $path } 这一页
serve-no-client = 没有客户 `{ $id }`
serve-csrf = 此表单已过期或并非来自此服务器：请重新载入
serve-lead-only = 只有主管可以 { $write }：`{ $member }` 不是主管
serve-reveal-refused = 只有已登录的主管可以查看未遮蔽的电话与电子邮件
serve-not-committed = 已保存，但未提交：{ $error }
serve-not-committed-dirty = 未提交：{ $files } 在此次写入前已有未提交的变更
serve-query-denied = 链接或表单不能设定 `{ $key }`
serve-query-unknown = `{ $command }` 没有 `--{ $flag }` 选项
serve-query-switch = `{ $key }` 是开关：请给 1 或 0，而非 `{ $value }`
