#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests of shared projects (docs/SHARED.md, "Running the
# tests"; CTest fixture `pg` in tests/CMakeLists.txt). It has nothing to do with a cluster the
# distribution may have set up (Debian's "main" on port 5432): its own folder, its own port.
#   bash packaging/pg-test-cluster.sh start DIR     initdb into DIR, start, create the test roles
#   bash packaging/pg-test-cluster.sh stop DIR      stop (fast) and remove DIR
#   bash packaging/pg-test-cluster.sh kill DIR      stop -m immediate (a crash); data kept
#   bash packaging/pg-test-cluster.sh restart DIR   start the stopped cluster again, same port
#   bash packaging/pg-test-cluster.sh status DIR    exit 0 running, 3 stopped, 4 no cluster
# Every subcommand is idempotent. The server listens on 127.0.0.1 only, at a free port, and on a
# Unix socket in its folder. Everyone connects without a password (trust) except the role wbc_pw,
# which must give its password ('secret-pw', scram-sha-256). Roles: the superuser postgres,
# wbc_owner (CREATEDB), ann1..ann8, rev1, outsider, wbc_pw. DIR/env (PGHOST, PGPORT,
# WBC_TEST_PG_DIR) is what the tests read (tests/pgtestsupport.h).
# initdb refuses to run as root: as root the server runs as the postgres system user, and its
# files live in DIR when postgres can reach it, else in a folder under /tmp that DIR/home names
# (also when DIR is too long for a Unix socket path). Exit 2: PostgreSQL is not installed.
# PG_BINDIR overrides where initdb and pg_ctl are (default: the newest /usr/lib/postgresql/*/bin).
set -euo pipefail

ME=pg-test-cluster
ROLES_TRUSTED=(ann1 ann2 ann3 ann4 ann5 ann6 ann7 ann8 rev1 outsider)

usage() {
    echo "usage: $ME.sh start|stop|kill|restart|status DIR" >&2
    exit 2
}
fail() {
    echo "$ME: $*" >&2
    exit 1
}

[ $# -eq 2 ] || usage
action=$1
case "$2" in
/*) dir=$2 ;;
*) dir=$PWD/$2 ;;
esac
dir=${dir%/}
if [ -z "$dir" ]; then
    fail "refusing to use '/' as the cluster folder"
fi

find_bindir() {
    if [ -n "${PG_BINDIR:-}" ]; then
        echo "$PG_BINDIR"
        return
    fi
    local d
    # shellcheck disable=SC2012 # version folders: plain names
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$d/initdb" ] && { echo "$d"; return; }
    done
    d=$(command -v initdb 2>/dev/null || true)
    [ -n "$d" ] && dirname "$d"
    return 0
}
BINDIR=$(find_bindir)
PSQL=$BINDIR/psql
[ -x "$PSQL" ] || PSQL=$(command -v psql 2>/dev/null || echo psql)
have_server() { [ -n "$BINDIR" ] && [ -x "$BINDIR/initdb" ] && [ -x "$BINDIR/pg_ctl" ]; }
require_server() {
    if ! have_server; then
        echo "$ME: PostgreSQL server not installed (no initdb; Debian: apt install postgresql-15," \
            "or set PG_BINDIR)" >&2
        exit 2
    fi
}

# Runs a command as the user that owns the cluster: postgres when we are root, else ourselves.
if [ "$(id -u)" -eq 0 ]; then
    ROOT=1
else
    ROOT=0
fi
as_pg() {
    if [ "$ROOT" -eq 1 ]; then
        if command -v runuser >/dev/null; then
            runuser -u postgres -- "$@"
        else
            # shellcheck disable=SC2016 # expanded by the inner shell
            su postgres -s /bin/sh -c '"$0" "$@"' -- "$@"
        fi
    else
        "$@"
    fi
}

# Where the cluster's files are: DIR itself, or the folder DIR/home names.
cluster_home() {
    if [ -f "$dir/home" ]; then
        cat "$dir/home"
    else
        echo "$dir"
    fi
}
pgdata() { echo "$(cluster_home)/data"; }
is_initialised() { [ -f "$(pgdata)/PG_VERSION" ]; }
is_running() {
    is_initialised && have_server && as_pg "$BINDIR/pg_ctl" -D "$(pgdata)" status >/dev/null 2>&1
}
port_of() { sed -n 's/^PGPORT=//p' "$dir/env" 2>/dev/null; }
started_line() { echo "$ME: started on 127.0.0.1:$(port_of) ($dir)"; }

free_port() {
    if command -v python3 >/dev/null; then
        python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
        return
    fi
    local p
    for p in $(seq 55432 55631); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            echo "$p"
            return
        fi
    done
    fail "no free TCP port in 55432-55631"
}

# pg_ctl start, waiting until the server accepts connections (crash recovery included).
server_start() {
    local home
    home=$(cluster_home)
    as_pg "$BINDIR/pg_ctl" -D "$home/data" -l "$home/server.log" -w -t 120 start >/dev/null
}

psql_super() { # SQL: as the superuser, over the Unix socket
    as_pg "$PSQL" -X -q -v ON_ERROR_STOP=1 -h "$(cluster_home)/socket" -p "$(port_of)" \
        -U postgres -d postgres -c "$1" >/dev/null
}

# A folder only this script made may be removed: DIR/home or DIR/env or a data folder in it,
# or nothing at all (a failed start).
ours() {
    [ -d "$dir" ] || return 1
    [ -f "$dir/home" ] || [ -f "$dir/env" ] || [ -f "$dir/data/PG_VERSION" ] \
        || [ -z "$(ls -A "$dir")" ]
}

remove_cluster() {
    local home
    home=$(cluster_home)
    if [ "$home" != "$dir" ] && [ -d "$home" ]; then
        rm -rf "$home"
    fi
    rm -rf "$dir"
}

# The folder the server runs in: must be reachable by postgres (when root) and short enough
# for the socket path ($home/socket/.s.PGSQL.NNNNN within the 107 bytes of sun_path).
choose_home() {
    local reachable=1
    if [ "$ROOT" -eq 1 ]; then
        chown postgres: "$dir"
        as_pg test -w "$dir" -a -x "$dir" || reachable=0
    fi
    if [ "$reachable" -eq 1 ] && [ "${#dir}" -le 80 ]; then
        echo "$dir"
        return
    fi
    local home
    home=$(mktemp -d /tmp/wbc-pgtest.XXXXXX)
    chmod 755 "$home"
    if [ "$ROOT" -eq 1 ]; then
        chown postgres: "$home"
        chown root: "$dir"
    fi
    echo "$home" >"$dir/home"
    echo "$home"
}

write_config() { # HOME PORT
    local home=$1 port=$2
    as_pg tee -a "$home/data/postgresql.conf" >/dev/null <<EOF

# $ME (packaging/pg-test-cluster.sh)
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$home/socket'
unix_socket_permissions = 0777
shared_buffers = 16MB
max_connections = 200
fsync = on
synchronous_commit = on
password_encryption = 'scram-sha-256'
EOF
    # First match wins: wbc_pw needs its password everywhere, everyone else is trusted.
    as_pg tee "$home/data/pg_hba.conf" >/dev/null <<EOF
# TYPE  DATABASE  USER    ADDRESS        METHOD
local   all       wbc_pw                 scram-sha-256
host    all       wbc_pw  127.0.0.1/32   scram-sha-256
local   all       all                    trust
host    all       all     127.0.0.1/32   trust
EOF
}

write_env() { # PORT
    cat >"$dir/env" <<EOF
PGHOST=127.0.0.1
PGPORT=$1
WBC_TEST_PG_DIR=$dir
EOF
    chmod 644 "$dir/env"
}

create_roles() {
    local sql="CREATE ROLE wbc_owner LOGIN CREATEDB;"
    local r
    for r in "${ROLES_TRUSTED[@]}"; do
        sql+=" CREATE ROLE $r LOGIN;"
    done
    sql+=" CREATE ROLE wbc_pw LOGIN PASSWORD 'secret-pw';"
    psql_super "$sql"
}

do_start() {
    require_server
    if is_initialised; then
        if ! is_running; then
            server_start || fail "the server in $(pgdata) did not start; see $(cluster_home)/server.log"
        fi
        started_line
        return
    fi
    if [ -e "$dir" ]; then
        ours || fail "$dir exists and is not a cluster this script made; give a fresh folder"
        remove_cluster # a start that failed half way
    fi
    if [ "$ROOT" -eq 1 ] && ! id postgres >/dev/null 2>&1; then
        echo "$ME: running as root needs the postgres system user (package postgresql-15)" >&2
        exit 2
    fi
    mkdir -p "$dir"
    chmod 755 "$dir"
    local home
    home=$(choose_home)
    as_pg mkdir -p "$home/socket"
    as_pg chmod 755 "$home/socket"
    if ! as_pg "$BINDIR/initdb" -D "$home/data" -U postgres -A trust -E UTF8 --locale=C \
        >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        fail "initdb failed"
    fi
    local port
    for _ in 1 2 3 4 5; do
        port=$(free_port)
        write_config "$home" "$port"
        write_env "$port"
        if server_start; then
            create_roles || fail "could not create the test roles"
            started_line
            return
        fi
        # Someone took the port between our probe and the bind: another one.
        grep -q "could not bind\|Address already in use" "$home/server.log" 2>/dev/null \
            || { cat "$home/server.log" >&2; fail "the server did not start"; }
    done
    fail "the server did not start after 5 ports; see $home/server.log"
}

do_stop() {
    [ -e "$dir" ] || return 0
    ours || fail "$dir is not a cluster this script made; not removing it"
    if is_running; then
        as_pg "$BINDIR/pg_ctl" -D "$(pgdata)" -m fast -w -t 60 stop >/dev/null
    fi
    remove_cluster
    echo "$ME: stopped and removed $dir"
}

do_kill() {
    require_server
    is_initialised || fail "no cluster in $dir"
    if is_running; then
        as_pg "$BINDIR/pg_ctl" -D "$(pgdata)" -m immediate -w -t 60 stop >/dev/null
    fi
    echo "$ME: killed (immediate) $dir; data kept"
}

do_restart() {
    require_server
    is_initialised || fail "no cluster in $dir"
    if ! is_running; then
        server_start || fail "the server did not start again; see $(cluster_home)/server.log"
    fi
    started_line
}

do_status() {
    if ! is_initialised; then
        echo "$ME: no cluster in $dir"
        exit 4
    fi
    require_server
    if is_running; then
        echo "$ME: running on 127.0.0.1:$(port_of) ($dir)"
    else
        echo "$ME: stopped ($dir)"
        exit 3
    fi
}

case "$action" in
start) do_start ;;
stop) do_stop ;;
kill) do_kill ;;
restart) do_restart ;;
status) do_status ;;
*) usage ;;
esac
