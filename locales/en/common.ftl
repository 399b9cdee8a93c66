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

# The day grid of `attendance --days`: weekdays in two columns, the legend.
grid-mon = Mo
grid-tue = Tu
grid-wed = We
grid-thu = Th
grid-fri = Fr
grid-sat = Sa
grid-sun = Su
grid-present = present
grid-late = late
grid-early = left early
grid-late-early = late and left early
grid-field = field work or travel
grid-leave = approved leave
grid-absent = absent
grid-overtime = worked on a non-workday
grid-missing-out = clocked in, never out
grid-blank = blank: not a workday, not a member, or not yet
