# 各種版面共用的詞。

weekday-mon = 週一
weekday-tue = 週二
weekday-wed = 週三
weekday-thu = 週四
weekday-fri = 週五
weekday-sat = 週六
weekday-sun = 週日

table-empty = （沒有資料）
table-dropped = 另有 { $count } 欄未顯示（{ $columns }），加 --wide 可全部顯示

list-separator = 、

grid-mon = 一
grid-tue = 二
grid-wed = 三
grid-thu = 四
grid-fri = 五
grid-sat = 六
grid-sun = 日
grid-present = 出勤
grid-late = 遲到
grid-early = 早退
grid-late-early = 遲到且早退
grid-field = 外勤或出差
grid-leave = 已核准的請假
grid-absent = 曠工
grid-overtime = 非工作日加班
grid-missing-out = 有上班打卡，缺下班打卡
grid-blank = 空白：非工作日、當時不是成員，或尚未到來
