#!/bin/sh
# CI for a records repository: the records are valid, every approval was
# given by its lead, and (on a review request) what the change does to the
# reports, as Markdown for a review comment.
#
#   records-ci.sh                 check + check --approvals (on every push)
#   records-ci.sh BASE            also: diff BASE HEAD → $CLIENTELE_DIFF_MD
#
# Run it in the repository (the records are its top or its records/
# folder); `clientele` must be on PATH and the clone must hold the whole
# history (`git fetch --unshallow`, or the service's "fetch depth 0"):
# approvals are proven by the commits that added them. Exit 1 when the
# records have errors, an approval is not proven, or the change brings a
# new error; every step runs, so the log shows all of them.
# CLIENTELE_REQUIRE_SIGNED=1: approvals must be in commits signed with the
# giver's `signing_keys` (check --approvals --require-signed).
set -u
status=0
echo "== clientele check"
clientele check --quiet || status=1
if [ "${CLIENTELE_REQUIRE_SIGNED:-}" = 1 ]; then
    echo "== clientele check --approvals --require-signed"
    clientele check --approvals --require-signed || status=1
else
    echo "== clientele check --approvals"
    clientele check --approvals || status=1
fi
if [ -n "${1:-}" ]; then
    out=${CLIENTELE_DIFF_MD:-clientele-diff.md}
    echo "== clientele diff $1 HEAD (into $out)"
    clientele diff "$1" HEAD --format md --fail-on new-errors > "$out" || status=1
    cat "$out"
fi
exit $status
