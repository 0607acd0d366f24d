#!/usr/bin/env bash
# Speed and scale benchmark (not a test): builds the wiki of issue 14 (10,000 sources / 100,000 passages, 2,000 pages,
# 50,000 revisions, one page with 5,000) on an embedded PostgreSQL of its own, starts the real jar with -Xmx256m, and
# measures with wrk (Debian package `wrk`) at c1/c8/c32 next to a bare Javalin hello in the same run; then import
# throughput, start-up times and heap. Prints a table (ratios to hello) and writes it to target/bench/.
# Quick run: bench/speed.sh -Dscale=0.1 -Dseconds=3     Options: -Dheap=256m -Dport=7104 -DskipImport=true -DskipStart=true
# Import alone: bench/speed.sh -DonlyImport=true [-DimportJfr=import.jfr]    Start-up alone: bench/speed.sh -DonlyStart=true
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk > /dev/null || { echo "wrk is needed: sudo apt-get install -y wrk" >&2; exit 2; }
mvn -q -B ${BENCH_MVN_ARGS:-} -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath
mkdir -p target/bench
exec java "$@" -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" org.sourcewiki.bench.SpeedBench
