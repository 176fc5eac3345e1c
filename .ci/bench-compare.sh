#!/usr/bin/env bash
# make bench-compare: LO Desk side by side, on this machine and in this
# run, with
#   - LibreOffice headless (Debian's libreoffice-writer-nogui) converting
#     the same packs' text to PDF: pages per second, and the ratio;
#   - a bare Fyne window with a 3,000-row table (ui/internal/barewin, same
#     module versions): time to the first frame and resident memory under
#     Xvfb, and the ratio, for LO Desk's window on the large and xlarge
#     demos.
# It installs what it lacks (Debian/Ubuntu), takes minutes, and is not
# part of CI's tests. Settings: RUNS (window runs, median; 3), SAMPLE
# (packs given to LibreOffice; 200), SETTLE (seconds after the first frame
# before memory is read; 8), BENCH_DIR (work folder, kept; demos in it are
# reused), ONLY (windows: the windows' first frames and memory alone, a
# few minutes; packs: the packs alone; both unless set).
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=en_US.UTF-8 GOFLAGS=-buildvcs=false
unset LC_ALL LANGUAGE
RUNS=${RUNS:-3}
SAMPLE=${SAMPLE:-200}
SETTLE=${SETTLE:-8}
ONLY=${ONLY:-}
case "$ONLY" in "" | windows | packs) ;; *) echo "ONLY: windows or packs, not $ONLY" >&2; exit 2 ;; esac
want() { [ -z "$ONLY" ] || [ "$ONLY" = "$1" ]; }
WORK=${BENCH_DIR:-$(mktemp -d /tmp/lodesk-bench.XXXXXX)}
mkdir -p "$WORK"
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
say() { echo "== $*" >&2; }
trap 'echo "bench-compare: failed at line $LINENO" >&2' ERR

# What this needs beyond the build's packages (make deps).
debs="libreoffice-writer-nogui fonts-dejavu-core xvfb xauth poppler-utils procps"
missing=$(for p in $debs; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
if [ -n "$missing" ]; then
	say "installing $missing"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
make -s deps

say "building lodesk and the bare window"
go build -tags migrated_fynedo -trimpath -o "$WORK/lodesk" .
go build -tags migrated_fynedo -trimpath -o "$WORK/barewin" ./ui/internal/barewin
for size in large xlarge; do
	[ -f "$WORK/$size.lodesk" ] || "$WORK/lodesk" demo "$WORK/$size.lodesk" --size "$size" --start 2026-12-01 >/dev/null
done

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }

# --- windows under Xvfb ---
if want windows; then
display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT # and the ERR trap stays
sleep 1
export DISPLAY=":$display"
export HOME="$WORK/home" # fresh preferences, no recent files
mkdir -p "$HOME"

# window LABEL CMD...: runs the window RUNS times; prints the median of
# the milliseconds to the frame marked LABEL and of the resident memory
# (MB) SETTLE seconds later.
window() {
	local label=$1 t0 pid probe i
	shift
	for i in $(seq "$RUNS"); do
		probe="$WORK/probe.$i"
		rm -f "$probe"
		t0=$(date +%s%N)
		LODESK_FRAME_PROBE="$probe" "$@" >/dev/null 2>&1 &
		pid=$!
		for _ in $(seq 600); do
			grep -q "^$label " "$probe" 2>/dev/null && break
			sleep 0.1
		done
		sleep "$SETTLE"
		awk -v l="$label" -v t0="$t0" '$1 == l {printf "%d ", ($2 - t0) / 1e6}' "$probe"
		awk '/^VmRSS/ {printf "%d\n", $2 / 1024}' "/proc/$pid/status"
		kill "$pid"
		wait "$pid" 2>/dev/null || true
	done >"$WORK/runs"
	echo "$(cut -d' ' -f1 "$WORK/runs" | median) $(cut -d' ' -f2 "$WORK/runs" | median)"
}

say "bare Fyne window, $RUNS runs"
read -r bare_ms bare_mb < <(window window "$WORK/barewin")
say "LO Desk on the large demo"
read -r large_ms large_mb < <(window event "$WORK/lodesk" "$WORK/large.lodesk")
say "LO Desk on the xlarge demo"
read -r xl_ms xl_mb < <(window event "$WORK/lodesk" "$WORK/xlarge.lodesk")
read -r xl_first _ < <(RUNS=1 window window "$WORK/lodesk" "$WORK/xlarge.lodesk")
kill $xvfb 2>/dev/null || true
fi

# --- packs: LO Desk against LibreOffice ---
if want packs; then
say "every pack of the xlarge demo"
rm -rf "$WORK/packs"
t0=$(date +%s%N)
"$WORK/lodesk" pack "$WORK/xlarge.lodesk" --all --out "$WORK/packs" >"$WORK/packs.log"
packs_ms=$(ms "$t0")
packs=$(grep -c ' pages)$' "$WORK/packs.log")
pages=$(sed -n 's/.*(\([0-9]*\) pages)$/\1/p' "$WORK/packs.log" | awk '{s += $1} END {print s}')

say "LibreOffice on the text of $SAMPLE of them"
# The same packs' text, page by page, as HTML tables (DejaVu Sans 7 pt,
# A4), which LibreOffice lays out in about as many pages as LO Desk's
# packs (9-10 against 8-9): what it lays out and writes as PDF.
rm -rf "$WORK/html" "$WORK/lo"
mkdir -p "$WORK/html" "$WORK/lo"
mapfile -t all < <(find "$WORK/packs" -name '*.pdf' | sort)
for pdf in "${all[@]:0:$SAMPLE}"; do
	n=$(basename "$pdf" .pdf | tr -c 'A-Za-z0-9\n' '_')
	pdftotext -layout -enc UTF-8 "$pdf" - | awk -v table='<table width="100%" border="1" cellspacing="0" cellpadding="0">' '
		BEGIN {
			print "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
			print "@page { size: A4; margin: 12mm } body { font-family: \"DejaVu Sans\"; font-size: 7pt } td { font-size: 7pt; padding: 0 } p { margin: 0 }"
			print "</style></head><body>" table
		}
		/\f/ { print "</table><p style=\"page-break-before: always\"></p>" table; sub(/\f/, "") }
		{
			gsub(/&/, "\\&amp;"); gsub(/</, "\\&lt;"); gsub(/>/, "\\&gt;")
			sub(/^ +/, "")
			if ($0 == "") next
			n = split($0, cell, /  +/)
			printf "<tr>"
			for (i = 1; i <= n; i++) printf "<td>%s</td>", cell[i]
			print "</tr>"
		}
		END { print "</table></body></html>" }' >"$WORK/html/$n.html"
done
soffice() { command soffice -env:UserInstallation="file://$WORK/lo-profile" --headless --norestore "$@"; }
mapfile -t html < <(find "$WORK/html" -name '*.html' | sort)
soffice --infilter="HTML (StarWriter)" --convert-to pdf --outdir "$WORK/lo-warm" "${html[0]}" >/dev/null 2>&1 # profile, caches
t0=$(date +%s%N)
soffice --infilter="HTML (StarWriter)" --convert-to pdf --outdir "$WORK/lo" "${html[@]}" >/dev/null 2>&1
lo_ms=$(ms "$t0")
lo_docs=$(find "$WORK/lo" -name '*.pdf' | wc -l)
lo_pages=$(for f in "$WORK"/lo/*.pdf; do pdfinfo "$f" | awk '/^Pages:/ {print $2}'; done | awk '{s += $1} END {print s}')
# The same documents as LO Desk paginates them.
same_pages=$(for f in "${all[@]:0:$SAMPLE}"; do pdfinfo "$f" | awk '/^Pages:/ {print $2}'; done | awk '{s += $1} END {print s}')

lodesk_pps=$(awk -v p="$pages" -v t="$packs_ms" 'BEGIN {printf "%.0f", p / t * 1000}')
lo_pps=$(awk -v p="$lo_pages" -v t="$lo_ms" 'BEGIN {printf "%.1f", p / t * 1000}')
lo_same_pps=$(awk -v p="$same_pages" -v t="$lo_ms" 'BEGIN {printf "%.1f", p / t * 1000}')
lodesk_dps=$(awk -v p="$packs" -v t="$packs_ms" 'BEGIN {printf "%.2f", p / t * 1000}')
lo_dps=$(awk -v p="$lo_docs" -v t="$lo_ms" 'BEGIN {printf "%.2f", p / t * 1000}')
fi

load=$(cut -d' ' -f1-3 /proc/loadavg)
echo
echo "LO Desk side by side ($(nproc) cores, load average $load, $(date -u +%F))"
if want packs; then
	cat <<EOF

packs                     documents  pages    seconds  pages/s
  LO Desk (xlarge, all)   $packs     $pages   $(ratio "$packs_ms" 1000)  $lodesk_pps
  LibreOffice (same text) $lo_docs   $lo_pages   $(ratio "$lo_ms" 1000)  $lo_pps   ($same_pages pages as LO Desk lays them out: $lo_same_pps)
  ratio, pages per second: $(ratio "$lodesk_pps" "$lo_pps")x on LibreOffice's own page count, $(ratio "$lodesk_pps" "$lo_same_pps")x on the same documents' pages (target: at least 12x)
  ratio, documents per second: $(ratio "$lodesk_dps" "$lo_dps")x
EOF
fi
if want windows; then
	cat <<EOF

windows under Xvfb (median of $RUNS)   first frame   resident
  bare Fyne window, 3,000-row table     ${bare_ms} ms        ${bare_mb} MB
  LO Desk, large demo (event drawn)     ${large_ms} ms        ${large_mb} MB   $(ratio "$large_mb" "$bare_mb")x the bare window (target: at most 1.3x)
  LO Desk, xlarge demo (event drawn)    ${xl_ms} ms        ${xl_mb} MB   (target: under 400 MB)
  LO Desk, xlarge demo, first frame     ${xl_first} ms
EOF
fi
echo "Work folder: $WORK"
