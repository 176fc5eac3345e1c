#!/usr/bin/env bash
# The Syncthing test (issue 15, docs/sync.md): two real Syncthing daemons on
# the loopback address and two `lodesk sync --watch` laptops on them
# (app/sync/syncthing_test.go). Installs Debian's syncthing if missing;
# .ci/run runs it once. Every process the test starts is killed at exit,
# whatever happens (the test also kills them itself, and they die with it).
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=${LANG:-en_US.UTF-8} GOFLAGS=-buildvcs=false
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
if ! command -v syncthing >/dev/null; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq syncthing
fi
syncthing --version
[ -x ./lodesk ] || make build
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
  go test -tags migrated_fynedo -count=1 -timeout 6m -run '^TestSyncthing$' -v ./app/sync/
