#!/usr/bin/env bash
# Catalog benchmark (issue 3): throughput and latency at 16 connections with wrk, against the store started by
# `./mvnw -Prun` (Payara Micro on :8080, embedded MariaDB on :3307). Loads bench/catalog-10k.sql once.
#   apt-get install wrk     # Debian's wrk
#   bash bench/run-benchmark.sh [seconds per route, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-30}"
base="${HEADLESSCART_BENCH_BASE:-http://localhost:8080/wp-json/cocart/v2}"
mariadb=".run/mariadb-base/bin/mariadb"
db=("$mariadb" -h127.0.0.1 -P"${HEADLESSCART_RUN_DB_PORT:-3307}" -uroot headlesscart)

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
for route in "${routes[@]}"; do
    name="${route%%|*}"; url="${route#*|}"
    echo "== $name  ($url)"
    wrk -t2 -c16 -d"${duration}s" --latency "$url" | grep -E 'Requests/sec|Latency  |^ +50%|^ +99%|Non-2xx|Socket errors'
done
