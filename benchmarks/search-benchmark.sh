#!/usr/bin/env bash
# Search benchmark: synthetic corpus, mass indexing, latency in the service and over HTTP,
# SQL LIKE baseline, heap. Usage: benchmarks/search-benchmark.sh [sizes...] (default: 10k 100k 1M)
# Each size runs in its own JVM limited to a 512 MB heap; data and figures go under target/benchmark/.
# Extra Maven options (e.g. -o for offline) can be passed in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."

mkdir -p target/benchmark
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
	sizes=(10k 100k 1M)
fi

./mvnw -B -ntp ${MAVEN_ARGS:-} -DskipTests test-compile dependency:build-classpath \
	-Dmdep.outputFile=target/benchmark/classpath.txt -Dmdep.includeScope=test
classpath="target/test-classes:target/classes:$(cat target/benchmark/classpath.txt)"

for size in "${sizes[@]}"; do
	echo "== ${size} notes (load: $(uptime | sed 's/.*load average: //'))"
	java -Xmx512m -cp "${classpath}" io.talknotes.benchmark.SearchBenchmark "${size}" \
		2>&1 | tee "target/benchmark/run-${size}.log" | grep -E '^\[|Exception|Error' || true
done

echo
echo "Load average at the end: $(uptime | sed 's/.*load average: //')"
echo
java -cp "${classpath}" io.talknotes.benchmark.BenchmarkReport "${sizes[@]}" | tee target/benchmark/results.md
