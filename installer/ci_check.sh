#!/usr/bin/env bash
# Linux CI for the Windows packaging (.ci/run calls this after the tests, inside its venv):
#   1. installs PyInstaller (installer/requirements-build.txt) into the active Python
#   2. python installer/build.py: the onedir bundle, then makensis on installer/houqin.nsi
#      (Target amd64-unicode) against a stand-in with the Windows layout; size targets enforced
#   3. the frozen `houqin --self-test` offscreen (exit 0: window built, database created, every
#      PDF kind rendered with the embedded font), timed
#   4. the console executable's subcommands and exit codes (demo, check, list, print, errors)
#   5. the time until the frozen app's main window is painted (HOUQIN_STARTUP_PROBE), offscreen,
#      and on a real X server (Xvfb, xcb) when this machine has one and the xcb libraries
#   6. the bundle's contents: Qt trimmed, Qt's Chinese translation there, no unresolved library
#   7. optional: wine installs the Setup.exe silently, upgrades it, uninstalls it, and the
#      user's data survives (installer/wine_check.sh; runs when wine is installed)
# Any failure exits non-zero. PYTHON picks the interpreter (default: python3 of the venv).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ -n "${VIRTUAL_ENV:-}" ] && [ -x "$VIRTUAL_ENV/bin/python" ]; then PYTHON="$VIRTUAL_ENV/bin/python"; fi
fail() { echo "ci_check: FAILED: $*" >&2; exit 1; }
section() { printf '\n=== %s ===\n' "$*"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

command -v makensis >/dev/null || fail "makensis not found (apt-get install nsis)"

section "build tools"
"$PYTHON" -m pip install -q -r installer/requirements-build.txt
"$PYTHON" -m PyInstaller --version
makensis -VERSION; echo
"$PYTHON" installer/make_icon.py --check

section "build: PyInstaller bundle + NSIS installer"
build_started=$(now)
"$PYTHON" installer/build.py --nsis-target amd64-unicode --max-bundle-mib 220 --max-installer-mib 80 \
  || fail "installer/build.py"
echo "build took $(elapsed "$build_started") s"

BUNDLE=dist/Houqin
SETUP=$(ls dist/Houqin-*-Setup*.exe)
[ -x "$BUNDLE/houqin" ] && [ -x "$BUNDLE/houqin-cli" ] || fail "executables missing in $BUNDLE"
# The installer must be a 64-bit Windows program (PE32+, machine AMD64).
"$PYTHON" - "$SETUP" <<'EOF' || fail "$SETUP is not a 64-bit Windows executable"
import struct, sys
data = open(sys.argv[1], "rb").read(4096)
pe = struct.unpack_from("<I", data, 0x3C)[0]
assert data[:2] == b"MZ" and data[pe:pe + 4] == b"PE\0\0", "not a PE file"
machine, = struct.unpack_from("<H", data, pe + 4)
magic, = struct.unpack_from("<H", data, pe + 24)
assert machine == 0x8664 and magic == 0x20B, f"machine {machine:#x}, optional header {magic:#x}"
print(f"{sys.argv[1]}: PE32+ x86-64")
EOF

WORK=$(mktemp -d)
XVFB_PID=""
cleanup() {
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
export HOUQIN_DATA_DIR="$WORK/data" # never the CI user's own data folder
export QT_QPA_PLATFORM=offscreen

section "frozen self-test (houqin --self-test, offscreen)"
started=$(now)
set +e
"$BUNDLE/houqin" --self-test >"$WORK/selftest.out" 2>"$WORK/selftest.err"
rc=$?
set -e
selftest_time=$(elapsed "$started")
cat "$WORK/selftest.out"
grep -v "propagateSizeHints" "$WORK/selftest.err" >&2 || true
[ "$rc" -eq 0 ] || fail "frozen self-test exited $rc"
grep -q "字体已嵌入" "$WORK/selftest.out" || fail "self-test did not report the embedded font"
echo "exit 0 in $selftest_time s"

section "console executable: subcommands and exit codes"
CLI="$BUNDLE/houqin-cli"
"$CLI" --version
"$CLI" demo --db "$WORK/demo.sqlite3" --assets 300 || fail "houqin-cli demo"
"$CLI" check --db "$WORK/demo.sqlite3" || fail "houqin-cli check on the demo database"
first=$("$CLI" list handover --db "$WORK/demo.sqlite3" | head -n 1)
[ -n "$first" ] || fail "houqin-cli list handover printed nothing"
"$CLI" print handover "$first" -o "$WORK/slip.pdf" --db "$WORK/demo.sqlite3" || fail "houqin-cli print"
head -c 4 "$WORK/slip.pdf" | grep -q "%PDF" || fail "print did not write a PDF"
if command -v pdffonts >/dev/null; then
  pdffonts "$WORK/slip.pdf" | grep -qi "WenQuanYi" || fail "the PDF does not embed the WenQuanYi font"
  echo "handover slip $first: $(stat -c %s "$WORK/slip.pdf") bytes, WenQuanYi embedded"
fi
set +e
"$CLI" check --db "$WORK/missing.sqlite3" 2>"$WORK/missing.err"; rc_missing=$?
"$CLI" no-such-command 2>/dev/null; rc_usage=$?
set -e
[ "$rc_missing" -eq 1 ] || fail "check on a missing database exited $rc_missing, expected 1"
[ "$rc_usage" -eq 2 ] || fail "an unknown subcommand exited $rc_usage, expected 2"
echo "missing database -> exit 1: $(head -n 1 "$WORK/missing.err")"
echo "unknown subcommand -> exit 2"

# One GUI start with the startup probe: prints "startup-probe: window shown after N s ...".
probe() {
  local out
  out=$(HOUQIN_STARTUP_PROBE=$(now) timeout 60 "$BUNDLE/houqin" --db "$WORK/demo.sqlite3" 2>&1) \
    || { echo "$out" >&2; return 1; }
  echo "$out" | grep "startup-probe:" || { echo "$out" >&2; return 1; }
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

section "time to the main window (frozen GUI, offscreen, 3 starts)"
: >"$WORK/times"
for _ in 1 2 3; do
  line=$(probe) || fail "the frozen GUI did not show its window"
  echo "$line"
  echo "$line" | sed -E 's/.*after ([0-9.]+) s.*/\1/' >>"$WORK/times"
done
echo "$line" | grep -q "取消" || fail "Qt's Chinese translation (qtbase_zh_CN.qm) did not load"
window_offscreen=$(median <"$WORK/times")
echo "median $window_offscreen s (target: under 2 s)"
awk -v t="$window_offscreen" 'BEGIN { exit !(t < 2.0) }' || fail "window shown after $window_offscreen s"

section "time to the main window on an X server (Xvfb, xcb)"
window_xcb="skipped"
xcb_plugin="$BUNDLE/_internal/PySide6/Qt/plugins/platforms/libqxcb.so"
if ! command -v Xvfb >/dev/null; then
  echo "skipped: no Xvfb on this machine (apt-get install xvfb)"
elif LD_LIBRARY_PATH="$BUNDLE/_internal" ldd "$xcb_plugin" | grep -q "not found"; then
  echo "skipped: this machine lacks libraries Qt's xcb plugin needs (it needs them on a desktop too):"
  LD_LIBRARY_PATH="$BUNDLE/_internal" ldd "$xcb_plugin" | grep "not found"
else
  # -displayfd: Xvfb picks a free display number and writes it once it accepts connections.
  Xvfb -displayfd 5 -screen 0 1600x1000x24 -nolisten tcp 5>"$WORK/display" >/dev/null 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
  [ -s "$WORK/display" ] || fail "Xvfb did not start"
  display=":$(head -n 1 "$WORK/display")"
  : >"$WORK/times"
  for _ in 1 2 3; do
    line=$(DISPLAY=$display QT_QPA_PLATFORM=xcb probe) || fail "the frozen GUI did not start on Xvfb"
    echo "$line"
    echo "$line" | sed -E 's/.*after ([0-9.]+) s.*/\1/' >>"$WORK/times"
  done
  kill "$XVFB_PID" 2>/dev/null || true
  XVFB_PID=""
  window_xcb=$(median <"$WORK/times")
  echo "median $window_xcb s"
fi

section "bundle contents"
internal="$BUNDLE/_internal"
for needed in resources/fonts/wqy-microhei.ttc resources/icons/houqin.png resources/icons/houqin.ico \
  resources/reference/categories.csv app/db/schema/0001_initial.sql \
  PySide6/Qt/translations/qtbase_zh_CN.qm PySide6/Qt/plugins/platforms/libqoffscreen.so; do
  [ -e "$internal/$needed" ] || fail "$needed missing from the bundle"
done
unwanted=$(find "$internal" \( -name 'libQt6Network*' -o -name 'libQt6Qml*' -o -name 'libQt6Quick*' \
  -o -name 'libQt6Pdf*' -o -name 'libQt6Svg*' -o -name 'libQt6OpenGL*' -o -name '_tkinter*' \
  -o -name 'qtbase_de.qm' -o -path '*/plugins/sqldrivers' \) -print)
[ -z "$unwanted" ] || fail "left in the bundle: $unwanted"
# Pure-Python modules sit in the executables' archive; PyInstaller's table of contents lists them.
grep -q "'reportlab.graphics.barcode.code128'" build/pyinstaller/houqin/PYZ-00.toc \
  && grep -q "'reportlab.graphics.barcode.qr'" build/pyinstaller/houqin/PYZ-00.toc \
  || fail "reportlab's barcode modules are not in the bundle"
unresolved=$(find "$internal" -name '*.so*' -type f ! -name 'libqxcb*' ! -name 'libQt6XcbQpa*' \
  -exec sh -c 'LD_LIBRARY_PATH="$1" ldd "$2" 2>/dev/null | grep "not found" | sed "s|^|$2: |"' \
  _ "$internal:$internal/PySide6/Qt/lib" {} \;)
[ -z "$unresolved" ] || fail "unresolved libraries: $unresolved"
echo "Qt trimmed, translations and resources present, every library resolves"

wine_result="skipped (no wine)"
if command -v wine >/dev/null && [ -z "${HOUQIN_SKIP_WINE:-}" ]; then
  section "wine: silent install, upgrade, uninstall"
  timeout 600 bash installer/wine_check.sh "$SETUP" || fail "installer/wine_check.sh"
  wine_result="passed"
fi

section "summary"
bundle_bytes=$(find "$BUNDLE" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
printf 'bundle      %s  %.1f MiB (target < 220)\n' "$BUNDLE" "$(awk -v b="$bundle_bytes" 'BEGIN { print b / 1048576 }')"
printf 'installer   %s  %.1f MiB (target < 80)\n' "$SETUP" "$(awk -v b="$(stat -c %s "$SETUP")" 'BEGIN { print b / 1048576 }')"
echo "self-test   exit 0 in $selftest_time s"
echo "window      $window_offscreen s offscreen, $window_xcb s on Xvfb (median of 3; target < 2 s)"
echo "wine        $wine_result"
echo "ci_check: packaging OK"
