#!/usr/bin/env bash
# Build Sijill for macOS 11+: dist/Sijill.app (bundle id org.sijill.Sijill, opens .sijill
# exchange bundles) and dist/sijill-VERSION-macos-ARCH.dmg. Build on the architecture you ship
# (arm64 on Apple silicon, x86_64 on Intel); PyInstaller does not cross-compile.
# Needs: Python 3.11+ from python.org (a universal2 or native build), Xcode command line tools.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
[[ -x .venv/bin/python ]] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -c constraints.txt -e ".[packaging]"
.venv/bin/python scripts/build-translations.py
[[ -f packaging/icons/sijill.icns ]] || .venv/bin/python packaging/icons/make_icons.py

.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/sijill.spec
dist/Sijill.app/Contents/MacOS/sijill --smoke-test

# Signing and notarisation (needed to open without Gatekeeper's warning), with your identity:
#   codesign --deep --force --options runtime --timestamp \
#     --sign "Developer ID Application: NAME (TEAMID)" dist/Sijill.app
#   xcrun notarytool submit dist/sijill-*.dmg --keychain-profile PROFILE --wait
#   xcrun stapler staple dist/Sijill.app
version=$(.venv/bin/python -c "from importlib.metadata import version; print(version('sijill'))")
hdiutil create -volname Sijill -srcfolder dist/Sijill.app -ov -format UDZO \
  "dist/sijill-$version-macos-$(uname -m).dmg"
