#!/usr/bin/env bash
# Benchmark of the monitoring dashboards (MON-1; see bench/README.md and docs/adr/0036).
#
#   bench/dashboards.sh [N]
#
# Starts EenPlan on a fresh embedded PostgreSQL, seeds N households with plans (seed.sql, default
# 1000000) and gives them a five-year history (dashboards-history.sql), restarts EenPlan with
# EENPLAN_MONITORING_REBUILD=true so monitoring's read model is built from scratch (its time is read
# from the log), then asks every dashboard through the API R times (BENCH_REQUESTS, default 200) and
# prints p50 and p95 in milliseconds. Everything stays on 127.0.0.1; EenPlan is stopped at the end.
set -euo pipefail

households=${1:-1000000}
requests=${BENCH_REQUESTS:-200}
if [[ ! ${households} =~ ^[0-9]+$ ]] || ((households < 1)); then
    echo "usage: bench/dashboards.sh [N]" >&2
    exit 2
fi

# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"
app_port=${EENPLAN_BENCH_PORT:-18080}
db_port=${EENPLAN_BENCH_DB_PORT:-54329}
base=http://127.0.0.1:${app_port}
require_tools "${psql_bin}" curl
require_free_ports "${app_port}" "${db_port}"
find_jar

rm -rf "${work}/data"
mkdir -p "${work}"
app_pid=""
stop() {
    if [[ -n ${app_pid} ]] && kill -0 "${app_pid}" 2>/dev/null; then
        echo "stopping EenPlan (pid ${app_pid})"
        stop_process "${app_pid}"
    fi
}
trap stop EXIT
trap 'exit 130' INT TERM

start() {
    local rebuild=$1
    EENPLAN_DEMO=false \
        EENPLAN_MONITORING_REBUILD=${rebuild} \
        EENPLAN_PORT=${app_port} \
        EENPLAN_EMBEDDED_DB_PORT=${db_port} \
        EENPLAN_DATA_DIR=${work}/data \
        EENPLAN_BASE_URL=${base} \
        EENPLAN_FIRST_ADMINISTRATOR= \
        EENPLAN_LOG_FORMAT= \
        SERVER_ADDRESS=127.0.0.1 \
        "${java_bin}" -jar "${jar}" >>"${work}/app.log" 2>&1 &
    app_pid=$!
    wait_ready "${base}" "${app_pid}" "${work}/app.log"
}

echo "starting EenPlan on ${base} (log: ${work}/app.log)"
: >"${work}/app.log"
start false
PGPASSWORD=$(sed -n 's/^postgres=//p' "${work}/data/postgres.passwords")
export PGPASSWORD
seed "${households}"
history_start=$(now)
sql -q -v n="${households}" -f "${bench}/dashboards-history.sql"
echo "history given in $(elapsed "${history_start}") s"

echo "restarting EenPlan with a rebuild of monitoring's read model"
stop_process "${app_pid}"
start true
rebuild_ms=$(sed -nE 's/.*read model was rebuilt from scratch in ([0-9]+) ms.*/\1/p' "${work}/app.log" | tail -n 1)
sql -Atc "select 'read model: ' || (select count(*) from monitoring_plan_fact) || ' plan facts'"

# p50 and p95 in ms of R requests to this address
measure() {
    local label=$1 address=$2 status
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${token}" "${address}")
    if [[ ${status} != 200 ]]; then
        echo "${label}: answered ${status}, not 200" >&2
        exit 1
    fi
    for _ in $(seq "${requests}"); do
        curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer ${token}" "${address}"
    done | sort -n | awk -v label="${label}" '
        { v[NR] = $1 * 1000 }
        END {
            p50 = int(NR * 0.50); if (p50 < 1) p50 = 1
            p95 = int(NR * 0.95); if (p95 < 1) p95 = 1
            printf "%-34s p50 %7.1f ms   p95 %7.1f ms   (%d requests)\n", label, v[p50], v[p95], NR
        }'
}

api=${base}/api/v1/monitoring/dashboard
municipality=00000000-0000-4000-8000-000000000001
provider=00000000-0000-4000-8000-000000000002
region=00000000-0000-4000-8000-000000000010
five_years="from=$(date -d '-59 months' +%Y-%m)&to=$(date +%Y-%m)"
echo "DASHBOARDS households=${households} rebuild_ms=${rebuild_ms:-unknown}"
measure "municipality, 12 months" "${api}?municipality=${municipality}"
measure "municipality, 5 years" "${api}?municipality=${municipality}&${five_years}"
measure "region (10 municipalities), 12 months" "${api}?region=${region}"
measure "region, 5 years" "${api}?region=${region}&${five_years}"
measure "organisation, 12 months" "${api}?organisation=${provider}"
measure "organisation, 5 years" "${api}?organisation=${provider}&${five_years}"
