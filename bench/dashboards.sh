#!/usr/bin/env bash
# Benchmark of the monitoring dashboards (MON-1, MON-2; see bench/README.md and docs/adr/0040).
#
#   bench/dashboards.sh [N]
#
# Starts EenPlan on a fresh embedded PostgreSQL, seeds N households with plans (seed.sql, default
# 1000000) and gives them five years of history (dashboards-history.sql), restarts EenPlan with
# EENPLAN_MONITORING_REBUILD=true so monitoring's read model is built from scratch (its time is read
# from the log), then asks every dashboard through the API R times (BENCH_REQUESTS, default 200) and
# prints p50 and p95 in milliseconds in a summary table. Everything stays on 127.0.0.1; EenPlan is
# stopped at the end, whatever happens.
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

fresh_embedded
echo "starting EenPlan on ${base} (log: ${work}/app.log)"
start_embedded
seed "${households}"
history_start=$(now)
sql -q -v n="${households}" -f "${bench}/dashboards-history.sql"
history_seconds=$(elapsed "${history_start}")
echo "history given in ${history_seconds} s"
sql -Atc "select 'history: ' || (select count(*) from plan where status = 'CLOSED') || ' closed plans, '
                || (select count(*) from plan_version) || ' first versions, '
                || (select count(*) from round_table) || ' round tables, '
                || (select count(*) from escalation) || ' escalations, '
                || (select count(*) from escalation_step) || ' escalation steps, '
                || (select count(distinct account_id) from participant p join coordination c on c.coordinator_id = p.id)
                || ' professional coordinators'"

echo "restarting EenPlan with a rebuild of monitoring's read model"
stop_embedded
start_embedded EENPLAN_MONITORING_REBUILD=true
rebuild_ms=$(sed -nE 's/.*read model was rebuilt from scratch in ([0-9]+) ms.*/\1/p' "${work}/app.log" | tail -n 1)
echo "rebuilt in ${rebuild_ms:-an unknown number of} ms"
sql -Atc "select 'read model: ' || (select count(*) from monitoring_plan_fact) || ' plan facts, '
                || (select count(*) from monitoring_round_table_fact) || ' round table facts, '
                || (select count(*) from monitoring_escalation_fact) || ' escalation facts'"

results=${work}/dashboards.txt
: >"${results}"

# Asks this address R times (after one request that must answer 200 and five not counted) and appends
# "label|p50|p95|requests" in ms to the results.
measure() {
    local label=$1 address=$2 status
    status=$(curl -s -o "${work}/dashboard.json" -w '%{http_code}' -H "Authorization: Bearer ${token}" "${address}")
    if [[ ${status} != 200 ]]; then
        echo "${label}: answered ${status}, not 200 (${address}); see ${work}/dashboard.json and ${work}/app.log" >&2
        exit 1
    fi
    for _ in 1 2 3 4 5; do
        curl -s -o /dev/null -H "Authorization: Bearer ${token}" "${address}"
    done
    for _ in $(seq "${requests}"); do
        curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer ${token}" "${address}"
    done | sort -n | awk -v label="${label}" '
        { v[NR] = $1 * 1000 }
        END {
            p50 = int(NR * 0.50); if (p50 < 1) p50 = 1
            p95 = int(NR * 0.95); if (p95 < 1) p95 = 1
            printf "%s|%.1f|%.1f|%d\n", label, v[p50], v[p95], NR
        }' | tee -a "${results}" | awk -F'|' '{ printf "%-40s p50 %7s ms   p95 %7s ms\n", $1, $2, $3 }'
}

api=${base}/api/v1/monitoring/dashboard
municipality=00000000-0000-4000-8000-000000000001
provider=00000000-0000-4000-8000-000000000002
region=00000000-0000-4000-8000-000000000010
five_years="from=$(date -d "$(date +%Y-%m-01) -59 months" +%Y-%m)&to=$(date +%Y-%m)"
echo "asking each dashboard ${requests} times"
measure "municipality, 12 months" "${api}?municipality=${municipality}"
measure "municipality, 5 years" "${api}?municipality=${municipality}&${five_years}"
measure "region (10 municipalities), 12 months" "${api}?region=${region}"
measure "region (10 municipalities), 5 years" "${api}?region=${region}&${five_years}"
measure "organisation, 12 months" "${api}?organisation=${provider}"
measure "organisation, 5 years" "${api}?organisation=${provider}&${five_years}"
measure "list of dashboards" "${base}/api/v1/monitoring/dashboards"

echo
echo "Monitoring dashboards, $(date -u +%Y-%m-%d), ${households} households, $(nproc) cores:"
echo "seeding ${seed_seconds} s, history ${history_seconds} s, read model rebuilt from scratch in ${rebuild_ms:-?} ms;"
echo "${requests} requests per dashboard, one at a time, through GET /api/v1/monitoring/dashboard."
echo
echo "| dashboard | p50 (ms) | p95 (ms) |"
echo "| --- | ---: | ---: |"
awk -F'|' '{ printf "| %s | %s | %s |\n", $1, $2, $3 }' "${results}"
echo
echo "DASHBOARDS households=${households} seed_s=${seed_seconds} history_s=${history_seconds} rebuild_ms=${rebuild_ms:-?}" \
    "worst_p95_ms=$(sort -t'|' -k3 -n "${results}" | tail -n 1 | cut -d'|' -f3)"
