#!/usr/bin/env bash
# Two EenPlan nodes on one PostgreSQL behind HAProxy (see bench/README.md, "Two nodes").
#
#   bench/nodes/run.sh [N]
#
# Starts Debian's PostgreSQL 15 on a fresh data folder, two EenPlan processes on it (as an operator
# would run them against an external database) and HAProxy in front, round-robin, without sticky
# sessions. Seeds N households (default 10000), then
#  (a) measures "read a whole plan" and "update an action" through HAProxy with one node and with two;
#  (b) stops one node under load, once with SIGTERM and once with kill -9, while a writer changes plans
#      and a logged-in visitor keeps asking for pages; checks that no acknowledged change is lost and
#      that the visitor stays logged in.
# Everything stays on 127.0.0.1; all processes are stopped at the end, whatever happens.
set -euo pipefail

households=10000
for argument in "$@"; do
    case ${argument} in
        '' | *[!0-9]*)
            echo "usage: bench/nodes/run.sh [N]" >&2
            exit 2
            ;;
        *) households=${argument} ;;
    esac
done
if ((households < 10)); then
    echo "N must be at least 10" >&2
    exit 2
fi

# shellcheck source=bench/lib.sh
source "$(dirname "$0")/../lib.sh"
nodes=$(cd "$(dirname "$0")" && pwd)
work=${work}/nodes
lb_port=${EENPLAN_BENCH_PORT:-18080}
stats_port=${EENPLAN_BENCH_STATS_PORT:-18079}
node_ports=("${EENPLAN_BENCH_NODE_A_PORT:-18081}" "${EENPLAN_BENCH_NODE_B_PORT:-18082}")
node_names=(a b)
db_port=${EENPLAN_BENCH_DB_PORT:-54339}
db_name=eenplan
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
haproxy_bin=${HAPROXY:-/usr/sbin/haproxy}
base=http://127.0.0.1:${lb_port}
# The households the failover writer changes; wrk's update run leaves them alone.
checked_households=4

# --- tools -------------------------------------------------------------------------------------
require_tools "${psql_bin}" "${pg_bin}/initdb" "${pg_bin}/pg_ctl" curl
ensure_package wrk wrk
if [[ ! -x ${haproxy_bin} ]]; then
    ensure_package haproxy haproxy
    haproxy_bin=$(command -v haproxy)
fi
require_free_ports "${lb_port}" "${stats_port}" "${node_ports[@]}" "${db_port}"
find_jar

rm -rf "${work}"
mkdir -p "${work}"
node_pids=("" "")
haproxy_pid=""

# PostgreSQL refuses to run as root: then it runs as the system user postgres.
as_postgres() {
    if [[ ${EUID} -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    stop_process "${haproxy_pid}"
    local i
    for i in 0 1; do
        if [[ -n ${node_pids[i]} ]] && kill -0 "${node_pids[i]}" 2>/dev/null; then
            echo "stopping node ${node_names[i]} (pid ${node_pids[i]})"
            stop_process "${node_pids[i]}"
        fi
    done
    if [[ -f ${work}/pg/postmaster.pid ]]; then
        as_postgres "${pg_bin}/pg_ctl" -D "${work}/pg" -m fast -w stop >/dev/null 2>&1 || true
    fi
}
trap stop EXIT
trap 'exit 130' INT TERM

secret() {
    head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'
}

# --- (1) PostgreSQL 15 with EenPlan's roles (docs/privacy.md) -----------------------------------
PGPASSWORD=$(secret)
export PGPASSWORD
owner_password=$(secret)
app_password=$(secret)
mkdir -p "${work}/pg"
printf '%s\n' "${PGPASSWORD}" >"${work}/superuser.password"
chmod 0600 "${work}/superuser.password"
if [[ ${EUID} -eq 0 ]]; then
    chown postgres "${work}" "${work}/pg" "${work}/superuser.password"
fi
echo "starting PostgreSQL 15 on 127.0.0.1:${db_port} (log: ${work}/postgres.log)"
as_postgres "${pg_bin}/initdb" -D "${work}/pg" -U postgres --pwfile="${work}/superuser.password" \
    --auth-host=scram-sha-256 --auth-local=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"${work}/initdb.log"
# Durable as ADR 16 asks of an external database; enough connections for two pools and wrk's checks.
as_postgres "${pg_bin}/pg_ctl" -D "${work}/pg" -l "${work}/postgres.log" -w -o \
    "-p ${db_port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${work}/pg -c fsync=on \
     -c synchronous_commit=on -c full_page_writes=on -c max_connections=100 -c shared_buffers=512MB" start >/dev/null
db_name=postgres sql -q <<SQL
create role eenplan_owner login password '${owner_password}';
create role eenplan_app login password '${app_password}';
create database eenplan owner eenplan_owner;
SQL
sql -q <<'SQL'
grant usage, create on schema public to eenplan_app;
alter default privileges for role eenplan_owner in schema public
  grant select, insert, update, delete on tables to eenplan_app;
alter default privileges for role eenplan_owner in schema public
  grant usage, select on sequences to eenplan_app;
SQL

# --- (2) two EenPlan nodes on it ----------------------------------------------------------------
# Flyway takes PostgreSQL's advisory lock and makes every table (the event table too, V35), so nodes
# may migrate at the same moment; node a starts first only so its start-up time is measured alone.
# db-scheduler's tasks run on one node at a time (ADR 13).
start_node() {
    local i=$1
    EENPLAN_DEMO=false \
        EENPLAN_PORT=${node_ports[i]} \
        EENPLAN_DB_URL=jdbc:postgresql://127.0.0.1:${db_port}/${db_name} \
        EENPLAN_DB_USER=eenplan_app \
        EENPLAN_DB_PASSWORD=${app_password} \
        SPRING_FLYWAY_USER=eenplan_owner \
        SPRING_FLYWAY_PASSWORD=${owner_password} \
        EENPLAN_BASE_URL=${base} \
        EENPLAN_FIRST_ADMINISTRATOR= \
        EENPLAN_LOG_FORMAT= \
        SERVER_ADDRESS=127.0.0.1 \
        "${java_bin}" -jar "${jar}" --db-scheduler.scheduler-name="node-${node_names[i]}" \
        >>"${work}/node-${node_names[i]}.log" 2>&1 &
    node_pids[i]=$!
}

wait_node() {
    local i=$1
    wait_ready "http://127.0.0.1:${node_ports[i]}" "${node_pids[i]}" "${work}/node-${node_names[i]}.log"
}

echo "starting nodes a and b on ports ${node_ports[*]} (logs: ${work}/node-*.log)"
start_node 0
wait_node 0
start_node 1
wait_node 1

# --- (3) HAProxy ---------------------------------------------------------------------------------
# haproxy_start SERVERS...: HAProxy (nodes/haproxy.cfg) with these nodes (indexes).
haproxy_start() {
    stop_process "${haproxy_pid}"
    {
        sed -e "s/@PORT@/${lb_port}/" -e "s/@STATS_PORT@/${stats_port}/" "${nodes}/haproxy.cfg"
        local i
        for i in "$@"; do
            echo "    server ${node_names[i]} 127.0.0.1:${node_ports[i]} check"
        done
    } >"${work}/haproxy.cfg"
    "${haproxy_bin}" -f "${work}/haproxy.cfg" -db >>"${work}/haproxy.log" 2>&1 &
    haproxy_pid=$!
    wait_up "$@"
}

# Waits until HAProxy reports these nodes UP.
wait_up() {
    local i
    for _ in $(seq 60); do
        local up=0
        for i in "$@"; do
            if curl -s "http://127.0.0.1:${stats_port}/stats;csv" | grep -q "^nodes,${node_names[i]},.*,UP"; then
                up=$((up + 1))
            fi
        done
        if ((up == $#)); then
            return 0
        fi
        sleep 0.5
    done
    echo "HAProxy does not see the nodes as UP; see ${work}/haproxy.log" >&2
    exit 1
}

# --- (4) seed -------------------------------------------------------------------------------------
seed "${households}"
haproxy_start 0 1
check_read "${base}"

# --- (5) one node against two ----------------------------------------------------------------------
haproxy_start 0
wrk_read_and_update one- "${base}" "${households}"
haproxy_start 0 1
wrk_read_and_update two- "${base}" "${households}"

# --- (6) a node stops under load -----------------------------------------------------------------
# The visitor: a citizen who logs in with a password (no second factor), through HAProxy.
visitor=bezoeker@bench.example
visitor_password=$(secret)
sql -q -v email="${visitor}" -v password="${visitor_password}" <<'SQL'
create extension pgcrypto;
insert into account (id, version, email, display_name, kind, password_hash, active, locale, created_at)
values (gen_random_uuid(), 0, :'email', 'Bezoeker', 'CITIZEN',
        '{bcrypt}' || crypt(:'password', gen_salt('bf', 10)), true, 'nl', now());
drop extension pgcrypto;
SQL

# failover NAME SIGNAL: stops node b with SIGNAL a third into a wrk read run (with a writer and the
# visitor at work), starts it again afterwards, and prints one line of findings.
failover() {
    local name=$1 signal=$2 jar_cookies=${work}/cookies-$1.txt
    # log in: the login page's CSRF token, then the form
    local csrf
    csrf=$(curl -s -c "${jar_cookies}" -b "${jar_cookies}" "${base}/login" | sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p' | head -n 1)
    local login
    login=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "${jar_cookies}" -b "${jar_cookies}" \
        --data-urlencode "email=${visitor}" --data-urlencode "password=${visitor_password}" \
        --data-urlencode "_csrf=${csrf}" "${base}/login")
    if [[ ${login} != "302 ${base}/" ]]; then
        echo "the visitor could not log in through HAProxy: ${login}" >&2
        exit 1
    fi

    export_actions "${checked_households}" 1 "${work}/checked-${name}.csv"
    "${nodes}/writer.sh" "${base}" "${token}" "${work}/checked-${name}.csv" "${work}/acknowledged-${name}.txt" &
    local writer_pid=$!
    "${nodes}/visitor.sh" "${base}" "${jar_cookies}" "${work}/visitor-${name}.txt" &
    local visitor_pid=$!

    wrk_run "failover-${name}" wrk-read-plan.lua "${seconds}" "${base}" "${work}/households.csv" "${token}" &
    local wrk_pid=$!
    sleep "$(awk -v s="${seconds}" 'BEGIN { print s / 3 }')"
    echo "node b gets ${signal} under load"
    kill "-${signal}" "${node_pids[1]}"
    wait "${wrk_pid}"
    kill "${writer_pid}" "${visitor_pid}"
    wait "${writer_pid}" "${visitor_pid}" 2>/dev/null || true
    wait "${node_pids[1]}" 2>/dev/null || true

    # Every acknowledged change is there: the plan's version is at least the last acknowledged one.
    local acknowledged lost
    acknowledged=$(wc -l <"${work}/acknowledged-${name}.txt")
    lost=0
    local n version present
    while read -r n version; do
        present=$(sql -Atc "select version from plan where id = md5('plan-' || ${n})::uuid")
        if ((present < version)); then
            lost=$((lost + 1))
        fi
    done < <(sort -k1,1n -k2,2nr "${work}/acknowledged-${name}.txt" | sort -u -k1,1n)
    local logged_in asked_to_log_in other final
    logged_in=$(grep -c '^200$' "${work}/visitor-${name}.txt" || true)
    asked_to_log_in=$(grep -c '^302$' "${work}/visitor-${name}.txt" || true)
    other=$(grep -vc '^\(200\|302\)$' "${work}/visitor-${name}.txt" || true)
    final=$(curl -s -o /dev/null -w '%{http_code}' -b "${jar_cookies}" "${base}/account")
    local line
    line=$(result "${work}/wrk-failover-${name}.txt")
    printf '%-9s wrk: %s requests, %s non-2xx, %s socket errors | writer: %s acknowledged, %s lost | visitor: %s pages, %s sent to login, %s other, after: %s\n' \
        "${name}" "$(field "${line}" requests)" "$(field "${line}" non2xx)" "$(field "${line}" socket_errors)" \
        "${acknowledged}" "${lost}" "${logged_in}" "${asked_to_log_in}" "${other}" "${final}" | tee -a "${work}/failover.txt"
    if ((lost > 0)) || ((asked_to_log_in > 0)) || [[ ${final} != 200 ]]; then
        failed=true
    fi

    start_node 1
    wait_node 1
    wait_up 0 1
}

failed=false
: >"${work}/failover.txt"
echo "failover: node b stops a third into ${seconds} s of reads; a writer changes ${checked_households} plans meanwhile"
failover sigterm TERM
failover kill KILL

# --- (7) summary -------------------------------------------------------------------------------------
echo
echo "EenPlan through HAProxy: ${households} households, ${threads} threads, ${connections} connections,"
echo "${seconds} s each, on $(nproc) cores, one PostgreSQL 15; seeding took ${seed_seconds} s"
printf '%-28s %10s %9s %9s %7s\n' "" "req/s" "p50 ms" "p99 ms" "failed"
for nodes_count in one two; do
    for run in read update; do
        read -r rps p50 p99 bad < <(wrk_figures "${work}/wrk-${nodes_count}-${run}.txt")
        label="${run/read/read a whole plan}"
        label="${label/update/update an action}"
        printf '%-28s %10s %9s %9s %7s\n' "${label}, ${nodes_count} node$([[ ${nodes_count} == two ]] && echo s)" \
            "${rps}" "${p50}" "${p99}" "${bad}"
    done
done
echo
cat "${work}/failover.txt"
if ${failed}; then
    echo "FAILED: an acknowledged change was lost or the visitor had to log in again" >&2
    exit 1
fi
