#!/usr/bin/env bash
# Start a throw-away PostgreSQL cluster for tests and benchmarks; idempotent.
#
#   scripts/start-postgres.sh [DIR] [PORT]     start (or reuse) a cluster; prints DATABASE_URL=...
#   scripts/start-postgres.sh --stop [DIR]     stop it
#   scripts/start-postgres.sh --createdb NAME [DIR] [PORT]
#                                              also (re)create an empty database NAME owned by
#                                              voelspriet; prints its DATABASE_URL
#
# DIR defaults to $VOELSPRIET_PG_DIR or /tmp/voelspriet-pg, PORT to $VOELSPRIET_PG_PORT or 55432.
# The only line on stdout is DATABASE_URL=postgres://voelspriet:voelspriet@127.0.0.1:PORT/DB,
# so `export "$(scripts/start-postgres.sh)"` works; progress goes to stderr.
#
# The cluster listens on 127.0.0.1 only and uses password (scram-sha-256) authentication over
# TCP; the role voelspriet (password voelspriet) has CREATEDB so test helpers can create a fresh
# database per test. PostgreSQL refuses to run as root: as root everything runs as the
# `postgres` user via runuser. Settings favour speed where it does not affect durability:
# fsync and synchronous_commit stay on (the kill -9 test relies on committed = stored).
set -euo pipefail

log() { printf '[start-postgres] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

mode=start
newdb=""
case "${1:-}" in
  --stop) mode=stop; shift ;;
  --createdb) newdb="${2:?--createdb needs a name}"; shift 2 ;;
  -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
esac

PGDIR="${1:-${VOELSPRIET_PG_DIR:-/tmp/voelspriet-pg}}"
PORT="${2:-${VOELSPRIET_PG_PORT:-55432}}"
DATA="$PGDIR/data"
SOCK="$PGDIR/socket"

if [[ -n "$newdb" && ! "$newdb" =~ ^[a-z_][a-z0-9_]*$ ]]; then
  die "database name must match [a-z_][a-z0-9_]*: $newdb"
fi

# Newest installed server version (Debian layout), unless pg_ctl is already on PATH.
PGBIN=""
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  if [[ -x "$d/pg_ctl" && -x "$d/initdb" ]]; then PGBIN="$d"; break; fi
done
if [[ -z "$PGBIN" ]] && command -v pg_ctl >/dev/null 2>&1; then
  PGBIN="$(dirname "$(command -v pg_ctl)")"
fi
[[ -n "$PGBIN" ]] || die "no PostgreSQL server binaries found (apt-get install postgresql)"

# Run as the cluster owner: `postgres` when we are root, ourselves otherwise.
if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user"
  OWNER=postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  OWNER="$(id -un)"
  as_owner() { "$@"; }
fi

psql_admin() {
  as_owner env PGOPTIONS='-c client_min_messages=warning' "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCK" -p "$PORT" -U postgres -d postgres "$@"
}

running() {
  [[ -f "$DATA/postmaster.pid" ]] && as_owner "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

if [[ "$mode" == stop ]]; then
  if [[ -d "$DATA" ]] && running; then
    log "stopping cluster in $DATA"
    as_owner "$PGBIN/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >&2
  else
    log "no running cluster in $DATA"
  fi
  exit 0
fi

mkdir -p "$PGDIR" "$SOCK"
if [[ $(id -u) -eq 0 ]]; then
  chown "$OWNER": "$PGDIR" "$SOCK"
  # The owner must be able to reach the directory (e.g. not under a 0700 /root).
  as_owner test -x "$PGDIR" || die "user $OWNER cannot access $PGDIR; choose a directory under /tmp"
fi
chmod 0700 "$SOCK"

if [[ ! -f "$DATA/PG_VERSION" ]]; then
  log "initdb $DATA ($PGBIN)"
  rm -rf "$DATA"
  as_owner mkdir -p "$DATA"
  as_owner "$PGBIN/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$PGDIR/initdb.log" 2>&1 \
    || { cat "$PGDIR/initdb.log" >&2; die "initdb failed"; }
  as_owner tee -a "$DATA/postgresql.conf" >/dev/null <<EOF

# --- voelspriet test cluster ---
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$SOCK'
max_connections = 300
shared_buffers = 128MB
# durability stays on: the kill -9 test needs committed data to survive
fsync = on
synchronous_commit = on
full_page_writes = on
# speed: no replication, less WAL, rare checkpoints
wal_level = minimal
max_wal_senders = 0
checkpoint_timeout = 30min
max_wal_size = 2GB
log_min_messages = warning
log_line_prefix = '%m [%p] %q%u@%d '
EOF
fi

if running; then
  log "cluster already running in $DATA"
  actual_port=$(sed -n '4p' "$DATA/postmaster.pid" 2>/dev/null || true)
  if [[ -n "$actual_port" && "$actual_port" != "$PORT" ]]; then
    die "cluster in $DATA runs on port $actual_port, not $PORT"
  fi
else
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    die "port $PORT is in use by something else"
  fi
  log "starting PostgreSQL on 127.0.0.1:$PORT"
  as_owner "$PGBIN/pg_ctl" -D "$DATA" -l "$PGDIR/server.log" -w -t 60 \
    -o "-p $PORT -k $SOCK" start >&2 \
    || { tail -n 40 "$PGDIR/server.log" >&2 || true; die "pg_ctl start failed"; }
fi

for _ in $(seq 1 60); do
  as_owner "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" && break
  sleep 0.5
done
as_owner "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" || die "server does not accept connections"

psql_admin <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'voelspriet') THEN
    CREATE ROLE voelspriet LOGIN CREATEDB PASSWORD 'voelspriet';
  ELSE
    ALTER ROLE voelspriet LOGIN CREATEDB PASSWORD 'voelspriet';
  END IF;
END
$$;
SQL
if [[ -z "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = 'voelspriet'")" ]]; then
  psql_admin -c "CREATE DATABASE voelspriet OWNER voelspriet"
fi

db=voelspriet
if [[ -n "$newdb" ]]; then
  psql_admin -c "DROP DATABASE IF EXISTS \"$newdb\" WITH (FORCE)"
  psql_admin -c "CREATE DATABASE \"$newdb\" OWNER voelspriet"
  db="$newdb"
fi

log "ready (logs: $PGDIR/server.log)"
echo "DATABASE_URL=postgres://voelspriet:voelspriet@127.0.0.1:$PORT/$db"
