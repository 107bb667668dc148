#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (never for real data).
#
#   bash scripts/pg-test-server.sh start   # initdb + start; prints the SQLAlchemy URL
#   bash scripts/pg-test-server.sh url     # prints the URL of the running server
#   bash scripts/pg-test-server.sh stop    # stops the server and deletes its folder
#
# The server lives in $SIJILL_PG_TEST_DIR (default: a folder per user under /tmp), listens
# on 127.0.0.1 on a free port with a private socket folder, is fast and unsafe (fsync off),
# and requires a password (scram) over TCP. As root it runs as the `postgres` user
# (initdb refuses root). Exit code 3 when no PostgreSQL server binaries are installed.
set -euo pipefail

DIR=${SIJILL_PG_TEST_DIR:-${TMPDIR:-/tmp}/sijill-pg-test-$(id -u)}
USER_NAME=sijill
DB_NAME=sijill

find_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && { echo "$d"; return 0; }
  done
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return 0
  fi
  return 1
}

as_owner() {  # run a command as the user who owns the cluster
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

is_running() {
  [[ -f "$DIR/url" && -f "$DIR/data/postmaster.pid" ]] && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1
}

start() {
  if is_running; then
    cat "$DIR/url"
    return 0
  fi
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    echo "pg-test-server: running as root needs a 'postgres' user (apt-get install postgresql)" >&2
    exit 3
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  chmod 700 "$DIR"
  mkdir -p "$DIR/sock"
  local password port
  password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
  printf '%s\n' "$password" >"$DIR/pwfile"
  [[ $(id -u) -eq 0 ]] && chown -R postgres: "$DIR"
  as_owner "$BIN/initdb" -D "$DIR/data" -U "$USER_NAME" --pwfile="$DIR/pwfile" -E UTF8 --locale=C.UTF-8 --no-sync \
    --auth-local=trust --auth-host=scram-sha-256 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  local tries=0
  while :; do
    port=$(free_port)
    if as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 -o \
      "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$DIR/sock \
       -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null 2>&1; then
      break
    fi
    tries=$((tries + 1))
    if (( tries >= 3 )); then
      tail -n 20 "$DIR/server.log" >&2 || true
      exit 1
    fi
  done
  as_owner "$BIN/psql" -h "$DIR/sock" -p "$port" -U "$USER_NAME" -d postgres -q -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE $DB_NAME" >/dev/null
  local url="postgresql+psycopg://$USER_NAME:$password@127.0.0.1:$port/$DB_NAME"
  printf '%s\n' "$url" >"$DIR/url"
  echo "$url"
}

stop() {
  if [[ -n "$BIN" && -d "$DIR/data" ]]; then
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
}

BIN=$(find_bin) || BIN=""
if [[ -z "$BIN" && "${1:-}" != stop ]]; then
  echo "pg-test-server: no PostgreSQL server binaries (apt-get install postgresql)" >&2
  exit 3
fi
case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url)
    if is_running; then cat "$DIR/url"; else echo "pg-test-server: not running" >&2; exit 1; fi
    ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
