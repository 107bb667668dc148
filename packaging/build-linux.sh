#!/usr/bin/env bash
# Build the Linux app: dist/sijill/ (executable dist/sijill/sijill, with install.sh, menu entry,
# AppStream metainfo, icons and MIME type under share/) and dist/sijill-VERSION-linux-ARCH.tar.gz.
# Run from a clone after the README's set-up (bash scripts/setup.sh); installs PyInstaller and
# QtPdf (the "packaging" extra) into .venv when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
if [[ ! -x $PY ]]; then
  echo "build-linux: no .venv here: run 'bash scripts/setup.sh' first" >&2
  exit 1
fi
started=$(date +%s)
if ! "$PY" -c "import PyInstaller, PySide6.QtPdf" >/dev/null 2>&1; then
  echo "build-linux: installing the packaging extra (pyinstaller, pyside6-pdf) into .venv"
  "$PY" -m pip install -q -c constraints.txt -e ".[packaging]"
fi
if [[ -f scripts/build-translations.py ]]; then
  "$PY" scripts/build-translations.py >/dev/null
fi
if [[ ! -f resources/icons/sijill-512.png ]]; then
  "$PY" packaging/icons/make_icons.py
fi

echo "build-linux: PyInstaller (one folder) ..."
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/sijill.spec

APP=dist/sijill
APP_ID=org.sijill.Sijill
"$PY" - <<'PY'
import sys
from pathlib import Path
sys.path.insert(0, "packaging")
import bundle_data as bd
missing = [f for f in bd.required_files() if not (Path("dist/sijill/_internal") / f).is_file()]
if missing:
    sys.exit("build-linux: missing from the bundle: " + ", ".join(missing))
PY
share=$APP/share
mkdir -p "$share/applications" "$share/metainfo" "$share/mime/packages" "$share/icons/hicolor/scalable/apps"
cp packaging/linux/$APP_ID.desktop "$share/applications/"
cp packaging/linux/$APP_ID.metainfo.xml "$share/metainfo/"
cp packaging/linux/$APP_ID.mime.xml "$share/mime/packages/$APP_ID.xml"
cp resources/icons/sijill.svg "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in resources/icons/sijill-*.png; do
  size=${png##*-}; size=${size%.png}
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
cp packaging/linux/install.sh "$APP/install.sh"
cp packaging/linux/README.txt "$APP/README.txt"

if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$share/applications/$APP_ID.desktop"
fi
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net "$share/metainfo/$APP_ID.metainfo.xml" >/dev/null
fi

version=$("$PY" -c "from importlib.metadata import version; print(version('sijill'))")
tarball=dist/sijill-$version-linux-$(uname -m).tar.gz
tar -C dist -czf "$tarball" sijill
echo "build-linux: $APP ($(du -sh "$APP" | cut -f1)), $tarball ($(du -sh "$tarball" | cut -f1)) in $(( $(date +%s) - started ))s"
