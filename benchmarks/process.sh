# The application process a benchmark script starts, shared by the scripts that source
# this file: they set app_pid when they start it, base (its address), ready (the path
# polled until it answers) and app_log (where it writes). Stopped on exit, whatever happens.
app_pid=""

stop_app() {
	if [ -n "${app_pid}" ] && kill -0 "${app_pid}" 2> /dev/null; then
		kill "${app_pid}"
		wait "${app_pid}" 2> /dev/null || true
	fi
	app_pid=""
}
trap stop_app EXIT

# CPU seconds (user + system) the application's process has used so far.
cpu_seconds() {
	awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/${app_pid}/stat"
}

# The application's resident memory, in MB.
rss_mb() {
	awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/${app_pid}/status"
}

# Milliseconds from the given start (date +%s%N) to the first healthy answer of the
# application at ${base}${ready}.
wait_until_ready() {
	local started="$1"
	for _ in $(seq 1 1200); do
		if curl -fsS -o /dev/null "${base}${ready}" 2> /dev/null; then
			echo $(( ($(date +%s%N) - started) / 1000000 ))
			return 0
		fi
		if ! kill -0 "${app_pid}" 2> /dev/null; then
			echo "The application stopped; see ${app_log}" >&2
			exit 1
		fi
		sleep 0.05
	done
	echo "The application was not ready within a minute; see ${app_log}" >&2
	exit 1
}
