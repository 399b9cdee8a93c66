# 各命令 --help 结尾的示例：命令行与英文版相同，只翻译说明。

examples-clientele =
    示例：
      clientele summary                       晨间简报
      clientele check                         检查所有记录文件
      clientele followups --overdue           等待回访的客户
      clientele complaints --open             尚未解决的投诉
      clientele kpi --month 2026-10           上个月的 KPI
      clientele tiers --format csv > t.csv    客户分级，导出到电子表格
      clientele log hd-electronics --kind visit --summary '季度回訪'
      clientele summary --as-of 2026-11-20    重现过去任何一天

    记录文件夹依次为 --records DIR、$CLIENTELE_RECORDS，或从当前位置向上最近一个
    包含 clientele.toml 或 records/clientele.toml 的文件夹。
    退出码：0 正常；1 记录有错误、写入被拒绝或 --fail-on 条件成立；2 命令行有误
    （包括无法解析的参数值，报表与写入命令均如此）。

examples-summary =
    示例：
      clientele summary                          今天的团队简报
      clientele summary --member li-wei          单个成员的简报
      clientele summary --as-of 2026-11-20       重现过去某天早上
      clientele summary --format md | mail -s briefing team@example.com
      clientele summary --format csv             每个板块一行：各项数量
      clientele summary --fail-on overdue        有逾期的回访、投诉或待办时以 1 退出

examples-check =
    示例：
      clientele check                        列出每个问题，最后是错误与警告的数量
      clientele check --quiet                没有错误就不输出（适合定时任务与 git hook）
      clientele check --strict               有警告也算失败（退出码 1）
      clientele check --explain E0203        说明诊断代码的含义与修正方法
      clientele check --format csv           每个问题一行，导出到电子表格

examples-init =
    示例：clientele init records --team-name 華東大客戶部 --lead zhang-min --lead-name 張敏

examples-tiers =
    示例：
      clientele tiers --changed                    升级、降级与新分级的客户
      clientele tiers --tier A --owner li-wei      某位客户经理的重点客户
      clientele tiers --format json                每项评分的全部依据，便于人工核对

examples-followups =
    示例：
      clientele followups --overdue                等待联系的客户
      clientele followups --overdue --within 7     已逾期或未来一周到期
      clientele --member wang-fang followups       某位成员负责或协助的客户
      clientele followups --overdue --fail-on overdue -q   定时任务用：有逾期就以 1 退出

examples-plans =
    示例：
      clientele plans --status missed --month 2026-11   已安排但未执行的拜访
      clientele --member li-wei plans --from 2026-11-20  某位成员接下来的拜访
      clientele plans --client hd-electronics          某客户的所有拜访计划

examples-care =
    示例：
      clientele care                               未来 14 天要问候的客户
      clientele care --within 30 --owner li-wei    某位客户经理未来一个月
      clientele care --kind birthday --reveal      生日，并显示电话号码

examples-pipeline =
    示例：
      clientele pipeline                           所有商机，按阶段
      clientele pipeline --by owner --month 2026-11    11 月的商机（已结案的按结案日，否则按创建日），按负责人
      clientele pipeline --by source               哪些客户来源带来成交的商机
      clientele pipeline --owner li-wei --from 2026-01-01   某位客户经理今年的商机

examples-complaints =
    示例：
      clientele complaints --open                  仍待解决的投诉
      clientele complaints --due-within 4h         即将到期的处理时限（也可 30m、2d）
      clientele complaints --month 2026-10 --summary   上个月的数量与比率
      clientele complaints --fail-on overdue -q    有投诉逾期就以 1 退出
      clientele complaints --department 物流部 --month 2026-11   转交某一部门处理的投诉

examples-attendance =
    示例：
      clientele attendance                         本月至今
      clientele attendance --month 2026-10         上个月的考勤统计
      clientele attendance --days --member li-wei  某位成员的每日考勤，附图例

examples-leave =
    示例：
      clientele leave --pending                    等待团队负责人审批的请假
      clientele leave --approved --from 2026-11-23 --to 2026-11-27   那一周谁不在
      clientele leave --member li-wei --month 2026-11   某位成员涉及 11 月的请假
      clientele leave --from 2026-12-01 --format csv   12 月起的请假，导出到电子表格
      clientele leave --balance                    年假：应休、已休、已批准未休、待批、剩余

examples-leave-request =
    示例：
      clientele leave request --kind annual --from 2026-12-21 --to 2026-12-23 --reason '回鄉' --member li-wei

examples-leave-approve =
    示例：clientele leave approve li-wei 2026-12-21 --by zhang-min

examples-leave-reject =
    示例：clientele leave reject li-wei 2026-12-21 --by zhang-min

examples-actions =
    示例：
      clientele actions --overdue                  到现在应该完成的事项
      clientele actions --owner li-wei --open      某位成员未完成的事项
      clientele actions --fail-on overdue -q       有事项逾期就以 1 退出

examples-meetings =
    示例：
      clientele meetings --month 2026-11           本月的会议与缺少例会的周次
      clientele meetings --missing                 没有召开例会的周次
      clientele meetings --member li-wei --kind client

examples-kpi =
    示例：
      clientele kpi                                本月至今
      clientele kpi --month 2026-10                上个月的 KPI
      clientele kpi --month 2026-10 --explain li-wei   li-wei 的得分计入了哪些事项

examples-appraisal =
    示例：
      clientele appraisal --month 2026-10          上个月的绩效考核
      clientele appraisal --missing                谁还没交自评或负责人评分
      clientele appraisal --member li-wei --from 2026-01 --to 2026-10   某位成员的历月考核

examples-promotion =
    示例：
      clientele promotion                          最近 6 个完整月份每月都是 A 或 B
      clientele promotion --months 3 --all         所有人最近 3 个月的等级
      clientele promotion --month 2026-06          截至 2026 年 6 月的 6 个月

    月份截至 --month，否则截至 D 的上一个月（每月的考核在下个月交齐）。

examples-awards =
    示例：
      clientele awards                             所有奖励，按月份与成员
      clientele awards --month 2026-10             10 月工作的奖励
      clientele awards --totals --from 2026-01-01  每位成员今年的合计

examples-training =
    示例：
      clientele training                           今年至今，按成员
      clientele training --year 2025 --sessions    去年各场培训与通过率
      clientele training --retakes                 谁需要补考哪一场考核
      clientele training --plan --year 2027        该年度的培训计划

examples-report =
    示例：
      clientele report weekly --member li-wei                本周至今
      clientele report weekly --member li-wei --week 2026-W46 --format md
      clientele report month --member li-wei --month 2026-10
      clientele report team --month 2026-10 --format md   团队负责人向上级的汇报

    成员为 --member，否则为 $CLIENTELE_MEMBER。

examples-fmt =
    示例：
      clientele fmt                      改写所有不符合标准格式的记录文件
      clientele fmt --check              只列出并以 1 退出（用于 CI 与 pre-commit hook）
      clientele fmt records/months/2026-11

examples-client-add =
    示例：
      clientele client add acme --name 'ACME 有限公司' --owner li-wei --source referral --potential 4

examples-log =
    示例：
      clientele log hd-electronics --kind visit --summary '季度回訪' --satisfaction 5
      CLIENTELE_MEMBER=li-wei clientele log acme --kind call --summary 'price update' --date 2026-11-03

examples-plan =
    示例：
      clientele plan hd-electronics --date 2026-11-25 --purpose '續約談判' --member li-wei

examples-deal-add =
    示例：
      clientele deal add hd-electronics --id D-2026-040 --title '三期改造' --amount 900000 --stage proposal

examples-deal-set =
    示例：
      clientele deal set hd-electronics D-2026-032 --stage won --closed 2026-11-20 --due 2027-03-31
      clientele deal set hd-electronics D-2026-008 --delivered 2026-11-18

examples-complaint-open =
    示例：
      clientele complaint open hd-electronics --id C-2026-020 --severity high --summary '交付延期' --handler wang-fang --channel phone

examples-complaint-respond =
    示例：clientele complaint respond C-2026-020 --at 2026-11-20T11:00

examples-complaint-resolve =
    示例：
      clientele complaint resolve C-2026-020 --at 2026-11-21T17:00 --satisfaction 4
      clientele complaint resolve C-2026-020 --satisfaction 5    为先前已解决的投诉评分
      clientele complaint resolve C-2026-020 --amend --at 2026-11-21T16:00   更正时间

examples-clock =
    示例：
      clientele clock                       现在打卡：当天第一次为上班，第二次为下班
      clientele clock --in 08:55            今天 08:55 上班
      clientele clock --date 2026-11-19 --in 08:50 --out 18:10   补登过去一整天
      clientele clock --field               今天外勤或出差

examples-meeting-add =
    示例：
      clientele meeting add --kind weekly --title '週例會' --attendees zhang-min,li-wei,wang-fang \
          --minutes '回顧本週' --action '整理續約方案;li-wei;2026-11-27' --member zhang-min

examples-action-done =
    示例：
      clientele action done 2026-11-16 2                 11 月 16 日会议的第 2 项
      clientele action done 2026-11-16 1 --meeting M-2026-11-16-adhoc --on 2026-11-18

examples-review =
    示例：
      clientele review li-wei --period 2026-10 --score 88 --comment '續約推進有力' --by zhang-min
      clientele review li-wei --period 2026-10 --score 85 --member li-wei     自评

examples-award =
    示例：
      clientele award li-wei --kind special --reason '拿下星辰光電首單' --amount 5000 --period 2026-10 --by zhang-min

examples-import-crm =
    示例：
      clientele import crm ~/exports/crm --dry-run     预览会创建哪些记录
      clientele import crm ~/exports/crm --owner-map owners.csv
      clientele import crm ~/exports/crm --skip-existing   只导入新的

examples-import-complaints =
    示例：
      clientele import complaints complaints.csv --client acme --handler wang-fang --dry-run
      clientele import complaints complaints.csv --client acme --handler wang-fang \
          --company 'ACME BANK, N.A.' --severity-map severities.csv

examples-completions =
    示例：clientele completions bash > /etc/bash_completion.d/clientele

examples-man =
    示例：
      clientele man > clientele.1 && man ./clientele.1
      clientele man --dir ~/.local/share/man/man1     每个命令各一页，可用 man clientele-summary

# 较新的命令与子命令。

examples-cache =
    示例：
      clientele cache clear          清除记录文件夹的缓存
      clientele --no-cache summary   这一次不用缓存（或设置 CLIENTELE_NO_CACHE=1）

examples-career-set =
    示例：
      clientele career set wang-fang --goal manager --by 2027-06 --plan '帶兩個重點客戶' --mentor li-wei

examples-rotation-add =
    示例：
      clientele rotation add wang-fang --from 2026-03-01 --to 2026-05-31 --area '售後服務'

examples-careers =
    示例：
      clientele careers                            截至今天的团队职业发展概况
      clientele careers --member li-wei --format json

examples-client-show =
    示例：
      clientele client show acme                   一个客户的所有信息
      clientele client show acme --format json     同样内容，输出为一个 JSON 对象

examples-client-set =
    示例：
      clientele client set acme --owner chen-jie --specialist wang-fang
      clientele client set acme --stage customer --since 2026-11-20
      clientele client set acme --tier A --tier-reason '戰略客戶'

examples-client-handover =
    示例：clientele client handover --from li-wei --to chen-jie

examples-clients =
    示例：
      clientele clients                               所有客户，按编号排列
      clientele clients --stage lead,prospect         重点开发客户名单，按潜力排列
      clientele clients --owner li-wei --format csv   一位客户经理的客户，导出到电子表格

examples-contact-add =
    示例：
      clientele contact add hd-electronics --name 王琳 --title 採購經理 --phone 13800000000 --primary

examples-contact-set =
    示例：clientele contact set hd-electronics 王琳 --email wl@example.com

examples-contact-remove =
    示例：clientele contact remove hd-electronics 王琳

examples-deals =
    示例：
      clientele deals --open                       尚待争取的商机
      clientele deals --late                       已成交、超过交付期限仍未交付的商机
      clientele deals --client acme --format csv   一个客户的商机，导出到电子表格

examples-diff =
    示例：
      clientele diff                          此分支对照其离开上游分支之处
      clientele diff main                     main 对照工作区
      clientele diff v2026-10 v2026-11        两个标签互相对照
      clientele diff origin/main HEAD --format md --fail-on new-errors   在 CI 中生成评审意见

examples-event-add =
    示例：
      clientele event add --date 2026-12-18 --title '年終客戶答謝會' --kind appreciation \
          --invite hd-electronics,xingchen-optics --cost 30000 --member zhang-min

examples-event-attended =
    示例：
      clientele event attended E-2026-001 hd-electronics,xingchen-optics --member zhang-min

examples-events =
    示例：
      clientele events --month 2026-11                 当月的活动与出席情况
      clientele events --client hd-electronics         某客户受邀的活动
      clientele events --kind appreciation --format csv

examples-export =
    示例：
      clientele export ics -o team.ics                    团队接下来 30 天的日历，可供订阅
      clientele export ics --member li-wei --within 14    一位成员接下来两周的事项
      clientele export sqlite team.db                     所有记录与报表，供 SQL 与 BI 工具使用

examples-feedback =
    示例：
      clientele feedback li-wei --period 2026-10 --note '銷售額未達標，下月重點跟進星辰' --member zhang-min

examples-history =
    示例：
      clientele history hd-electronics                 客户的每次变更，由旧到新
      clientele history hd-electronics --field owner   谁在何时把客户转给了谁
      clientele history hd-electronics --tier          客户等级有变化的提交
      clientele history --member li-wei --month 2026-11  记录、批准与更正了什么
      clientele history acme --format csv              commit,author,date,file,entry,field,old,new

    客户文件改名后仍会继续追踪。合并提交只显示双方之外另行更改的内容
    （即手动解决的冲突）。

examples-member-add =
    示例：
      clientele member add chen-jie --name 陳傑 --role manager --reports-to zhang-min --joined 2026-12-01

examples-member-set =
    示例：clientele member set chen-jie --role lead --no-reports-to

examples-member-leave =
    示例：
      clientele member leave li-wei --on 2026-12-31 --handover-to chen-jie

examples-research =
    示例：
      clientele research --kind competitor --month 2026-11   团队对竞争对手的了解
      clientele research --client hd-electronics            关于某客户的笔记
      clientele research add --topic '華東物流運價' --kind industry --summary '運價持平' --member li-wei

examples-serve =
    示例：
      clientele serve                              在 http://127.0.0.1:8421/ 浏览记录
      clientele serve --port 0                     任何空闲的端口（第一行会显示）
      clientele serve --write --commit             成员以令牌登录；每次写入一个提交

    每个报表都是一个网页（/followups?overdue=1&owner=li-wei）与一个数据文件
    （/followups.csv、/followups.json），内容与命令行的 `followups --format csv` 相同。

examples-token =
    示例：
      clientele token add li-wei        为 li-wei 生成新令牌（只显示一次）
      clientele token list              谁有令牌，从何时起
      clientele token revoke li-wei     li-wei 的令牌立即失效

examples-training-add =
    示例：
      clientele training add --id T-2026-09 --date 2026-12-05 --topic 談判技巧 --category sales \
          --method internal --hours 3 --trainer 張敏 --attendees li-wei,wang-fang

examples-training-score =
    示例：
      clientele training score T-2026-09 li-wei 85
      clientele training score T-2026-09 wang-fang 72 --retake
