#!/usr/bin/env bash
# Import benchmark: a generated schedule of 1,000 sessions uploaded, previewed and applied
# over HTTP, as frab JSON and as iCalendar, first import, the same file again and a changed
# file, each round in a fresh data directory. Usage: benchmarks/import-benchmark.sh
# [sessions] [rounds] (default: 1000 3). Runs in its own JVM limited to a 512 MB heap;
# data, log and figures go under target/benchmark/ (the figures in import-results.md).
# Extra Maven options (e.g. -o for offline) can be passed in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."

mkdir -p target/benchmark
sessions="${1:-1000}"
rounds="${2:-3}"

./mvnw -B -ntp ${MAVEN_ARGS:-} -DskipTests test-compile dependency:build-classpath \
	-Dmdep.outputFile=target/benchmark/classpath.txt -Dmdep.includeScope=test
classpath="target/test-classes:target/classes:$(cat target/benchmark/classpath.txt)"

echo "== ${sessions} sessions, ${rounds} rounds (load: $(uptime | sed 's/.*load average: //'))"
status=0
java -Xmx512m -cp "${classpath}" io.talknotes.benchmark.ImportBenchmark "${sessions}" "${rounds}" \
	>target/benchmark/import-run.log 2>&1 || status=$?
grep -E '^\[import\]|Exception|Error|Import [0-9]+ applied' target/benchmark/import-run.log || true

echo
echo "Load average at the end: $(uptime | sed 's/.*load average: //')"
echo
cat target/benchmark/import-results.md
exit "${status}"
