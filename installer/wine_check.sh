#!/usr/bin/env bash
# The installer's own behaviour under wine, silently (/S), in a throw-away wine prefix:
#   install (/NODESKTOP) -> files, Start-menu shortcut, Add/Remove Programs entry with version
#   upgrade in place     -> stale program files gone, the user's data and a portable data\ kept
#   older over newer     -> refused with exit code 2, nothing touched
#   uninstall (/S)       -> program, shortcuts and registry gone; the user's data kept
# On Linux the payload is the Linux bundle under Windows names, so the programs are not run here;
# the Windows workflow (.github/workflows/windows.yml) runs the installed app.
# Usage: installer/wine_check.sh dist/Houqin-<version>-Setup*.exe
set -euo pipefail
SETUP=$(realpath "$1")
fail() { echo "wine_check: FAILED: $*" >&2; exit 1; }

BASE=$(mktemp -d)
export WINEPREFIX="$BASE/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEARCH=win64
cleanup() {
  wineserver -k >/dev/null 2>&1 || true
  rm -rf "$BASE"
}
trap cleanup EXIT

started=$(date +%s)
wineboot -i >/dev/null 2>&1
wine winecfg -v win10 >/dev/null 2>&1 # wine 8 says Windows 7; Houqin needs 10
wineserver -w

C="$WINEPREFIX/drive_c"
APP="$C/Program Files/Houqin"
KEY='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Houqin'
START_MENU="$C/ProgramData/Microsoft/Windows/Start Menu/Programs/后勤管家.lnk"
DESKTOP="$C/users/Public/Desktop/后勤管家.lnk"
DATA="$C/users/$(wine cmd /c 'echo %USERNAME%' 2>/dev/null | tr -d '\r')/AppData/Local/Houqin"

setup() { # runs the installer silently, waits for every wine process, returns its exit code
  local rc=0
  wine "$SETUP" /S "$@" || rc=$?
  wineserver -w
  return "$rc"
}
reg_value() { wine reg query "$KEY" /v "$1" 2>/dev/null | tr -d '\r' | awk -v n="$1" '$1 == n { print $3 }'; }

echo "-- install (/S /NODESKTOP)"
setup /NODESKTOP || fail "silent install exited $?"
for f in houqin.exe houqin-cli.exe uninstall.exe _internal/resources/fonts/wqy-microhei.ttc; do
  [ -e "$APP/$f" ] || fail "not installed: $f"
done
[ -e "$START_MENU" ] || fail "no Start-menu shortcut"
[ ! -e "$DESKTOP" ] || fail "/NODESKTOP still made a desktop shortcut"
version=$(reg_value DisplayVersion)
publisher=$(wine reg query "$KEY" /v Publisher 2>/dev/null | tr -d '\r' | sed -n 's/.*REG_SZ *//p')
uninstall=$(wine reg query "$KEY" /v QuietUninstallString 2>/dev/null | tr -d '\r' | sed -n 's/.*REG_SZ *//p')
[ -n "$version" ] || fail "no DisplayVersion in $KEY"
echo "installed: version $version, publisher '$publisher', quiet uninstall: $uninstall"

echo "-- upgrade in place over the installed version"
mkdir -p "$DATA/backups" "$APP/data"
echo "the school's register" >"$DATA/houqin.sqlite3"
echo "a backup" >"$DATA/backups/houqin-backup.sqlite3"
echo "portable data" >"$APP/data/keep.txt"
echo stale >"$APP/_internal/stale-from-old-version.txt"
setup || fail "silent upgrade exited $?"
[ ! -e "$APP/_internal/stale-from-old-version.txt" ] || fail "the upgrade left old program files"
[ -e "$APP/houqin.exe" ] && [ -e "$DESKTOP" ] || fail "upgrade did not install everything"
[ -e "$DATA/houqin.sqlite3" ] && [ -e "$DATA/backups/houqin-backup.sqlite3" ] || fail "upgrade lost data"
[ -e "$APP/data/keep.txt" ] || fail "upgrade removed a data folder in the program folder"
echo "upgraded: stale files gone, desktop shortcut added, data kept"

echo "-- an older setup over a newer installation"
wine reg add "$KEY" /v DisplayVersion /d 99.0.0 /f >/dev/null 2>&1
rc=0
setup || rc=$?
[ "$rc" -eq 2 ] || fail "installing over a newer version exited $rc, expected 2"
[ "$(reg_value DisplayVersion)" = "99.0.0" ] || fail "the refused setup changed the registry"
wine reg add "$KEY" /v DisplayVersion /d "$version" /f >/dev/null 2>&1
echo "refused with exit code 2"

echo "-- uninstall (/S)"
rc=0
wine "$APP/uninstall.exe" /S || rc=$?
wineserver -w # the uninstaller runs from a copy in %TEMP%; wait for it
[ "$rc" -eq 0 ] || fail "silent uninstall exited $rc"
for f in houqin.exe houqin-cli.exe uninstall.exe _internal; do
  [ ! -e "$APP/$f" ] || fail "uninstall left $f"
done
[ ! -e "$START_MENU" ] && [ ! -e "$DESKTOP" ] || fail "uninstall left shortcuts"
if wine reg query "$KEY" >/dev/null 2>&1; then fail "uninstall left $KEY"; fi
[ -e "$DATA/houqin.sqlite3" ] && [ -e "$DATA/backups/houqin-backup.sqlite3" ] \
  || fail "silent uninstall removed the user's data"
[ -e "$APP/data/keep.txt" ] || fail "uninstall removed the data folder in the program folder"
echo "uninstalled: program, shortcuts and registry entry gone; user data kept"
echo "wine_check: OK in $(($(date +%s) - started)) s"
