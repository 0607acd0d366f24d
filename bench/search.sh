#!/usr/bin/env bash
# Search benchmark (not a test): builds 10,000 sources (~100,000 passages) and 2,000 pages in a fresh database
# (embedded PostgreSQL, or TEST_DATABASE_URL) and prints p50/p95 of the first results page per query.
# Smaller runs: bench/search.sh -Dsources=1000 -Dpages=200
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath
exec java "$@" -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" org.sourcewiki.search.SearchBenchmark
