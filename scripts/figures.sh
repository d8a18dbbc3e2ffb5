#!/usr/bin/env bash
# Figures for the standalone jar: `serve` start-to-healthy time against plain WireMock standalone 3.13.2 (same JVM
# flags, alternating runs), and nexmock's peak RSS after 100k requests with the default journal cap.
# Usage: scripts/figures.sh [repetitions] [requests]     (JAVA_FLAGS overrides the JVM flags used for both servers)
set -euo pipefail
cd "$(dirname "$0")/.."

REPETITIONS=${1:-9}
REQUESTS=${2:-100000}
JAVA_FLAGS=${JAVA_FLAGS:--Xmx256m -XX:+UseSerialGC}
PORT=${PORT:-18680}
WORK=target/figures
mkdir -p "$WORK"

source scripts/lib/start-timing.sh
source scripts/lib/standalone-jar.sh
scripts/nexmock --version >/dev/null   # builds the jar and its class-data-sharing archive when they are out of date
JAR=$(standalone_jar .)
CDS="-XX:SharedArchiveFile=${JAR%.jar}.jsa"   # serve runs as scripts/nexmock and the Dockerfile run it
WIREMOCK=$(wiremock_standalone_jar)
require_free_port
trap stop_server EXIT

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# shellcheck disable=SC2086
for _ in $(seq "$REPETITIONS"); do
  time_to_healthy java $JAVA_FLAGS "$CDS" -jar "$JAR" serve --port "$PORT" --api-key bench --api-secret bench-secret >>"$WORK/nexmock.ms"
  stop_server
  time_to_healthy java $JAVA_FLAGS -jar "$WIREMOCK" --port "$PORT" --disable-banner >>"$WORK/wiremock.ms"
  stop_server
done
NEXMOCK_MS=$(median <"$WORK/nexmock.ms")
WIREMOCK_MS=$(median <"$WORK/wiremock.ms")
rm -f "$WORK/nexmock.ms" "$WORK/wiremock.ms"
echo "$(java -version 2>&1 | head -1); JVM flags: $JAVA_FLAGS; $REPETITIONS alternating runs each;" \
  "load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "start to healthy, median: nexmock serve ${NEXMOCK_MS} ms, WireMock standalone ${WIREMOCK_MS} ms," \
  "ratio $(ratio "$NEXMOCK_MS" "$WIREMOCK_MS")"

# shellcheck disable=SC2086
time_to_healthy java $JAVA_FLAGS -jar "$JAR" serve --port "$PORT" --api-key bench --api-secret bench-secret >/dev/null
java -cp "$JAR" scripts/LoadDriver.java "http://127.0.0.1:$PORT" bench bench-secret "$REQUESTS"
echo "nexmock serve after $REQUESTS requests (default journal cap):" \
  "$(grep -E '^(VmHWM|VmRSS)' "/proc/$SERVER_PID/status" | tr -s ' \t' ' ' | paste -sd ',' -)"
jcmd "$SERVER_PID" GC.run >/dev/null
echo "live heap after a full GC: $(jcmd "$SERVER_PID" GC.heap_info | awk '/total/ && !/Metaspace|class space/ {
  for (i = 1; i < NF; i++) if ($i == "used") { gsub(/[K,]/, "", $(i + 1)); sum += $(i + 1) } } END { print sum " kB" }')"
