# `clientele serve`：瀏覽器中各頁的文字。

# 各頁：導覽列與頁面標題。
serve-page-briefing = 每日簡報
serve-page-clients = 客戶
serve-page-client = 客戶 { $id }
serve-page-followups = 回訪
serve-page-complaints = 投訴
serve-page-pipeline = 商機漏斗
serve-page-deals = 商機
serve-page-attendance = 考勤
serve-page-leave = 請假
serve-page-meetings = 會議
serve-page-kpi = 績效指標
serve-page-appraisal = 考核
serve-page-training = 培訓
serve-page-check = 檢查
serve-page-tiers = 客戶分級
serve-page-plans = 拜訪計劃
serve-page-care = 客戶關懷
serve-page-actions = 待辦事項
serve-page-awards = 獎勵
serve-page-promotion = 晉升

# 導覽列下方：資料夾最後變更的時間。
serve-live = 紀錄最後變更於 { $when }
# 紀錄有錯誤時，以錯誤清單取代數字。
serve-errors-title = 紀錄中的錯誤
serve-errors-heading = { $count ->
    *[other] 紀錄有 { $count } 個錯誤：修正之前不顯示任何數字
}

# 頁面上的聯絡資料。
serve-masked = 電話與電子郵件已遮蔽。
serve-reveal = 顯示（主管檢視，會記錄）
serve-revealed = 電話與電子郵件未遮蔽顯示：此次檢視已記錄。

# 寫入：已登入成員的連結、表單與欄位。
serve-signed-in = { $member }：
serve-write-log = 記錄互動
serve-write-plan = 安排拜訪
serve-write-complaint-respond = 回覆投訴
serve-write-complaint-resolve = 結案投訴
serve-write-leave-request = 申請請假
serve-write-leave-approve = 核准請假
serve-write-leave-reject = 駁回請假
serve-write-action-done = 完成待辦事項
serve-write-review = 考核評分
serve-write-clock = 上下班打卡
serve-form-as = 身分：{ $member }
serve-form-submit = 儲存
serve-form-done = 完成：{ $text }
serve-field-client = 客戶
serve-field-kind = 類型
serve-field-summary = 摘要
serve-field-date = 日期
serve-field-satisfaction = 滿意度（1–5）
serve-field-purpose = 目的
serve-field-id = 投訴
serve-field-at = 時間
serve-field-department = 協辦部門
serve-field-amend = 更正已結案的投訴
serve-field-from = 首日
serve-field-to = 末日
serve-field-reason = 事由
serve-field-from-date = 假期首日
serve-field-member = 成員
serve-field-on = 決定日期
serve-field-meeting-date = 會議日期
serve-field-task-number = 事項編號
serve-field-meeting = 會議
serve-field-period = 月份
serve-field-score = 分數（0–100）
serve-field-comment = 評語
serve-field-in = 上班打卡
serve-field-out = 下班打卡
serve-field-field = 外勤或出差

# 拒絕與其他簡單回覆。
serve-wrong-host = 此伺服器只回應自己的位址
serve-no-post = 此處無法提交
serve-post-the-write = 請以 POST 提交寫入
serve-read-only = 此伺服器為唯讀（以 --write 啟動）
serve-sign-in-first = 請先登入：開啟 /login?token=…（`clientele token add MEMBER`）
serve-bad-token = 此權杖無法登入任何人（請主管執行 `clientele token add`）
serve-no-random = 無法產生工作階段所需的亂數
serve-no-page = 沒有 { $path } 這一頁
serve-no-client = 沒有客戶 `{ $id }`
serve-csrf = 此表單已過期或並非來自此伺服器：請重新載入
serve-lead-only = 只有主管可以 { $write }：`{ $member }` 不是主管
serve-reveal-refused = 只有已登入的主管可以檢視未遮蔽的電話與電子郵件
serve-not-committed = 已儲存，但未提交：{ $error }
serve-not-committed-dirty = 未提交：{ $files } 在此次寫入前已有未提交的變更
serve-query-denied = 連結或表單不能設定 `{ $key }`
serve-query-unknown = `{ $command }` 沒有 `--{ $flag }` 選項
serve-query-switch = `{ $key }` 是開關：請給 1 或 0，而非 `{ $value }`
