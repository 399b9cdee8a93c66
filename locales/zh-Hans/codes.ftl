# 诊断代码（`clientele check --explain 代码`）：每个代码的
# `code-<代码>-title` 说明其意义，`code-<代码>-fix` 说明修正方法
# （见 src/diagnostic/codes.rs）。用词与 diagnostics.ftl 一致。

# `check --explain`：代码与其说明，接着是修正方法。
check-explain-title = { $code }：{ $title }
check-explain-fix = 修正方法：{ $fix }

## 读取文件

code-e0101-title = 文件不是有效的 TOML
code-e0101-fix = 在标示的位置更正语法（引号、括号、`=`）
code-e0102-title = 文件无法读取，或不是 UTF-8
code-e0102-fix = 将文件存为 UTF-8 文本，并检查其权限
code-e0103-title = 记录文件夹中有符号链接、具名管道（FIFO）、套接字或设备文件
code-e0103-fix = 记录只能是普通文件与文件夹：将链接换成其指向文件的副本，其他项目移出记录文件夹

## 字段、值、id 与位置

code-e0201-title = 格式中没有的字段
code-e0201-fix = 更正拼写，或将自由格式的数据移到 `[extra]` 表格下
code-e0202-title = 缺少必填字段
code-e0202-fix = 补上该字段；消息会说明是哪一个、为何必填
code-e0203-title = 值的类型错误
code-e0203-fix = 按消息所说的类型填写值（加引号的字符串、数字、不加引号的日期……）
code-e0204-title = 值不在允许的选项之中
code-e0204-fix = 改用消息中列出的值之一
code-e0205-title = 不符合 id 规则的 id
code-e0205-fix = 客户与成员的 id：小写字母、数字与 `-`，最多 64 个字符；其他 id 另可使用大写字母、`.` 与 `_`
code-e0206-title = 文件名与文件中的 id 不一致
code-e0206-fix = 重命名文件或更改 id，使两者一致
code-e0207-title = 可能指向记录文件夹以外路径的 id
code-e0207-fix = id 不可包含 `..`、`/`、`\` 或 NUL
code-e0208-title = 重复使用的 id
code-e0208-fix = 每个客户、成员、商机、投诉、培训场次与会议各用自己的 id
code-e0209-title = 格式错误的值
code-e0209-fix = 日期写成 2026-11-03，日期时间写成 2026-11-03T14:30:00，时间写成 "09:00"，月份写成 "2026-11"
code-e0210-title = 位置或名称错误的文件或文件夹
code-e0210-fix = 月份文件夹命名为 YYYY-MM，培训文件命名为 YYYY.toml，文件名（不含 .toml）即 id
code-w0211-title = 不在任何记录应在位置的 TOML 文件，不会被读取
code-w0211-fix = 将它移到 clients/、months/YYYY-MM/ 或 training/，或重命名
code-e0212-title = 是 Windows 设备名称的 id
code-e0212-fix = con、prn、aux、nul、com1–com9 与 lpt1–lpt9 在 Windows 上不能作为文件名：请改用其他 id
code-w0213-title = 含有控制字符的文本（转义序列、NUL……）
code-w0213-fix = 删除这些字符：它们可能在终端上改变文本颜色或隐藏文本（报表会以转义形式显示）

## 记录之间的引用

code-e0301-title = 引用了不在 team.toml 中的成员
code-e0301-fix = 更正 id，或将该成员加入 team.toml
code-e0302-title = 引用了在 clients/ 中没有文件的客户
code-e0302-fix = 更正 id，或添加该客户的文件
code-e0303-title = 此处必须是团队负责人
code-e0303-fix = 指定角色为 `lead`（团队负责人）的成员
code-e0304-title = 月度文件的名称不是任何成员的 id
code-e0304-fix = 将文件重命名为 team.toml 中的成员 id

## 日期

code-e0401-title = 日期先后顺序错误
code-e0401-fix = 检查消息中提到的两个日期
code-e0402-title = 条目的日期不在其月份文件夹的月份内
code-e0402-fix = 将条目移到其日期所在月份的月度文件
code-e0403-title = 同一成员同一天有两笔考勤记录
code-e0403-fix = 合并为一笔
code-w0404-title = 条目的日期当时，该成员不是团队成员
code-w0404-fix = 检查日期，或 team.toml 中该成员的 `joined` 与 `left`
code-w0405-title = 同一成员的两次已批准请假重叠
code-w0405-fix = 缩短或驳回其中一次
code-w0406-title = 已发生的事却记在今天之后：在那天之前，所有报表都不会显示它
code-w0406-fix = 若日期输入错误（常见是年份），请更正；计划、请假与截止日期可以在未来

## 范围

code-e0501-title = 数字超出允许的范围
code-e0501-fix = 评分 1..5，成绩 0..100，潜力 1..5，金额与时数 0..10^12；设置：回访间隔 1..3660 天，grace_minutes 0..720，投诉时限最多 8784 小时与 3660 天

## 设置

code-e0601-title = 客户等级或考核等级的门槛不是递减
code-e0601-fix = 使 A > B > C
code-w0602-title = 权重总和不是 1
code-w0602-fix = 报表会按比例重新换算，但请确认权重符合你的本意
code-e0603-title = 缺少报表需要的设置
code-e0603-fix = 将它加入 clientele.toml（消息会指出是哪一项）
code-e0604-title = KPI 目标为零或负数
code-e0604-fix = 目标必须大于 0，或不填

## 客户、团队及其条目

code-w0701-title = 正式客户没有联系人
code-w0701-fix = 添加一个 [[contact]]，让团队知道该联系谁
code-e0702-title = 手动指定等级却没有 `tier_reason`
code-e0702-fix = 说明为何手动指定等级
code-w0703-title = 对不会分级的客户手动指定等级
code-w0703-fix = 只有 `since` 已过的正式客户才会分级：请删除手动等级
code-w0704-title = 同一成员对同一对象、同一考核期的两份考核评分
code-w0704-fix = 只有最后一份有效：请删除另一份
code-e0705-title = 未出席者的考核成绩，或没有初考成绩的补考成绩
code-e0705-fix = 将该成员加入 `attendees`，或补上初考成绩
code-w0706-title = 客户被记为出席了未受邀的活动
code-w0706-fix = 将该客户加入活动的 `invited`
code-e0707-title = 团队目标未按月份排列，或同一月份有两个
code-e0707-fix = 将 [[team_target]] 条目按 `from` 排序，每月一个
code-w0708-title = 考核期结束前的考核反馈
code-w0708-fix = 反馈在当月考核之后：请检查 `period` 与 `date`
code-w0709-title = 两个同名的客户
code-w0709-fix = 若两者是同一客户，请合并文件；否则请在 `name` 中加以区分
code-w0710-title = 已有成交商机，却仍是线索或潜在客户的客户
code-w0710-fix = 设置 `stage = "customer"`，并将 `since` 设为首个成交商机的结案日期

## 导入

code-e0801-title = 无法以 CSV 读取的导入文件
code-e0801-fix = 存为含标题行的 UTF-8 CSV；每个引号都要闭合；每一行的字段数与标题行相同
code-e0802-title = 无法使用的导入值
code-e0802-fix = 在导出文件中更正该单元格：日期写成 2017-03-01，金额写成纯数字，使用已知的阶段，id 不可重复
code-e0803-title = 导入的行提到导出文件中没有列出的项目
code-e0803-fix = 将它加入导出文件的列表（sales_teams.csv、products.csv、accounts.csv），或用 --owner-map 映射该名称
code-e0804-title = 已在记录中的导入记录
code-e0804-fix = 它先前已导入：加上 --skip-existing 重新运行，只导入新的部分
code-w0805-title = 未导入的行
code-w0805-fix = 消息会说明原因；若此记录重要，请手动添加
code-w0806-title = 被解读为已知写法的导入值
code-w0806-fix = 确认解读无误；更正导出文件即可消除此警告
