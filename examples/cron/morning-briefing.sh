#!/bin/sh
# The morning briefing of one member, mailed as an HTML page.
#
#   morning-briefing.sh MEMBER ADDRESS
#
# Run by hand to try it: SENDMAIL=cat prints the mail instead of sending it.
#   SENDMAIL=cat examples/cron/morning-briefing.sh li-wei li-wei@example.com
# In cron (see crontab.example): weekdays at 07:30.
# Needs: clientele on PATH, CLIENTELE_RECORDS (or run inside the records
# repository), base64 (coreutils), and a sendmail (msmtp, postfix, ssmtp…)
# unless SENDMAIL names another command.
#
# The page is the mail's body and also its attachment: mail clients that
# drop inline SVG (the charts) still show the tables, and the attachment
# opens in a browser with the charts. Both parts are base64, so no line is
# longer than mail allows, whatever the records hold.
set -eu
member=${1:?usage: morning-briefing.sh MEMBER ADDRESS}
address=${2:?usage: morning-briefing.sh MEMBER ADDRESS}
day=$(date +%F)
page=$(mktemp)
trap 'rm -f "$page"' EXIT
# the briefing as one self-contained page (errors in the records stop here)
clientele summary --member "$member" --format html >"$page"
boundary="clientele-briefing-$day"
{
  printf 'To: %s\n' "$address"
  printf 'Subject: Briefing %s for %s\n' "$day" "$member"
  printf 'MIME-Version: 1.0\n'
  printf 'Content-Type: multipart/mixed; boundary="%s"\n\n' "$boundary"
  printf -- '--%s\n' "$boundary"
  printf 'Content-Type: text/html; charset=utf-8\n'
  printf 'Content-Transfer-Encoding: base64\n\n'
  base64 <"$page"
  printf -- '--%s\n' "$boundary"
  printf 'Content-Type: text/html; charset=utf-8; name="briefing-%s.html"\n' "$day"
  printf 'Content-Disposition: attachment; filename="briefing-%s.html"\n' "$day"
  printf 'Content-Transfer-Encoding: base64\n\n'
  base64 <"$page"
  printf -- '--%s--\n' "$boundary"
} | ${SENDMAIL:-sendmail -t}
