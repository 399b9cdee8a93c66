# 各种版面共用的词。

weekday-mon = 周一
weekday-tue = 周二
weekday-wed = 周三
weekday-thu = 周四
weekday-fri = 周五
weekday-sat = 周六
weekday-sun = 周日

table-empty = （没有数据）
table-dropped = 另有 { $count } 列未显示（{ $columns }），加 --wide 可全部显示

list-separator = 、

grid-mon = 一
grid-tue = 二
grid-wed = 三
grid-thu = 四
grid-fri = 五
grid-sat = 六
grid-sun = 日
grid-present = 出勤
grid-late = 迟到
grid-early = 早退
grid-late-early = 迟到且早退
grid-field = 外勤或出差
grid-leave = 已批准的请假
grid-absent = 旷工
grid-overtime = 非工作日加班
grid-missing-out = 有上班打卡，缺下班打卡
grid-blank = 空白：非工作日、当时不是成员，或尚未到来
