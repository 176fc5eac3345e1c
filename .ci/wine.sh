#!/usr/bin/env bash
# CI (issue 18): the Windows builds, run under Wine (Debian's wine64) as a
# coordinator would run them.
#
#   .ci/wine.sh PORTABLE.exe SETUP.exe
#
# The portable .exe: version, demo, check, export, import of a CSV and an
# XLSX whose names have spaces and non-ASCII characters, pack --all,
# backup and restore, sync between two event files through a folder, and
# a second writer refused while the window holds the event (the window
# runs under Xvfb: Wine draws it with Mesa's software OpenGL). Every
# command's output is read through a pipe (the .exe is a GUI program: see
# app/cli/console_windows.go) and must hold no "Fyne error".
#
# The installer: installs silently (/S) for the user, without
# administrator; the installed lodesk.exe runs demo and check; the
# shortcuts, the .lodesk association and the Apps & features entry are in
# place; the silent uninstaller removes them and leaves the user's files.
#
# Wine runs in a prefix and HOME of its own under a temporary folder; it
# writes nothing to the real home. Wine 8 lacks bcryptprimitives.dll,
# which Go's runtime needs (Windows 10 and 11 have it): the prefix gets a
# stand-in built from .ci/bcryptprimitives.c.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: $0 PORTABLE.exe SETUP.exe" >&2; exit 2; }
exe=$(realpath "$1")
setup=$(realpath "$2")
version=$(sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' FyneApp.toml)

t0=$SECONDS
step() { echo "== wine: $* ($((SECONDS - t0))s)"; }
fail() { echo "wine: FAIL: $*" >&2; exit 1; }

work=$(mktemp -d)
gui=
# Ending Wine's processes ends the window, and xvfb-run then stops its
# Xvfb (killing xvfb-run would leave Xvfb running).
cleanup() {
  wineserver -k 2>/dev/null || true
  if [ -n "$gui" ]; then wait "$gui" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export WINEPREFIX=$work/prefix WINEARCH=win64 WINEDEBUG=-all HOME=$work/home
# no Mono or Gecko prompts, no menu entries written to the desktop
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d;bcryptprimitives=b,n"
export LANG=C.UTF-8
unset DISPLAY LC_ALL
mkdir -p "$HOME" "$work/run"

step "wine prefix"
wine --version
wine wineboot -i >"$work/boot.log" 2>&1 || { cat "$work/boot.log"; fail "wineboot"; }
wineserver -w
sys32=$WINEPREFIX/drive_c/windows/system32
if [ ! -e "$sys32/bcryptprimitives.dll" ]; then
  echo "  bcryptprimitives.dll: a stand-in for Go's runtime (.ci/bcryptprimitives.c)"
  printf 'LIBRARY bcryptprimitives.dll\nEXPORTS\nProcessPrng\n' >"$work/bcryptprimitives.def"
  x86_64-w64-mingw32-gcc -O2 -shared -s -o "$sys32/bcryptprimitives.dll" \
    .ci/bcryptprimitives.c "$work/bcryptprimitives.def" -ladvapi32
fi

# run BIN ARGS...: lodesk under Wine, in $work/run; sets out (stdout and
# stderr through a pipe, CRs dropped) and rc.
run() {
  local bin=$1
  shift
  rc=0
  out=$(cd "$work/run" && wine "$bin" "$@" 2>&1 | tr -d '\r'; exit "${PIPESTATUS[0]}") || rc=$?
  printf '%s\n' "$out" | sed 's/^/    /' | head -20
  if grep -q 'Fyne error' <<<"$out"; then fail "lodesk $* printed Fyne noise"; fi
}
# ok ARGS...: the portable lodesk.exe must succeed and print something.
ok() {
  echo "  lodesk $*"
  run "$exe" "$@"
  [ "$rc" = 0 ] || fail "lodesk $* exited $rc"
  [ -n "$out" ] || fail "lodesk $* printed nothing through the pipe"
}
has() { grep -qF -- "$1" <<<"$out" || fail "expected \"$1\" in the output"; }

step "version, demo, check"
ok version
has "lodesk $version"
has "windows/amd64"
ev="KTT Jakarta 2026.lodesk"
ok demo "$ev"
ok check "$ev"
has "ok"

step "export and import (spaces and non-ASCII names)"
csv="Daftar Delegasi – Sulawesi Utara ‘Manado’ é.csv"
xlsx="Peserta Delegasi — Kementerian Luar Negeri ñ.xlsx"
ok export "$ev" delegations "$csv"
has "wrote 63 delegations"
ok export "$ev" people "$xlsx"
[ -s "$work/run/$csv" ] && [ -s "$work/run/$xlsx" ] || fail "export wrote no files named $csv, $xlsx"
ok import "$ev" delegations "$csv" --dry-run
has "0 new, 0 updated, 63 unchanged"
csv2="Delegasi Tambahan – Sekretariat ‘Uji Coba’ (Kemenlu) ü.csv"
printf 'Kode;Nama;Jenis;Urutan;Bahasa;Status\r\nTST;Sekretariat Uji Coba;organisasi;99;id;diharapkan\r\n' >"$work/run/$csv2"
ok import "$ev" delegations "$csv2"
has "1 new, 0 updated, 0 unchanged"
ok import "$ev" people "$xlsx" --dry-run
has "0 new, 0 updated"
printf 'code;nama\nTST;Sekretariat\nTST;dua kali\n' >"$work/run/salah ganda.csv"
echo "  lodesk import (a file with a problem)"
run "$exe" import "$ev" delegations "salah ganda.csv"
[ "$rc" = 1 ] || fail "a bad file was not refused (exit $rc)"
has "salah ganda.csv: row 3"

step "pack --all"
ok pack "$ev" --all --out "Paket LO"
n=$(find "$work/run/Paket LO" -name '*.pdf' | wc -l)
has "wrote $n pack(s)"
[ "$n" -gt 0 ] || fail "no PDF in Paket LO"

step "backup and restore"
ok backup "$ev" "Cadangan KTT"
b=$(find "$work/run/Cadangan KTT" -type f -name '*.lodesk-backup' | head -1)
[ -n "$b" ] || fail "no backup in Cadangan KTT"
ok restore "Cadangan KTT/$(basename "$b")" "KTT pulih.lodesk"
has "ok"
ok check "KTT pulih.lodesk"

step "sync between two event files through a folder"
mkdir -p "$work/run/Sinkron KTT"
ok sync "$ev" --folder "Sinkron KTT"
ok sync "Laptop Dua.lodesk" --folder "Sinkron KTT"
has "joined"
printf 'code,name,kind\nTS2,Delegasi Laptop Dua,organisation\n' >"$work/run/dari laptop dua.csv"
ok import "Laptop Dua.lodesk" delegations "dari laptop dua.csv"
ok sync "Laptop Dua.lodesk" --folder "Sinkron KTT"
ok sync "$ev" --folder "Sinkron KTT"
grep -Eq '^in: +[1-9]' <<<"$out" || fail "the first file received nothing from the second"
ok export "$ev" delegations "setelah sinkron.csv"
grep -q '^TS2,' "$work/run/setelah sinkron.csv" || fail "TS2, made on the second file, did not reach the first"

step "the window under Xvfb, and a second writer refused"
# The window opens the event for writing and holds it; a command that
# writes must then be refused, naming the reason.
# The window is titled "LO Desk" until the event is drawn, then "EVENT —
# LO Desk": look for a title that ends with LO Desk, whichever it is by then.
cat >"$work/gui.sh" <<'EOS'
wine "$1" "$2" &
for _ in $(seq 90); do
  if xwininfo -root -tree | grep -q 'LO Desk"'; then
    xwininfo -root -tree | grep 'LO Desk"' | head -2
    touch "$3"
    break
  fi
  sleep 1
done
wait
EOS
(cd "$work/run" && exec xvfb-run -a -s '-screen 0 1280x800x24' bash "$work/gui.sh" "$exe" "$ev" "$work/window-seen") >"$work/gui.log" 2>&1 &
gui=$!
# The lock's sidecar file stays on Windows; the -shm file says the event is
# open. The window's start takes a while under Wine: try until refused.
refused=
for _ in $(seq 45); do
  kill -0 "$gui" 2>/dev/null || { cat "$work/gui.log" >&2; fail "the window exited"; }
  if [ -e "$work/run/$ev-shm" ]; then
    echo "  lodesk import (while the window holds the event)"
    run "$exe" import "$ev" delegations "$csv"
    if [ "$rc" = 1 ] && grep -qF "open for writing in another LO Desk" <<<"$out"; then refused=1; break; fi
    [ "$rc" = 0 ] || fail "the second writer failed otherwise (exit $rc)"
  fi
  sleep 2
done
[ -n "$refused" ] || { cat "$work/gui.log" >&2; fail "no second writer was refused within 90 s"; }
for _ in $(seq 30); do [ -e "$work/window-seen" ] && break; sleep 1; done
[ -e "$work/window-seen" ] || { cat "$work/gui.log" >&2; fail "no window named LO Desk"; }
grep 'LO Desk"' "$work/gui.log" | sed 's/^ */    window: /'
echo "  lodesk check (reading is allowed)"
run "$exe" check "$ev"
[ "$rc" = 0 ] || fail "check refused while the window has the file open (exit $rc)"
wineserver -k 2>/dev/null || true
wait "$gui" 2>/dev/null || true
gui=

step "installer: silent, per user"
wine "$setup" /S
wineserver -w
user=$(wine cmd /c 'echo %USERNAME%' 2>/dev/null | tr -d '\r')
local_app=$WINEPREFIX/drive_c/users/$user/AppData/Local
installed="$local_app/Programs/LO Desk/lodesk.exe"
[ -f "$installed" ] || fail "no $installed"
[ -f "$local_app/Programs/LO Desk/uninstall.exe" ] || fail "no uninstaller"
startmenu="$WINEPREFIX/drive_c/users/$user/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/LO Desk.lnk"
desktop="$WINEPREFIX/drive_c/users/$user/Desktop/LO Desk.lnk"
[ -f "$startmenu" ] || fail "no Start menu shortcut"
[ -f "$desktop" ] || fail "no desktop shortcut"
reg() { wine reg query "$@" 2>/dev/null | tr -d '\r'; }
reg 'HKCU\Software\Classes\.lodesk' | grep -q 'LODesk.Event' || fail ".lodesk is not associated"
cmd=$(reg 'HKCU\Software\Classes\LODesk.Event\shell\open\command')
echo "$cmd" | grep REG_SZ
grep -qF '\LO Desk\lodesk.exe" "%1"' <<<"$cmd" || fail "wrong open command for .lodesk"
reg 'HKCU\Software\Classes\LODesk.Event\DefaultIcon' | grep -qF 'lodesk.exe,0' || fail "no icon for .lodesk"
entry=$(reg 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\LODesk')
echo "$entry" | grep REG_
grep -q "DisplayVersion.*$version" <<<"$entry" || fail "no Apps & features entry"
echo "  installed lodesk.exe demo, check"
run "$installed" demo "installed.lodesk"
[ "$rc" = 0 ] || fail "the installed lodesk.exe demo exited $rc"
run "$installed" check "installed.lodesk"
[ "$rc" = 0 ] || fail "the installed lodesk.exe check exited $rc"
has "ok"

step "uninstaller: silent, leaves the user's files"
mkdir -p "$local_app/LO Desk/Backups" "$WINEPREFIX/drive_c/users/$user/AppData/Roaming/LO Desk"
echo keep >"$local_app/LO Desk/Backups/keep.lodesk"
echo keep >"$WINEPREFIX/drive_c/users/$user/AppData/Roaming/LO Desk/keep.txt"
wine "$local_app/Programs/LO Desk/uninstall.exe" /S
wineserver -w
[ ! -e "$installed" ] || fail "the uninstaller left lodesk.exe"
[ ! -e "$startmenu" ] && [ ! -e "$desktop" ] || fail "the uninstaller left a shortcut"
[ -f "$local_app/LO Desk/Backups/keep.lodesk" ] || fail "the uninstaller removed the backups"
[ -f "$WINEPREFIX/drive_c/users/$user/AppData/Roaming/LO Desk/keep.txt" ] || fail "the uninstaller removed the user's data"
if reg 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\LODesk' | grep -q DisplayName; then
  fail "the Apps & features entry is still there"
fi
if reg 'HKCU\Software\Classes\.lodesk' | grep -q 'LODesk.Event'; then fail "the association is still there"; fi

step "ok"
