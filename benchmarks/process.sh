# The application process a benchmark script starts, shared by the scripts that source
# this file: they set app_pid when they start it. Stopped on exit, whatever happens.
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
