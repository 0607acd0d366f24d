#!/usr/bin/env bash
# Boilerplate benchmark (not a test): imports every page of bench/boilerplate/corpus (.txt and .html, hand-labelled
# in .labels.tsv) through the real ArticleParser and prints boilerplate precision, recall and F1, per junk kind, for
# text and HTML, on tuning and held-out sites, and the share of titles and dates found.
# Mistakes of one split: bench/boilerplate.sh --details tuning   (or held-out, all)
# Rebuild the corpus after editing the articles or layouts: python3 bench/boilerplate/generate.py
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath
exec java -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" org.sourcewiki.source.BoilerplateBenchmark "$@"
