#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL 15 server for the tests:
#   pgserver.sh start STATE_DIR   initdb and start a cluster in a temporary
#                                 folder, on 127.0.0.1 and a free port; writes
#                                 STATE_DIR/url (postgresql://seawall@127.0.0.1:PORT/postgres)
#   pgserver.sh stop STATE_DIR    stop it and remove the cluster
# The cluster runs as an unprivileged user: the caller, or, as root (CI),
# the postgres user the Debian package made (initdb and postgres refuse
# root). It lives under /tmp, which that user can reach, not in the build
# folder (under /root, 0700). Trust on loopback: nothing else listens.
set -euo pipefail

action=${1:?usage: pgserver.sh start|stop STATE_DIR}
state=${2:?usage: pgserver.sh start|stop STATE_DIR}
bin=${SEAWALL_PG_BIN:-/usr/lib/postgresql/15/bin}

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    [ -f "$state/cluster" ] || return 0
    local cluster
    cluster=$(cat "$state/cluster")
    if [ -d "$cluster/data" ]; then
        as_owner "$bin/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$cluster"
    rm -f "$state/cluster" "$state/url"
}

case "$action" in
stop)
    stop
    ;;
start)
    mkdir -p "$state"
    stop # a cluster left by an interrupted run
    if [ ! -x "$bin/initdb" ]; then
        echo "pgserver: $bin/initdb not found: install postgresql-15 (bash .ci/deps)" >&2
        exit 1
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        echo "pgserver: running as root and there is no postgres user to run the server as" >&2
        exit 1
    fi
    cluster=$(mktemp -d /tmp/seawall-pg.XXXXXX)
    echo "$cluster" >"$state/cluster"
    chmod 0755 "$cluster"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$cluster"
    as_owner "$bin/initdb" -D "$cluster/data" -A trust -U seawall -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$state/initdb.log" 2>&1 || { cat "$state/initdb.log" >&2; stop; exit 1; }
    # One role, seawall_password, signs in with a password (made below; the
    # tests of the password the window asks for and the keyring keeps); any
    # other is trusted.
    as_owner sh -c "printf 'host all seawall_password 127.0.0.1/32 scram-sha-256\n' | cat - '$cluster/data/pg_hba.conf' >'$cluster/data/pg_hba.new' && mv '$cluster/data/pg_hba.new' '$cluster/data/pg_hba.conf'"
    # A free port: the kernel's pick for a socket bound to port 0, tried
    # until the server takes one (another program may take it in between).
    for attempt in 1 2 3 4 5; do
        port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
        if as_owner "$bin/pg_ctl" -D "$cluster/data" -w -t 30 -l "$cluster/server.log" \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $cluster -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null 2>&1; then
            # The role that signs in with a password, made once here: tests
            # running side by side would trip over each other altering it.
            as_owner "$bin/psql" -q -X -h 127.0.0.1 -p "$port" -U seawall -d postgres >/dev/null <<'SQL' || { stop; exit 1; }
CREATE ROLE seawall_password LOGIN SUPERUSER PASSWORD '海堤 pass''word';
SQL
            echo "postgresql://seawall@127.0.0.1:$port/postgres" >"$state/url"
            echo "pgserver: PostgreSQL on 127.0.0.1:$port ($cluster)"
            exit 0
        fi
    done
    echo "pgserver: the server did not start:" >&2
    cat "$cluster/server.log" >&2 || true
    stop
    exit 1
    ;;
*)
    echo "usage: pgserver.sh start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
