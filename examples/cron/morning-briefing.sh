#!/bin/sh
# The morning briefing of one member, mailed as an HTML page.
#
#   morning-briefing.sh MEMBER ADDRESS
#
# Run by hand to try it: SENDMAIL=cat prints the mail instead of sending it.
#   SENDMAIL=cat examples/cron/morning-briefing.sh li-wei li-wei@example.com
# In cron (see crontab.example): weekdays at 07:30.
# Needs: clientele on PATH, CLIENTELE_RECORDS (or run inside the records
# repository), and a sendmail (msmtp, postfix, ssmtp…) unless SENDMAIL says.
set -eu
member=${1:?usage: morning-briefing.sh MEMBER ADDRESS}
address=${2:?usage: morning-briefing.sh MEMBER ADDRESS}
page=$(mktemp)
trap 'rm -f "$page"' EXIT
# the briefing as one self-contained page (no exit on warnings; errors stop)
clientele summary --member "$member" --format html >"$page"
{
  printf 'To: %s\n' "$address"
  printf 'Subject: Briefing %s for %s\n' "$(date +%F)" "$member"
  printf 'MIME-Version: 1.0\n'
  printf 'Content-Type: text/html; charset=utf-8\n'
  printf 'Content-Transfer-Encoding: 8bit\n\n'
  cat "$page"
} | ${SENDMAIL:-sendmail -t}
