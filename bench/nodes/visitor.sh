#!/usr/bin/env bash
# The logged-in visitor of bench/nodes/run.sh: asks for the account page with its session cookie five
# times a second, for as long as it runs, and writes each answer's status: 200 (still logged in), 302
# (sent to the login page: the session was lost) or anything else (000: no answer).
#
#   visitor.sh ADDRESS COOKIE_JAR OUTPUT
set -uo pipefail

base=$1
cookies=$2
output=$3
: >"${output}"
trap 'exit 0' TERM INT

while true; do
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 10 -b "${cookies}" -c "${cookies}" "${base}/account" >>"${output}"
    sleep 0.2
done
