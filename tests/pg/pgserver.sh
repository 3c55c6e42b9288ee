#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A private PostgreSQL server for the tests: trust authentication, no TCP, its Unix socket in DIR.
#
#   tests/pg/pgserver.sh start DIR   initdb DIR/data and start the server (socket DIR/.s.PGSQL.5432)
#   tests/pg/pgserver.sh stop DIR    stop it and remove DIR
#   tests/pg/pgserver.sh url DIR     print the URL of a database `marginalia` on it
#
# PostgreSQL refuses to run as root: as root (the build root, CI) the server runs as the `postgres` user
# through runuser; otherwise as the current user. Nothing is synced to disk: the data is thrown away.
set -euo pipefail

action=${1:?usage: pgserver.sh start|stop|url DIR}
dir=${2:?usage: pgserver.sh start|stop|url DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[[ -n $bin && -x $bin/initdb ]] || { echo "pgserver: PostgreSQL is not installed (package postgresql)" >&2; exit 1; }

as_owner() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
owner=$([[ $(id -u) == 0 ]] && echo postgres || id -un)

case $action in
  start)
    # A server left by an interrupted run is stopped first.
    [[ -f $dir/data/postmaster.pid ]] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    mkdir -p "$dir"
    [[ $(id -u) == 0 ]] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U "$owner" -A trust -E UTF8 --no-locale --no-sync >"$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-k $dir -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    as_owner "$bin/createdb" -h "$dir" -U "$owner" marginalia
    ;;
  stop)
    if [[ -f $dir/data/postmaster.pid ]]; then
      # Immediate: no shutdown checkpoint, whose writes of every test database took 42 s in the suite.
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
  url)
    # The socket folder as the host, its slashes percent-encoded.
    printf 'postgresql://%s@%s/marginalia\n' "$owner" "${dir//\//%2F}"
    ;;
  *)
    echo "usage: pgserver.sh start|stop|url DIR" >&2
    exit 2
    ;;
esac
