#!/usr/bin/env bash
# Makes a class-data-sharing (AppCDS) archive of the classes `serve` loads up to its first answers, so that later
# starts map them from the archive instead of loading and verifying them one by one:
#   scripts/cds-archive.sh JAR ARCHIVE      (then: java -XX:SharedArchiveFile=ARCHIVE -jar JAR serve ...)
# The archive holds classes only, never state, keys or settings; the JVM checks it against the jar and the JDK it was
# made with and, should either differ, starts without it. scripts/nexmock and the Dockerfile call this.
set -euo pipefail
jar=$1
archive=$2
partial="$archive.partial.$$"
log=$(mktemp)
trap 'rm -f "$log" "$partial"' EXIT

# picocli's classes are Java 5 class files, which CDS cannot hold: -Xlog:cds=off keeps those warnings quiet.
java -XX:ArchiveClassesAtExit="$partial" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" \
  serve --port 0 --api-key cds --api-secret cds-training >"$log" 2>&1 &
pid=$!
port=
for _ in $(seq 1200); do
  port=$(sed -n 's#^nexmock ready: http://127\.0\.0\.1:\([0-9]*\) .*#\1#p' "$log")
  [ -n "$port" ] && break
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "cds-archive: the training server exited:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.05
done
if [ -z "$port" ]; then
  kill "$pid"
  echo "cds-archive: the training server was not ready within a minute" >&2
  exit 1
fi

# The first requests a client sends: a health check, then an authenticated API call. Plain bash, no curl needed.
request() {
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf '%s\r\n' "GET $1 HTTP/1.1" "Host: 127.0.0.1:$port" "$2" "Connection: close" "" >&3
  cat <&3 >/dev/null
  exec 3<&-
}
request /__admin/health "Accept: application/json"
request /v2/applications "Authorization: Basic $(printf '%s' cds:cds-training | base64)"

kill -TERM "$pid"   # the JVM writes the archive as it exits
wait "$pid" || true
mv "$partial" "$archive"
