#!/usr/bin/env bash
# The Syncthing test (issue 15, docs/sync.md): two real Syncthing daemons on
# the loopback address and two `lodesk sync --watch` laptops on them
# (app/sync/syncthing_test.go). `make deps` installs Debian's syncthing;
# .ci/run runs this once. It fails unless the test ran and passed (a skip
# fails too). Every process the test starts is killed at exit, whatever
# happens (the test also kills them itself, and they die with it).
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=${LANG:-en_US.UTF-8} GOFLAGS=-buildvcs=false LODESK_NEED_SYNCTHING=1
make build # installs syncthing with the other packages (make deps)
syncthing --version
work=$(mktemp -d)
pids=$work/pids
stop_all() {
  if [ -f "$pids" ]; then
    while read -r p; do kill -9 "$p" 2>/dev/null || true; done <"$pids"
  fi
  rm -rf "$work"
}
trap stop_all EXIT INT TERM
LODESK_SYNCTHING_BIN=$PWD/lodesk LODESK_SYNCTHING_PIDS=$pids \
  go test -tags migrated_fynedo -count=1 -timeout 6m -run '^TestSyncthing$' -v ./app/sync/ | tee "$work/out"
grep -q -- '^--- PASS: TestSyncthing ' "$work/out" || { echo "TestSyncthing did not run and pass"; exit 1; }
