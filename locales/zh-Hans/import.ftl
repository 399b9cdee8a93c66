# `import crm` 与 `import complaints`：导出文件中发现的问题（`路径:行:栏: error: …`）、
# 拒绝导入的原因，以及导入结果的各行。结果中的数量在 messages.ftl（import-count-…）。

## 问题的种类：“注意：另有 3 个类似的错误（种类）未显示”；
## import-why-… 也是未导入的原因（“未导入：2 条（…）”）。
import-kind-unreadable = 无法读取的文件
import-kind-junk = 标题行之前的内容
import-kind-field-count = 栏位数不对的数据行
import-kind-slash-dates = 写成 YYYY/M/D 的日期
import-kind-not-dates = 不是日期的值
import-kind-not-amounts = 不是金额的值
import-kind-variants = 按已知写法读取的值
import-kind-bad-severities = 无效的严重程度
import-kind-map-no-column = 严重程度对照表未指明栏位
import-kind-missing = 缺少必填值的数据行
import-kind-bad-ids = 无效的编号
import-kind-twice = 重复使用的编号
import-kind-exists = 已导入过的记录
import-kind-date-order = 先后颠倒的日期
import-kind-no-company = 找不到的公司
import-kind-stages = 未知的商机阶段
import-kind-owner-map = 负责人对照表中的无效数据行
import-kind-two-managers = 隶属两位主管的销售员
import-kind-owner-unused = 负责人对照表中未用到的数据行
import-kind-not-lead = 不是团队负责人的主管
import-kind-unknown-accounts = 未知的账户
import-kind-no-engage = 没有 engage_date 的商机
import-kind-no-price = 没有售价的进行中商机
import-kind-open-close = 进行中商机的结案数据
import-kind-unknown-agents = 未知的销售员
import-kind-unknown-products = 未知的产品
import-kind-unknown-parents = 不在 accounts.csv 中的母公司
import-why-no-account = 没有账户的商机
import-why-no-deal = 没有可导入商机的账户
import-why-other-companies = 其他公司的数据行
import-why-complaints-exist = 记录中已有的投诉
import-why-deals-exist = 记录中已有的商机
import-why-deals-of-existing = 记录中已有账户的商机
import-why-accounts-exist = 记录中已有的账户
import-more-errors = 注意：另有 { $n } 个类似的错误（{ $kind }）未显示：加上 --show-all 可列出全部
import-more-warnings = 注意：另有 { $n } 个类似的警告（{ $kind }）未显示：加上 --show-all 可列出全部

## 文件本身
import-junk-line = 标题行之前有 1 行不是数据：已跳过
import-junk-lines = 标题行之前有 { $n } 行不是数据：已跳过
import-field-count = 此行有 { $found } 个栏位，标题行有 { $header } 个：此行不读取
import-no-header = { $file } 没有包含 { $columns } 这些栏位的标题行
import-not-utf8 = { $file } 不是 UTF-8 文本：请将导出文件保存为 UTF-8（电子表格中选“CSV UTF-8”）
import-open-quote = 此引号栏位没有结束：缺少一个 `"`
import-cannot-read = 无法读取 { $file }：{ $error }

## 值
import-date-read-as = { $what } `{ $text }` 读作 { $date }
import-not-a-date = { $what } `{ $text }` 不是日期：请写成 YYYY-MM-DD，例如 2017-03-01
import-not-an-amount = { $what } `{ $text }` 不是金额：请写成不小于 0 的数字，例如 4514
import-variant-row = { $what } `{ $from }` 读作 `{ $to }`（1 行）
import-variant-rows = { $what } `{ $from }` 读作 `{ $to }`（{ $n } 行）
import-empty = { $what } 是空的：此行不读取
import-skip-existing-help = 加上 --skip-existing 再运行一次，只导入新的部分

## import complaints
import-bad-severity = 严重程度 `{ $text }` 不是 high、medium、low 之一
import-map-no-column = 导出文件没有 `{ $column }` 栏：严重程度对照表的第一栏应指明导出文件的一栏（例如 Issue）
import-map-two-columns = { $file } 需要两栏：导出文件的一栏（例如 Issue）与 severity
import-no-company = 没有任何数据行属于公司 `{ $company }`：没有可导入的内容（请对照导出文件的 Company 栏）
import-bad-complaint-id = `{ $id }` 不是有效的投诉编号：只能用字母、数字、`.`、`_` 和 `-`，最多 64 个字符
import-complaint-twice = 投诉编号（Complaint ID）`{ $id }` 在导出文件中出现两次：此行不读取
import-complaint-exists = 投诉 `{ $id }` 已在 clients/{ $client }.toml 中
import-sent-before-received = Date sent to company { $sent } 早于 Date received { $received }
import-no-summary = Product 和 Issue 都是空的：无法为投诉写摘要
import-no-client = 没有客户 `{ $client }`：找不到 { $file }（请修正编号，或用 `clientele client add` 添加）
import-no-handler = --handler `{ $handler }` 不是 team.toml 中的成员：请修正编号，或在其中添加这位成员
import-unreadable = 无法读取 { $file }：未导入任何内容
import-not-placed = 无法在客户文件中放入新的投诉
import-file-complaints = 新增 { $n } 宗投诉

## import crm
import-unknown-stage = deal_stage `{ $stage }` 不是 Prospecting、Engaging、Won、Lost 之一
import-owner-not-id = `{ $member }` 不是成员编号：请用小写字母、数字和 `-`
import-owner-twice = `{ $name }` 对照了两次
import-two-managers = 销售员 `{ $agent }` 已隶属主管 `{ $manager }`
import-owner-unused = `{ $name }` 不在 sales_teams.csv 中：此行未使用
import-not-lead = 主管 `{ $manager }` 在 team.toml 中是 `{ $lead }`，职位为{ $role }：主管下属的销售员须向团队负责人汇报
import-not-lead-help = 用 --owner-map 将这位主管对应到一位团队负责人，或在 team.toml 中将该成员设为团队负责人
import-opportunity-twice = opportunity_id `{ $id }` 在导出文件中出现两次：此行不读取
import-no-account = 商机 { $id } 没有账户：商机必须属于某个客户，因此不导入
import-unknown-account = 账户 `{ $account }` 不在 accounts.csv 中
import-no-engage = 商机 { $id } 没有 engage_date：开始日期记为 { $day }
import-bad-deal-id = opportunity_id `{ $id }` 不是有效的商机编号：只能用字母、数字、`.`、`_` 和 `-`，最多 64 个字符
import-deal-exists = 商机 `{ $id }` 已在 clients/{ $client }.toml 中
import-no-close-value = 商机 { $id } 的阶段是{ $stage }，却没有 close_value
import-no-close-date = 商机 { $id } 的阶段是{ $stage }，却没有 close_date
import-no-price = 商机 { $id } 没有 sales_price：没有售价的进行中商机金额记为 0
import-open-close = 商机 { $id } 仍在进行中：其 close_date 与 close_value 不导入
import-close-before-engage = close_date { $closed } 早于 engage_date { $engaged }
import-unknown-agent = 销售员 `{ $agent }` 不在 sales_teams.csv 中
import-unknown-agent-help = 请将这位销售员及其主管加入 sales_teams.csv，或用 --owner-map 将此名字对应到一位成员
import-unknown-product = 产品 `{ $product }` 不在 products.csv 中
import-unknown-product-help = 请将它连同 sales_price 加入 products.csv，或修正拼写
import-account-twice = 账户 `{ $account }` 列了两次
import-account-exists = 账户 `{ $account }` 已在记录中，即 clients/{ $id }.toml
import-no-deal = 账户 `{ $account }` 没有可导入的商机，也就没有负责的销售员：不导入
import-unknown-parent = subsidiary_of `{ $parent }` 不在 accounts.csv 中：按原样保留
import-not-crm = { $dir } 不是 CRM 导出文件夹：需要 { $accounts }、{ $teams } 和 { $pipeline }（{ $why }）；未导入任何内容
import-not-toml = 新的 clients/{ $id }.toml 不会是有效的 TOML：{ $error }
import-file-exists = { $file } 已存在：导入绝不覆盖客户文件
import-file-members = 新增 { $n } 名成员（{ $leads } 名团队负责人，{ $managers } 名客户经理）
import-file-client = 新{ $stage }，负责人 { $owner }，{ $n } 个商机
import-file-deals = 新增 { $n } 个商机
import-records-start = 注意：为了让回访从开始记录的那天起算、而不是从导入的日期起算，请在 clientele.toml 的 [team] 下加上 `records_start = YYYY-MM-DD`

## 导入结束时
import-refused = { $why }；未导入任何内容
import-failed = { $errors } 个错误，{ $warnings } 个警告：未导入任何内容
import-changed = 导入期间记录有变动：未导入任何内容（请再运行一次）
import-brings = 导入的记录带有 { $warnings }（参见 `clientele check`）
