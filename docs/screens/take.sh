#!/usr/bin/env bash
# Takes the screenshots of every screen of LO Desk in docs/screens/: the
# nine screens of the main window on the small demo event, at 1024x640 and
# 1366x768, in English and Bahasa Indonesia (docs/screens/README.md shows
# them). Run from the repository: docs/screens/take.sh [./lodesk]
#
# Each run starts a virtual X display (Xvfb) of the size, with a home of
# its own whose Fyne preferences hold the language and the window size,
# opens the demo, goes to each screen with Ctrl+1..9 (xdotool) and saves
# the display (ImageMagick's import), reduced to 256 colours.
# Needs: xvfb, xdotool, imagemagick (apt-get install xvfb xdotool imagemagick).
set -eu
bin=$(realpath "${1:-./lodesk}")
out=$(realpath "$(dirname "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" demo "$work/demo.lodesk" --start "$(date +%F)" >/dev/null

names=(dashboard delegations liaison-officers assignments programme checklists requests print protocol)
for size in 1024x640 1366x768; do
  w=${size%x*} h=${size#*x}
  for lang in en id; do
    home="$work/home-$lang-$size"
    mkdir -p "$home/.config/fyne/org.lodesk.app"
    printf '{"language":"%s","window.width":%s,"window.height":%s}\n' "$lang" "$w" "$h" \
      >"$home/.config/fyne/org.lodesk.app/preferences.json"
    disp=:$((150 + RANDOM % 100))
    Xvfb "$disp" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
    cp "$work/demo.lodesk" "$work/$lang-$size.lodesk"
    HOME=$home DISPLAY=$disp LANG=en_US.UTF-8 "$bin" "$work/$lang-$size.lodesk" >"$work/log" 2>&1 &
    app=$!
    sleep 5
    for i in "${!names[@]}"; do
      DISPLAY=$disp xdotool mousemove 5 5 key "ctrl+$((i + 1))"
      sleep 2
      DISPLAY=$disp import -window root -colors 256 "$out/$size-$lang-$((i + 1))-${names[$i]}.png"
    done
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
  done
done
echo "screenshots in $out"
