#!/usr/bin/env bash
# Search benchmark: synthetic corpus, mass indexing, latency in the service and over HTTP,
# SQL LIKE baseline, heap.
# Usage: benchmarks/search-benchmark.sh [--engines lucene,dsl,opensearch] [--http-warm-up=<s>] [sizes...]
#   engines: lucene (the direct Lucene search, the default), dsl (Hibernate Search's query
#   language on Lucene), opensearch (the same on an OpenSearch node started in the JVM)
#   http-warm-up: seconds the 8 HTTP clients run before they are timed (default 60)
#   sizes: default 10k 100k 1M
# Each size and engine runs in its own JVM, limited to a 512 MB heap (1 GB with opensearch,
# whose node shares the heap); data and figures go under target/benchmark/<size>/<engine>/.
# The SQL LIKE baseline does not depend on the engine: it runs with the first engine only.
# Extra Maven options (e.g. -o for offline) can be passed in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."

engines=lucene
sizes=()
options=()
while [ $# -gt 0 ]; do
	case "$1" in
	--engines) engines="$2"; shift 2 ;;
	--engines=*) engines="${1#--engines=}"; shift ;;
	--http-warm-up=*) options+=("$1"); shift ;;
	*) sizes+=("$1"); shift ;;
	esac
done
if [ ${#sizes[@]} -eq 0 ]; then
	sizes=(10k 100k 1M)
fi
IFS=, read -r -a engine_list <<<"${engines}"

mkdir -p target/benchmark
./mvnw -B -ntp ${MAVEN_ARGS:-} -DskipTests test-compile dependency:build-classpath \
	-Dmdep.outputFile=target/benchmark/classpath.txt -Dmdep.includeScope=test
classpath="target/test-classes:target/classes:$(cat target/benchmark/classpath.txt)"

started=${SECONDS}
for size in "${sizes[@]}"; do
	like=()
	for engine in "${engine_list[@]}"; do
		heap=512m
		if [ "${engine}" = opensearch ]; then
			heap=1g
		fi
		echo "== ${size} notes, ${engine} (load: $(uptime | sed 's/.*load average: //'))"
		mkdir -p "target/benchmark/${size}"
		java "-Xmx${heap}" -cp "${classpath}" io.talknotes.benchmark.SearchBenchmark "--engine=${engine}" \
			${like[@]+"${like[@]}"} ${options[@]+"${options[@]}"} "${size}" 2>&1 | tee "target/benchmark/${size}/run-${engine}.log" \
			| grep -E '^\[|Exception|Error' || true
		like=(--without-like)
	done
done

echo
echo "Load average at the end: $(uptime | sed 's/.*load average: //'); $((SECONDS - started)) s for all runs"
echo
java -cp "${classpath}" io.talknotes.benchmark.BenchmarkReport "--engines=${engines}" "${sizes[@]}" \
	| tee target/benchmark/results.md
