#!/usr/bin/env bash
# Lighthouse gate: scores the home page, the talk list, a talk, a search and the figures
# page as a phone sees them (Lighthouse's mobile defaults), three runs each, and fails
# when a median score is below 0.95 for performance or below 1.0 for accessibility, best
# practices or SEO. Usage: benchmarks/lighthouse.sh [runs] (default 3).
# Needs Node.js with npm and Chromium at /usr/bin/chromium (or CHROME_PATH). Installs
# Lighthouse 12.2.3 under target/lighthouse; reports go there too (results.md, and each
# run's JSON). Extra Maven options (e.g. -o for offline) can be passed in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-3}"
out=target/lighthouse
mkdir -p "${out}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

if [ ! -x "${out}/node_modules/.bin/lighthouse" ]; then
	npm install --no-audit --no-fund --prefix "${out}" --save-exact lighthouse@12.2.3 >"${out}/npm.log" 2>&1
fi

./mvnw -B -ntp ${MAVEN_ARGS:-} -DskipTests package >"${out}/build.log" 2>&1
jar=$(ls target/talknotes-*.jar | grep -v plain | head -1)

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d)
java -jar "${jar}" --server.address=127.0.0.1 --server.port="${port}" --talknotes.data-dir="${data}" \
	>"${out}/app.log" 2>&1 &
app=$!
trap 'kill "${app}" 2>/dev/null || true; wait "${app}" 2>/dev/null || true; rm -rf "${data}"' EXIT

base="http://127.0.0.1:${port}"
for _ in $(seq 1 120); do
	if curl -fs "${base}/actuator/health" 2>/dev/null | grep -q '"UP"'; then
		break
	fi
	sleep 1
done
curl -fs "${base}/actuator/health" | grep -q '"UP"' || { echo "Talknotes did not start: see ${out}/app.log"; exit 1; }

pages=(
	"home /"
	"talks /talks"
	"talk /talks/low-latency-multi-cluster-networking-with-kubernetes"
	"search /search?q=kubernetes"
	"figures /figures"
)
flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"
flags="${flags} --disable-sync --no-first-run"
for entry in "${pages[@]}"; do
	name=${entry%% *}
	path=${entry#* }
	# One visit first, so that the pages and their files are compiled and cached as for
	# any later visitor.
	curl -fs -o /dev/null "${base}${path}"
	for run in $(seq 1 "${runs}"); do
		"${out}/node_modules/.bin/lighthouse" "${base}${path}" --quiet --output=json \
			--output-path="${out}/${name}-${run}.json" --chrome-flags="${flags}" \
			--only-categories=performance,accessibility,best-practices,seo
	done
done

python3 - "${out}" "${runs}" <<'EOF'
import json, statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
pages = ["home", "talks", "talk", "search", "figures"]
needed = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
lines = ["| Page | Performance | Accessibility | Best practices | SEO |", "|---|---|---|---|---|"]
failures = []
for page in pages:
    reports = [json.load(open(f"{out}/{page}-{run}.json")) for run in range(1, runs + 1)]
    cells = []
    for category, floor in needed.items():
        median = statistics.median(r["categories"][category]["score"] for r in reports)
        cells.append(f"{median:.2f}")
        if median < floor:
            below = sorted({a["title"] for r in reports for a in r["audits"].values()
                            if a.get("score") is not None and a["score"] < 1
                            and a.get("scoreDisplayMode") in ("binary", "numeric")
                            and a["id"] in {ref["id"] for ref in r["categories"][category]["auditRefs"]
                                            if ref.get("weight", 0) > 0}})
            failures.append(f"{page}: {category} {median:.2f} < {floor} ({'; '.join(below)})")
    lines.append(f"| {page} | " + " | ".join(cells) + " |")
table = "\n".join(lines)
open(f"{out}/results.md", "w").write(f"Median of {runs} Lighthouse runs (mobile)\n\n{table}\n")
print(table)
if failures:
    print("\nBelow the gate:\n" + "\n".join(failures))
    sys.exit(1)
EOF
