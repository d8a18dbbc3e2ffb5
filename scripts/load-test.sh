#!/usr/bin/env bash
# Reliability load test (issue 7): starts the standalone server (`serve`, default journal cap) and runs
# scripts/LoadTest.java in a second JVM: THREADS clients send authenticated reads and writes for SECONDS, then the final
# state must be what the clients were told, and the server's live heap must not grow. Exit status 0 means it passed.
# Usage: scripts/load-test.sh [seconds=60] [threads=8]      (JAVA_FLAGS: server JVM flags; PORT: server port)
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_TO_RUN=${1:-60}
THREADS=${2:-8}
JAVA_FLAGS=${JAVA_FLAGS:--Xmx256m}
PORT=${PORT:-18690}
LOG=target/load-test-server.log
mkdir -p target

scripts/nexmock --version >/dev/null   # builds the jar when it is missing or older than the sources
source scripts/lib/standalone-jar.sh
source scripts/lib/start-timing.sh
JAR=$(standalone_jar .)
require_free_port

API_KEY=load0001
API_SECRET=load-test-secret
# shellcheck disable=SC2086
java $JAVA_FLAGS -jar "$JAR" serve --port "$PORT" --api-key "$API_KEY" --api-secret "$API_SECRET" >"$LOG" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true' EXIT
wait_until_healthy "$SERVER_PID" "$PORT" "$LOG"

echo "$(java -version 2>&1 | head -1); server JVM flags: $JAVA_FLAGS; $(nproc) cores;" \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$JAR" scripts/LoadTest.java "http://127.0.0.1:$PORT" "$API_KEY" "$API_SECRET" "$SECONDS_TO_RUN" "$THREADS" \
  "$SERVER_PID"
