#!/usr/bin/env bash
# Re-anchoring benchmark (not a test): cites words in the seed articles and the boilerplate evaluation set's texts,
# makes edited versions of each (words changed, quotes edited, paragraphs inserted, removed, moved, cited words
# repeated elsewhere) with known ground truth, re-anchors every citation as a new import would, and prints the share
# re-anchored exactly, fuzzily, sent to review, and the wrong anchors applied automatically (exit status 1 if any).
# Arguments: [edited versions per article, default 12] [random seed, default 13]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath
exec java -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" org.sourcewiki.citation.ReanchorBenchmark "$@"
