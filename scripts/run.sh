#!/usr/bin/env bash
# Set up (if needed) and launch Sijill on the embedded default database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/sijill "$@"
