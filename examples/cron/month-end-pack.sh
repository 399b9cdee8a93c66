#!/bin/sh
# The team's month-end pack for last month, as a workbook and a page named
# by the month: OUT/2026-10.xlsx and OUT/2026-10.html. Each file is written
# atomically (-o), so a reader never sees half a file.
#
#   month-end-pack.sh [OUT]        (default OUT: the current folder)
#   MONTH=2026-10 month-end-pack.sh reports/   any month, by hand
# In cron (see crontab.example): on the 1st at 06:00.
set -eu
out=${1:-.}
# last month: the day before the 1st of this month (GNU or BSD date)
month=${MONTH:-$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m 2>/dev/null || date -v1d -v-1d +%Y-%m)}
mkdir -p "$out"
clientele report month --month "$month" -o "$out/$month.xlsx"
clientele report month --month "$month" -o "$out/$month.html"
echo "$out/$month.xlsx"
echo "$out/$month.html"
