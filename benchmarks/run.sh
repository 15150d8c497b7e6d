#!/usr/bin/env bash
# Builds the benchmarks and runs one of them in a fresh JVM.
#   benchmarks/run.sh EngineBenchmark [--items 100000 --warmup 3 --measure 5 --threads 1,2]
#   benchmarks/run.sh ServerBenchmark [--items 100000 --warmup 3 --measure 5 --threads 1,8]
# For ServerBenchmark the script installs dynalite (pinned below) from npm into
# benchmarks/target/node, starts it in memory on a free loopback port, passes the port and pid
# to the benchmark and stops it when the benchmark ends.
set -euo pipefail
cd "$(dirname "$0")/.."
DYNALITE_VERSION=4.0.0
NODE_DIR=benchmarks/target/node

main=${1:-EngineBenchmark}
shift || true
mvn -B -q -pl benchmarks -am package -DskipTests
java_cmd=(java -Xms2g -Xmx2g -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
  "dev.keyway.bench.$main")

if [[ $main != ServerBenchmark ]]; then
  exec "${java_cmd[@]}" "$@"
fi

# dynalite keeps its tables in memory (memory-level) unless --path is given; its LevelDB binding
# (classic-level) is still loaded, from the prebuilt binary it ships, so no install script is needed.
if [[ ! -x $NODE_DIR/node_modules/.bin/dynalite ]] ||
  [[ $(node -p "require('./$NODE_DIR/node_modules/dynalite/package.json').version") != "$DYNALITE_VERSION" ]]; then
  mkdir -p "$NODE_DIR"
  npm install --prefix "$NODE_DIR" --no-save --no-audit --no-fund --ignore-scripts \
    "dynalite@$DYNALITE_VERSION" >&2
fi

port=$(node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => {
  console.log(s.address().port); s.close(); })")
# Tables become ACTIVE at once instead of after dynalite's default 500 ms.
node "$NODE_DIR/node_modules/dynalite/cli.js" --host 127.0.0.1 --port "$port" \
  --createTableMs 0 --deleteTableMs 0 --updateTableMs 0 >"$NODE_DIR/dynalite.log" 2>&1 &
dynalite_pid=$!
trap 'kill "$dynalite_pid" 2>/dev/null || true' EXIT
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }
for _ in $(seq 100); do
  listening && break
  kill -0 "$dynalite_pid" 2>/dev/null || { cat "$NODE_DIR/dynalite.log" >&2; exit 1; }
  sleep 0.1
done
listening || { echo "dynalite did not listen on port $port within 10 s" >&2; exit 1; }
echo "dynalite $DYNALITE_VERSION (node $(node --version)) listening on 127.0.0.1:$port, pid $dynalite_pid"

"${java_cmd[@]}" --dynalite-port "$port" --dynalite-pid "$dynalite_pid" "$@"
