#!/usr/bin/env bash
# Where a start's time goes: starts the application twice on one data directory (the first
# start creates it and loads the seed, the second is a start on existing data) with Spring's
# startup steps recorded, and prints the longest steps of the second start as a Markdown
# table (target/benchmark/startup-steps.md). It starts from the project's classes, as from an
# extracted jar, without a class data sharing archive.
# Usage: benchmarks/startup-steps.sh [rows] (default 40).
# Extra Maven options (e.g. -o for offline) can be passed in MAVEN_ARGS. AOT=1 starts from
# the beans and repositories worked out by the build (-Dspring.aot.enabled=true), which
# then packages the application to work them out.
set -euo pipefail
cd "$(dirname "$0")/.."

rows="${1:-40}"
mkdir -p target/benchmark
build=test-compile
options=()
if [ "${AOT:-}" = "1" ]; then
	build=package
	options=(-Dspring.aot.enabled=true)
fi
./mvnw -B -ntp ${MAVEN_ARGS:-} -DskipTests "${build}" dependency:build-classpath \
	-Dmdep.outputFile=target/benchmark/classpath.txt -Dmdep.includeScope=test > /dev/null
classpath="target/test-classes:target/classes:$(cat target/benchmark/classpath.txt)"
data="$(pwd)/target/benchmark/startup-data"
rm -rf "${data}"

run() {
	java "${options[@]}" -cp "${classpath}" io.talknotes.benchmark.StartupSteps "${rows}" --talknotes.data-dir="${data}" \
		--server.port=0 --server.address=127.0.0.1 --spring.main.banner-mode=off --logging.level.root=warn
}
echo "== first start, empty data directory (load: $(uptime | sed 's/.*load average: //'))"
run | grep '^Started'
echo "== second start, existing data directory"
run | sed -n '/^Started/,$p' | tee target/benchmark/startup-steps.md
