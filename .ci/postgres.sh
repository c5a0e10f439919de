#!/usr/bin/env bash
# Start a PostgreSQL server for the store tests (Debian/Ubuntu, as root) and print the URL.
#
#   eval "$(.ci/postgres.sh)"        # exports REVIEW_TEST_PG_URL for the tests
#
# stdout carries only the `export REVIEW_TEST_PG_URL=…` line; progress goes to stderr. With
# REVIEW_PG_ENV_FILE=path the export line is also written to that file (to `source` later).
#
# What it does, each step only when needed (running it twice is harmless):
#   1. no PostgreSQL server binaries → apt-get update && apt-get install -y postgresql
#   2. a Debian cluster exists (pg_lsclusters) → pg_ctlcluster VERSION NAME start
#      no cluster (e.g. the package's postinst did not make one) → initdb into
#      $REVIEW_PG_DATA (default /tmp/review-pg/data) and pg_ctl start on $REVIEW_PG_PORT
#      (default 54329), as the postgres user. REVIEW_PG_PRIVATE=1 forces this private server
#      even when a Debian cluster exists.
#   3. waits until it accepts connections, then creates (or resets the password of) role
#      $REVIEW_PG_USER with CREATEDB (the tests make one scratch database per test) and its
#      database $REVIEW_PG_DB, both "review_test" by default.
set -euo pipefail

PG_USER="${REVIEW_PG_USER:-review_test}"
PG_PASS="${REVIEW_PG_PASSWORD:-review_test}"
PG_DB="${REVIEW_PG_DB:-review_test}"
PRIVATE_DATA="${REVIEW_PG_DATA:-/tmp/review-pg/data}"
PRIVATE_PORT="${REVIEW_PG_PORT:-54329}"

log() { echo "postgres.sh: $*" >&2; }
die() { log "error: $*"; exit 1; }

as_postgres() {
    if [ "$(id -un)" = postgres ]; then
        "$@"
    elif [ "$(id -u)" -eq 0 ]; then
        if command -v runuser >/dev/null 2>&1; then
            runuser -u postgres -- "$@"
        else
            su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
        fi
    else
        sudo -n -u postgres -- "$@"
    fi
}

server_bindir() {
    # The newest installed server's bin directory (Debian layout), or nothing.
    local d
    d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$d" ] && [ -x "$d/postgres" ] && [ -x "$d/initdb" ]; then
        echo "$d"
    fi
}

# 1. Install the server if it is missing.
BINDIR="$(server_bindir)"
if [ -z "$BINDIR" ]; then
    [ "$(id -u)" -eq 0 ] || die "PostgreSQL is not installed and I am not root (run as root)"
    log "installing postgresql (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    BINDIR="$(server_bindir)"
    [ -n "$BINDIR" ] || die "postgresql installed, but no server under /usr/lib/postgresql"
fi
VERSION="$(basename "$(dirname "$BINDIR")")"
id postgres >/dev/null 2>&1 || die "no 'postgres' user (the postgresql package makes one)"

# 2. Start a cluster.
HOST=127.0.0.1
PORT=""
SOCKDIR=""
CLUSTER_LINE=""
if [ -z "${REVIEW_PG_PRIVATE:-}" ] && command -v pg_lsclusters >/dev/null 2>&1; then
    # Ver Cluster Port Status Owner Data-directory Log-file
    CLUSTER_LINE="$(pg_lsclusters --no-header 2>/dev/null | awk -v v="$VERSION" '$1 == v' | head -n 1 || true)"
fi
if [ -n "$CLUSTER_LINE" ]; then
    read -r _ CLUSTER PORT STATUS _ <<<"$CLUSTER_LINE"
    if [ "${STATUS%%,*}" != online ]; then
        log "starting cluster $VERSION/$CLUSTER on port $PORT"
        pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
    else
        log "cluster $VERSION/$CLUSTER already running on port $PORT"
    fi
    SOCKDIR=/var/run/postgresql
else
    PORT="$PRIVATE_PORT"
    SOCKDIR="$(dirname "$PRIVATE_DATA")"
    mkdir -p "$PRIVATE_DATA"
    chown postgres: "$SOCKDIR" "$PRIVATE_DATA"
    chmod 700 "$PRIVATE_DATA"
    if [ ! -f "$PRIVATE_DATA/PG_VERSION" ]; then
        log "initdb $PRIVATE_DATA"
        as_postgres "$BINDIR/initdb" -D "$PRIVATE_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
            --auth-local=peer --auth-host=scram-sha-256 >&2 \
          || as_postgres "$BINDIR/initdb" -D "$PRIVATE_DATA" -U postgres -E UTF8 --locale=C \
            --auth-local=peer --auth-host=scram-sha-256 >&2
    fi
    if as_postgres "$BINDIR/pg_ctl" -D "$PRIVATE_DATA" status >/dev/null 2>&1; then
        log "server in $PRIVATE_DATA already running"
    else
        log "starting a private server on port $PORT ($PRIVATE_DATA)"
        as_postgres "$BINDIR/pg_ctl" -D "$PRIVATE_DATA" -l "$SOCKDIR/server.log" -w -t 60 \
            -o "-p $PORT -k $SOCKDIR -c listen_addresses=$HOST" start >&2
    fi
fi

# 3. Wait for it, then make the role and the database.
for _ in $(seq 1 60); do
    if "$BINDIR/pg_isready" -q -h "$SOCKDIR" -p "$PORT"; then break; fi
    sleep 1
done
"$BINDIR/pg_isready" -h "$SOCKDIR" -p "$PORT" >&2 || die "the server does not answer on port $PORT"

psql_admin() {
    as_postgres "$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKDIR" -p "$PORT" -d postgres "$@"
}
psql_admin -v u="$PG_USER" -v p="$PG_PASS" >&2 <<'SQL'
SELECT format(CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'u')
                   THEN 'ALTER ROLE %I LOGIN CREATEDB PASSWORD %L'
                   ELSE 'CREATE ROLE %I LOGIN CREATEDB PASSWORD %L' END, :'u', :'p') \gexec
SQL
psql_admin -v u="$PG_USER" -v d="$PG_DB" >&2 <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'d', :'u')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'d') \gexec
SQL

URL="postgresql+psycopg://${PG_USER}:${PG_PASS}@${HOST}:${PORT}/${PG_DB}"
PGPASSWORD="$PG_PASS" "$BINDIR/psql" -X -q -h "$HOST" -p "$PORT" -U "$PG_USER" -d "$PG_DB" \
    -c "SELECT 1" >/dev/null || die "cannot log in as $PG_USER over TCP ($HOST:$PORT)"
log "ready: PostgreSQL $VERSION on $HOST:$PORT, database $PG_DB, role $PG_USER"

LINE="export REVIEW_TEST_PG_URL='$URL'"
if [ -n "${REVIEW_PG_ENV_FILE:-}" ]; then
    echo "$LINE" >"$REVIEW_PG_ENV_FILE"
fi
echo "$LINE"
