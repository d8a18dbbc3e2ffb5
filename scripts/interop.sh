#!/usr/bin/env bash
# Interoperability checks (issue 12): tokens minted by the real Nexmo/Vonage tools, at pinned versions, must get from
# the standalone jar the verdict Nexmo gives them, and @vonage/server-sdk must drive its Application and Users APIs.
# Installs the tools (interop/package-lock.json with npm ci, com.vonage:jwt through Maven) into a cache folder it
# owns and reuses, starts `serve --port 0 --https-port 0`, creates an application with a key, runs interop/checks.js
# (interop/https.js: @vonage/server-sdk over HTTPS with NODE_EXTRA_CA_CERTS), stops the server.
# Prints "PASS name" / "FAIL name: why" per check and "N passed, N failed"; exits 1 when anything failed.
# Usage: scripts/interop.sh        NEXMOCK_INTEROP_CACHE: the cache folder (default ~/.cache/nexmock-interop)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

CACHE=${NEXMOCK_INTEROP_CACHE:-${HOME:?}/.cache/nexmock-interop}
SERVER_PID=
CHECKS_PID=
WORK=
KEEP_WORK=

note() { echo "interop: $*" >&2; }

# A step before the checks failed: one FAIL line, the closing line, exit 1.
setup_failed() {
  echo "FAIL $1: $2"
  echo "0 passed, 1 failed"
  KEEP_WORK=1
  exit 1
}

cleanup() {
  if [ -n "$CHECKS_PID" ]; then
    kill "$CHECKS_PID" 2>/dev/null || true
  fi
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ -n "$WORK" ]; then
    if [ -n "$KEEP_WORK" ]; then
      note "server log and files kept in $WORK"
    else
      rm -rf "$WORK"
    fi
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in java mvn node npm timeout flock sha256sum; do
  command -v "$tool" >/dev/null || setup_failed "tools" "$tool is not on the PATH (Java 17, Maven, Node 20 and npm are needed)"
done

node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || setup_failed "tools" "Node $(node --version) is too old: the checks need Node 20 or later"

# The standalone jar, built when missing or older than the sources.
scripts/nexmock --version >/dev/null || setup_failed "build" "scripts/nexmock could not build the standalone jar"
source "$root/scripts/lib/standalone-jar.sh"
JAR=$(standalone_jar "$root")

# Pinned tools, installed once per content of the lock file and of the pom.
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock -w 900 9 || setup_failed "cache" "another run holds $CACHE/.lock"
TOOLS="$CACHE/npm-$(cat interop/package.json interop/package-lock.json | sha256sum | cut -c1-16)"
if [ ! -f "$TOOLS/.complete" ]; then
  note "installing the pinned npm tools into $TOOLS"
  rm -rf "$TOOLS"
  mkdir -p "$TOOLS"
  cp interop/package.json interop/package-lock.json "$TOOLS/"
  (cd "$TOOLS" && timeout 600 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error \
      --cache "$CACHE/npm-cache" >&2) || setup_failed "npm ci" "could not install interop/package-lock.json into $TOOLS"
  touch "$TOOLS/.complete"
fi
JAVA_LIBS="$CACHE/maven-$(sha256sum interop/java/pom.xml | cut -c1-16)"
if [ ! -f "$JAVA_LIBS/.complete" ]; then
  note "resolving com.vonage:jwt into $JAVA_LIBS"
  rm -rf "$JAVA_LIBS"
  timeout 600 mvn -B -q -f interop/java/pom.xml \
      -Dstyle.color=never org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$JAVA_LIBS" >&2 \
    || setup_failed "maven" "could not resolve interop/java/pom.xml into $JAVA_LIBS"
  touch "$JAVA_LIBS/.complete"
fi
# Folders of other pins go once unused for a week (a run touches its own; another worktree may use other pins).
touch "$TOOLS" "$JAVA_LIBS"
find "$CACHE" -mindepth 1 -maxdepth 1 -type d \( -name 'npm-*' -o -name 'maven-*' \) -mtime +7 \
  ! -path "$TOOLS" ! -path "$JAVA_LIBS" -exec rm -rf {} +
flock -u 9
JAVA_CP=$(find "$JAVA_LIBS" -name '*.jar' | sort | paste -sd:)

# The server, on a free port, with credentials of this run (in the environment, not on a command line).
# Its files live in this worktree's target/ (a shared /tmp may be swept by other builds' clean-ups).
mkdir -p "$root/target"
WORK=$(mktemp -d "$root/target/interop.XXXXXX")
mkdir "$WORK/home"
export NEXMO_API_KEY="interop$(od -An -tx1 -N2 /dev/urandom | tr -d ' \n')"
export NEXMO_API_SECRET="$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"
# HTTPS too, its CA made in this run's home (as a user's would be in ~/.nexmock/tls) and named on the next line.
SIGNATURE_SECRET="$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"
java -Duser.home="$WORK/home" -jar "$JAR" serve --port 0 --https-port 0 --signature-secret "$SIGNATURE_SECRET" \
  >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
URL=
for _ in $(seq 600); do
  URL=$(sed -n 's/^nexmock ready: \(http:[^ ]*\).*/\1/p' "$WORK/server.log" 2>/dev/null || true)
  HTTPS_URL=$(sed -n 's/^nexmock ready: .* \(https:[^ ]*\) .*/\1/p' "$WORK/server.log" 2>/dev/null || true)
  CA_CERT=$(sed -n 's/^nexmock https: CA certificate \([^ ]*\) .*/\1/p' "$WORK/server.log" 2>/dev/null || true)
  [ -n "$URL" ] && [ -n "$HTTPS_URL" ] && [ -n "$CA_CERT" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || setup_failed "serve" "the server exited: $(tr '\n' ' ' <"$WORK/server.log" 2>&1)"
  sleep 0.1
done
[ -n "$URL" ] || setup_failed "serve" "no ready line within 60 s"

# An application with a key pair, as the guide makes it: the key in private.key, the id on the first line.
created=$(cd "$WORK" && timeout 120 java -jar "$JAR" app:create interop https://example.com/answer \
    https://example.com/event --type=rtc --keyfile=private.key --base-url "$URL" 2>&1) \
  || setup_failed "app:create" "$(echo "$created" | tr '\n' ' ')"
APP_ID=$(echo "$created" | sed -n 's/^Application created: //p')
[ -n "$APP_ID" ] || setup_failed "app:create" "no application id in: $(echo "$created" | tr '\n' ' ')"

# In the background so that INT/TERM reach the trap at once rather than after the checks.
NEXMOCK_URL="$URL" NEXMOCK_API_KEY="$NEXMO_API_KEY" NEXMOCK_API_SECRET="$NEXMO_API_SECRET" NEXMOCK_JAR="$JAR" \
  NEXMOCK_HTTPS_URL="$HTTPS_URL" NEXMOCK_CA_CERT="$CA_CERT" \
  NEXMOCK_SIGNATURE_SECRET="$SIGNATURE_SECRET" \
  INTEROP_TOOLS="$TOOLS" INTEROP_JAVA_CP="$JAVA_CP" INTEROP_WORK="$WORK" INTEROP_APP_ID="$APP_ID" \
  timeout 400 node interop/checks.js &
CHECKS_PID=$!
status=0
wait "$CHECKS_PID" || status=$?
CHECKS_PID=
# The catalogue's @vonage/server-sdk checks (interop/catalogue.js, docs/catalogue.md), against the same server.
if [ "$status" -eq 0 ]; then
  NEXMOCK_URL="$URL" NEXMOCK_API_KEY="$NEXMO_API_KEY" NEXMOCK_API_SECRET="$NEXMO_API_SECRET" INTEROP_TOOLS="$TOOLS" \
    INTEROP_WORK="$WORK" INTEROP_APP_ID="$APP_ID" timeout 200 node interop/catalogue.js || status=$?
fi
if [ "$status" -ne 0 ]; then
  KEEP_WORK=1
  if [ "$status" -eq 124 ]; then
    echo "FAIL the checks ended within 400 s: timeout stopped them"
    echo "0 passed, 1 failed"
  fi
fi
exit "$status"
