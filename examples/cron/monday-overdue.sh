#!/bin/sh
# What is overdue: follow-ups, complaints and action items, one list each.
# Exits 1 when anything is overdue (0 when all is on time), so cron mails
# the list (with MAILTO) and a monitor can alert on the status.
#
# Run by hand: examples/cron/monday-overdue.sh; echo "exit $?"
# In cron (see crontab.example): Mondays at 08:00.
set -u
status=0
section() {
  title=$1
  shift
  printf '## %s\n\n' "$title"
  # --fail-on overdue: exit 1 when a listed item is overdue
  clientele "$@" --fail-on overdue --format md || status=1
  printf '\n'
}
section "Follow-ups overdue" followups --overdue
section "Complaints overdue" complaints --overdue
section "Action items overdue" actions --overdue
exit $status
