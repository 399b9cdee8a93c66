# 各指令 --help 結尾的範例：指令列與英文版相同，只翻譯說明。

examples-clientele =
    範例：
      clientele summary                       晨間簡報
      clientele check                         檢查所有記錄檔
      clientele followups --overdue           等待回訪的客戶
      clientele complaints --open             尚未解決的投訴
      clientele kpi --month 2026-10           上個月的 KPI
      clientele tiers --format csv > t.csv    客戶分級，匯出給試算表
      clientele log hd-electronics --kind visit --summary '季度回訪'
      clientele summary --as-of 2026-11-20    重現過去任何一天

    記錄資料夾依序為 --records DIR、$CLIENTELE_RECORDS，或從目前位置往上最近一個
    含有 clientele.toml 或 records/clientele.toml 的資料夾。
    結束碼：0 正常；1 記錄有錯誤、寫入被拒絕或 --fail-on 條件成立；2 指令列有誤
    （包括無法解析的參數值，報表與寫入指令皆同）。

examples-summary =
    範例：
      clientele summary                          今天的團隊簡報
      clientele summary --member li-wei          單一成員的簡報
      clientele summary --as-of 2026-11-20       重現過去某天早上
      clientele summary --format md | mail -s briefing team@example.com
      clientele summary --format csv             每個區塊一行：各項數量
      clientele summary --fail-on overdue        有逾期的回訪、投訴或待辦時以 1 結束

examples-check =
    範例：
      clientele check                        列出每個問題，最後是錯誤與警告的數量
      clientele check --quiet                沒有錯誤就不輸出（適合排程與 git hook）
      clientele check --strict               有警告也算失敗（結束碼 1）
      clientele check --explain E0203        說明診斷代碼的意思與修正方法
      clientele check --format csv           每個問題一列，匯出給試算表

examples-init =
    範例：clientele init records --team-name 華東大客戶部 --lead zhang-min --lead-name 張敏

examples-tiers =
    範例：
      clientele tiers --changed                    升級、降級與新分級的客戶
      clientele tiers --tier A --owner li-wei      某位客戶經理的重點客戶
      clientele tiers --format json                每項評分的全部依據，方便人工核對

examples-followups =
    範例：
      clientele followups --overdue                等待聯繫的客戶
      clientele followups --overdue --within 7     已逾期或未來一週到期
      clientele --member wang-fang followups       某位成員負責或協助的客戶
      clientele followups --overdue --fail-on overdue -q   排程用：有逾期就以 1 結束

examples-plans =
    範例：
      clientele plans --status missed --month 2026-11   已安排但未執行的拜訪
      clientele --member li-wei plans --from 2026-11-20  某位成員接下來的拜訪
      clientele plans --client hd-electronics          某客戶的所有拜訪計劃

examples-care =
    範例：
      clientele care                               未來 14 天要問候的客戶
      clientele care --within 30 --owner li-wei    某位客戶經理未來一個月
      clientele care --kind birthday --reveal      生日，並顯示電話號碼

examples-pipeline =
    範例：
      clientele pipeline                           所有商機，按階段
      clientele pipeline --by owner --month 2026-11    11 月的商機（已結案者按結案日，否則按建立日），按負責人
      clientele pipeline --by source               哪些客戶來源帶來成交的商機
      clientele pipeline --owner li-wei --from 2026-01-01   某位客戶經理今年的商機

examples-complaints =
    範例：
      clientele complaints --open                  仍待解決的投訴
      clientele complaints --due-within 4h         即將到期的處理時限（也可 30m、2d）
      clientele complaints --month 2026-10 --summary   上個月的數量與比率
      clientele complaints --fail-on overdue -q    有投訴逾期就以 1 結束
      clientele complaints --department 物流部 --month 2026-11   轉交某一部門處理的投訴

examples-attendance =
    範例：
      clientele attendance                         本月至今
      clientele attendance --month 2026-10         上個月的考勤統計
      clientele attendance --days --member li-wei  某位成員的每日考勤，附圖例

examples-leave =
    範例：
      clientele leave --pending                    等待團隊負責人核准的請假
      clientele leave --approved --from 2026-11-23 --to 2026-11-27   那一週誰不在
      clientele leave --member li-wei --month 2026-11   某位成員涉及 11 月的請假
      clientele leave --from 2026-12-01 --format csv   12 月起的請假，匯出給試算表
      clientele leave --balance                    年假：應休、已休、已核准未休、待批、剩餘

examples-leave-request =
    範例：
      clientele leave request --kind annual --from 2026-12-21 --to 2026-12-23 --reason '回鄉' --member li-wei

examples-leave-approve =
    範例：clientele leave approve li-wei 2026-12-21 --by zhang-min

examples-leave-reject =
    範例：clientele leave reject li-wei 2026-12-21 --by zhang-min

examples-actions =
    範例：
      clientele actions --overdue                  到現在應該完成的事項
      clientele actions --owner li-wei --open      某位成員未完成的事項
      clientele actions --fail-on overdue -q       有事項逾期就以 1 結束

examples-meetings =
    範例：
      clientele meetings --month 2026-11           本月的會議與缺少例會的週次
      clientele meetings --missing                 沒有召開例會的週次
      clientele meetings --member li-wei --kind client

examples-kpi =
    範例：
      clientele kpi                                本月至今
      clientele kpi --month 2026-10                上個月的 KPI
      clientele kpi --month 2026-10 --explain li-wei   li-wei 的得分計入了哪些事項

examples-appraisal =
    範例：
      clientele appraisal --month 2026-10          上個月的績效考核
      clientele appraisal --missing                誰還沒交自評或負責人評分
      clientele appraisal --member li-wei --from 2026-01 --to 2026-10   某位成員的歷月考核

examples-promotion =
    範例：
      clientele promotion                          最近 6 個完整月份每月都是 A 或 B
      clientele promotion --months 3 --all         所有人最近 3 個月的等級
      clientele promotion --month 2026-06          截至 2026 年 6 月的 6 個月

    月份截至 --month，否則截至 D 的上一個月（每月的考核在下個月交齊）。

examples-awards =
    範例：
      clientele awards                             所有獎勵，按月份與成員
      clientele awards --month 2026-10             10 月工作的獎勵
      clientele awards --totals --from 2026-01-01  每位成員今年的合計

examples-training =
    範例：
      clientele training                           今年至今，按成員
      clientele training --year 2025 --sessions    去年各場培訓與通過率
      clientele training --retakes                 誰需要補考哪一場考核
      clientele training --plan --year 2027        該年度的培訓計劃

examples-report =
    範例：
      clientele report weekly --member li-wei                本週至今
      clientele report weekly --member li-wei --week 2026-W46 --format md
      clientele report month --member li-wei --month 2026-10
      clientele report team --month 2026-10 --format md   團隊負責人向上級的匯報

    成員為 --member，否則為 $CLIENTELE_MEMBER。

examples-fmt =
    範例：
      clientele fmt                      改寫所有不合標準格式的記錄檔
      clientele fmt --check              只列出並以 1 結束（用於 CI 與 pre-commit hook）
      clientele fmt records/months/2026-11

examples-client-add =
    範例：
      clientele client add acme --name 'ACME 有限公司' --owner li-wei --source referral --potential 4

examples-log =
    範例：
      clientele log hd-electronics --kind visit --summary '季度回訪' --satisfaction 5
      CLIENTELE_MEMBER=li-wei clientele log acme --kind call --summary 'price update' --date 2026-11-03

examples-plan =
    範例：
      clientele plan hd-electronics --date 2026-11-25 --purpose '續約談判' --member li-wei

examples-deal-add =
    範例：
      clientele deal add hd-electronics --id D-2026-040 --title '三期改造' --amount 900000 --stage proposal

examples-deal-set =
    範例：
      clientele deal set hd-electronics D-2026-032 --stage won --closed 2026-11-20 --due 2027-03-31
      clientele deal set hd-electronics D-2026-008 --delivered 2026-11-18

examples-complaint-open =
    範例：
      clientele complaint open hd-electronics --id C-2026-020 --severity high --summary '交付延期' --handler wang-fang --channel phone

examples-complaint-respond =
    範例：clientele complaint respond C-2026-020 --at 2026-11-20T11:00

examples-complaint-resolve =
    範例：
      clientele complaint resolve C-2026-020 --at 2026-11-21T17:00 --satisfaction 4
      clientele complaint resolve C-2026-020 --satisfaction 5    為先前已解決的投訴評分
      clientele complaint resolve C-2026-020 --amend --at 2026-11-21T16:00   更正時間

examples-clock =
    範例：
      clientele clock                       現在打卡：當天第一次為上班，第二次為下班
      clientele clock --in 08:55            今天 08:55 上班
      clientele clock --date 2026-11-19 --in 08:50 --out 18:10   補登過去一整天
      clientele clock --field               今天外勤或出差

examples-meeting-add =
    範例：
      clientele meeting add --kind weekly --title '週例會' --attendees zhang-min,li-wei,wang-fang \
          --minutes '回顧本週' --action '整理續約方案;li-wei;2026-11-27' --member zhang-min

examples-action-done =
    範例：
      clientele action done 2026-11-16 2                 11 月 16 日會議的第 2 項
      clientele action done 2026-11-16 1 --meeting M-2026-11-16-adhoc --on 2026-11-18

examples-review =
    範例：
      clientele review li-wei --period 2026-10 --score 88 --comment '續約推進有力' --by zhang-min
      clientele review li-wei --period 2026-10 --score 85 --member li-wei     自評

examples-award =
    範例：
      clientele award li-wei --kind special --reason '拿下星辰光電首單' --amount 5000 --period 2026-10 --by zhang-min

examples-import-crm =
    範例：
      clientele import crm ~/exports/crm --dry-run     預覽會建立哪些記錄
      clientele import crm ~/exports/crm --owner-map owners.csv
      clientele import crm ~/exports/crm --skip-existing   只匯入新的

examples-import-complaints =
    範例：
      clientele import complaints complaints.csv --client acme --handler wang-fang --dry-run
      clientele import complaints complaints.csv --client acme --handler wang-fang \
          --company 'ACME BANK, N.A.' --severity-map severities.csv

examples-completions =
    範例：clientele completions bash > /etc/bash_completion.d/clientele

examples-man =
    範例：
      clientele man > clientele.1 && man ./clientele.1
      clientele man --dir ~/.local/share/man/man1     每個指令各一頁，可用 man clientele-summary

# 較新的指令與子指令。

examples-cache =
    範例：
      clientele cache clear          清除記錄資料夾的快取
      clientele --no-cache summary   這一次不用快取（或設定 CLIENTELE_NO_CACHE=1）

examples-career-set =
    範例：
      clientele career set wang-fang --goal manager --by 2027-06 --plan '帶兩個重點客戶' --mentor li-wei

examples-rotation-add =
    範例：
      clientele rotation add wang-fang --from 2026-03-01 --to 2026-05-31 --area '售後服務'

examples-careers =
    範例：
      clientele careers                            截至今天的團隊職業發展概況
      clientele careers --member li-wei --format json

examples-client-show =
    範例：
      clientele client show acme                   一個客戶的所有資料
      clientele client show acme --format json     同樣內容，輸出為一個 JSON 物件

examples-client-set =
    範例：
      clientele client set acme --owner chen-jie --specialist wang-fang
      clientele client set acme --stage customer --since 2026-11-20
      clientele client set acme --tier A --tier-reason '戰略客戶'

examples-client-handover =
    範例：clientele client handover --from li-wei --to chen-jie

examples-clients =
    範例：
      clientele clients                               所有客戶，按編號排列
      clientele clients --stage lead,prospect         重點開發客戶名單，按潛力排列
      clientele clients --owner li-wei --format csv   一位客戶經理的客戶，匯出給試算表

examples-contact-add =
    範例：
      clientele contact add hd-electronics --name 王琳 --title 採購經理 --phone 13800000000 --primary

examples-contact-set =
    範例：clientele contact set hd-electronics 王琳 --email wl@example.com

examples-contact-remove =
    範例：clientele contact remove hd-electronics 王琳

examples-deals =
    範例：
      clientele deals --open                       尚待爭取的商機
      clientele deals --late                       已成交、超過交付期限仍未交付的商機
      clientele deals --client acme --format csv   一個客戶的商機，匯出給試算表

examples-diff =
    範例：
      clientele diff                          此分支對照其離開上游分支之處
      clientele diff main                     main 對照工作目錄
      clientele diff v2026-10 v2026-11        兩個標籤互相對照
      clientele diff origin/main HEAD --format md --fail-on new-errors   在 CI 中產生審查意見

examples-event-add =
    範例：
      clientele event add --date 2026-12-18 --title '年終客戶答謝會' --kind appreciation \
          --invite hd-electronics,xingchen-optics --cost 30000 --member zhang-min

examples-event-attended =
    範例：
      clientele event attended E-2026-001 hd-electronics,xingchen-optics --member zhang-min

examples-events =
    範例：
      clientele events --month 2026-11                 當月的活動與出席情況
      clientele events --client hd-electronics         某客戶受邀的活動
      clientele events --kind appreciation --format csv

examples-export =
    範例：
      clientele export ics -o team.ics                    團隊接下來 30 天的行事曆，可供訂閱
      clientele export ics --member li-wei --within 14    一位成員接下來兩週的事項
      clientele export sqlite team.db                     所有記錄與報表，供 SQL 與 BI 工具使用

examples-feedback =
    範例：
      clientele feedback li-wei --period 2026-10 --note '銷售額未達標，下月重點跟進星辰' --member zhang-min

examples-history =
    範例：
      clientele history hd-electronics                 客戶的每次變更，由舊到新
      clientele history hd-electronics --field owner   誰在何時把客戶轉給了誰
      clientele history hd-electronics --tier          客戶等級有變化的提交
      clientele history --member li-wei --month 2026-11  記錄、核准與更正了什麼
      clientele history acme --format csv              commit,author,date,file,entry,field,old,new

    客戶檔案改名後仍會繼續追蹤。合併提交只顯示雙方之外另行更改的內容
    （即手動解決的衝突）。

examples-member-add =
    範例：
      clientele member add chen-jie --name 陳傑 --role manager --reports-to zhang-min --joined 2026-12-01

examples-member-set =
    範例：clientele member set chen-jie --role lead --no-reports-to

examples-member-leave =
    範例：
      clientele member leave li-wei --on 2026-12-31 --handover-to chen-jie

examples-research =
    範例：
      clientele research --kind competitor --month 2026-11   團隊對競爭對手的了解
      clientele research --client hd-electronics            關於某客戶的筆記
      clientele research add --topic '華東物流運價' --kind industry --summary '運價持平' --member li-wei

examples-serve =
    範例：
      clientele serve                              在 http://127.0.0.1:8421/ 瀏覽記錄
      clientele serve --port 0                     任何空閒的連接埠（第一行會顯示）
      clientele serve --write --commit             成員以權杖登入；每次寫入一個提交

    每個報表都是一個網頁（/followups?overdue=1&owner=li-wei）與一個資料檔
    （/followups.csv、/followups.json），內容與指令列的 `followups --format csv` 相同。

examples-token =
    範例：
      clientele token add li-wei        為 li-wei 產生新權杖（只顯示一次）
      clientele token list              誰有權杖，從何時起
      clientele token revoke li-wei     li-wei 的權杖立即失效

examples-training-add =
    範例：
      clientele training add --id T-2026-09 --date 2026-12-05 --topic 談判技巧 --category sales \
          --method internal --hours 3 --trainer 張敏 --attendees li-wei,wang-fang

examples-training-score =
    範例：
      clientele training score T-2026-09 li-wei 85
      clientele training score T-2026-09 wang-fang 72 --retake
