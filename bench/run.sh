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
durability=${BENCH_FSYNC:-on}
if [[ ${durability} != on && ${durability} != off ]]; then
    echo "BENCH_FSYNC must be on (the default, as EenPlan runs) or off" >&2
    exit 2
fi
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

# --- benchmark only: commits that do not wait for the disk -------------------------------------
# BENCH_FSYNC=off makes every commit of this run (EenPlan's and pgbench's) return before its WAL is
# flushed (synchronous_commit=off for the whole database), to compare with figures measured with
# fsync off. EenPlan never runs so (ADR 16): acknowledged writes must survive a crash. Its own start
# passes fsync=on on PostgreSQL's command line, which outranks the configuration files, so the switch
# is made per database; the connections EenPlan already has are closed so its pool opens new ones.
if [[ ${durability} == off ]]; then
    echo "BENCH_FSYNC=off: commits do not wait for the disk in this run (benchmark only, not how EenPlan runs)"
    sql -qc "alter database ${db_name} set synchronous_commit = off"
    sql -qAtc "select count(pg_terminate_backend(pid)) from pg_stat_activity
               where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'" \
        >/dev/null
fi

# --- (c) seed --------------------------------------------------------------------------------------
seed "${households}"
if ${seed_only}; then
    echo "SEED households=${households} seconds=${seed_seconds}"
    exit 0
fi

check_read "${base}"

# --- (d) the API under wrk -------------------------------------------------------------------------
# A request gets 10 s (wrk's default is 2 s) before it counts as failed: slow answers stay in the p99.
wrk_timeout=10s
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
# One row of the table, then (on standard error, kept for the aims below) "rps p99 ratio failed".
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
            printf "%.0f %.2f %.2f %d\n", rps, p99, (tps > 0 ? rps / tps : 0), bad > "/dev/stderr"
        }'
}

# The aims of issue 15: read >= 1,000 req/s with p99 < 25 ms and >= 0.7 of pgbench; update >= 500 req/s
# and >= 0.7 of pgbench; both without a single non-2xx answer.
aim_line() {
    local label=$1 rps=$2 p99=$3 ratio=$4 bad=$5 min_rps=$6 max_p99=$7
    awk -v label="${label}" -v rps="${rps}" -v p99="${p99}" -v ratio="${ratio}" -v bad="${bad}" \
        -v min_rps="${min_rps}" -v max_p99="${max_p99}" 'BEGIN {
            met = rps >= min_rps && ratio >= 0.7 && bad == 0 && (max_p99 == 0 || p99 < max_p99)
            printf "aim, %-17s >= %d req/s%s, >= 0.70 of pgbench: %s\n", label, min_rps,
                (max_p99 > 0 ? sprintf(", p99 < %d ms", max_p99) : ""), (met ? "MET" : "not met")
        }'
}

echo
echo "EenPlan API against the same SQL in pgbench: ${households} households, ${threads} threads,"
echo "${connections} connections, ${seconds} s each, on $(nproc) cores; seeding took ${seed_seconds} s"
if [[ ${durability} == off ]]; then
    echo "COMMITS NOT DURABLE (BENCH_FSYNC=off: synchronous_commit off, benchmark only; EenPlan never runs so)"
else
    echo "durable commits (fsync and synchronous commit on, as EenPlan runs)"
fi
printf '%-20s %10s %9s %9s %7s %12s %9s %9s %8s\n' \
    "" "API req/s" "p50 ms" "p99 ms" "failed" "pgbench tps" "p50 ms" "p99 ms" "API/pg"
summary_line "read a whole plan" "${work}/wrk-read.txt" read 2>"${work}/aims-read.txt"
summary_line "update an action" "${work}/wrk-update.txt" update 2>"${work}/aims-update.txt"
read -r rps p99 ratio bad <"${work}/aims-read.txt"
aim_line "read a whole plan" "${rps}" "${p99}" "${ratio}" "${bad}" 1000 25
read -r rps p99 ratio bad <"${work}/aims-update.txt"
aim_line "update an action" "${rps}" "${p99}" "${ratio}" "${bad}" 500 0
if [[ ${durability} == off ]]; then
    echo "(measured with BENCH_FSYNC=off: these figures are not how EenPlan runs)"
fi
