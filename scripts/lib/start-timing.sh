# Shared by scripts/figures.sh, cold-start.sh, throughput.sh and load-test.sh (sourced, not run): start-to-healthy
# timing of a server, medians, and the WireMock standalone jar they compare against. The caller sets WORK (a directory)
# and PORT.

WIREMOCK_STANDALONE_VERSION=3.13.2

# Prints the path of wiremock-standalone, fetched through Maven into $WORK on first use.
wiremock_standalone_jar() {
  local jar="$WORK/wiremock-standalone-$WIREMOCK_STANDALONE_VERSION.jar"
  if [ ! -f "$jar" ]; then
    mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_STANDALONE_VERSION" -DoutputDirectory="$WORK" >&2
  fi
  echo "$jar"
}

# Exits when something already answers on $PORT, which would make every timing meaningless.
require_free_port() {
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "port $PORT is taken; set PORT to a free one" >&2
    exit 1
  fi
}

SERVER_PID=
stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
  fi
}

# Waits until /__admin/health on port $2 answers 200; exits, showing the server's output in file $3, when process $1
# dies first.
wait_until_healthy() {
  local pid=$1 port=$2 log=$3
  until curl -fs -o /dev/null "http://127.0.0.1:$port/__admin/health"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "server exited before it was healthy ($log):" >&2
      cat "$log" >&2
      exit 1
    fi
    sleep 0.005
  done
}

# Starts "$@" in the background (its PID in SERVER_PID) and prints the milliseconds until /__admin/health on $PORT
# answers 200; exits, showing the server's output, when the server dies first.
time_to_healthy() {
  local start now
  start=$(date +%s%N)
  "$@" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  wait_until_healthy "$SERVER_PID" "$PORT" "$WORK/server.log"
  now=$(date +%s%N)
  echo $(( (now - start) / 1000000 ))
}

# The median of the numbers on stdin, one a line.
median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# a / b to two decimals.
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
}
