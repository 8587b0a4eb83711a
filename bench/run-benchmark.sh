#!/usr/bin/env bash
# Catalog benchmark (issue 3): throughput and latency at 16 connections with wrk, against the store started by
# `./mvnw -Prun` (Payara Micro on :8080, embedded MariaDB on :3307). Loads bench/catalog-10k.sql once.
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
report_begin catalog
for route in "${routes[@]}"; do
    name="${route%%|*}"; url="${route#*|}"
    echo "== $name  ($url)"
    wrk -t2 -c16 -d"${duration}s" --latency "$url" > "$work/run.wrk"
    grep -E 'Requests/sec|Latency  |^ +50%|^ +99%|Non-2xx|Socket errors' "$work/run.wrk"
    report_wrk "GET /$name" "$work/run.wrk"
done
report_publish catalog "Catalog routes" "bash bench/run-benchmark.sh $duration" \
    "wrk, 16 connections over 2 threads, ${duration} s per route after a 5 s warm-up, on the 10,000-product catalog \
of \`bench/catalog-10k.sql\` (8,000 simple and 2,000 variable products, 50 categories, 100 tags). \
\`GET /store\` reads no database: it is the reference for every other route."
