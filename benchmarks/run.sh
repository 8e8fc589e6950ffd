#!/usr/bin/env bash
# Builds Assetflow and runs every benchmark (a few minutes on 2 cores), writing benchmarks/RESULTS.md.
# Extra arguments go to the harness, e.g. `benchmarks/run.sh duckdb --rows 200000 --rounds 3`.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -DskipTests install
mvn -q -B -ntp -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Xmx4g --add-opens=java.base/java.nio=ALL-UNNAMED -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  dev.assetflow.benchmarks.BenchmarkMain "$@"
