#!/usr/bin/env bash
# Builds the benchmarks and runs one of them in a fresh JVM.
#   benchmarks/run.sh EngineBenchmark [--items 100000 --warmup 3 --measure 5 --threads 1,2]
set -euo pipefail
cd "$(dirname "$0")/.."
main=${1:-EngineBenchmark}
shift || true
mvn -B -q -pl benchmarks -am package -DskipTests
exec java -Xms2g -Xmx2g \
  -Dsqlite4java.library.path=benchmarks/target/native-libs \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  "dev.keyway.bench.$main" "$@"
