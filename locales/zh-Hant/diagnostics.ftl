# 診斷訊息：`check` 與載入記錄時報告的問題，格式為 `路徑:行:欄: error:
# 訊息 [代碼]`（見 src/diagnostic/msg.rs）。`diag-<what>` 是訊息，
# `diag-<what>-help` 是提示，`diag-word-<what>` 是嵌入其他訊息的詞語。
# 參數是記錄中的原文，照原樣顯示。CSV 與 JSON 一律顯示英文。

## 讀取檔案

diag-not-plain = { $path } 是{ $what }：記錄資料夾只能包含一般檔案與資料夾，這個項目不會被讀取
diag-not-plain-help = 改為一般檔案（複製其指向的內容），或將它移出記錄資料夾
diag-word-symlink = 符號連結
diag-word-fifo = 具名管道（FIFO）
diag-word-socket = 通訊端（socket）
diag-word-device = 裝置檔
diag-word-not-plain = 非一般檔案
diag-cannot-read = 無法讀取 { $path }：{ $reason }
diag-folder-not-file = { $path } 是資料夾，但這裡應是記錄檔
diag-not-utf8 = 無法讀取 { $path }：檔案不是 UTF-8 文字（看來是 { $encoding }）
diag-not-utf8-help = 轉為 UTF-8，在記錄資料夾中執行：iconv -f { $encoding } -t UTF-8 { $path } > { $path }.utf8 && mv { $path }.utf8 { $path }
diag-folder-where-file = { $path } 是資料夾，但這裡應是記錄檔：移出其中內容後刪除它
diag-file-where-folder = { $path } 是檔案，但這裡應是資料夾：重新命名或刪除它

## 表格中的欄位

diag-missing-field = { $what }缺少必填欄位 `{ $key }`
diag-missing-field-why = { $what }缺少必填欄位 `{ $key }`（{ $why }）
diag-wrong-type = `{ $key }` 必須是{ $expected }，目前是{ $found }
diag-not-finite = `{ $key }` 必須是有限的數字，目前是 { $found }
diag-bad-time = `{ $key }` 必須是寫成 "HH:MM" 的時間，例如 "09:00"
diag-bad-month = `{ $key }`：`{ $value }` 不是月份：請寫成 YYYY-MM，例如 2026-11
diag-bad-enum = { $key } 的值 `{ $value }` 無效：應為以下之一：{ $names }
diag-extra-not-table = `extra` 必須是表格
diag-unknown-field = { $what }中有未知欄位 `{ $key }`
diag-unknown-field-help = 可用欄位：{ $names }；自由格式的資料請放在 [extra] 之下
diag-control-chars = `{ $key }` 含有控制字元：報表會以跳脫形式顯示（`\u{"{"}1b{"}"}`），不會原樣送到終端機
diag-word-string = 字串
diag-word-bool = 布林值（true 或 false）
diag-word-int64 = 不超過 64 位元的整數
diag-word-integer = 整數
diag-word-number = 數字
diag-word-date = 日期，例如 2026-11-03（不加引號）
diag-word-datetime = 本地日期時間，例如 2026-11-03T14:30:00（不加引號、不含時區）
diag-word-month = 寫成 "YYYY-MM" 的月份
diag-word-float = 浮點數
diag-word-boolean = 布林值
diag-word-a-date = 日期
diag-word-a-time = 時間
diag-word-a-datetime = 日期時間
diag-word-array = 陣列
diag-word-string-array = 字串陣列
diag-word-date-array = 日期陣列，例如 2026-10-01
diag-word-table = 表格
diag-word-table-array = 表格陣列（[[...]]）

## 範圍與 id

diag-one-to-five = `{ $key }` 必須在 1..5 之間，目前是 { $found }
diag-zero-to-hundred = `{ $key }` 必須在 0..100 之間，目前是 { $found }
diag-negative-found = `{ $key }` 不可為負數，目前是 { $found }
diag-too-large = `{ $key }` 不可超過 10^12（1000000000000），目前是 { $found }
diag-int-range = { $what }必須在 { $low }..{ $high } 之間，目前是 { $found }
diag-unsafe-id = `{ $key }` = "{ $id }" 可能指向記錄資料夾以外的路徑
diag-device-id = `{ $key }` = "{ $id }" 是 Windows 的裝置名稱（con、prn、aux、nul、com1–com9、lpt1–lpt9），無法建立檔案 { $id }.toml：請改用其他 id
diag-bad-client-id = `{ $key }` = "{ $id }" 不是有效的 id：只能用小寫字母、數字與 `-`（最多 64 個字元，不可以 `-` 開頭）
diag-bad-entry-id = `{ $key }` = "{ $id }" 不是有效的 id：只能用字母、數字、`.`、`_` 與 `-`（最多 64 個字元，須以字母或數字開頭）

## 檔案與其位置

diag-not-read = { $path } 不會被讀取：它不在任何記錄應在的位置
diag-not-read-help = clients/<id>.toml、months/YYYY-MM/<成員>.toml、training/YYYY.toml
diag-no-team = 缺少 team.toml：請在其中列出團隊成員
diag-month-folder-name = 月份資料夾 `months/{ $folder }` 的名稱不是 YYYY-MM（例如 months/2026-11）：其中的檔案不會被讀取
diag-training-file-name = 培訓檔 `training/{ $stem }.toml` 不是以年份命名（例如 training/2026.toml）：不會被讀取
diag-toml-syntax = TOML 格式錯誤：{ $reason }
diag-word-client = 客戶
diag-word-client-file = 客戶檔案
diag-word-month-file = 月度檔案
diag-word-training-file = 培訓檔

## 設定（clientele.toml）

diag-why-team = 需要含 name 與 currency 的 [team] 表格
diag-not-negative = `{ $key }` 不可為負數
diag-not-a-signing-key = `signing_keys` 中的 "{ $value }" 不是 SSH 公鑰（{ $why }）：請複製成員 `.pub` 檔案的那一行，例如 "ssh-ed25519 AAAA… name"
diag-unknown-timezone = 未知的時區 `{ $value }`：請使用 IANA 名稱，例如 Asia/Shanghai
diag-unknown-lang = 未知的語言 `{ $value }`：請使用 en、zh-Hant 或 zh-Hans
diag-bad-workday = 工作日 `{ $value }` 無效：應為以下之一：mon, tue, wed, thu, fri, sat, sun
diag-work-end = `work_end` 必須晚於 `work_start`
diag-word-followup-tier = { $tier } 級客戶的回訪間隔天數
diag-followup-tier-missing = [followup] 缺少 { $tier } 級客戶的回訪間隔
diag-word-followup-prospect = 潛在客戶的回訪間隔天數
diag-followup-prospect-missing = [followup] 缺少潛在客戶的回訪間隔（`prospect`）
diag-limits-missing = [complaints] 缺少嚴重程度為「{ $severity }」的投訴時限
diag-limits-positive = 嚴重程度「{ $severity }」的投訴時限必須大於 0
diag-limits-too-long = 嚴重程度「{ $severity }」的投訴時限最多為回應 { $hours } 小時、解決 { $days } 天
diag-number-missing = { $what } 缺少 `{ $key }`
diag-weights-sum = `{ $key }` 的總和是 { $sum }，而不是 1
diag-thresholds = `{ $key }` 必須遞減（A > B > C），目前 A = { $a }、B = { $b }、C = { $c }
diag-target-positive = 目標 `{ $key }` 必須大於 0
diag-at-least-one = `{ $key }` 至少為 1
diag-feedback-days = `feedback_days` 必須在 1..31 之間
diag-satisfaction-target = `satisfaction` 是平均評分，最多為 5
diag-on-time-target = `complaints_on_time` 是比率，最多為 1（90% 寫成 0.9）
diag-target-order = 自 { $month } 起的團隊目標不在前一個（{ $previous }）之後：請按月份順序排列，每月一個

## 團隊、客戶及其條目

diag-why-reports-to = 客戶經理與客戶專員必填：其團隊負責人的 id
diag-date-order = `{ $late }`（{ $late_value }）早於 `{ $early }`（{ $early_value }）
diag-tier-no-reason = 手動指定等級時必須填寫 `tier_reason`
diag-no-contact = 正式客戶沒有任何 [[contact]]
diag-id-not-stem = id `{ $id }` 與檔名 `{ $stem }.toml` 不一致
diag-why-since = 階段為 `{ $stage }` 時必填：首次簽約的日期
diag-why-stage = 階段為 `{ $stage }` 時必填
diag-bad-client-in = `{ $key }` 中的客戶 "{ $id }" 不是有效的客戶 id
diag-early-feedback = { $date } 回饋的是 { $period } 的考核，但當時考核期尚未結束：請檢查考核期
diag-not-invited = `{ $client }` 出席了但不在 `invited` 中：請將它加入 `invited`

## 月度檔案與培訓檔

diag-outside-month = `{ $key }` { $date } 不在本檔案的月份 { $month } 內：請將此條目移到 months/{ $folder }/
diag-why-clock-in = 除非 status = "field"，否則必填
diag-double-attendance = { $date } 有第二筆考勤記錄
diag-why-decided = 請假狀態為「{ $status }」時必填
diag-bad-attendee = 出席者 "{ $id }" 不是有效的成員 id
diag-outside-year = 培訓日期 { $date } 不在本檔案的年份 { $year } 內
diag-word-exam-scores = 考核成績
diag-score-range = `{ $member }` 的成績必須在 0..100 之間，目前是 { $found }
diag-score-number = `{ $member }` 的成績必須是數字
diag-score-not-attendee = `{ $member }` 有考核成績，但不在這場培訓的出席者之中
diag-retake-first = `{ $member }` 有補考成績，但沒有初考成績

## 跨檔案的檢查

diag-same-name = 客戶 `{ $client }` 與 `{ $other }` 同名：「{ $name }」
diag-same-name-help = 若兩者是同一客戶，請合併檔案；否則請在 `name` 中加以區分
diag-won-not-customer = 客戶 `{ $client }` 仍是「{ $stage }」，但已於 { $date } 贏得商機 `{ $deal }`
diag-won-not-customer-help = 請設定 `stage = "customer"` 與 `since = { $date }`（首個成交商機的結案日期）
diag-duplicate-id = 重複的{ $what } id `{ $id }`：已在 { $place }:{ $line } 使用
diag-duplicate-review = `{ $by }` 對 `{ $of }` 在 { $period } 的第二份考核評分（另一份在 { $place }:{ $line }）：只有最後一份有效
diag-overlapping-leave = `{ $member }` 自 { $from } 起的已核准請假，與 { $other_from } 至 { $other_to } 的請假重疊
diag-override-not-graded = `{ $client }` 的手動等級不會生效：只有 `since` 已過的正式客戶才會分級（目前階段為「{ $stage }」）
diag-not-member-then = `{ $member }` 在 { $date } 還不是團隊成員（{ $joined } 加入）
diag-not-member-then-left = `{ $member }` 在 { $date } 不是團隊成員（{ $joined } 加入，{ $left } 離職）
diag-word-member = 成員
diag-word-deal = 商機
diag-word-complaint = 投訴
diag-word-session = 培訓場次
diag-word-meeting = 會議
diag-word-event = 活動
diag-after-today = { $what }記在 { $date }，晚於今天（{ $today }）：在那天之前，所有報表都不會顯示它
diag-after-today-help = 若日期輸入錯誤（常見是年份），請更正
diag-fact-interaction = 與 `{ $client }` 的聯繫
diag-fact-attendance = `{ $member }` 的考勤
diag-fact-action-done = 待辦「{ $task }」的完成
diag-fact-deal-closed = 商機 `{ $deal }` 的「{ $stage }」
diag-fact-deal-delivered = 商機 `{ $deal }` 的交付
diag-fact-complaint-received = 投訴 `{ $complaint }` 的受理
diag-fact-complaint-responded = 投訴 `{ $complaint }` 的回應
diag-fact-complaint-resolved = 投訴 `{ $complaint }` 的解決
diag-fact-exam = 培訓場次 `{ $session }` 的考核成績

## 記錄之間的引用

diag-unknown-member = { $what } `{ $id }` 不是 team.toml 中的成員
diag-unknown-member-help = 請更正 id，或將該成員加入 team.toml
diag-not-a-lead = { $what } `{ $id }` 是{ $role }，不是團隊負責人
diag-unknown-client = { $what } `{ $id }` 沒有對應的檔案 clients/{ $id }.toml
diag-unknown-client-help = 請更正 id，或以 `clientele client add` 新增該客戶
diag-file-of-no-member = 月度檔案 `{ $member }.toml` 的名稱不是 team.toml 中任何成員的 id
diag-file-of-no-member-help = 成員的月度檔案以該成員的 id 命名
diag-ref-reports-to = 直屬主管（reports_to）
diag-ref-mentor = 導師（mentor）
diag-ref-owner = 負責人（owner）
diag-ref-specialist = 客戶專員（specialist）
diag-ref-deal-owner = 商機負責人
diag-ref-handler = 處理人（handler）
diag-ref-interaction-client = 聯繫的客戶
diag-ref-plan-client = 拜訪計劃的客戶
diag-ref-approved-by = 核准人（approved_by）
diag-ref-attendee = 出席者
diag-ref-action-owner = 待辦負責人
diag-ref-review-of = 考核對象
diag-ref-award-member = 獲獎成員
diag-ref-feedback-member = 回饋對象
diag-ref-feedback-giver = 回饋人
diag-ref-research-client = 調研的客戶
diag-ref-invited-client = 受邀客戶
diag-ref-attending-client = 出席的客戶
