#!/usr/bin/env bash
# Set up a development environment in .venv: Debian libraries Qt needs (when root and
# missing), Python packages pinned by constraints.txt, compiled translations.
# With --test, also the Debian packages the tests use (scripts/debian-packages-test.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
lists=(scripts/debian-packages.txt)
[[ "${1:-}" == "--test" ]] && lists+=(scripts/debian-packages-test.txt)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  while read -r pkg; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done < <(cat "${lists[@]}")
fi
if (( ${#missing[@]} )); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: Sijill needs these Debian packages; install them with:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -c constraints.txt -e ".[test,postgres]"
if [[ -f scripts/build-translations.py ]]; then
  .venv/bin/python scripts/build-translations.py >/dev/null
fi
