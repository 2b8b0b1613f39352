-- wrk script: GET /search with the search benchmark's 20 queries in turn (the mix of
-- io.talknotes.benchmark.BenchmarkQuery.MIX, URL-encoded), to load a running application
-- on the benchmark's data, for example after the benchmark has built it:
--   java -jar target/talknotes-*.jar --server.address=127.0.0.1 --server.port=18081 \
--     --talknotes.data-dir=<a copy of target/benchmark/100k/lucene/data>
--   wrk -t2 -c8 -d300s -s benchmarks/search-mix.lua http://127.0.0.1:18081/   # warm-up
--   wrk -t2 -c8 -d30s --latency -s benchmarks/search-mix.lua http://127.0.0.1:18081/
local queries = {
	"kubernetes", "latency", "production", "etcd", "vitess", "tiller", "ipvlan", "gvisor",
	"vitess+sharding", "prometheus+storage", "canary+rollout+lyft", "%22service+mesh%22",
	"kube%2A", "helm+-tiller", "linkerd+OR+istio", "v1.16", "35M", "k8s+migration", "opa+rego",
	"kuberentes",
}
local sent = 0

request = function()
	sent = sent + 1
	return wrk.format("GET", "/search?q=" .. queries[(sent % #queries) + 1])
end
