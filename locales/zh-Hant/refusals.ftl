# 寫入、查詢或命令列被拒絕的原因（印在 `error: ` 之後）、寫入時印在
# stderr 的訊息，以及參數值無法解析時的用法錯誤。

## 寫入層

refuse-who-writes = 是誰在寫入？請加上 --member ID，或設定 CLIENTELE_MEMBER
refuse-not-a-member = { $flag } `{ $id }` 不是 team.toml 中的成員：請修正 id，或先在 team.toml 新增此成員
refuse-no-client-file = 沒有客戶 `{ $id }`：找不到 { $file }（請修正 id，或用 `clientele client add` 新增）
refuse-entry-id-taken = { $kind ->
    [deal] 商機
   *[other] 投訴
} id `{ $id }` 已用於 { $file }：id 在所有客戶之間不得重複
refuse-breaks-rules = 已拒絕，未寫入任何內容：此{ $what ->
    [import] 匯入
   *[other] 變更
}會違反記錄規則（以下為寫入後的內容）：
    { $lines }
refuse-invalid-toml = { $file } 不是有效的 TOML（{ $why }）：請先修正（見 `clientele check`）；未寫入任何內容
refuse-fix-first = { $problem }：請先修正（見 `clientele check`）；未寫入任何內容
refuse-odd-path = { $path } 是{ $what ->
    [link] 符號連結：寫入從不經過連結，以免寫到記錄資料夾之外
    [folder] 資料夾，但這裡應是記錄檔
    [special] 特殊檔案（FIFO、socket 或裝置），不是一般檔案
   *[file] 檔案，但這裡應是資料夾
}；請在記錄資料夾內改為一般{ $need ->
    [file] 檔案
   *[folder] 資料夾
}（見 `clientele check`）；未寫入任何內容
refuse-inline-entries = 此檔把 `{ $kind }` 寫成行內值，而不是 [[{ $kind }]] 表格：請先改寫為表格
refuse-not-written = { $why }；未寫入任何內容
refuse-changed-meanwhile = { $file } 在這次寫入期間被其他程式改動：未寫入任何內容；請再執行一次指令
refuse-lock-gave-up = 鎖已被另一個寫入佔用超過 { $secs } 秒（{ $holder }），已放棄（可用 --wait SECS 等久一點，或結束持有鎖的程序）；未寫入任何內容
refuse-lock-odd = { $path } { $what ->
    [link] 是符號連結
   *[other] 不是一般檔案
}：鎖檔必須是記錄資料夾內的一般檔案（請刪除它，clientele 會自行建立）；未寫入任何內容
lock-waiting = 正在等待鎖（{ $holder }；最多 { $secs } 秒，見 --wait）…
lock-held-since = 自 { $time } 起持有
lock-held-by-another = 由另一個程序持有
refuse-journal-odd = { $path } 不是 clientele 建立的資料夾：請刪除它，再重新執行指令
refuse-journal-plan = { $path } 內的計畫 clientele 無法執行（{ $why }）：請檢查後刪除該資料夾，再重新執行指令
refuse-journal-unfinished = 無法完成先前中斷的寫入：{ $why }；請先解決，再執行任一 clientele 指令
journal-finished = 已完成先前中斷的寫入（其計畫已記下）
journal-rolled-back = 已捨棄一次在變更前就中斷的寫入
saved-but = 已儲存；但{ $but }。變更已在記錄中：請勿再執行一次這個指令
but-not-printed = 無法印出確認訊息（{ $why }）
but-not-in-place = 尚有檔案未就位（{ $why }）；下一個 clientele 指令會把它們放好
but-power-cut = { $why }：在系統寫出之前，斷電可能使這次變更遺失

## 各指令的查詢與寫入

refuse-unknown-member = `{ $id }` 不是 team.toml 中的成員：請修正 id，或先在 team.toml 新增此成員
refuse-no-member = team.toml 中沒有成員 `{ $id }`
refuse-no-member-table = team.toml 中沒有 [[member]] `{ $id }`
refuse-no-client = clients/ 中沒有客戶 `{ $id }`
refuse-no-client-see = clients/ 中沒有客戶 `{ $id }`（見 `clientele clients`）
refuse-client-not-found-yet = 客戶 `{ $id }` 於 { $found } 才建立，晚於 { $today }
refuse-nothing-to-change-client = 沒有要變更的內容：請至少給出 --name、--owner、--specialist、--no-specialist、--stage、--since、--potential、--industry、--source、--tier、--no-tier、--notes 其中之一
refuse-nothing-to-change-contact = 沒有要變更的內容：請給出 --name、--title、--phone、--email、--birthday 或 --primary
refuse-nothing-to-change-deal = 沒有要變更的內容：請給出 --stage、--amount、--closed、--due 或 --delivered
refuse-nothing-to-change-member = 沒有要變更的內容：請給出 --name、--role、--reports-to、--no-reports-to 或 --signing-key
refuse-in-the-future = { $flag } { $when } 在未來（現在是 { $now }）：已發生的事不能記在之後的日期，否則在那天之前所有報表都看不到它
refuse-does-not-exist = { $path } 不存在
refuse-unknown-code = 未知的代碼 `{ $code }`；已知代碼：{ $known }
refuse-history-no-file = 在 { $at } 沒有客戶檔案 { $file }：請給出客戶的 id
refuse-init-nested = { $path } 位於記錄資料夾 { $outer } 之內：請在其他地方建立新資料夾
refuse-init-not-empty = { $path } 已存在且不是空的：init 從不覆寫資料夾
refuse-not-in-kpi = `{ $id }` 不在 { $month } 的 KPI 中：只有角色在 [kpi.targets] 中設有目標、且當月是成員的人才會列入
refuse-client-name-taken = 客戶 { $id } 已使用名稱 `{ $name }`：請記在該客戶下；若確實是另一家公司，請加上 --same-name
refuse-client-exists = 客戶 `{ $id }` 已存在（{ $file }）：請換一個 id
refuse-stage-needs-since = { $stage }需要 `since`（首次簽約日期）：請一併給出 --since
refuse-stage-needs-since-flag = { $stage }需要 --since（首次簽約日期）
refuse-since-before-found = --since { $since } 早於 --found { $found }
refuse-handover-same = --from 與 --to 是同一位成員
refuse-handover-nothing = { $member } 沒有負責或服務任何客戶，也沒有進行中的商機：沒有可移交的工作
refuse-no-contact = 客戶 { $client } 沒有名為 `{ $name }` 的聯絡人
refuse-contact-exists = 客戶 { $client } 已有名為 `{ $name }` 的聯絡人：請用 `contact set` 修改
refuse-contact-name-taken = 客戶 { $client } 已有名為 `{ $name }` 的聯絡人
refuse-no-deal = 客戶 { $client } 沒有商機 `{ $id }`（見 { $file }）
refuse-no-complaint-anywhere = 所有客戶檔案中都沒有投訴 `{ $id }`
refuse-no-complaint = { $file } 中沒有投訴 `{ $id }`
refuse-complaint-answered = 投訴 { $id } 已於 { $old } 回應：只記錄第一次回應
refuse-complaint-resolved = 投訴 { $id } 已於 { $old } 解決（若要評分，只給 --satisfaction；若要更正，加上 --amend）
refuse-amend-nothing = --amend 用於更正解決紀錄：請給出正確的 --at、--satisfaction 或兩者
refuse-amend-unresolved = 投訴 { $id } 尚未解決：沒有可更正的內容（請去掉 --amend）
refuse-no-clock-in = { $date } 還沒有上班打卡：請一併給出 --in，或先打上班卡
refuse-clock-not-today = { $date } 不是今天：請用 --in 和 --out 給出時間
refuse-clocked-in = { $date } 已於 { $old } 打過上班卡
refuse-clocked-out = { $date } 已打過上班卡（{ $clock_in }）和下班卡（{ $old }）：若要修改下班時間，請給出 --out HH:MM
refuse-to-before-from = --to { $to } 早於 --from { $from }
refuse-no-workday = { $from } 至 { $to } 沒有工作日（依 clientele.toml 的週末與假日）：不需要請假
refuse-no-leave = { $member } 沒有自 { $from } 起的請假（在 { $file }）
refuse-leave-decided = { $member } 自 { $from } 起的請假已是{ $status }{ $by }
refuse-leave-decided-by = （{ $lead }）
refuse-leaves-pending = { $member } 有 { $n } 筆自 { $from } 起的待核准請假：請直接編輯 { $file } 決定
refuse-leave-by-lead = 只有團隊負責人能核准請假：`{ $id }` 是{ $role }
refuse-award-by-lead = 獎勵由團隊負責人給予：`{ $id }` 是{ $role }
refuse-feedback-by-lead = 績效結果由團隊負責人回饋：`{ $id }` 是{ $role }
refuse-action-spec = --action `{ $spec }` 不是「事項;負責人;期限」的格式（例如 "整理方案;li-wei;2026-11-27"）
refuse-meeting-title-taken = { $file } 在 { $date } 已有一場標題為 `{ $title }` 的{ $kind }：請換一個標題
refuse-meeting-id-taken = 會議 id `{ $id }` 已用於 { $file }：請換一個 id
refuse-no-meeting = { $folder } 中沒有 { $date }{ $with }的會議{ $broken }
refuse-meeting-with-id = （id 為 `{ $id }`）
refuse-meetings-not-searched = （以下檔案不是有效的 TOML，未搜尋：{ $files }；見 `clientele check`）
refuse-meetings-on-day = { $date } 有 { $n } 場會議：{ $found }；請用 --meeting ID 指明是哪一場
refuse-meeting-moved = { $date } 的會議已被移動：請再試一次
refuse-no-action-item = { $meeting } 有 { $count } 項待辦：TASK_NUMBER { $number } 不在其中
refuse-action-done = { $meeting } 的第 { $number } 項待辦已於 { $old } 完成
refuse-invite-empty = --invite 沒有列出任何客戶
refuse-event-id-taken = 活動 id `{ $id }` 已用於 { $file }：請換一個 id
refuse-no-event = { $file } 中沒有活動 `{ $id }`
refuse-not-invited = `{ $client }` 未受邀參加 { $event }：受邀的是 { $invited }
refuse-session-id-taken = 培訓場次 id `{ $id }` 已用於 { $file }：id 在所有年份之間不得重複
refuse-no-session = training/ 中沒有培訓場次 `{ $id }`：請用 `clientele training add` 新增
refuse-not-attended = { $member } 沒有參加培訓場次 { $session }：請先把他加入出席名單
refuse-score-written = { $member } 在培訓場次 { $session } 已有{ $what ->
    [retake] 補考
   *[score] 成績
} { $old }
refuse-retake-first = { $member } 在培訓場次 { $session } 還沒有第一次成績：請先記錄，再記補考
refuse-session-dated = 培訓場次 { $session } 的日期
refuse-session-moved = 培訓場次已被移動：請再試一次
refuse-exam-inline = 此培訓場次的考試寫成行內值：請先改寫為 [session.exam] 表格
refuse-exam-scores = 考試成績不是行內表格
refuse-period-ahead = --period { $period } 尚未開始（本月是 { $month }）
refuse-review-left = { $member } 已於 { $left } 離開團隊，早於 { $period }：已離職的成員不做績效評核
refuse-reports-to-lead = --reports-to `{ $id }` 是{ $role }，不是團隊負責人：成員只能向團隊負責人匯報
refuse-member-exists = 成員 `{ $id }` 已在 team.toml 中：請換一個 id（或用 `member set`）
refuse-member-left = 成員 { $id } 已於 { $left } 離開
refuse-on-before-joined = --on { $on } 早於 { $id } 的加入日期（{ $joined }）
refuse-handover-to-self = --handover-to 指的是要離開的成員：請給出留下的人
refuse-handover-reports = { $reports } 向 { $id } 匯報：--handover-to 必須是團隊負責人才能接手（或先用 `member set ID --reports-to LEAD` 為他們指定其他負責人）
refuse-handover-needed = { $id } 仍有{ $work }：請用 --handover-to ID 指定接手的人
refuse-not-in-team = { $flag } `{ $id }` 在 { $day } 之後不在團隊中：請給出留下的成員

## 各指令的用法錯誤（結束碼 2）

usage-history-what = 請指定 CLIENT 或 --member ID（二擇一）
usage-history-tier = --tier 只適用於 CLIENT，不適用於 --member
usage-report-member = `report` 需要成員：--member ID（或 $CLIENTELE_MEMBER）
usage-report-weekly-month = `report weekly` 使用 --week YYYY-Www，不接受 --month
usage-report-team-format = `report team` 只能輸出 text、md、json、html 或 xlsx：各段的欄位不同
usage-training-month = `training` 以年份計：請用 --year YYYY，不要用 --month
usage-diff-upstream = 目前的分支沒有可比較的上游：請指明要比較的舊版記錄，例如 `clientele diff main`
usage-appraisal-comments = --comments 顯示單一成員的評語：請給出 --member ID
usage-appraisal-history = --from/--to 顯示單一成員的歷史：請給出 --member ID，且不要用 --month
usage-from-after-to = --from { $from } 晚於 --to { $to }：不會有任何符合的資料
usage-month-or-range = 請給出 --month 或 --from/--to，不能兩者並用
usage-format-unknown = 無法從副檔名判斷 `{ $path }` 的格式：請用 .csv、.json、.md、.html、.xlsx、.ics 或 .txt，或加上 --format
usage-format-ics = .ics 行事曆由 `clientele export ics` 產生：報表請選其他格式
usage-format-xlsx = 活頁簿是二進位檔：請用 -o FILE.xlsx 寫入檔案（或重新導向 stdout）

## 無法解析的參數值（clap 把它印在「無效的值」之後）

parse-date = `{ $value }` 不是日期：請寫成 YYYY-MM-DD，例如 2026-11-20
parse-datetime = `{ $value }` 不是日期時間：請寫成 YYYY-MM-DDTHH:MM（或以空格代替 T），例如 2026-11-20T14:30
parse-as-of = `{ $value }` 不是日期（2026-11-20）也不是日期時間（2026-11-20T14:30）
parse-month = `{ $value }` 不是月份：請寫成 YYYY-MM，例如 2026-11
parse-time = `{ $value }` 不是時間：請寫成 HH:MM，例如 09:00
parse-choice = 不接受 `{ $value }`：請用以下其中之一：{ $names }
parse-out-of-range = 必須在 { $range } 之間，收到的是 { $found }
parse-whole-number = `{ $value }` 不是整數：請給出 { $range }
parse-number = `{ $value }` 不是數字
parse-money = `{ $value }` 不是金額：請給出 ≥ 0 的數字，例如 1234.50
parse-money-cents = { $value } 超過兩位小數：金額只記到分
parse-id-escapes = `{ $value }` 可能指向記錄資料夾之外的路徑：id 只能用小寫字母、數字和 `-`
parse-id-device = `{ $value }` 在 Windows 上是裝置名稱，無法建立 { $value }.toml 檔案：請換一個 id
parse-id = `{ $value }` 不是有效的 id：請用小寫字母、數字和 `-`（最多 64 個字元，不能以 `-` 開頭）
parse-entry-id = `{ $value }` 不是有效的 id：請用字母、數字、`.`、`_` 和 `-`（最多 64 個字元，以字母或數字開頭）
parse-empty = 不能是空的
parse-duration = `{ $value }` 不是時間長度：請寫成整數加上 m、h 或 d，例如 30m、4h、2d

## 指令印在 stderr 的訊息

fmt-unreadable = 無法讀取：{ $why }
fmt-not-utf8 = 不是 UTF-8 文字
fmt-invalid-toml = 不是有效的 TOML（{ $why }）：未格式化
fmt-would-change-records = 標準格式會改變其中的記錄：未格式化（請回報此問題）
leave-beyond-balance = 這次申請佔用 { $year } 年 { $asked } 個工作日的年假，但 { $member } 只剩 { $left } 天（含待核准的申請）：由團隊負責人決定
handover-part = { $what ->
    [owned] 負責的客戶
    [served] 服務的客戶
    [deals] 進行中的商機
    [complaints] 未解決的投訴
   *[reports] 向其匯報的成員
}：{ $ids }
handover-actions = 未完成的待辦：{ $n } 項
handover-nothing = 沒有可移交的工作
handover-separator = ；
record-errors = { $n } 個錯誤：不產生報表，因為錯誤的數字比沒有數字更糟（見 `clientele check`）
