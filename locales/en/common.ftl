# Words shared by every layout.

weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun

# A table with no rows.
table-empty = (nothing to show)
# Below a table that did not fit: the columns left out.
table-dropped = { $count ->
    [one] 1 column not shown ({ $columns }): --wide shows it
   *[other] { $count } columns not shown ({ $columns }): --wide shows them
}

# Between the items of a list.
list-separator = {", "}
