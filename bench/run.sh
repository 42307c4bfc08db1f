#!/usr/bin/env bash
# Benchmark of the JSON API against the database under it (see bench/README.md).
#
#   bench/run.sh [N] [--seed-only]
#
# Starts EenPlan on a fresh embedded PostgreSQL, seeds N households with plans (default 10000),
# then measures "read a whole plan" and "update an action" through the API with wrk, and the same
# SQL statements straight on the database with pgbench, and prints both with their ratio.
# Everything stays on 127.0.0.1; the application is stopped at the end, whatever happens.
set -euo pipefail

households=10000
seed_only=false
for argument in "$@"; do
    case ${argument} in
        --seed-only) seed_only=true ;;
        '' | *[!0-9]*)
            echo "usage: bench/run.sh [N] [--seed-only]" >&2
            exit 2
            ;;
        *) households=${argument} ;;
    esac
done
if ((households < 1)); then
    echo "N must be at least 1" >&2
    exit 2
fi

# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"
app_port=${EENPLAN_BENCH_PORT:-18080}
db_port=${EENPLAN_BENCH_DB_PORT:-54329}
base=http://127.0.0.1:${app_port}

# --- tools -------------------------------------------------------------------------------------
require_tools "${psql_bin}" "${pgbench_bin}" curl
if ! ${seed_only}; then
    ensure_package wrk wrk
fi
require_free_ports "${app_port}" "${db_port}"

# --- (a) the jar ---------------------------------------------------------------------------------
find_jar

# --- (b) EenPlan on a fresh embedded PostgreSQL ------------------------------------------------
fresh_embedded
echo "starting EenPlan on ${base} with PostgreSQL on 127.0.0.1:${db_port} (log: ${work}/app.log)"
start_embedded

# --- (c) seed --------------------------------------------------------------------------------------
seed "${households}"
if ${seed_only}; then
    echo "SEED households=${households} seconds=${seed_seconds}"
    exit 0
fi

check_read "${base}"

# --- (d) the API under wrk -------------------------------------------------------------------------
wrk_read_and_update "" "${base}" "${households}"

# --- (e) the same SQL under pgbench ----------------------------------------------------------------
token_hash=$(sql -Atc "select token_hash from api_token where name = 'benchmark'")

pgbench_run() {
    local name=$1 script=$2
    rm -f "${work}/pgbench-${name}".*
    (cd "${work}" && "${pgbench_bin}" -h 127.0.0.1 -p "${db_port}" -U postgres -n -M prepared \
        -c "${connections}" -j "${threads}" -T "${seconds}" -l --log-prefix="pgbench-${name}" \
        -D households="${households}" -D account="${account}" -D token_hash="${token_hash}" \
        -f "${bench}/${script}" postgres) >"${work}/pgbench-${name}.txt" 2>&1
}

# p50 and p99 in microseconds of the transactions in pgbench's logs (third column: latency in us)
pgbench_percentiles() {
    cat "${work}/pgbench-$1".[0-9]* | awk '{ print $3 }' | sort -n | awk '
        { v[NR] = $1 }
        END {
            if (NR == 0) { print "0 0"; exit }
            p50 = int(NR * 0.50); if (p50 < 1) p50 = 1
            p99 = int(NR * 0.99); if (p99 < 1) p99 = 1
            print v[p50], v[p99]
        }'
}

echo "pgbench, read a whole plan: ${seconds} s"
pgbench_run read pgbench-read-plan.sql
grep -E 'number of (transactions actually processed|failed)|latency average|tps' "${work}/pgbench-read.txt"
echo "pgbench, update an action: ${seconds} s"
pgbench_run update pgbench-update-action.sql
grep -E 'number of (transactions actually processed|failed)|latency average|tps' "${work}/pgbench-update.txt"

# --- (f) summary -------------------------------------------------------------------------------------
summary_line() {
    local label=$1 wrk_file=$2 pgbench_name=$3
    local api_rps p50 p99 non2xx tps pg_p50 pg_p99
    read -r api_rps p50 p99 non2xx < <(wrk_figures "${wrk_file}")
    tps=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' "${work}/pgbench-${pgbench_name}.txt" | head -n 1)
    read -r pg_p50 pg_p99 < <(pgbench_percentiles "${pgbench_name}")
    awk -v label="${label}" -v rps="${api_rps}" -v p50="${p50}" -v p99="${p99}" -v bad="${non2xx}" \
        -v tps="${tps}" -v pg50="${pg_p50}" -v pg99="${pg_p99}" 'BEGIN {
            printf "%-20s %10.0f %9.2f %9.2f %7d %12.0f %9.2f %9.2f %8.2f\n",
                label, rps, p50, p99, bad, tps, pg50 / 1000, pg99 / 1000, (tps > 0 ? rps / tps : 0)
        }'
}

echo
echo "EenPlan API against the same SQL in pgbench: ${households} households, ${threads} threads,"
echo "${connections} connections, ${seconds} s each, on $(nproc) cores; seeding took ${seed_seconds} s"
printf '%-20s %10s %9s %9s %7s %12s %9s %9s %8s\n' \
    "" "API req/s" "p50 ms" "p99 ms" "non-2xx" "pgbench tps" "p50 ms" "p99 ms" "API/pg"
summary_line "read a whole plan" "${work}/wrk-read.txt" read
summary_line "update an action" "${work}/wrk-update.txt" update
