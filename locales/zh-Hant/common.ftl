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
