# `import crm` 與 `import complaints`：匯出檔中發現的問題（`路徑:行:欄: error: …`）、
# 拒絕匯入的原因，以及匯入結果的各行。結果中的數量在 messages.ftl（import-count-…）。

## 問題的種類：「注意：另有 3 個類似的錯誤（種類）未顯示」；
## import-why-… 也是未匯入的原因（「未匯入：2 筆（…）」）。
import-kind-unreadable = 無法讀取的檔案
import-kind-junk = 標題列之前的內容
import-kind-field-count = 欄位數不對的資料列
import-kind-slash-dates = 寫成 YYYY/M/D 的日期
import-kind-not-dates = 不是日期的值
import-kind-not-amounts = 不是金額的值
import-kind-variants = 按已知寫法讀取的值
import-kind-bad-severities = 無效的嚴重程度
import-kind-map-no-column = 嚴重程度對照表未指明欄位
import-kind-missing = 缺少必填值的資料列
import-kind-bad-ids = 無效的編號
import-kind-twice = 重複使用的編號
import-kind-exists = 已匯入過的記錄
import-kind-date-order = 先後顛倒的日期
import-kind-no-company = 找不到的公司
import-kind-stages = 未知的商機階段
import-kind-owner-map = 負責人對照表中的無效資料列
import-kind-two-managers = 隸屬兩位主管的業務員
import-kind-owner-unused = 負責人對照表中未用到的資料列
import-kind-not-lead = 不是團隊負責人的主管
import-kind-unknown-accounts = 未知的帳戶
import-kind-no-engage = 沒有 engage_date 的商機
import-kind-no-price = 沒有售價的進行中商機
import-kind-open-close = 進行中商機的結案資料
import-kind-unknown-agents = 未知的業務員
import-kind-unknown-products = 未知的產品
import-kind-unknown-parents = 不在 accounts.csv 中的母公司
import-why-no-account = 沒有帳戶的商機
import-why-no-deal = 沒有可匯入商機的帳戶
import-why-other-companies = 其他公司的資料列
import-why-complaints-exist = 記錄中已有的投訴
import-why-deals-exist = 記錄中已有的商機
import-why-deals-of-existing = 記錄中已有帳戶的商機
import-why-accounts-exist = 記錄中已有的帳戶
import-more-errors = 注意：另有 { $n } 個類似的錯誤（{ $kind }）未顯示：加上 --show-all 可列出全部
import-more-warnings = 注意：另有 { $n } 個類似的警告（{ $kind }）未顯示：加上 --show-all 可列出全部

## 檔案本身
import-junk-line = 標題列之前有 1 行不是資料：已略過
import-junk-lines = 標題列之前有 { $n } 行不是資料：已略過
import-field-count = 此列有 { $found } 個欄位，標題列有 { $header } 個：此列不讀取
import-no-header = { $file } 沒有包含 { $columns } 這些欄位的標題列
import-not-utf8 = { $file } 不是 UTF-8 文字：請將匯出檔存為 UTF-8（試算表中選「CSV UTF-8」）
import-open-quote = 此引號欄位沒有結束：缺少一個 `"`
import-cannot-read = 無法讀取 { $file }：{ $error }

## 值
import-date-read-as = { $what } `{ $text }` 讀作 { $date }
import-not-a-date = { $what } `{ $text }` 不是日期：請寫成 YYYY-MM-DD，例如 2017-03-01
import-not-an-amount = { $what } `{ $text }` 不是金額：請寫成不小於 0 的數字，例如 4514
import-variant-row = { $what } `{ $from }` 讀作 `{ $to }`（1 列）
import-variant-rows = { $what } `{ $from }` 讀作 `{ $to }`（{ $n } 列）
import-empty = { $what } 是空的：此列不讀取
import-skip-existing-help = 加上 --skip-existing 再執行一次，只匯入新的部分

## import complaints
import-bad-severity = 嚴重程度 `{ $text }` 不是 high、medium、low 之一
import-map-no-column = 匯出檔沒有 `{ $column }` 欄：嚴重程度對照表的第一欄應指明匯出檔的一欄（例如 Issue）
import-map-two-columns = { $file } 需要兩欄：匯出檔的一欄（例如 Issue）與 severity
import-no-company = 沒有任何資料列屬於公司 `{ $company }`：沒有可匯入的內容（請對照匯出檔的 Company 欄）
import-bad-complaint-id = `{ $id }` 不是有效的投訴編號：只能用字母、數字、`.`、`_` 和 `-`，最多 64 個字元
import-complaint-twice = 投訴編號（Complaint ID）`{ $id }` 在匯出檔中出現兩次：此列不讀取
import-complaint-exists = 投訴 `{ $id }` 已在 clients/{ $client }.toml 中
import-sent-before-received = Date sent to company { $sent } 早於 Date received { $received }
import-no-summary = Product 和 Issue 都是空的：無法為投訴寫摘要
import-no-client = 沒有客戶 `{ $client }`：找不到 { $file }（請修正編號，或用 `clientele client add` 新增）
import-no-handler = --handler `{ $handler }` 不是 team.toml 中的成員：請修正編號，或在其中新增這位成員
import-unreadable = 無法讀取 { $file }：未匯入任何內容
import-not-placed = 無法在客戶檔案中放入新的投訴
import-file-complaints = 新增 { $n } 宗投訴

## import crm
import-unknown-stage = deal_stage `{ $stage }` 不是 Prospecting、Engaging、Won、Lost 之一
import-owner-not-id = `{ $member }` 不是成員編號：請用小寫字母、數字和 `-`
import-owner-twice = `{ $name }` 對照了兩次
import-two-managers = 業務員 `{ $agent }` 已隸屬主管 `{ $manager }`
import-owner-unused = `{ $name }` 不在 sales_teams.csv 中：此列未使用
import-not-lead = 主管 `{ $manager }` 在 team.toml 中是 `{ $lead }`，職位為{ $role }：主管底下的業務員須向團隊負責人匯報
import-not-lead-help = 用 --owner-map 將這位主管對應到一位團隊負責人，或在 team.toml 中將該成員設為團隊負責人
import-opportunity-twice = opportunity_id `{ $id }` 在匯出檔中出現兩次：此列不讀取
import-no-account = 商機 { $id } 沒有帳戶：商機必須屬於某位客戶，因此不匯入
import-unknown-account = 帳戶 `{ $account }` 不在 accounts.csv 中
import-no-engage = 商機 { $id } 沒有 engage_date：開始日期記為 { $day }
import-bad-deal-id = opportunity_id `{ $id }` 不是有效的商機編號：只能用字母、數字、`.`、`_` 和 `-`，最多 64 個字元
import-deal-exists = 商機 `{ $id }` 已在 clients/{ $client }.toml 中
import-no-close-value = 商機 { $id } 的階段是{ $stage }，卻沒有 close_value
import-no-close-date = 商機 { $id } 的階段是{ $stage }，卻沒有 close_date
import-no-price = 商機 { $id } 沒有 sales_price：沒有售價的進行中商機金額記為 0
import-open-close = 商機 { $id } 仍在進行中：其 close_date 與 close_value 不匯入
import-close-before-engage = close_date { $closed } 早於 engage_date { $engaged }
import-unknown-agent = 業務員 `{ $agent }` 不在 sales_teams.csv 中
import-unknown-agent-help = 請將這位業務員及其主管加入 sales_teams.csv，或用 --owner-map 將此名字對應到一位成員
import-unknown-product = 產品 `{ $product }` 不在 products.csv 中
import-unknown-product-help = 請將它連同 sales_price 加入 products.csv，或修正拼寫
import-account-twice = 帳戶 `{ $account }` 列了兩次
import-account-exists = 帳戶 `{ $account }` 已在記錄中，即 clients/{ $id }.toml
import-no-deal = 帳戶 `{ $account }` 沒有可匯入的商機，也就沒有負責的業務員：不匯入
import-unknown-parent = subsidiary_of `{ $parent }` 不在 accounts.csv 中：照原樣保留
import-not-crm = { $dir } 不是 CRM 匯出資料夾：需要 { $accounts }、{ $teams } 和 { $pipeline }（{ $why }）；未匯入任何內容
import-not-toml = 新的 clients/{ $id }.toml 不會是有效的 TOML：{ $error }
import-file-exists = { $file } 已存在：匯入絕不覆寫客戶檔案
import-file-members = 新增 { $n } 名成員（{ $leads } 名團隊負責人，{ $managers } 名客戶經理）
import-file-client = 新{ $stage }，負責人 { $owner }，{ $n } 個商機
import-file-deals = 新增 { $n } 個商機
import-records-start = 注意：為了讓回訪從開始記錄的那天起算、而非從匯入的日期起算，請在 clientele.toml 的 [team] 下加上 `records_start = YYYY-MM-DD`

## 匯入結束時
import-refused = { $why }；未匯入任何內容
import-failed = { $errors } 個錯誤，{ $warnings } 個警告：未匯入任何內容
import-changed = 匯入期間記錄有變動：未匯入任何內容（請再執行一次）
import-brings = 匯入的記錄帶有 { $warnings }（參見 `clientele check`）
