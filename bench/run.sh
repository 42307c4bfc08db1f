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

bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "${bench}")
work=${bench}/target
app_port=${EENPLAN_BENCH_PORT:-18080}
db_port=${EENPLAN_BENCH_DB_PORT:-54329}
seconds=${BENCH_SECONDS:-30}
warmup_seconds=${BENCH_WARMUP_SECONDS:-10}
threads=2
connections=16
psql_bin=${PSQL:-/usr/bin/psql}
pgbench_bin=${PGBENCH:-/usr/lib/postgresql/15/bin/pgbench}
base=http://127.0.0.1:${app_port}
account=00000000-0000-4000-8000-000000000003

if [[ -z ${JAVA_HOME:-} && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java_bin=java
if [[ -n ${JAVA_HOME:-} ]]; then
    java_bin=${JAVA_HOME}/bin/java
    export PATH="${JAVA_HOME}/bin:${PATH}"
fi

as_root() {
    if [[ ${EUID} -eq 0 ]]; then
        "$@"
    else
        sudo "$@"
    fi
}

sql() {
    "${psql_bin}" -h 127.0.0.1 -p "${db_port}" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"
}

now() {
    date +%s.%N
}

elapsed() {
    awk -v start="$1" -v end="$(now)" 'BEGIN { printf "%.1f", end - start }'
}

# --- tools -------------------------------------------------------------------------------------
for tool in "${psql_bin}" "${pgbench_bin}" curl; do
    if ! command -v "${tool}" >/dev/null 2>&1; then
        echo "missing ${tool} (Debian: apt-get install -y postgresql-client-15 postgresql-15 curl)" >&2
        exit 1
    fi
done
if ! ${seed_only} && ! command -v wrk >/dev/null 2>&1; then
    echo "installing wrk"
    as_root apt-get install -y wrk >/dev/null || { as_root apt-get update >/dev/null && as_root apt-get install -y wrk >/dev/null; }
fi
for port in "${app_port}" "${db_port}"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
        echo "port ${port} is in use on 127.0.0.1; stop what runs there or set EENPLAN_BENCH_PORT / EENPLAN_BENCH_DB_PORT" >&2
        exit 1
    fi
done

# --- (a) the jar ---------------------------------------------------------------------------------
jar=$(ls "${root}"/target/eenplan-*.jar 2>/dev/null | head -n 1 || true)
if [[ -z ${jar} ]]; then
    echo "building the jar (mvn -q -DskipTests package)"
    (cd "${root}" && mvn -q -DskipTests package)
    jar=$(ls "${root}"/target/eenplan-*.jar | head -n 1)
fi

# --- (b) EenPlan on a fresh embedded PostgreSQL ------------------------------------------------
rm -rf "${work}/data"
mkdir -p "${work}"
app_pid=""

stop() {
    if [[ -n ${app_pid} ]] && kill -0 "${app_pid}" 2>/dev/null; then
        echo "stopping EenPlan (pid ${app_pid})"
        kill -TERM "${app_pid}" 2>/dev/null || true
        for _ in $(seq 60); do
            kill -0 "${app_pid}" 2>/dev/null || break
            sleep 1
        done
        if kill -0 "${app_pid}" 2>/dev/null; then
            kill -KILL "${app_pid}" 2>/dev/null || true
        fi
    fi
    # Should the application have died without stopping its PostgreSQL, stop that one too.
    local postmaster=${work}/data/postgres/postmaster.pid
    if [[ -f ${postmaster} ]]; then
        local pg_pid
        pg_pid=$(head -n 1 "${postmaster}")
        if [[ -n ${pg_pid} ]] && kill -0 "${pg_pid}" 2>/dev/null; then
            kill -INT "${pg_pid}" 2>/dev/null || true
        fi
    fi
}
trap stop EXIT
trap 'exit 130' INT TERM

echo "starting EenPlan on ${base} with PostgreSQL on 127.0.0.1:${db_port} (log: ${work}/app.log)"
EENPLAN_DEMO=false \
    EENPLAN_PORT=${app_port} \
    EENPLAN_EMBEDDED_DB_PORT=${db_port} \
    EENPLAN_DATA_DIR=${work}/data \
    EENPLAN_BASE_URL=${base} \
    EENPLAN_FIRST_ADMINISTRATOR= \
    EENPLAN_LOG_FORMAT= \
    SERVER_ADDRESS=127.0.0.1 \
    "${java_bin}" -jar "${jar}" >"${work}/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 180); do
    if curl -sf "${base}/actuator/health/readiness" >/dev/null 2>&1; then
        break
    fi
    if ! kill -0 "${app_pid}" 2>/dev/null; then
        echo "EenPlan stopped while starting:" >&2
        tail -n 30 "${work}/app.log" >&2
        exit 1
    fi
    sleep 1
done
curl -sf "${base}/actuator/health/readiness" >/dev/null
# The embedded database admits its superuser only with the password EenPlan generated (docs/operations.md).
PGPASSWORD=$(sed -n 's/^postgres=//p' "${work}/data/postgres.passwords")
export PGPASSWORD

# --- (c) seed --------------------------------------------------------------------------------------
token=eenplan_bench_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
echo "seeding ${households} households"
seed_start=$(now)
sql -q -v n="${households}" -v token="${token}" -f "${bench}/seed.sql"
seed_seconds=$(elapsed "${seed_start}")
sql -Atc "copy (select n, md5('household-' || n)::uuid from generate_series(1, ${households}) n) to stdout with csv" \
    >"${work}/households.csv"
echo "seeded ${households} households in ${seed_seconds} s"
sql -Atc "select 'rows: ' || (select count(*) from household) || ' households, '
                || (select count(*) from participant) || ' participants, '
                || (select count(*) from goal) || ' goals, ' || (select count(*) from action) || ' actions'"
if ${seed_only}; then
    echo "SEED households=${households} seconds=${seed_seconds}"
    exit 0
fi

first=$(head -n 1 "${work}/households.csv" | cut -d, -f2)
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${token}" \
    "${base}/api/v1/households/${first}/plan")
if [[ ${status} != 200 ]]; then
    echo "GET of a seeded plan answered ${status}, not 200; see ${work}/app.log" >&2
    exit 1
fi

# --- (d) the API under wrk -------------------------------------------------------------------------
# Writes n,household,action,participant,version: the action every update changes, and the version
# its plan has now (If-Match).
export_actions() {
    sql -Atc "copy (select n, md5('household-' || n)::uuid, md5('action-' || n || '-1-1')::uuid,
                           md5('participant-' || n || '-5')::uuid, p.version
                    from generate_series(1, ${households}) n join plan p on p.id = md5('plan-' || n)::uuid
                    order by n) to stdout with csv" >"${work}/actions.csv"
}

result() {
    grep '^RESULT' "$1" | tail -n 1
}

field() {
    sed -E "s/.* $2=([0-9]+).*/\1/" <<<" $1"
}

wrk_run() {
    local name=$1 script=$2 seconds=$3
    shift 3
    wrk -t "${threads}" -c "${connections}" -d "${seconds}s" --latency -s "${bench}/${script}" "${base}" -- "$@" \
        >"${work}/wrk-${name}.txt"
}

echo "API, read a whole plan: ${warmup_seconds} s warm-up, then ${seconds} s (${threads} threads, ${connections} connections)"
wrk_run read-warmup wrk-read-plan.lua "${warmup_seconds}" "${work}/households.csv" "${token}"
wrk_run read wrk-read-plan.lua "${seconds}" "${work}/households.csv" "${token}"
cat "${work}/wrk-read.txt"

echo "API, update an action: ${warmup_seconds} s warm-up, then ${seconds} s"
export_actions
wrk_run update-warmup wrk-update-action.lua "${warmup_seconds}" "${work}/actions.csv" "${token}" "${threads}"
sleep 2 # let the updates that were under way when the warm-up stopped finish before reading the versions
export_actions
wrk_run update wrk-update-action.lua "${seconds}" "${work}/actions.csv" "${token}" "${threads}"
cat "${work}/wrk-update.txt"

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
    local line requests duration p50 p99 non2xx api_rps tps pg_p50 pg_p99
    line=$(result "${wrk_file}")
    requests=$(field "${line}" requests)
    duration=$(field "${line}" duration_us)
    p50=$(field "${line}" p50_us)
    p99=$(field "${line}" p99_us)
    non2xx=$(field "${line}" non2xx)
    api_rps=$(awk -v r="${requests}" -v d="${duration}" 'BEGIN { printf "%.0f", r / (d / 1000000) }')
    tps=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' "${work}/pgbench-${pgbench_name}.txt" | head -n 1)
    read -r pg_p50 pg_p99 < <(pgbench_percentiles "${pgbench_name}")
    awk -v label="${label}" -v rps="${api_rps}" -v p50="${p50}" -v p99="${p99}" -v bad="${non2xx}" \
        -v tps="${tps}" -v pg50="${pg_p50}" -v pg99="${pg_p99}" 'BEGIN {
            printf "%-20s %10.0f %9.2f %9.2f %7d %12.0f %9.2f %9.2f %8.2f\n",
                label, rps, p50 / 1000, p99 / 1000, bad, tps, pg50 / 1000, pg99 / 1000, (tps > 0 ? rps / tps : 0)
        }'
}

echo
echo "EenPlan API against the same SQL in pgbench: ${households} households, ${threads} threads,"
echo "${connections} connections, ${seconds} s each, on $(nproc) cores; seeding took ${seed_seconds} s"
printf '%-20s %10s %9s %9s %7s %12s %9s %9s %8s\n' \
    "" "API req/s" "p50 ms" "p99 ms" "non-2xx" "pgbench tps" "p50 ms" "p99 ms" "API/pg"
summary_line "read a whole plan" "${work}/wrk-read.txt" read
summary_line "update an action" "${work}/wrk-update.txt" update
