#!/usr/bin/env bash
# The failover writer of bench/nodes/run.sh: changes the first action of a few plans in turn through
# the API, for as long as it runs, and writes "n version" for every change EenPlan acknowledged (2xx).
# After any other answer it reads the plan's version again before going on: a change whose answer
# was lost may or may not have been carried out (docs/operations.md).
#
#   writer.sh ADDRESS TOKEN ROWS ACKNOWLEDGED
#
# ROWS is an actions file of bench/lib.sh's export_actions (n,household,action,participant,version).
set -uo pipefail

base=$1
token=$2
rows=$3
acknowledged=$4
: >"${acknowledged}"
trap 'exit 0' TERM INT

mapfile -t lines <"${rows}"
numbers=() households=() actions=() participants=() versions=()
for line in "${lines[@]}"; do
    IFS=, read -r n household action participant version <<<"${line}"
    numbers+=("${n}") households+=("${household}") actions+=("${action}") participants+=("${participant}")
    versions+=("${version}")
done

# The version the plan has now, from the ETag of a read; empty when EenPlan does not answer.
current_version() {
    curl -s -o /dev/null -D - --max-time 30 -H "Authorization: Bearer ${token}" \
        "${base}/api/v1/households/$1/plan" | sed -nE 's/^[Ee][Tt]ag: (W\/)?"?([0-9]+)"?.*/\2/p'
}

while true; do
    for i in "${!numbers[@]}"; do
        version=${versions[i]}
        status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -X PUT \
            -H "Authorization: Bearer ${token}" -H 'Content-Type: application/json' -H "If-Match: \"${version}\"" \
            --data "{\"what\":\"Gesprek met school (${version})\",\"who\":[\"${participants[i]}\"],\"startDate\":\"2026-01-05\",\"targetDate\":\"2026-03-02\",\"evaluationDate\":\"2026-03-09\"}" \
            "${base}/api/v1/households/${households[i]}/plan/actions/${actions[i]}")
        if [[ ${status} == 2?? ]]; then
            versions[i]=$((version + 1))
            echo "${numbers[i]} ${versions[i]}" >>"${acknowledged}"
        else
            fresh=$(current_version "${households[i]}")
            if [[ -n ${fresh} ]]; then
                versions[i]=${fresh}
            fi
            sleep 0.1
        fi
    done
done
