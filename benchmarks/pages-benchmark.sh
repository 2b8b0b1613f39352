#!/usr/bin/env bash
# Pages benchmark: start time, throughput, latency, CPU cost and resident memory of the
# main pages on the seed data, measured with wrk against the packaged application.
#
# Usage: benchmarks/pages-benchmark.sh [label]
#   label   names the folder under target/pages-benchmark/ that keeps the figures (default: run)
# Environment:
#   JAVA_OPTS    options for the application's JVM (default: none)
#   CDS=1        start from the extracted jar with a class data sharing archive made by a
#                training run, as the README recommends for a fast start
#   MAVEN_ARGS   extra Maven options for the build (e.g. -o for offline)
#   SKIP_BUILD=1 use the jar already in target/
#   JAR          measure this jar instead (e.g. one built from an earlier commit); no build
#   WARM_UP      seconds of warm-up over all pages (default 45)
#   ROUND        seconds of each measured round (default 15)
#   ROUNDS       rounds per page (default 3)
#   CONNECTIONS  wrk connections (default 32; wrk runs 2 threads)
#   PAGES        the pages measured, separated by spaces (default: the talk page, the talk
#                list, the home page, a search, the figures and the companies)
#   SIGNED_IN=1  measure the pages as a signed-in reader (the admin, whose password the
#                script sets), whose pages are rendered for them on every request, instead
#                of as a visitor without a session
#   READY        the address polled until the application answers (default: the readiness
#                probe); with JAR, PAGES and READY the script measures another Spring Boot
#                application on the same terms, such as Spring PetClinic (PAGES=/owners/1
#                READY=/owners/1) as a yardstick of the machine
#
# Needs wrk (Debian package wrk) and curl. The application and wrk share the machine's
# cores, as the targets in docs/benchmarks.md assume.
set -euo pipefail
cd "$(dirname "$0")/.."

label="${1:-run}"
out="target/pages-benchmark/${label}"
warm_up="${WARM_UP:-45}"
round="${ROUND:-15}"
rounds="${ROUNDS:-3}"
connections="${CONNECTIONS:-32}"
port="${PORT:-18080}"
base="http://127.0.0.1:${port}"
ready="${READY:-/actuator/health/readiness}"
if [ -n "${PAGES:-}" ]; then
	read -r -a pages <<< "${PAGES}"
else
	pages=(/talks/keynotes /talks / "/search?q=kubernetes" /figures /companies)
fi

command -v wrk > /dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }

if [ "${SKIP_BUILD:-}" != "1" ] && [ -z "${JAR:-}" ]; then
	./mvnw -B -ntp ${MAVEN_ARGS:-} -DskipTests package > /dev/null
fi
jar="${JAR:-$(ls target/talknotes-*.jar | grep -v plain | head -n 1)}"

rm -rf "${out}"
mkdir -p "${out}"
data="$(pwd)/${out}/data"
app_log="${out}/app.log"
# shellcheck source=benchmarks/process.sh
source benchmarks/process.sh

launch=(-jar "${jar}")
admin_password="pages-benchmark-$$"
settings=(--server.port="${port}" --server.address=127.0.0.1 --talknotes.data-dir="${data}")
if [ "${SIGNED_IN:-}" = "1" ]; then
	settings+=(--talknotes.admin.password="${admin_password}")
fi
start_app() {
	# shellcheck disable=SC2086
	java ${JAVA_OPTS:-} "${launch[@]}" "${settings[@]}" > "${app_log}" 2>&1 &
	app_pid=$!
}

# The first start creates the database and the search index on the seed.
echo "== first start on an empty data directory"
begin=$(date +%s%N)
start_app
first_start=$(wait_until_ready "${begin}")
echo "first start: ${first_start} ms"
stop_app

if [ "${CDS:-}" = "1" ]; then
	echo "== class data sharing archive from a training run"
	java -Djarmode=tools -jar "${jar}" extract --force --destination "${out}/app" > /dev/null
	extracted="${out}/app/$(basename "${jar}")"
	# shellcheck disable=SC2086
	java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="${out}/app/talknotes.jsa" -Dspring.context.exit=onRefresh \
		-jar "${extracted}" --server.port="${port}" --server.address=127.0.0.1 --talknotes.data-dir="${data}" \
		> "${out}/training.log" 2>&1
	launch=(-XX:SharedArchiveFile="${out}/app/talknotes.jsa" -jar "${extracted}")
fi

echo "== three starts on the existing data directory"
starts=()
for run in 1 2 3; do
	begin=$(date +%s%N)
	start_app
	starts+=("$(wait_until_ready "${begin}")")
	echo "start ${run}: ${starts[-1]} ms"
	if [ "${run}" -lt 3 ]; then
		stop_app
	fi
done

# wrk and curl send the session cookie of a signed-in reader, or nothing.
headers=()
if [ "${SIGNED_IN:-}" = "1" ]; then
	cookies="${out}/cookies.txt"
	token=$(curl -s -c "${cookies}" "${base}/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
	curl -s -b "${cookies}" -c "${cookies}" -o /dev/null --data-urlencode "username=admin" \
		--data-urlencode "password=${admin_password}" --data-urlencode "_csrf=${token}" "${base}/login"
	session=$(awk '$6 == "JSESSIONID" { print $7 }' "${cookies}")
	[ -n "${session}" ] || { echo "The login as admin failed" >&2; exit 1; }
	headers=(-H "Cookie: JSESSIONID=${session}")
	signed_in_page=$(curl -s "${headers[@]}" "${base}/talks")
	grep -q '/logout' <<< "${signed_in_page}" || { echo "Not signed in" >&2; exit 1; }
fi

for page in "${pages[@]}"; do
	status=$(curl -s "${headers[@]}" -o /dev/null -w '%{http_code}' "${base}${page}")
	[ "${status}" = "200" ] || { echo "${page} answers ${status}" >&2; exit 1; }
done

cat > "${out}/all-pages.lua" << EOF
local paths = { $(printf '"%s", ' "${pages[@]}") }
local i = 0
request = function()
	i = i % #paths + 1
	return wrk.format(nil, paths[i])
end
EOF

echo "== warm-up: ${warm_up} s over all pages (load: $(cut -d ' ' -f 1-3 /proc/loadavg))"
wrk "${headers[@]}" -t2 -c"${connections}" -d"${warm_up}s" -s "${out}/all-pages.lua" "${base}" > "${out}/warm-up.txt"

# wrk prints latencies as 1.23ms, 456.00us or 1.02s: in milliseconds.
to_ms() {
	awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f", v }'
}

rss_peak=0
results="${out}/rounds.tsv"
printf 'page\tround\treq_per_s\tp50_ms\tp99_ms\tnon_2xx\trequests\tcpu_s\trss_mb\n' > "${results}"
for page in "${pages[@]}"; do
	for run in $(seq 1 "${rounds}"); do
		cpu_before=$(cpu_seconds)
		wrk "${headers[@]}" -t2 -c"${connections}" -d"${round}s" --latency "${base}${page}" > "${out}/wrk.txt"
		cpu_after=$(cpu_seconds)
		rss=$(rss_mb)
		if [ "${rss}" -gt "${rss_peak}" ]; then
			rss_peak=${rss}
		fi
		rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' "${out}/wrk.txt")
		p50=$(awk '$1 == "50%" { print $2 }' "${out}/wrk.txt" | to_ms)
		p99=$(awk '$1 == "99%" { print $2 }' "${out}/wrk.txt" | to_ms)
		# Answers other than 2xx or 3xx, and requests wrk gave up on after 2 s
		non2xx=$(awk '/Non-2xx or 3xx responses:/ { n += $5 } /Socket errors:/ { n += $NF } END { print n + 0 }' \
			"${out}/wrk.txt")
		requests=$(awk '/requests in/ { print $1 }' "${out}/wrk.txt")
		cpu=$(awk -v a="${cpu_before}" -v b="${cpu_after}" 'BEGIN { printf "%.2f", b - a }')
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${page}" "${run}" "${rps}" "${p50}" "${p99}" \
			"${non2xx:-0}" "${requests}" "${cpu}" "${rss}" >> "${results}"
		echo "${page} round ${run}: ${rps} req/s, p50 ${p50} ms, p99 ${p99} ms, ${cpu} CPU s, RSS ${rss} MB"
	done
done

# A browser that kept the talk page asks whether it changed: the answer is 304.
tag=$(curl -s "${headers[@]}" -o /dev/null -D - "${base}${pages[0]}" | awk 'tolower($1) == "etag:" { sub(/\r$/, ""); print $2 }')
if [ -n "${tag}" ]; then
	conditional="${pages[0]} (304)"
	for run in $(seq 1 "${rounds}"); do
		cpu_before=$(cpu_seconds)
		wrk -t2 -c"${connections}" -d"${round}s" --latency -H "If-None-Match: ${tag}" "${base}${pages[0]}" > "${out}/wrk.txt"
		cpu_after=$(cpu_seconds)
		rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' "${out}/wrk.txt")
		p50=$(awk '$1 == "50%" { print $2 }' "${out}/wrk.txt" | to_ms)
		p99=$(awk '$1 == "99%" { print $2 }' "${out}/wrk.txt" | to_ms)
		requests=$(awk '/requests in/ { print $1 }' "${out}/wrk.txt")
		# wrk counts a 304 as a non-2xx answer: these are the expected answers here.
		cpu=$(awk -v a="${cpu_before}" -v b="${cpu_after}" 'BEGIN { printf "%.2f", b - a }')
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${conditional}" "${run}" "${rps}" "${p50}" "${p99}" \
			0 "${requests}" "${cpu}" "$(rss_mb)" >> "${results}"
		echo "${conditional} round ${run}: ${rps} req/s, p50 ${p50} ms, p99 ${p99} ms"
	done
	pages+=("${conditional}")
fi

median_ms() {
	sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

{
	echo "Pages benchmark \`${label}\`: wrk -t2 -c${connections}, ${warm_up} s warm-up, ${rounds} rounds of ${round} s per page"
	echo "JVM options: \`${JAVA_OPTS:-none}\`; class data sharing: ${CDS:-0}; signed in: ${SIGNED_IN:-0}; load average at the end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
	echo
	echo "| page | req/s, median (min–max) | p50 ms | p99 ms | requests per server CPU-second | errors and timeouts |"
	echo "|---|---|---|---|---|---|"
	for page in "${pages[@]}"; do
		rows=$(awk -F '\t' -v p="${page}" '$1 == p' "${results}")
		rps=$(cut -f 3 <<< "${rows}" | median_ms)
		low=$(cut -f 3 <<< "${rows}" | sort -n | head -n 1)
		high=$(cut -f 3 <<< "${rows}" | sort -n | tail -n 1)
		p50=$(cut -f 4 <<< "${rows}" | median_ms)
		p99=$(cut -f 5 <<< "${rows}" | median_ms)
		per_cpu=$(awk -F '\t' '{ r += $7; c += $8 } END { printf "%d", (c > 0) ? r / c : 0 }' <<< "${rows}")
		errors=$(awk -F '\t' '{ e += $6 } END { print e }' <<< "${rows}")
		echo "| \`${page}\` | ${rps%.*} (${low}–${high}) | ${p50} | ${p99} | ${per_cpu} | ${errors} |"
	done
	echo
	echo "Start to the first healthy answer, existing data directory: $(printf '%s\n' "${starts[@]}" | median_ms) ms" \
		"(median of 3: ${starts[*]}); first start on an empty directory: ${first_start} ms"
	echo "Resident memory: ${rss_peak} MB at most after a round; $(rss_mb) MB at the end"
} | tee "${out}/results.md"
