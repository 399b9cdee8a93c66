#!/usr/bin/env bash
# Builds a records repository with a year of daily commits, for timing
# `clientele history` (see docs/git.md, "How fast"). Usage:
#
#   cargo build --release --example generate && cargo build --release
#   bash benches/history-repo.sh /tmp/year        # about a minute
#   cd /tmp/year && time ../path/to/clientele history c0001 --format csv
#
# The folder is the generator's 2,000 clients, 20 members and 12 months; the
# first commit holds it all, then each of 365 days changes the potential of
# five clients and adds a line to one member's notes, by one of five
# authors, with fixed dates, so the same script gives the same hashes.
set -euo pipefail

out=${1:?usage: history-repo.sh DIR}
bin=${CARGO_TARGET_DIR:-target}/release/examples/generate
[ -e "$out" ] && { echo "$out exists" >&2; exit 2; }
"$bin" --clients 2000 --members 20 --months 12 --seed 1 "$out" >/dev/null
cd "$out"
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
git init -q -b main
git add -A
GIT_AUTHOR_NAME=lead GIT_AUTHOR_EMAIL=lead@example.com \
GIT_COMMITTER_NAME=lead GIT_COMMITTER_EMAIL=lead@example.com \
GIT_AUTHOR_DATE="2025-12-01T09:00:00+08:00" GIT_COMMITTER_DATE="2025-12-01T09:00:00+08:00" \
  git commit -q -m "records"
clients=(clients/*.toml)
n=${#clients[@]}
for day in $(seq 1 365); do
  date=$(date -u -d "2025-12-01 + $day days" +%Y-%m-%dT10:00:00+08:00)
  for k in 0 1 2 3 4; do
    f=${clients[$(( (day * 37 + k * 401) % n ))]}
    sed -i "s/^potential = .*/potential = $(( (day + k) % 5 + 1 ))/" "$f"
  done
  who=m$(( day % 5 ))
  GIT_AUTHOR_NAME=$who GIT_AUTHOR_EMAIL=$who@example.com \
  GIT_COMMITTER_NAME=$who GIT_COMMITTER_EMAIL=$who@example.com \
  GIT_AUTHOR_DATE=$date GIT_COMMITTER_DATE=$date \
    git commit -q -am "day $day"
done
git gc -q
echo "$out: $(git rev-list --count HEAD) commits, $n clients"
