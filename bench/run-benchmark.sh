#!/usr/bin/env bash
# Catalog benchmark (issues 3 and 21): throughput and latency at 16 connections with wrk, against the store started
# by `./mvnw -Prun` (Payara Micro on :8080, embedded MariaDB on :3307). Loads bench/catalog-10k.sql once.
# Each route's share of /store's requests/s in the same run and the whole machine's CPU time per request
# (/proc/stat: wrk, Payara and MariaDB share the cores), checked against issue 21's target: the product list, the
# filtered search and the single product >= 50 % of /store, p99 < 20 ms.
#   apt-get install wrk     # Debian's wrk
#   bash bench/run-benchmark.sh [seconds per route, default 30]
# Publishes its figures and chart in docs/benchmarks.md (bench/lib/report.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-30}"
base="${HEADLESSCART_BENCH_BASE:-http://localhost:8080/wp-json/cocart/v2}"
mariadb=".run/mariadb-base/bin/mariadb"
db=("$mariadb" -h127.0.0.1 -P"${HEADLESSCART_RUN_DB_PORT:-3307}" -uroot headlesscart)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# shellcheck source=bench/lib/report.sh
. bench/lib/report.sh

if [ "$("${db[@]}" -N -e 'SELECT COUNT(*) FROM product WHERE id = 100001')" = "0" ]; then
    echo "Loading the 10,000-product catalog ..."
    "${db[@]}" < bench/catalog-10k.sql
fi
echo "Catalog: $("${db[@]}" -N -e "SELECT COUNT(*) FROM product WHERE type <> 'variation'") products," \
     "$("${db[@]}" -N -e "SELECT COUNT(*) FROM product WHERE type = 'variation'") variations"

routes=(
    "store|$base/store"
    "products?per_page=10|$base/products?per_page=10"
    "filtered search|$base/products?search=product%2012&category=bench-category-3&min_price=5&orderby=price"
    "single product|$base/products/100005"
)
for route in "${routes[@]}"; do
    url="${route#*|}"
    curl -sf -o /dev/null "$url" || { echo "not answering: $url"; exit 1; }
    wrk -t2 -c16 -d5s "$url" > /dev/null                    # warm-up: JIT, pools, caches
done
# Busy CPU time of the whole machine, in clock ticks (user, nice, system, irq, softirq of /proc/stat's cpu line).
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
# Requests/s, p99 in ms and non-2xx answers of a wrk --latency output.
summary() {
    awk '
        function ms(v) {
            if (v ~ /us$/) return v * 0.001; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000
            if (v ~ /m$/) return v * 60000; return v + 0
        }
        /Requests\/sec/ { rps = $2 } /^ +99%/ { p99 = ms($2) } /Non-2xx/ { errors = $NF }
        END { printf "%s %s %s\n", rps, p99, errors + 0 }' "$1"
}

report_begin catalog
store_rps=0
echo "== Target (issue 21): each catalog route >= 50% of /store's requests/s, p99 < 20 ms"
for route in "${routes[@]}"; do
    name="${route%%|*}"; url="${route#*|}"
    echo "== $name  ($url)"
    busy_before="$(busy_ticks)"
    wrk -t2 -c16 -d"${duration}s" --latency "$url" > "$work/run.wrk"
    busy_after="$(busy_ticks)"
    grep -E 'Requests/sec|Latency  |^ +50%|^ +99%|Non-2xx|Socket errors' "$work/run.wrk" || true
    read -r rps p99 errors < <(summary "$work/run.wrk")
    if [ "$name" = store ]; then store_rps="$rps"; fi
    note="$(awk -v r="$rps" -v s="$store_rps" -v b="$((busy_after - busy_before))" -v hz="$(getconf CLK_TCK)" \
        -v d="$duration" 'BEGIN {
            share = s > 0 ? 100 * r / s : 0; cpu = r > 0 ? 1000 * b / hz / (r * d) : 0
            printf "%.1f%% of /store, %.3f ms machine CPU/request", share, cpu }')"
    echo "    $note"
    if [ "$name" != store ]; then
        awk -v r="$rps" -v s="$store_rps" -v p="$p99" -v e="$errors" -v l="$name" 'BEGIN {
            share = s > 0 ? 100 * r / s : 0; ok = (share >= 50 && p < 20 && e == 0) ? "ok" : "MISSED"
            printf "    %s: %.1f%% of /store (target 50%%), p99 %.1f ms (target < 20), %d non-2xx  %s\n", ok, share, p, e, l }'
    fi
    report_wrk "GET /$name" "$work/run.wrk" "$note"
done
report_publish catalog "Catalog routes" "bash bench/run-benchmark.sh $duration" \
    "wrk, 16 connections over 2 threads, ${duration} s per route after a 5 s warm-up, on the 10,000-product catalog \
of \`bench/catalog-10k.sql\` (8,000 simple and 2,000 variable products, 50 categories, 100 tags). \
\`GET /store\` reads no database: it is the reference for every other route. Machine CPU per request is \
/proc/stat's busy time over the run divided by the requests served (wrk, Payara and MariaDB together). Issue 21's \
target: each catalog route at least 50 % of /store's requests/s in the same run, p99 under 20 ms."
