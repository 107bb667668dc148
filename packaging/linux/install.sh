#!/bin/sh
# Install this Sijill folder with a menu entry, icons and the .sijill file type.
#   ./install.sh              for this user: ~/.local/opt/sijill, ~/.local/bin/sijill, ~/.local/share
#   sudo ./install.sh --system  for everyone: /opt/sijill, /usr/local/bin/sijill, /usr/local/share
#   ./install.sh --uninstall [--system]
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=org.sijill.Sijill
MODE=user ACTION=install
for arg in "$@"; do
  case "$arg" in
    --system) MODE=system ;;
    --uninstall) ACTION=uninstall ;;
    *) echo "usage: $0 [--system] [--uninstall]" >&2; exit 2 ;;
  esac
done
if [ "$MODE" = system ]; then
  APPDIR=/opt/sijill BIN=/usr/local/bin SHARE=/usr/local/share
else
  APPDIR="$HOME/.local/opt/sijill" BIN="$HOME/.local/bin" SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi

refresh() {
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$SHARE/applications" >/dev/null 2>&1 || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" >/dev/null 2>&1 || true
}

if [ "$ACTION" = uninstall ]; then
  rm -rf "$APPDIR"
  rm -f "$BIN/sijill" "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml" \
        "$SHARE/mime/packages/$APP_ID.xml" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
  for size in 16 24 32 48 64 128 256 512; do
    rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
  done
  refresh
  echo "Sijill removed (your registers in ~/.local/share/sijill are kept)."
  exit 0
fi

if [ "$HERE" != "$APPDIR" ]; then
  rm -rf "$APPDIR"
  mkdir -p "$(dirname "$APPDIR")"
  cp -a "$HERE" "$APPDIR"
fi
mkdir -p "$BIN" "$SHARE/applications" "$SHARE/metainfo" "$SHARE/mime/packages"
ln -sf "$APPDIR/sijill" "$BIN/sijill"
sed -e "s|^Exec=sijill|Exec=$APPDIR/sijill|" -e "s|^TryExec=sijill|TryExec=$APPDIR/sijill|" \
  "$HERE/share/applications/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
cp "$HERE/share/mime/packages/$APP_ID.xml" "$SHARE/mime/packages/"
(cd "$HERE/share/icons" && find hicolor -type f) | while read -r icon; do
  mkdir -p "$SHARE/icons/$(dirname "$icon")"
  cp "$HERE/share/icons/$icon" "$SHARE/icons/$icon"
done
refresh
echo "Sijill installed in $APPDIR; start it from the menu or with $BIN/sijill"
