#!/usr/bin/env bash
# Image start benchmark: how fast the container image's node starts, without a container
# engine. The Dockerfile's runtime stage is laid out from the packaged jar as the
# Dockerfile lays it out (its extraction, its layers, its ENV settings, its training run
# for the class data sharing archive), then its entry point is started several times on the
# seed's existing data directory, in turn with and without the archive.
#
# Usage: benchmarks/image-start-benchmark.sh [runs]
#   runs  starts of each kind (default 5)
# Environment:
#   MAVEN_ARGS   extra Maven options for the build (e.g. -o for offline)
#   SKIP_BUILD=1 use the jar already in target/
#   JAR          measure this jar instead; no build
#
# Prints, per start, the milliseconds from the launch to the first healthy answer of the
# readiness probe, the processor seconds the process used by then and its resident memory,
# then the medians. Needs curl. A JDK without its base archive is refused: the image's
# training step would write one into it.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-5}"
port="${PORT:-18083}"
base="http://127.0.0.1:${port}"
out="$(pwd)/target/image-start-benchmark"

java -Xshare:on -version > /dev/null 2>&1 \
	|| { echo "This JDK has no base class data sharing archive; the image's training step would write one into it" >&2; exit 2; }
if [ "${SKIP_BUILD:-}" != "1" ] && [ -z "${JAR:-}" ]; then
	./mvnw -B -ntp ${MAVEN_ARGS:-} -DskipTests package > /dev/null
fi
jar="$(realpath "${JAR:-$(ls target/talknotes-*.jar | grep -v plain | head -n 1)}")"

# The Dockerfile with its continued lines joined; the runtime stage's instructions,
# comments left out.
dockerfile="$(sed -e ':joined' -e '/\\$/{N; s/\\\n[[:space:]]*/ /; b joined' -e '}' Dockerfile)"
runtime="$(awk '/^FROM / { stage++; next } stage == 2 && !/^#/ && NF' <<< "${dockerfile}")"
extract_options="$(sed -n 's/.*java -Djarmode=tools -jar [^ ]* extract \(.*\) --destination .*/\1/p' <<< "${dockerfile}")"

rm -rf "${out}"
mkdir -p "${out}/app"
# shellcheck disable=SC2086
java -Djarmode=tools -jar "${jar}" extract ${extract_options} --destination "${out}/layers" > /dev/null
while read -r layer; do
	cp -a "${out}/layers/${layer}/." "${out}/app/"
done < <(sed -n 's|^COPY --from=build /layers/\([^/]*\)/ \./$|\1|p' <<< "${runtime}")

# The settings before the training run apply to it; all of them to the node.
while read -r instruction; do
	case "${instruction}" in
	"ENV "*) eval "export ${instruction#ENV }" ;;
	"RUN "*ArchiveClassesAtExit*)
		echo "== training run, as the image's build makes it"
		(cd "${out}/app" && sh -c "${instruction#RUN }") ;;
	esac
done <<< "${runtime}"
export TALKNOTES_DATA_DIR="${out}/data"
read -r -a entry_point < <(sed -n 's/^ENTRYPOINT \[\(.*\)\]$/\1/p' <<< "${runtime}" | sed 's/", "/ /g; s/"//g')
without_archive=()
for word in "${entry_point[@]}"; do
	[[ "${word}" == -XX:SharedArchiveFile=* ]] || without_archive+=("${word}")
done

ready=/actuator/health/readiness
app_log="${out}/node.log"
# shellcheck source=benchmarks/process.sh
source benchmarks/process.sh

# Starts the command in the image's working directory; prints "ms cpu-s rss-MB".
timed_start() {
	local started ms cpu rss
	started=$(date +%s%N)
	(cd "${out}/app" && exec "$@" --server.port="${port}" --server.address=127.0.0.1) > "${app_log}" 2>&1 &
	app_pid=$!
	ms=$(wait_until_ready "${started}")
	cpu=$(cpu_seconds)
	rss=$(rss_mb)
	stop_app
	echo "${ms} ${cpu} ${rss}"
}

median() {
	sort -n | awk '{ values[NR] = $1 } END { print values[int((NR + 1) / 2)] }'
}

echo "== first start, on an empty data directory (not counted): $(timed_start "${entry_point[@]}")"
echo "== ${runs} starts of each, in turn: ms to ready, processor s, resident MB"
: > "${out}/with" && : > "${out}/without"
for run in $(seq 1 "${runs}"); do
	with=$(timed_start "${entry_point[@]}")
	without=$(timed_start "${without_archive[@]}")
	echo "${with}" >> "${out}/with"
	echo "${without}" >> "${out}/without"
	echo "run ${run}: with the archive ${with}; without ${without}"
done
echo "median, with the archive (the image's entry point): $(cut -d ' ' -f 1 "${out}/with" | median) ms," \
	"$(cut -d ' ' -f 2 "${out}/with" | median) processor s"
echo "median, without it: $(cut -d ' ' -f 1 "${out}/without" | median) ms," \
	"$(cut -d ' ' -f 2 "${out}/without" | median) processor s"
echo "Load average at the end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
