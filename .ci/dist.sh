#!/usr/bin/env bash
# CI after the tests (issues 10 and 18): build what a coordinator installs
# with `make dist`, then check it as a person would.
#   Windows .exe  a 64-bit GUI program that needs no DLL beyond Windows' own,
#                 whose resources hold the icon (16 to 256 px) and a version
#                 resource naming LO Desk and FyneApp.toml's version
#   setup .exe    the installer (NSIS), with its own version resource
#   under Wine    both run as on Windows: .ci/wine.sh
#   Linux tarball has the binary, a valid .desktop file and the icon;
#                 installs with its own Makefile; the installed binary
#                 prints its version and keeps a window open under Xvfb
# Prints how long each step took. Needs root or sudo for apt-get only when a
# package is missing (make dist-deps).
set -euo pipefail
cd "$(dirname "$0")/.."
# C.UTF-8 for the tools (it always exists on Debian) and for lodesk's
# commands, which must print no Fyne noise under it; the window gets
# en_US.UTF-8
export LANG=C.UTF-8
unset LC_ALL
app_lang=en_US.UTF-8

t0=$SECONDS
step() { echo "== dist: $* ($((SECONDS - t0))s)"; }
fail() { echo "dist: FAIL: $*" >&2; exit 1; }

version=$(sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' FyneApp.toml)
build=$(sed -n 's/^[[:space:]]*Build[[:space:]]*=[[:space:]]*\([0-9][0-9]*\).*/\1/p' FyneApp.toml)
if [ -z "$version" ] || [ -z "$build" ]; then fail "no Version or Build in FyneApp.toml"; fi
exe=dist/lodesk-$version-windows-amd64.exe
setup=dist/lodesk-$version-windows-amd64-setup.exe
tarball=dist/lodesk-$version-linux-amd64.tar.xz
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

step "packages"
make -s -f dist.mk dist-deps

step "linux package"
s=$SECONDS
make -f dist.mk dist-linux
echo "dist-linux took $((SECONDS - s))s"

step "windows build"
s=$SECONDS
make -f dist.mk dist-windows
echo "dist-windows took $((SECONDS - s))s"

step "windows installer"
s=$SECONDS
make -f dist.mk dist-setup
echo "dist-setup took $((SECONDS - s))s"
ls -l "$exe" "$setup" "$tarball"

step "windows: PE header"
objdump=x86_64-w64-mingw32-objdump
$objdump -f "$exe" | grep -q 'file format pei-x86-64' || fail "$exe is not a 64-bit PE file"
headers=$($objdump -p "$exe")
grep -E '^Subsystem' <<<"$headers"
grep -Eq '^Subsystem[[:space:]]+0+2[[:space:]]' <<<"$headers" ||
  fail "$exe is not a GUI program (-H windowsgui): a console would open behind the window"
dlls=$(grep -E 'DLL Name:' <<<"$headers" | awk '{print $3}' | sort -u)
echo "imports:" "$(tr '\n' ' ' <<<"$dlls")"
# libgcc_s, libwinpthread, libstdc++, libssp... live in mingw, not on Windows
if grep -Eiq '^lib' <<<"$dlls"; then
  fail "$exe needs a DLL that Windows does not have: $(grep -Ei '^lib' <<<"$dlls" | tr '\n' ' ')"
fi

step "windows: icon and version resources"
wrestool -l "$exe"
wrestool -x --type=14 "$exe" -o "$tmp/"
ico=$(find "$tmp" -maxdepth 1 -name '*.ico' | head -1)
[ -n "$ico" ] || fail "no icon (group_icon resource) in $exe"
icotool -l "$ico"
for w in 16 32 48 256; do
  icotool -l "$ico" | grep -q -- "--width=$w " || fail "the icon has no ${w}x$w image"
done
exiftool -S -ProductName -FileDescription -ProductVersion -FileVersion -FileVersionNumber \
  -OriginalFileName -Subsystem "$exe" | tee "$tmp/exif.txt"
grep -qx 'ProductName: LO Desk' "$tmp/exif.txt" || fail "product name is not LO Desk"
grep -qx "ProductVersion: $version.$build" "$tmp/exif.txt" || fail "product version is not $version.$build"
grep -qx "FileVersionNumber: $version.$build" "$tmp/exif.txt" || fail "file version is not $version.$build"

exiftool -S -ProductName -ProductVersion -FileVersionNumber "$setup" | tee "$tmp/setup-exif.txt"
grep -qx 'ProductName: LO Desk' "$tmp/setup-exif.txt" || fail "the installer's product name is not LO Desk"
grep -qx "ProductVersion: $version.$build" "$tmp/setup-exif.txt" || fail "the installer's version is not $version.$build"
$objdump -f "$setup" | grep -q 'file format pei-x86-64' || fail "$setup is not a 64-bit PE file"

step "windows: under Wine"
make -s -f dist.mk dist-wine-deps
s=$SECONDS
.ci/wine.sh "$exe" "$setup"
echo "wine checks took $((SECONDS - s))s"

step "linux: package contents"
tar -tJf "$tarball" | tee "$tmp/contents.txt"
for f in bin/lodesk share/applications/org.lodesk.app.desktop share/pixmaps/org.lodesk.app.png Makefile; do
  grep -q "/$f\$" "$tmp/contents.txt" || fail "$tarball has no $f"
done
tar -xJf "$tarball" -C "$tmp"
desktop=$(find "$tmp/lodesk" -name org.lodesk.app.desktop)
cat "$desktop"
desktop-file-validate "$desktop" || fail "invalid .desktop file"
grep -qx 'Name=LO Desk' "$desktop" || fail ".desktop file does not name LO Desk"

step "linux: install and start"
make -s -C "$tmp/lodesk" install DESTDIR="$tmp/root" PREFIX=/usr
bin=$tmp/root/usr/bin/lodesk
[ -x "$bin" ] || fail "make install put no binary at /usr/bin/lodesk"
out=$("$bin" version 2>&1)
echo "lodesk version: $out"
grep -qF "$version" <<<"$out" || fail "lodesk version printed '$out', not $version"
if grep -q 'Fyne error' <<<"$out"; then fail "lodesk version printed Fyne noise under LANG=$LANG"; fi

home=$tmp/home
mkdir -p "$home"
cat >"$tmp/gui.sh" <<'EOF'
set -u
bin=$1 log=$2 app_lang=$3
LANG=$app_lang "$bin" >"$log" 2>&1 &
pid=$!
sleep 3
if ! kill -0 "$pid" 2>/dev/null; then
  echo "the window exited within 3 s"; exit 1
fi
xwininfo -root -tree | grep -F '"' | grep -v 'has no name' | sed 's/^ */  window: /' | head -5
xwininfo -root -tree | grep -q 'LO Desk' || { echo "no window named LO Desk"; kill "$pid"; exit 1; }
sleep 1
kill -TERM "$pid"
for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.3; done
kill -KILL "$pid" 2>/dev/null
exit 0
EOF
if ! HOME=$home XDG_DATA_HOME=$home/data XDG_STATE_HOME=$home/state XDG_CONFIG_HOME=$home/config \
  xvfb-run -a -s '-screen 0 1280x800x24' bash "$tmp/gui.sh" "$bin" "$tmp/gui.log" "$app_lang"; then
  cat "$tmp/gui.log" >&2
  fail "the installed binary did not keep its window open under Xvfb"
fi

step "ok: $(du -h "$exe" | cut -f1) $exe, $(du -h "$setup" | cut -f1) $setup, $(du -h "$tarball" | cut -f1) $tarball"
