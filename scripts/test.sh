#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite, headless.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
# With PostgreSQL's server binaries installed, the store/service tests also run on a throwaway
# server (scripts/pg-test-server.sh), stopped on exit. SIJILL_TEST_POSTGRES=0 skips it.
if [[ -z "${SIJILL_TEST_POSTGRES_URL:-}" && "${SIJILL_TEST_POSTGRES:-1}" != 0 ]]; then
  export SIJILL_PG_TEST_DIR
  SIJILL_PG_TEST_DIR=$(mktemp -d "${TMPDIR:-/tmp}/sijill-pg-test.XXXXXX")
  trap 'bash scripts/pg-test-server.sh stop' EXIT
  if SIJILL_TEST_POSTGRES_URL=$(bash scripts/pg-test-server.sh start); then
    export SIJILL_TEST_POSTGRES_URL
    echo "test: also on PostgreSQL (throwaway server in $SIJILL_PG_TEST_DIR)" >&2
  else
    unset SIJILL_TEST_POSTGRES_URL
    echo "test: no PostgreSQL server started; the tests run on SQLite only" >&2
  fi
fi
.venv/bin/python -m pytest -q "$@"
