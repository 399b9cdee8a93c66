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
