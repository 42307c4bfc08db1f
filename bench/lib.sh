# Shared parts of the benchmark scripts (bench/run.sh, bench/dashboards.sh, bench/nodes/run.sh): tools,
# the jar, starting and stopping processes (EenPlan on its embedded PostgreSQL too), seeding and the wrk runs. Sourced, not run; the caller sets `set -euo pipefail`
# and, before seeding, `db_port` (and `db_name` when the database is not "postgres") and PGPASSWORD.

bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "${bench}")
work=${EENPLAN_BENCH_WORK:-${bench}/target}
seconds=${BENCH_SECONDS:-30}
warmup_seconds=${BENCH_WARMUP_SECONDS:-10}
threads=2
connections=16
psql_bin=${PSQL:-/usr/bin/psql}
pgbench_bin=${PGBENCH:-/usr/lib/postgresql/15/bin/pgbench}
account=00000000-0000-4000-8000-000000000003
db_name=postgres

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
    "${psql_bin}" -h 127.0.0.1 -p "${db_port}" -U postgres -d "${db_name}" -v ON_ERROR_STOP=1 "$@"
}

now() {
    date +%s.%N
}

elapsed() {
    awk -v start="$1" -v end="$(now)" 'BEGIN { printf "%.1f", end - start }'
}

# Fails unless these programs are there (Debian's PostgreSQL 15 client tools and curl by default).
require_tools() {
    local tool
    for tool in "$@"; do
        if ! command -v "${tool}" >/dev/null 2>&1; then
            echo "missing ${tool} (Debian: apt-get install -y postgresql-client-15 postgresql-15 curl haproxy)" >&2
            exit 1
        fi
    done
}

# Installs a Debian package when its program is missing (wrk, haproxy).
ensure_package() {
    local program=$1 package=$2
    if ! command -v "${program}" >/dev/null 2>&1; then
        echo "installing ${package}"
        as_root apt-get install -y "${package}" >/dev/null \
            || { as_root apt-get update >/dev/null && as_root apt-get install -y "${package}" >/dev/null; }
    fi
}

require_free_ports() {
    local port
    for port in "$@"; do
        if (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
            echo "port ${port} is in use on 127.0.0.1; stop what runs there or choose other ports (bench/README.md)" >&2
            exit 1
        fi
    done
}

# Sets `jar` (BENCH_JAR, or the one in target/), building it first (mvn -q -DskipTests package) when
# there is none.
find_jar() {
    jar=${BENCH_JAR:-$(ls "${root}"/target/eenplan-*.jar 2>/dev/null | head -n 1 || true)}
    if [[ -z ${jar} ]]; then
        echo "building the jar (mvn -q -DskipTests package)"
        (cd "${root}" && mvn -q -DskipTests package)
        jar=$(ls "${root}"/target/eenplan-*.jar | head -n 1)
    fi
}

# Waits until the EenPlan at this address is ready, up to BENCH_START_SECONDS (default 900: a start
# that rebuilds monitoring's read model of a million households takes minutes); fails with its log's
# tail when the process stops first.
wait_ready() {
    local address=$1 pid=$2 log=$3
    for _ in $(seq "${BENCH_START_SECONDS:-900}"); do
        if curl -sf "${address}/actuator/health/readiness" >/dev/null 2>&1; then
            return 0
        fi
        if ! kill -0 "${pid}" 2>/dev/null; then
            echo "EenPlan stopped while starting:" >&2
            tail -n 30 "${log}" >&2
            exit 1
        fi
        sleep 1
    done
    curl -sf "${address}/actuator/health/readiness" >/dev/null
}

# SIGTERM (EenPlan finishes its requests and stops), SIGKILL after a minute.
stop_process() {
    local pid=$1
    if [[ -n ${pid} ]] && kill -0 "${pid}" 2>/dev/null; then
        kill -TERM "${pid}" 2>/dev/null || true
        for _ in $(seq 60); do
            kill -0 "${pid}" 2>/dev/null || return 0
            sleep 1
        done
        kill -KILL "${pid}" 2>/dev/null || true
    fi
}

# Starts EenPlan from the jar on its embedded PostgreSQL (data in target/data, log appended to
# target/app.log) on 127.0.0.1, with any NAME=VALUE arguments added to its environment; sets `app_pid`,
# waits until it is ready and exports PGPASSWORD for `sql`. Needs `app_port`, `db_port` and `base`.
start_embedded() {
    env EENPLAN_DEMO=false \
        EENPLAN_PORT="${app_port}" \
        EENPLAN_EMBEDDED_DB_PORT="${db_port}" \
        EENPLAN_DATA_DIR="${work}/data" \
        EENPLAN_BASE_URL="${base}" \
        EENPLAN_FIRST_ADMINISTRATOR= \
        EENPLAN_LOG_FORMAT= \
        SERVER_ADDRESS=127.0.0.1 \
        "$@" "${java_bin}" -jar "${jar}" >>"${work}/app.log" 2>&1 &
    app_pid=$!
    wait_ready "${base}" "${app_pid}" "${work}/app.log"
    # The embedded database admits its superuser only with the password EenPlan generated (docs/operations.md).
    PGPASSWORD=$(sed -n 's/^postgres=//p' "${work}/data/postgres.passwords")
    export PGPASSWORD
}

# Stops the EenPlan of start_embedded; should it have died without stopping its PostgreSQL, stops that too.
stop_embedded() {
    if [[ -n ${app_pid:-} ]] && kill -0 "${app_pid}" 2>/dev/null; then
        echo "stopping EenPlan (pid ${app_pid})"
        stop_process "${app_pid}"
    fi
    local postmaster=${work}/data/postgres/postmaster.pid pg_pid
    if [[ -f ${postmaster} ]]; then
        pg_pid=$(head -n 1 "${postmaster}")
        if [[ -n ${pg_pid} ]] && kill -0 "${pg_pid}" 2>/dev/null; then
            kill -INT "${pg_pid}" 2>/dev/null || true
            for _ in $(seq 30); do
                kill -0 "${pg_pid}" 2>/dev/null || break
                sleep 1
            done
        fi
    fi
}

# A fresh target/data and an empty target/app.log; EenPlan and its PostgreSQL are stopped on exit.
fresh_embedded() {
    rm -rf "${work}/data"
    mkdir -p "${work}"
    : >"${work}/app.log"
    app_pid=""
    trap stop_embedded EXIT
    trap 'exit 130' INT TERM
}

# Seeds N households (seed.sql) with a new API token in `token`, and writes households.csv.
seed() {
    local households=$1
    token=eenplan_bench_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
    echo "seeding ${households} households"
    local seed_start
    seed_start=$(now)
    sql -q -v n="${households}" -v token="${token}" -f "${bench}/seed.sql"
    seed_seconds=$(elapsed "${seed_start}")
    sql -Atc "copy (select n, md5('household-' || n)::uuid from generate_series(1, ${households}) n) to stdout with csv" \
        >"${work}/households.csv"
    echo "seeded ${households} households in ${seed_seconds} s"
    sql -Atc "select 'rows: ' || (select count(*) from household) || ' households, '
                    || (select count(*) from participant) || ' participants, '
                    || (select count(*) from goal) || ' goals, ' || (select count(*) from action) || ' actions'"
}

# Fails unless the plan of the first seeded household can be read with the token through this address.
check_read() {
    local address=$1 first status
    first=$(head -n 1 "${work}/households.csv" | cut -d, -f2)
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${token}" \
        "${address}/api/v1/households/${first}/plan")
    if [[ ${status} != 200 ]]; then
        echo "GET of a seeded plan answered ${status}, not 200; see the logs in ${work}" >&2
        exit 1
    fi
}

# Writes n,household,action,participant,version for households FROM..TO (default all): the action every
# update changes, and the version its plan has now (If-Match).
export_actions() {
    local households=$1 from=${2:-1} file=${3:-${work}/actions.csv}
    sql -Atc "copy (select n, md5('household-' || n)::uuid, md5('action-' || n || '-1-1')::uuid,
                           md5('participant-' || n || '-5')::uuid, p.version
                    from generate_series(${from}, ${households}) n join plan p on p.id = md5('plan-' || n)::uuid
                    order by n) to stdout with csv" >"${file}"
}

result() {
    grep '^RESULT' "$1" | tail -n 1
}

field() {
    sed -E "s/.* $2=([0-9]+).*/\1/" <<<" $1"
}

# wrk_run NAME SCRIPT SECONDS ADDRESS [script arguments]: output in target/wrk-NAME.txt
wrk_run() {
    local name=$1 script=$2 duration=$3 address=$4
    shift 4
    wrk -t "${threads}" -c "${connections}" -d "${duration}s" ${wrk_timeout:+--timeout "${wrk_timeout}"} --latency -s "${bench}/${script}" "${address}" -- "$@" \
        >"${work}/wrk-${name}.txt"
}

# The read run and the update run (each after a warm-up) through this address, prefixed NAME.
wrk_read_and_update() {
    local name=$1 address=$2 households=$3
    echo "API, read a whole plan (${name}): ${warmup_seconds} s warm-up, then ${seconds} s (${threads} threads, ${connections} connections)"
    wrk_run "${name}read-warmup" wrk-read-plan.lua "${warmup_seconds}" "${address}" "${work}/households.csv" "${token}"
    wrk_run "${name}read" wrk-read-plan.lua "${seconds}" "${address}" "${work}/households.csv" "${token}"
    cat "${work}/wrk-${name}read.txt"

    echo "API, update an action (${name}): ${warmup_seconds} s warm-up, then ${seconds} s"
    export_actions "${households}"
    wrk_run "${name}update-warmup" wrk-update-action.lua "${warmup_seconds}" "${address}" "${work}/actions.csv" "${token}" "${threads}"
    sleep 2 # let the updates that were under way when the warm-up stopped finish before reading the versions
    export_actions "${households}"
    wrk_run "${name}update" wrk-update-action.lua "${seconds}" "${address}" "${work}/actions.csv" "${token}" "${threads}"
    cat "${work}/wrk-${name}update.txt"
}

# "requests/s p50_ms p99_ms failed" of a wrk output file; failed counts the non-2xx answers and the
# requests that got none (socket errors: wrk's timeout), which its latencies leave out.
wrk_figures() {
    local line
    line=$(result "$1")
    awk -v r="$(field "${line}" requests)" -v d="$(field "${line}" duration_us)" -v p50="$(field "${line}" p50_us)" \
        -v p99="$(field "${line}" p99_us)" -v bad="$(($(field "${line}" non2xx) + $(field "${line}" socket_errors)))" \
        'BEGIN { printf "%.0f %.2f %.2f %d\n", r / (d / 1000000), p50 / 1000, p99 / 1000, bad }'
}
