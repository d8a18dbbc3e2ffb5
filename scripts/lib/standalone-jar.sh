# Shared by scripts/nexmock, figures.sh, load-test.sh, cold-start.sh and interop.sh (sourced, not run): where the build puts the
# standalone jar, `mvn -B -pl standalone -am package`.

# Prints the path of the runnable jar under the repository root $1 (its sources and javadoc jars left out), or
# nothing when it has not been built.
standalone_jar() {
  ls "$1"/standalone/target/nexmock-standalone-*.jar 2>/dev/null | grep -Ev -- '-(sources|javadoc)\.jar$' | head -1 || true
}
