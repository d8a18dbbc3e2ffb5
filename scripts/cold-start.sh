#!/usr/bin/env bash
# Cold start, side by side: one test class in a fresh JVM through the JUnit console launcher (a plain JUnit test,
# a @WireMockTest class with one stub and one HTTP call, a @NexmoTest class injecting an application, a user and a
# client SDK JWT with one HTTP call; benchmarks/cold-start), then `serve` of the standalone jar (with its
# class-data-sharing archive, and plain `java -jar`) against WireMock standalone to the first 200 from /__admin/health.
# All six alternate within each repetition; prints medians and the ratios @NexmoTest / @WireMockTest and each serve /
# WireMock standalone, with the load average before and after.
# Usage: scripts/cold-start.sh [repetitions=7]
#   TEST_JAVA_FLAGS: JVM flags of the test runs (default none); JAVA_FLAGS: of both servers (default as figures.sh);
#   PORT: the servers' port (default 18681).
set -euo pipefail
cd "$(dirname "$0")/.."

REPETITIONS=${1:-7}
TEST_JAVA_FLAGS=${TEST_JAVA_FLAGS:-}
JAVA_FLAGS=${JAVA_FLAGS:--Xmx256m -XX:+UseSerialGC}
PORT=${PORT:-18681}
WORK=target/cold-start
CONSOLE_VERSION=1.14.4   # the JUnit Platform of the build's JUnit Jupiter 5.14.4
mkdir -p "$WORK"
rm -f "$WORK"/*.ms
source scripts/lib/start-timing.sh
source scripts/lib/standalone-jar.sh

echo "building the benchmark classes and the standalone jar" \
  "(mvn -f benchmarks/pom.xml -pl cold-start,:nexmock-standalone -am package)" >&2
mvn -B -q -f benchmarks/pom.xml -pl cold-start,:nexmock-standalone -am package -DskipTests >&2
JAR=$(standalone_jar .)
scripts/nexmock --version >/dev/null   # makes the jar's class-data-sharing archive, as on its first run after a build
ARCHIVE="${JAR%.jar}.jsa"
CONSOLE=$WORK/junit-platform-console-standalone-$CONSOLE_VERSION.jar
if [ ! -f "$CONSOLE" ]; then
  mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy -DoutputDirectory="$WORK" \
    -Dartifact="org.junit.platform:junit-platform-console-standalone:$CONSOLE_VERSION" >&2
fi
WIREMOCK=$(wiremock_standalone_jar)
CLASS_PATH=benchmarks/cold-start/target/test-classes:$(cat benchmarks/cold-start/target/test-class-path.txt)
require_free_port
trap stop_server EXIT

# Runs one test class in a fresh JVM and appends its wall time in ms to $WORK/<class>.ms; exits when it fails.
time_test_class() {
  local start now
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  if ! java $TEST_JAVA_FLAGS -jar "$CONSOLE" execute --disable-banner --details=summary --fail-if-no-tests \
      --class-path "$CLASS_PATH" --select-class "io.github.nexmock.coldstart.$1" >"$WORK/test.log" 2>&1; then
    echo "$1 failed:" >&2
    cat "$WORK/test.log" >&2
    exit 1
  fi
  now=$(date +%s%N)
  echo $(( (now - start) / 1000000 )) >>"$WORK/$1.ms"
}

time_servers() {
  # shellcheck disable=SC2086
  case $1 in
    serve) time_to_healthy java $JAVA_FLAGS -XX:SharedArchiveFile="$ARCHIVE" -jar "$JAR" serve --port "$PORT" \
             --api-key bench --api-secret bench-secret >>"$WORK/serve.ms" ;;
    plain) time_to_healthy java $JAVA_FLAGS -jar "$JAR" serve --port "$PORT" \
             --api-key bench --api-secret bench-secret >>"$WORK/plain.ms" ;;
    wiremock) time_to_healthy java $JAVA_FLAGS -jar "$WIREMOCK" --port "$PORT" --disable-banner >>"$WORK/wiremock.ms" ;;
  esac
  stop_server
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for i in $(seq "$REPETITIONS"); do
  echo "repetition $i of $REPETITIONS (load average $(cut -d' ' -f1 /proc/loadavg))" >&2
  # each pair swaps its order every repetition, so a drift in load favours neither side
  if (( i % 2 )); then pair=(WireMockStubTest NexmoMockTest) servers=(wiremock serve plain)
  else pair=(NexmoMockTest WireMockStubTest) servers=(plain serve wiremock); fi
  time_test_class PlainTest
  time_test_class "${pair[0]}"
  time_test_class "${pair[1]}"
  for server in "${servers[@]}"; do time_servers "$server"; done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

PLAIN=$(median <"$WORK/PlainTest.ms")
WIREMOCK_TEST=$(median <"$WORK/WireMockStubTest.ms")
NEXMO_TEST=$(median <"$WORK/NexmoMockTest.ms")
SERVE=$(median <"$WORK/serve.ms")
PLAIN_SERVE=$(median <"$WORK/plain.ms")
WIREMOCK_SERVER=$(median <"$WORK/wiremock.ms")
echo
echo "$(java -version 2>&1 | head -1), $(nproc) cores; $REPETITIONS alternating runs each, medians;" \
  "load average before: $LOAD_BEFORE, after: $LOAD_AFTER"
echo
echo "| one test class in a fresh JVM (JUnit console launcher) | wall time |"
echo "|---|---|"
echo "| plain JUnit test | $PLAIN ms |"
echo "| \`@WireMockTest\`, one stub, one HTTP call | $WIREMOCK_TEST ms |"
echo "| \`@NexmoTest\`, application + user + client SDK JWT, one HTTP call | $NEXMO_TEST ms |"
echo
echo "| server (JVM flags: $JAVA_FLAGS) | start to first 200 from /__admin/health |"
echo "|---|---|"
echo "| nexmock \`serve\`, with its class-data-sharing archive (as \`scripts/nexmock\` runs it) | $SERVE ms |"
echo "| nexmock \`serve\`, plain \`java -jar\` | $PLAIN_SERVE ms |"
echo "| WireMock standalone $WIREMOCK_STANDALONE_VERSION | $WIREMOCK_SERVER ms |"
echo
echo "ratios: @NexmoTest / @WireMockTest $(ratio "$NEXMO_TEST" "$WIREMOCK_TEST") (goal at most 1.00);" \
  "serve with its archive / WireMock standalone $(ratio "$SERVE" "$WIREMOCK_SERVER") (goal at most 0.70);" \
  "plain java -jar serve / WireMock standalone $(ratio "$PLAIN_SERVE" "$WIREMOCK_SERVER") (goal at most 1.00)"
