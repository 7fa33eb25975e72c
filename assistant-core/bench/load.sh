#!/usr/bin/env bash
# Load benchmark of the packaged service: time to the first served turn, resident memory, the floor
# (an empty health check), and turn latency for 200 clients, each through a whole intake: paced like
# people (1-4 s between answers) and arriving over a minute; paced but all at once; then as fast as
# the service replies. Loopback only. JVM options for the service: MOSAIC_JAVA_OPTS (bin/mosaic's);
# LOAD_SCENARIOS picks some of "arrival burst saturation"; SKIP_BUILD=1 uses the last build.
# Usage (from the repository root): assistant-core/bench/load.sh [h2|postgresql]
set -euo pipefail
cd "$(dirname "$0")/../.."
KIND=${1:-h2}
PORT=18080
WORK=$(mktemp -d)

[[ -n ${SKIP_BUILD:-} ]] || mvn -B -q -ntp install -DskipTests >/dev/null
if [[ $KIND == postgresql ]]; then
    cp -r assistant-core/target/quarkus-app-postgresql "$WORK/app"
else
    cp -r assistant-core/target/quarkus-app "$WORK/app"
fi
mvn -B -q -ntp -pl assistant-core dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="assistant-core/target/test-classes:assistant-core/target/classes:$(cat "$WORK/cp.txt")"

run() {
    local clients=$1
    local think_min=${2:-0}
    local think_max=${3:-0}
    local arrival=${4:-0}
    local db_args=()
    if [[ $KIND == postgresql ]]; then
        psql -q -h 127.0.0.1 -U postgres -c "drop database if exists mosaic_bench" -c "create database mosaic_bench" postgres
        db_args=(-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/mosaic_bench -Dquarkus.datasource.username=postgres)
    else
        db_args=("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:$WORK/db-$clients;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0")
    fi
    local t0
    t0=$(date +%s%N)
    # the README's launcher (bin/mosaic: its JVM options and class-data archive); every simulated
    # client calls from loopback, so the per-address limits are lifted for the load
    MOSAIC_APP="$WORK/app" bin/mosaic "${db_args[@]}" -Dquarkus.http.port=$PORT -Dmosaic.plugins.dir="$PWD/assistant-core/target/bundled-plugins" \
        -Dmosaic.limits.intake-starts-per-minute=1000000 -Dmosaic.limits.turns-per-minute=1000000 \
        -Dmosaic.audit.key=load-test-audit-key-not-for-production-000 -Dmosaic.audit.key-file="$WORK/audit.key" \
        -Dmosaic.crypto.master-key=bW9zYWljLWxvYWQtdGVzdC1rZXktbm90LWZvci11c2U= \
        >"$WORK/service-$clients.log" 2>&1 &
    local pid=$!
    until curl -s -o /dev/null -w '%{http_code}' -XPOST -H 'Content-Type: application/json' -d '{"clinic":"demo"}' \
        "http://127.0.0.1:$PORT/api/v1/intakes" 2>/dev/null | grep -q 201; do sleep 0.05; done
    local ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    local rss_idle
    rss_idle=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
    local result
    if [[ $clients == 0 ]]; then
        kill $pid; wait $pid 2>/dev/null || true
        echo "db=$KIND training start: first_turn_ms=$ready_ms (the class-data archive is written as it stops)"
        return
    fi
    result=$(java -cp "$CP" org.mosaicintake.bench.IntakeLoad "http://127.0.0.1:$PORT" "$clients" "$think_min" "$think_max" "$arrival")
    local rss_peak
    rss_peak=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$pid/status)
    kill $pid; wait $pid 2>/dev/null || true
    echo "db=$KIND first_turn_ms=$ready_ms rss_idle_mb=$rss_idle rss_peak_mb=$rss_peak $result"
}

SCENARIOS=${LOAD_SCENARIOS:-arrival burst saturation}
# a first start after the build writes bin/mosaic's class-data archive, as it does after any build
run 0
for scenario in $SCENARIOS; do
    case $scenario in
        # people: a few seconds to read and answer each question, arriving over a minute (issue 20's target)
        arrival) run 200 1000 4000 60000 ;;
        # the same people all arriving in the same second
        burst) run 200 1000 4000 ;;
        # saturation: clients answer as fast as the service replies
        saturation) run 200 ;;
    esac
done
rm -rf "$WORK"
