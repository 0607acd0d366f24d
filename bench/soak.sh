#!/usr/bin/env bash
# Soak and fault harness (not a test): the real wiki as a separate process on a PostgreSQL of the harness's own;
# editors saving on one page with readers, PostgreSQL stopped for 10 s under load, kill -9 of the server mid-save
# and of an import mid-import. Prints accepted, conflicts, 503, other 5xx, lost saves, chain linearity, p50/p99
# and recovery times; exits 1 if anything accepted was lost. The issue's full size: bench/soak.sh -Deditors=32 -Dsaves=1000
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath
exec java "$@" -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" org.sourcewiki.bench.SoakHarness
