#!/usr/bin/env bash
# Takes the dialog pictures of the user guides (docs/guide.md, English, and
# docs/panduan.md, Bahasa Indonesia) in docs/guide/: New event, the import
# preview, Auto-match and Backups, in both languages, at 1180x680 on the
# small demo event. Run from the repository: docs/guide/take.sh [./lodesk]
#
# Each language gets a virtual X display (Xvfb) and a home whose Fyne
# preferences hold the language and the window size; xdotool types, clicks
# the window's buttons and menus at their places in a 1180x680 window (move
# them if the window changes: check every picture after a run), and
# ImageMagick's import saves the display, reduced to 64 colours. The home
# is a temporary folder named koordinator, or GUIDE_HOME (the pictures in
# the repository were taken with GUIDE_HOME=/home/koordinator, the path
# they show); LO Desk's preferences and backups in it are replaced.
# Needs: xvfb, xdotool, imagemagick (apt-get install xvfb xdotool imagemagick).
set -eu
bin=$(realpath "${1:-./lodesk}")
out=$(realpath "$(dirname "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
home=${GUIDE_HOME:-$work/koordinator}
mkdir -p "$home"
event="$home/KTT 2026.lodesk"
printf 'Kode,Nama,Jenis,Negara,Urutan,Status\nPE,Peru,negara,Peru,64,diharapkan\nNP,Nepal,negara,NP,65,diharapkan\nXX,Atlantis,negara,Atlantis,66,diharapkan\n' \
  >"$home/Delegasi tambahan.csv"
"$bin" demo "$work/demo.lodesk" >/dev/null

snap() { # snap NAME
  xdotool mousemove 1170 670
  sleep 0.5
  import -window root "$out/$1.png"
  convert "$out/$1.png" -colors 64 "PNG8:$out/$1.png"
}
click() { xdotool mousemove "$1" "$2" click 1; sleep "${3:-1}"; }

for lang in en id; do
  rm -rf "$home/.config/fyne/org.lodesk.app" "$home/.local/share/lodesk" "$event"
  mkdir -p "$home/.config/fyne/org.lodesk.app"
  printf '{"language":"%s","window.width":1180,"window.height":680}\n' "$lang" \
    >"$home/.config/fyne/org.lodesk.app/preferences.json"
  cp "$work/demo.lodesk" "$event"
  export DISPLAY=:$((150 + RANDOM % 100))
  Xvfb "$DISPLAY" -screen 0 1180x680x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1

  # New event, from the welcome screen.
  HOME=$home LANG=en_US.UTF-8 "$bin" >"$work/log" 2>&1 &
  app=$!
  sleep 5
  xdotool key ctrl+n
  sleep 2
  click 700 172 0.3 # Event name
  xdotool type --delay 20 "KTT ASEAN-Pasifik 2026"
  xdotool key Tab && xdotool type --delay 20 "Jakarta"
  xdotool key Tab && xdotool type --delay 20 "2026-11-24"
  xdotool key Tab && xdotool type --delay 20 "2026-11-27"
  click 650 431 0.2 # Save in folder
  xdotool key ctrl+a && xdotool type --delay 20 "$home"
  click 700 290 0.2 # back to Last day
  xdotool key End
  sleep 1
  snap "new-event-$lang"
  kill "$app"
  wait "$app" 2>/dev/null || true

  # Auto-match, Backups and the import preview, on the demo event.
  HOME=$home LANG=en_US.UTF-8 "$bin" "$event" >"$work/log" 2>&1 &
  app=$!
  sleep 6
  xdotool mousemove 5 5 key ctrl+4
  sleep 2
  click 440 49 3 # Auto-match…
  snap "assign-$lang"
  xdotool key Escape
  sleep 1
  xdotool mousemove 5 5 key ctrl+1
  sleep 2
  click 27 14       # File
  click 75 490 2    # Backups…
  click 363 542 3   # Back up now, twice
  click 363 542 3
  click 380 272     # the newest backup
  snap "backup-$lang"
  xdotool key Escape
  sleep 1
  click 27 14       # File
  click 42 250 2    # Import…
  click 434 170 0.5 # Delegasi tambahan.csv
  click 1005 618 3  # Open
  click 90 461      # row 4, the one with problems
  snap "import-$lang"
  kill "$app"
  wait "$app" 2>/dev/null || true
  kill "$xvfb"
  wait "$xvfb" 2>/dev/null || true
done
rm -rf "$event" "$home/Delegasi tambahan.csv"
echo "pictures in $out"
