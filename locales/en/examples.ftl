# The examples at the end of each `--help`: `examples-<command>`, or
# `examples-<command>-<subcommand>`. The command lines are the same in every
# language (a test checks it); only the words after them are translated.

examples-clientele =
    Examples:
      clientele summary                       the morning briefing
      clientele check                         validate every record file
      clientele followups --overdue           clients waiting for a visit
      clientele complaints --open             complaints not yet resolved
      clientele kpi --month 2026-10           last month's KPI
      clientele tiers --format csv > t.csv    client grades for a spreadsheet
      clientele log hd-electronics --kind visit --summary '季度回訪'
      clientele summary --as-of 2026-11-20    replay any past day

    The records folder is --records DIR, else $CLIENTELE_RECORDS, else the nearest
    folder upwards holding clientele.toml or records/clientele.toml.
    Exit codes: 0 ok, 1 the records have errors / a write was refused / a
    --fail-on condition held, 2 the command line is wrong (a flag value that
    does not parse included, on reports and writes alike).

examples-summary =
    Examples:
      clientele summary                          the team's briefing for today
      clientele summary --member li-wei          one member's briefing
      clientele summary --as-of 2026-11-20       replay a past morning
      clientele summary --format md | mail -s briefing team@example.com
      clientele summary --format csv             one line per section: the counts
      clientele summary --fail-on overdue        exit 1 when a follow-up, complaint or action is overdue

examples-check =
    Examples:
      clientele check                        every problem, then `N errors, M warnings`
      clientele check --quiet                nothing unless there are errors (cron, git hooks)
      clientele check --strict               warnings fail too (exit 1)
      clientele check --explain E0203        what a diagnostic code means and how to fix it
      clientele check --format csv           one row per problem, for a spreadsheet

examples-init =
    Example: clientele init records --team-name 華東大客戶部 --lead zhang-min --lead-name 張敏

examples-tiers =
    Examples:
      clientele tiers --changed                    upgrades, downgrades and newly graded clients
      clientele tiers --tier A --owner li-wei      one manager's key clients
      clientele tiers --format json                every input of every score, to check by hand

examples-followups =
    Examples:
      clientele followups --overdue                clients waiting for a contact
      clientele followups --overdue --within 7     overdue, or due in the next week
      clientele --member wang-fang followups       clients a member owns or serves
      clientele followups --overdue --fail-on overdue -q   for cron: exit 1 when any is overdue

examples-plans =
    Examples:
      clientele plans --status missed --month 2026-11   visits planned but not made
      clientele --member li-wei plans --from 2026-11-20  one member's coming visits
      clientele plans --client hd-electronics          every visit planned for a client

examples-care =
    Examples:
      clientele care                               greetings due in the next 14 days
      clientele care --within 30 --owner li-wei    one manager's next month
      clientele care --kind birthday --reveal      birthdays, with the phone numbers

examples-pipeline =
    Examples:
      clientele pipeline                           every deal, by stage
      clientele pipeline --by owner --month 2026-11    November's deals (closed, else opened then), per owner
      clientele pipeline --by source               which lead sources bring deals that are won
      clientele pipeline --owner li-wei --from 2026-01-01   one manager's deals this year

examples-complaints =
    Examples:
      clientele complaints --open                  what still waits for a solution
      clientele complaints --due-within 4h         deadlines about to pass (also 30m, 2d)
      clientele complaints --month 2026-10 --summary   last month's counts and rates
      clientele complaints --fail-on overdue -q    exit 1 when any complaint is overdue
      clientele complaints --department 物流部 --month 2026-11   complaints brought into one department

examples-attendance =
    Examples:
      clientele attendance                         this month so far
      clientele attendance --month 2026-10         last month's tally
      clientele attendance --days --member li-wei  one member's days, with a legend

examples-leave =
    Examples:
      clientele leave --pending                    what waits for the lead's decision
      clientele leave --approved --from 2026-11-23 --to 2026-11-27   who is away that week
      clientele leave --member li-wei --month 2026-11   one member's leave touching November
      clientele leave --from 2026-12-01 --format csv   leave from December on, for a spreadsheet
      clientele leave --balance                    annual leave: entitled, taken, ahead, pending, left

examples-leave-request =
    Example:
      clientele leave request --kind annual --from 2026-12-21 --to 2026-12-23 --reason '回鄉' --member li-wei

examples-leave-approve =
    Example: clientele leave approve li-wei 2026-12-21 --by zhang-min

examples-leave-reject =
    Example: clientele leave reject li-wei 2026-12-21 --by zhang-min

examples-actions =
    Examples:
      clientele actions --overdue                  what should have been done by now
      clientele actions --owner li-wei --open      one member's unfinished items
      clientele actions --fail-on overdue -q       exit 1 when any item is overdue

examples-meetings =
    Examples:
      clientele meetings --month 2026-11           this month's meetings and missing weeks
      clientele meetings --missing                 weeks without a weekly meeting
      clientele meetings --member li-wei --kind client

examples-kpi =
    Examples:
      clientele kpi                                this month so far
      clientele kpi --month 2026-10                last month's KPI
      clientele kpi --month 2026-10 --explain li-wei   what li-wei's score counted

examples-appraisal =
    Examples:
      clientele appraisal --month 2026-10          last month's appraisal
      clientele appraisal --missing                who still owes a self or lead review
      clientele appraisal --member li-wei --from 2026-01 --to 2026-10   one member over time

examples-promotion =
    Examples:
      clientele promotion                          A or B in each of the last 6 complete months
      clientele promotion --months 3 --all         everyone's last 3 grades
      clientele promotion --month 2026-06          the 6 months ending June 2026

    The months end with --month, else the month before D's (a month's reviews
    are handed in during the next month).

examples-awards =
    Examples:
      clientele awards                             every award, by month and member
      clientele awards --month 2026-10             the awards for October's work
      clientele awards --totals --from 2026-01-01  this year's totals per member

examples-training =
    Examples:
      clientele training                           this year so far, per member
      clientele training --year 2025 --sessions    last year's sessions and pass rates
      clientele training --retakes                 who must retake which exam
      clientele training --plan --year 2027        the year's training plan

examples-report =
    Examples:
      clientele report weekly --member li-wei                this week so far
      clientele report weekly --member li-wei --week 2026-W46 --format md
      clientele report month --member li-wei --month 2026-10
      clientele report team --month 2026-10 --format md   the lead's report upward

    The member is --member, else $CLIENTELE_MEMBER.

examples-fmt =
    Examples:
      clientele fmt                      rewrite every record file that is not canonical
      clientele fmt --check              list them and exit 1 (for CI and the pre-commit hook)
      clientele fmt records/months/2026-11

examples-client-add =
    Example:
      clientele client add acme --name 'ACME 有限公司' --owner li-wei --source referral --potential 4

examples-log =
    Examples:
      clientele log hd-electronics --kind visit --summary '季度回訪' --satisfaction 5
      CLIENTELE_MEMBER=li-wei clientele log acme --kind call --summary 'price update' --date 2026-11-03

examples-plan =
    Example:
      clientele plan hd-electronics --date 2026-11-25 --purpose '續約談判' --member li-wei

examples-deal-add =
    Example:
      clientele deal add hd-electronics --id D-2026-040 --title '三期改造' --amount 900000 --stage proposal

examples-deal-set =
    Examples:
      clientele deal set hd-electronics D-2026-032 --stage won --closed 2026-11-20 --due 2027-03-31
      clientele deal set hd-electronics D-2026-008 --delivered 2026-11-18

examples-complaint-open =
    Example:
      clientele complaint open hd-electronics --id C-2026-020 --severity high --summary '交付延期' --handler wang-fang --channel phone

examples-complaint-respond =
    Example: clientele complaint respond C-2026-020 --at 2026-11-20T11:00

examples-complaint-resolve =
    Examples:
      clientele complaint resolve C-2026-020 --at 2026-11-21T17:00 --satisfaction 4
      clientele complaint resolve C-2026-020 --satisfaction 5    rate one resolved earlier
      clientele complaint resolve C-2026-020 --amend --at 2026-11-21T16:00   correct the time

examples-clock =
    Examples:
      clientele clock                       clock in now (the first time today), out (the second)
      clientele clock --in 08:55            clock in at 08:55 today
      clientele clock --date 2026-11-19 --in 08:50 --out 18:10   a whole past day
      clientele clock --field               today is field work or travel

examples-meeting-add =
    Example:
      clientele meeting add --kind weekly --title '週例會' --attendees zhang-min,li-wei,wang-fang \
          --minutes '回顧本週' --action '整理續約方案;li-wei;2026-11-27' --member zhang-min

examples-action-done =
    Examples:
      clientele action done 2026-11-16 2                 the 2nd item of the meeting of 16 Nov
      clientele action done 2026-11-16 1 --meeting M-2026-11-16-adhoc --on 2026-11-18

examples-review =
    Examples:
      clientele review li-wei --period 2026-10 --score 88 --comment '續約推進有力' --by zhang-min
      clientele review li-wei --period 2026-10 --score 85 --member li-wei     a self-review

examples-award =
    Example:
      clientele award li-wei --kind special --reason '拿下星辰光電首單' --amount 5000 --period 2026-10 --by zhang-min

examples-import-crm =
    Examples:
      clientele import crm ~/exports/crm --dry-run     see what would be created
      clientele import crm ~/exports/crm --owner-map owners.csv
      clientele import crm ~/exports/crm --skip-existing   import only what is new

examples-import-complaints =
    Examples:
      clientele import complaints complaints.csv --client acme --handler wang-fang --dry-run
      clientele import complaints complaints.csv --client acme --handler wang-fang \
          --company 'ACME BANK, N.A.' --severity-map severities.csv

examples-completions =
    Example: clientele completions bash > /etc/bash_completion.d/clientele

examples-man =
    Examples:
      clientele man > clientele.1 && man ./clientele.1
      clientele man --dir ~/.local/share/man/man1     every command's page, for `man clientele-summary`


# The newer commands and subcommands.

examples-cache =
    Examples:
      clientele cache clear          remove the cache of the records folder
      clientele --no-cache summary   one run without it (or CLIENTELE_NO_CACHE=1)

examples-career-set =
    Example:
      clientele career set wang-fang --goal manager --by 2027-06 --plan '帶兩個重點客戶' --mentor li-wei

examples-rotation-add =
    Example:
      clientele rotation add wang-fang --from 2026-03-01 --to 2026-05-31 --area '售後服務'

examples-careers =
    Examples:
      clientele careers                            the team's career view as of today
      clientele careers --member li-wei --format json

examples-client-show =
    Examples:
      clientele client show acme                   everything about one client
      clientele client show acme --format json     the same as one JSON object

examples-client-set =
    Examples:
      clientele client set acme --owner chen-jie --specialist wang-fang
      clientele client set acme --stage customer --since 2026-11-20
      clientele client set acme --tier A --tier-reason '戰略客戶'

examples-client-handover =
    Example: clientele client handover --from li-wei --to chen-jie

examples-clients =
    Examples:
      clientele clients                               every client, by id
      clientele clients --stage lead,prospect         the key-prospect list, by potential
      clientele clients --owner li-wei --format csv   one manager's book for a spreadsheet

examples-contact-add =
    Example:
      clientele contact add hd-electronics --name 王琳 --title 採購經理 --phone 13800000000 --primary

examples-contact-set =
    Example: clientele contact set hd-electronics 王琳 --email wl@example.com

examples-contact-remove =
    Example: clientele contact remove hd-electronics 王琳

examples-deals =
    Examples:
      clientele deals --open                       the deals still to win
      clientele deals --late                       won deals past their due date, not delivered
      clientele deals --client acme --format csv   one client's deals for a spreadsheet

examples-diff =
    Examples:
      clientele diff                          this branch against where it left its upstream
      clientele diff main                     main against the working tree
      clientele diff v2026-10 v2026-11        one tag against another
      clientele diff origin/main HEAD --format md --fail-on new-errors   a review comment, in CI

examples-event-add =
    Example:
      clientele event add --date 2026-12-18 --title '年終客戶答謝會' --kind appreciation \
          --invite hd-electronics,xingchen-optics --cost 30000 --member zhang-min

examples-event-attended =
    Example:
      clientele event attended E-2026-001 hd-electronics,xingchen-optics --member zhang-min

examples-events =
    Examples:
      clientele events --month 2026-11                 the month's events and attendance
      clientele events --client hd-electronics         the events a client was invited to
      clientele events --kind appreciation --format csv

examples-export =
    Examples:
      clientele export ics -o team.ics                    the team's next 30 days, to subscribe to
      clientele export ics --member li-wei --within 14    one member's next two weeks
      clientele export sqlite team.db                     every record and report, for SQL and BI tools

examples-feedback =
    Example:
      clientele feedback li-wei --period 2026-10 --note '銷售額未達標，下月重點跟進星辰' --member zhang-min

examples-history =
    Examples:
      clientele history hd-electronics                 every change to the client, oldest first
      clientele history hd-electronics --field owner   who moved the client to whom, and when
      clientele history hd-electronics --tier          the commits after which its tier changed
      clientele history --member li-wei --month 2026-11  what was logged, approved, corrected
      clientele history acme --format csv              commit,author,date,file,entry,field,old,new

    The client's file is followed across renames. A merge shows only what it
    changed beyond both sides (a conflict resolved by hand).

examples-member-add =
    Example:
      clientele member add chen-jie --name 陳傑 --role manager --reports-to zhang-min --joined 2026-12-01

examples-member-set =
    Example: clientele member set chen-jie --role lead --no-reports-to

examples-member-leave =
    Example:
      clientele member leave li-wei --on 2026-12-31 --handover-to chen-jie

examples-research =
    Examples:
      clientele research --kind competitor --month 2026-11   what the team learnt about competitors
      clientele research --client hd-electronics            the notes about one client
      clientele research add --topic '華東物流運價' --kind industry --summary '運價持平' --member li-wei

examples-serve =
    Examples:
      clientele serve                              the records at http://127.0.0.1:8421/
      clientele serve --port 0                     any free port (printed on the first line)
      clientele serve --write --commit             members sign in with a token; each write a commit

    Every report is a page (/followups?overdue=1&owner=li-wei) and a data file
    (/followups.csv, /followups.json) equal to `followups --format csv` on the command line.

examples-token =
    Examples:
      clientele token add li-wei        print a new token for li-wei (shown once)
      clientele token list              who has tokens, and since when
      clientele token revoke li-wei     li-wei's tokens stop working at once

examples-training-add =
    Example:
      clientele training add --id T-2026-09 --date 2026-12-05 --topic 談判技巧 --category sales \
          --method internal --hours 3 --trainer 張敏 --attendees li-wei,wang-fang

examples-training-score =
    Examples:
      clientele training score T-2026-09 li-wei 85
      clientele training score T-2026-09 wang-fang 72 --retake
