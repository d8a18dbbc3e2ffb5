#!/usr/bin/env bash
# Throughput, side by side: authenticated `GET /v1/users/{id}` on nexmock `serve` (Bearer JWT verified against the
# application's public key, ACL and lifetime checked, the user read from the state and written as JSON) against
# WireMock standalone answering the very same request from a static stub with the same body and headers.
# Each server runs pinned to core 0 as `java -XX:ActiveProcessorCount=1 -Xmx256m`, both journals capped at 1000; wrk
# runs pinned to core 1 (1 thread, 8 connections). After a warm-up of each, rounds alternate between the two servers
# (the order swaps every round, so a drift in load favours neither); prints each round, the medians and the ratio.
# Usage: scripts/throughput.sh [rounds=5] [seconds=10] [warm-up rounds=6]
#   The warm-up is long because a JVM held to one core compiles on that core too, between the requests it serves.
#   SERVER_CPU / CLIENT_CPU: the cores (default 0 and 1); JAVA_FLAGS: of both servers; PORT: the first of two ports;
#   NEXMOCK_JAR: a standalone jar to measure instead of this checkout's (an older build, to compare).
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${1:-5}
SECONDS_PER_ROUND=${2:-10}
WARMUP_ROUNDS=${3:-6}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
JAVA_FLAGS=${JAVA_FLAGS:--XX:ActiveProcessorCount=1 -Xmx256m}
PORT=${PORT:-18690}
WIREMOCK_PORT=$((PORT + 1))
WORK=target/throughput
mkdir -p "$WORK"
rm -f "$WORK"/*.rps
source scripts/lib/start-timing.sh
source scripts/lib/standalone-jar.sh

for tool in wrk jq; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (Debian: apt-get install $tool)" >&2; exit 1; }
done
if [ -n "${NEXMOCK_JAR:-}" ]; then
  JAR=$(realpath "$NEXMOCK_JAR")
else
  scripts/nexmock --version >/dev/null   # builds the jar when it is missing or older than the sources
  JAR=$(realpath "$(standalone_jar .)")
fi
WIREMOCK=$(wiremock_standalone_jar)

PIDS=()
stop_all() { for pid in ${PIDS[@]+"${PIDS[@]}"}; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; }
trap stop_all EXIT

# Starts a server pinned to SERVER_CPU, its output in $WORK/$1.log, and waits until /__admin/health on $2 answers.
start_pinned() {
  local name=$1 port=$2
  shift 2
  # shellcheck disable=SC2086
  taskset -c "$SERVER_CPU" java $JAVA_FLAGS "$@" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  wait_until_healthy "${PIDS[-1]}" "$port" "$WORK/$name.log"
}

PORT=$PORT require_free_port
PORT=$WIREMOCK_PORT require_free_port
start_pinned nexmock "$PORT" -jar "$JAR" serve --port "$PORT" --api-key bench --api-secret bench-secret --max-journal 1000
start_pinned wiremock "$WIREMOCK_PORT" -jar "$WIREMOCK" --port "$WIREMOCK_PORT" --disable-banner \
  --max-request-journal-entries 1000

# An application, a user and the client SDK JWT of Nexmo's guide, made with nexmock's own CLI as a user would.
APP_DIR=$(mktemp -d)
(
  cd "$APP_DIR"
  cli() { java -jar "$JAR" "$@" --base-url "http://127.0.0.1:$PORT"; }
  java -jar "$JAR" app:create bench --type rtc --api-key bench --api-secret bench-secret \
    --base-url "http://127.0.0.1:$PORT" >/dev/null
  cli user:create name=alice >user.txt
)
USER_ID=$(grep -o 'USR-[0-9a-f-]*' "$APP_DIR/user.txt" | head -1)
TOKEN=$(cd "$APP_DIR" && java -jar "$JAR" jwt:generate sub=alice exp=$(($(date +%s) + 86400)) \
  acl='{"paths":{"/*/users/**":{},"/*/conversations/**":{},"/*/sessions/**":{},"/*/devices/**":{},"/*/image/**":{},"/*/media/**":{},"/*/applications/**":{},"/*/push/**":{},"/*/knocking/**":{}}}')
rm -rf "$APP_DIR"
URL_PATH="/v1/users/$USER_ID"

# WireMock's stub answers with nexmock's own answer: the same body and the same Content-Type.
curl -fsS -D "$WORK/headers.txt" -o "$WORK/body.json" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$URL_PATH"
CONTENT_TYPE=$(awk -F': ' 'tolower($1) == "content-type" { sub(/\r$/, "", $2); print $2 }' "$WORK/headers.txt")
BODY=$(cat "$WORK/body.json")
STUB=$(jq -n --arg path "$URL_PATH" --arg body "$BODY" --arg type "$CONTENT_TYPE" \
  '{request: {method: "GET", url: $path}, response: {status: 200, body: $body, headers: {"Content-Type": $type}}}')
curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' -d "$STUB" \
  "http://127.0.0.1:$WIREMOCK_PORT/__admin/mappings"
cmp -s "$WORK/body.json" <(curl -fsS "http://127.0.0.1:$WIREMOCK_PORT$URL_PATH") \
  || { echo "WireMock's stub does not answer nexmock's body" >&2; exit 1; }

# One wrk round against a server; appends its requests/s to $WORK/<name>.rps; exits on any answer other than 2xx.
round() {
  local name=$1 port=$2 seconds=$3 out
  out=$(taskset -c "$CLIENT_CPU" wrk -t1 -c8 -d"${seconds}s" -H "Authorization: Bearer $TOKEN" \
    "http://127.0.0.1:$port$URL_PATH")
  if grep -q 'Non-2xx\|Socket errors' <<<"$out"; then echo "$name answered with errors:" >&2; echo "$out" >&2; exit 1; fi
  awk '/^Requests\/sec:/ { printf "%.0f\n", $2 }' <<<"$out"
}

echo "warm-up: $WARMUP_ROUNDS × ${SECONDS_PER_ROUND} s each, alternating" >&2
for _ in $(seq "$WARMUP_ROUNDS"); do round nexmock "$PORT" "$SECONDS_PER_ROUND" >/dev/null; round wiremock "$WIREMOCK_PORT" "$SECONDS_PER_ROUND" >/dev/null; done
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for i in $(seq "$ROUNDS"); do
  if (( i % 2 )); then order=(nexmock wiremock); else order=(wiremock nexmock); fi
  for name in "${order[@]}"; do
    if [ "$name" = nexmock ]; then port=$PORT; else port=$WIREMOCK_PORT; fi
    rps=$(round "$name" "$port" "$SECONDS_PER_ROUND")
    echo "$rps" >>"$WORK/$name.rps"
    echo "round $i: $name $rps req/s" >&2
  done
done
NEXMOCK_RPS=$(median <"$WORK/nexmock.rps")
WIREMOCK_RPS=$(median <"$WORK/wiremock.rps")
echo "$(java -version 2>&1 | head -1); servers on core $SERVER_CPU ($JAVA_FLAGS), wrk on core $CLIENT_CPU" \
  "(1 thread, 8 connections, ${SECONDS_PER_ROUND} s rounds after $WARMUP_ROUNDS of warm-up each);" \
  "$ROUNDS alternating rounds, medians;" \
  "load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "authenticated GET /v1/users/{id}: nexmock ($JAR) ${NEXMOCK_RPS} req/s; WireMock standalone" \
  "$WIREMOCK_STANDALONE_VERSION static stub ${WIREMOCK_RPS} req/s; ratio $(ratio "$NEXMOCK_RPS" "$WIREMOCK_RPS")"
