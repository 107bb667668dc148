#!/usr/bin/env bash
# Smoke-test the Linux bundle as on an office desktop that has no Arabic font (no font at all):
# builds dist/sijill first when it is missing or older than the sources (REBUILD=1 forces it),
# then runs `dist/sijill/sijill --smoke-test` with fontconfig pointed at an empty configuration,
# so only the Amiri font shipped inside the bundle can draw Arabic. SIJILL_SMOKE_KEEP=DIR keeps
# the database, PDF and PNG renderings for a person to look at.
set -euo pipefail
cd "$(dirname "$0")/.."
APP=dist/sijill/sijill

stale() {
  [[ ! -x $APP ]] && return 0
  [[ ${REBUILD:-0} == 1 ]] && return 0
  [[ -n $(find src resources packaging translations -newer "$APP" -type f \
            ! -name '*.pyc' ! -path '*/__pycache__/*' -print -quit 2>/dev/null) ]]
}
if stale; then
  bash packaging/build-linux.sh
else
  echo "smoke-linux: reusing $APP (REBUILD=1 to rebuild)"
fi

system_arabic=0
if command -v fc-list >/dev/null 2>&1; then
  system_arabic=$(fc-list :lang=ar family | wc -l)
fi
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
cat > "$empty/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- No <dir>: fontconfig lists no font at all, as on a machine without Arabic fonts. -->
<fontconfig>
  <cachedir>$empty/cache</cachedir>
</fontconfig>
CONF
export FONTCONFIG_FILE="$empty/fonts.conf" FONTCONFIG_PATH="$empty"
if command -v fc-list >/dev/null 2>&1; then
  visible=$(fc-list | wc -l)
  echo "smoke-linux: fontconfig now shows $visible fonts (this machine has $system_arabic Arabic font families)"
  if [[ $visible != 0 ]]; then
    echo "smoke-linux: the empty font configuration still shows fonts" >&2
    exit 1
  fi
fi
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen HOME="$empty" \
  XDG_DATA_HOME="$empty/data" XDG_CONFIG_HOME="$empty/config" XDG_CACHE_HOME="$empty/cache" \
  "$APP" --smoke-test
