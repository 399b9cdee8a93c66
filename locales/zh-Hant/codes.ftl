# 診斷代碼（`clientele check --explain 代碼`）：每個代碼的
# `code-<代碼>-title` 說明其意義，`code-<代碼>-fix` 說明修正方法
# （見 src/diagnostic/codes.rs）。用詞與 diagnostics.ftl 一致。

# `check --explain`：代碼與其說明，接著是修正方法。
check-explain-title = { $code }：{ $title }
check-explain-fix = 修正方法：{ $fix }

## 讀取檔案

code-e0101-title = 檔案不是有效的 TOML
code-e0101-fix = 在標示的位置更正語法（引號、括號、`=`）
code-e0102-title = 檔案無法讀取，或不是 UTF-8
code-e0102-fix = 將檔案存為 UTF-8 文字，並檢查其權限
code-e0103-title = 記錄資料夾中有符號連結、具名管道（FIFO）、通訊端或裝置檔
code-e0103-fix = 記錄只能是一般檔案與資料夾：將連結換成其指向檔案的副本，其他項目移出記錄資料夾

## 欄位、值、id 與位置

code-e0201-title = 格式中沒有的欄位
code-e0201-fix = 更正拼寫，或將自由格式的資料移到 `[extra]` 表格之下
code-e0202-title = 缺少必填欄位
code-e0202-fix = 補上該欄位；訊息會說明是哪一個、為何必填
code-e0203-title = 值的型別錯誤
code-e0203-fix = 依訊息所說的型別寫值（加引號的字串、數字、不加引號的日期……）
code-e0204-title = 值不在允許的選項之中
code-e0204-fix = 改用訊息中列出的值之一
code-e0205-title = 不符合 id 規則的 id
code-e0205-fix = 客戶與成員的 id：小寫字母、數字與 `-`，最多 64 個字元；其他 id 另可使用大寫字母、`.` 與 `_`
code-e0206-title = 檔名與檔案中的 id 不一致
code-e0206-fix = 重新命名檔案或更改 id，使兩者一致
code-e0207-title = 可能指向記錄資料夾以外路徑的 id
code-e0207-fix = id 不可包含 `..`、`/`、`\` 或 NUL
code-e0208-title = 重複使用的 id
code-e0208-fix = 每個客戶、成員、商機、投訴、培訓場次與會議各用自己的 id
code-e0209-title = 格式錯誤的值
code-e0209-fix = 日期寫成 2026-11-03，日期時間寫成 2026-11-03T14:30:00，時間寫成 "09:00"，月份寫成 "2026-11"
code-e0210-title = 位置或名稱錯誤的檔案或資料夾
code-e0210-fix = 月份資料夾命名為 YYYY-MM，培訓檔命名為 YYYY.toml，檔名（不含 .toml）即 id
code-w0211-title = 不在任何記錄應在位置的 TOML 檔案，不會被讀取
code-w0211-fix = 將它移到 clients/、months/YYYY-MM/ 或 training/，或重新命名
code-e0212-title = 是 Windows 裝置名稱的 id
code-e0212-fix = con、prn、aux、nul、com1–com9 與 lpt1–lpt9 在 Windows 上不能作為檔名：請改用其他 id
code-w0213-title = 含有控制字元的文字（跳脫序列、NUL……）
code-w0213-fix = 刪除這些字元：它們可能在終端機上改變文字顏色或隱藏文字（報表會以跳脫形式顯示）

## 記錄之間的引用

code-e0301-title = 引用了不在 team.toml 中的成員
code-e0301-fix = 更正 id，或將該成員加入 team.toml
code-e0302-title = 引用了在 clients/ 中沒有檔案的客戶
code-e0302-fix = 更正 id，或新增該客戶的檔案
code-e0303-title = 此處必須是團隊負責人
code-e0303-fix = 指定角色為 `lead`（團隊負責人）的成員
code-e0304-title = 月度檔案的名稱不是任何成員的 id
code-e0304-fix = 將檔案重新命名為 team.toml 中的成員 id

## 日期

code-e0401-title = 日期先後順序錯誤
code-e0401-fix = 檢查訊息中提到的兩個日期
code-e0402-title = 條目的日期不在其月份資料夾的月份內
code-e0402-fix = 將條目移到其日期所在月份的月度檔案
code-e0403-title = 同一成員同一天有兩筆考勤記錄
code-e0403-fix = 合併為一筆
code-w0404-title = 條目的日期當時，該成員不是團隊成員
code-w0404-fix = 檢查日期，或 team.toml 中該成員的 `joined` 與 `left`
code-w0405-title = 同一成員的兩次已核准請假重疊
code-w0405-fix = 縮短或駁回其中一次
code-w0406-title = 已發生的事卻記在今天之後：在那天之前，所有報表都不會顯示它
code-w0406-fix = 若日期輸入錯誤（常見是年份），請更正；計劃、請假與截止日期可以在未來

## 範圍

code-e0501-title = 數字超出允許的範圍
code-e0501-fix = 評分 1..5，成績 0..100，潛力 1..5，金額與時數 0..10^12；設定：回訪間隔 1..3660 天，grace_minutes 0..720，投訴時限最多 8784 小時與 3660 天

## 設定

code-e0601-title = 客戶等級或考核等級的門檻不是遞減
code-e0601-fix = 使 A > B > C
code-w0602-title = 權重總和不是 1
code-w0602-fix = 報表會按比例重新換算，但請確認權重符合你的本意
code-e0603-title = 缺少報表需要的設定
code-e0603-fix = 將它加入 clientele.toml（訊息會指出是哪一項）
code-e0604-title = KPI 目標為零或負數
code-e0604-fix = 目標必須大於 0，或不填

## 客戶、團隊及其條目

code-w0701-title = 正式客戶沒有聯絡人
code-w0701-fix = 新增一個 [[contact]]，讓團隊知道該聯絡誰
code-e0702-title = 手動指定等級卻沒有 `tier_reason`
code-e0702-fix = 說明為何手動指定等級
code-w0703-title = 對不會分級的客戶手動指定等級
code-w0703-fix = 只有 `since` 已過的正式客戶才會分級：請刪除手動等級
code-w0704-title = 同一成員對同一對象、同一考核期的兩份考核評分
code-w0704-fix = 只有最後一份有效：請刪除另一份
code-e0705-title = 未出席者的考核成績，或沒有初考成績的補考成績
code-e0705-fix = 將該成員加入 `attendees`，或補上初考成績
code-w0706-title = 客戶被記為出席了未受邀的活動
code-w0706-fix = 將該客戶加入活動的 `invited`
code-e0707-title = 團隊目標未按月份排列，或同一月份有兩個
code-e0707-fix = 將 [[team_target]] 條目按 `from` 排序，每月一個
code-w0708-title = 考核期結束前的考核回饋
code-w0708-fix = 回饋在當月考核之後：請檢查 `period` 與 `date`
code-w0709-title = 兩個同名的客戶
code-w0709-fix = 若兩者是同一客戶，請合併檔案；否則請在 `name` 中加以區分
code-w0710-title = 已有成交商機，卻仍是線索或潛在客戶的客戶
code-w0710-fix = 設定 `stage = "customer"`，並將 `since` 設為首個成交商機的結案日期

## 匯入

code-e0801-title = 無法以 CSV 讀取的匯入檔
code-e0801-fix = 存為含標題列的 UTF-8 CSV；每個引號都要閉合；每一列的欄數與標題列相同
code-e0802-title = 無法使用的匯入值
code-e0802-fix = 在匯出檔中更正該儲存格：日期寫成 2017-03-01，金額寫成純數字，使用已知的階段，id 不可重複
code-e0803-title = 匯入的列提到匯出檔中沒有列出的項目
code-e0803-fix = 將它加入匯出檔的清單（sales_teams.csv、products.csv、accounts.csv），或以 --owner-map 對應該名稱
code-e0804-title = 已在記錄中的匯入記錄
code-e0804-fix = 它先前已匯入：加上 --skip-existing 重新執行，只匯入新的部分
code-w0805-title = 未匯入的列
code-w0805-fix = 訊息會說明原因；若此記錄重要，請手動新增
code-w0806-title = 被解讀為已知寫法的匯入值
code-w0806-fix = 確認解讀無誤；更正匯出檔即可消除此警告
