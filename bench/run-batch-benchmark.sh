#!/usr/bin/env bash
# Batch benchmark (issue 6): the time per sub-request inside a 25-operation batch, compared with 25 single
# requests, against the store started by `./mvnw -Prun` (Payara Micro on :8080, demo catalog). Every operation is
# POST /cart/add-item of product 12 (stock not managed, so carts can grow without a stock refusal) into an existing
# cart picked at random from 64 pre-created ones, sent as
#   single    25 separate POST /cart/add-item requests (bench/lua/add-item-random-cart.lua)
#   cocart    one POST /wp-json/cocart/batch of 25 (one transaction: one lock, one save)
#   wordpress one POST /wp-json/batch/v1 of 25 (a transaction per sub-request, as WordPress)
# each twice with wrk: 1 connection (what one storefront waits: latency per operation) and 16 connections over 2
# threads (throughput: operations per second). A summary prints the milliseconds per operation for each.
#   apt-get install wrk     # Debian's wrk
#   bash bench/run-batch-benchmark.sh [seconds per run, default 15]
# Publishes its figures and chart in docs/benchmarks.md (bench/lib/report.sh), with GET /store as the reference;
# there the batch rows count add-item operations per second and milliseconds per operation.
# Every run leaves carts with growing album lines behind; `rm -rf .run` starts from nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-15}"
root="${HEADLESSCART_BENCH_ROOT:-http://localhost:8080/wp-json}"
base="$root/cocart/v2"
size=25
random_carts=64

command -v wrk > /dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 1; }
curl -sf -o /dev/null "$base/store" \
    || { echo "the store is not answering at $base/store: start it with ./mvnw -Prun" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# shellcheck source=bench/lib/report.sh
. bench/lib/report.sh

for ((i = 0; i < random_carts; i++)); do
    curl -sf -D - -o /dev/null -X POST -H 'Content-Type: application/json' --data '{"id":"12","quantity":"1"}' \
        "$base/cart/add-item" | tr -d '\r' | awk -F': *' 'tolower($1) == "cocart-api-cart-key" { print $2 }'
done > "$work/cart-keys"
[ "$(wc -l < "$work/cart-keys")" -eq "$random_carts" ] || { echo "could not create $random_carts carts" >&2; exit 1; }

# A batch must answer as expected before it is timed: 200 with the cart (CoCart), 207 with 25 200s (WordPress).
key="$(head -1 "$work/cart-keys")"
check="$(curl -s -o "$work/check" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    --data '{"requests":[{"path":"/cocart/v2/cart/add-item","body":{"id":"12","quantity":"1"}}]}' \
    "$root/cocart/batch?cart_key=$key")"
[ "$check" = 200 ] || { echo "CoCart batch answered $check: $(head -c 400 "$work/check")" >&2; exit 1; }
check="$(curl -s -o "$work/check" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    --data "{\"requests\":[{\"path\":\"/cocart/v2/cart/add-item?cart_key=$key\",\"body\":{\"id\":\"12\",\"quantity\":\"1\"}}]}" \
    "$root/batch/v1")"
[ "$check" = 207 ] && ! grep -q '"status":[^2]' "$work/check" \
    || { echo "WordPress batch answered $check: $(head -c 400 "$work/check")" >&2; exit 1; }

declare -A url script args per
url[single]="$base/cart/add-item";  script[single]=bench/lua/add-item-random-cart.lua
args[single]="$work/cart-keys";     per[single]=1
url[cocart]="$root/cocart/batch";   script[cocart]=bench/lua/batch-random-cart.lua
args[cocart]="$work/cart-keys cocart $size";       per[cocart]=$size
url[wordpress]="$root/batch/v1";    script[wordpress]=bench/lua/batch-random-cart.lua
args[wordpress]="$work/cart-keys wordpress $size"; per[wordpress]=$size
ids=(single cocart wordpress)

run_wrk() {   # id, connections, threads, further wrk options
    local id="$1" c="$2" t="$3"; shift 3
    # shellcheck disable=SC2086  # the keys file path and words without blanks
    wrk -t"$t" -c"$c" "$@" -s "${script[$id]}" "${url[$id]}" -- ${args[$id]}
}

for id in "${ids[@]}"; do run_wrk "$id" 4 2 -d5s > /dev/null; done       # warm-up: JIT, pools, caches
echo "load before the runs: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min; $(nproc) cores)"
for connections in 1 16; do
    threads=$((connections < 2 ? 1 : 2))
    for id in "${ids[@]}"; do
        run_wrk "$id" "$connections" "$threads" -d"${duration}s" --latency > "$work/$id-$connections.wrk"
        echo "== $id, $connections connection(s): $(grep -E 'Requests/sec' "$work/$id-$connections.wrk")"
        grep -E 'Latency  |^ +50%|^ +99%|Non-2xx|Socket errors' "$work/$id-$connections.wrk" || true
    done
done
wrk -t2 -c16 -d"${duration}s" --latency "$base/store" > "$work/store.wrk"          # the reference
echo "== GET /store (reference), 16 connections: $(grep -E 'Requests/sec' "$work/store.wrk")"
echo "load after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"

# Milliseconds per add-item operation: latency / operations per request (1 connection), and 1000 / operations per
# second (16 connections).
summary() {   # file, operations per request
    awk -v per="$2" '
        function ms(v) {
            if (v ~ /us$/) return v * 0.001; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000
            return v + 0
        }
        /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Non-2xx/ { errors = $NF }
        END { printf "%.1f %.3f %.3f %.3f %d\n", rps * per, p50 / per, p99 / per, (rps > 0 ? 1000 / (rps * per) : 0), errors + 0 }
    ' "$1"
}
echo "== Per add-item operation ($size per batch)"
printf '  %-10s %-12s %12s %14s %14s %16s %8s\n' route connections "ops/sec" "p50 ms/op" "p99 ms/op" "ms/op (1/tput)" non-2xx
for connections in 1 16; do
    for id in "${ids[@]}"; do
        read -r ops p50 p99 inverse errors < <(summary "$work/$id-$connections.wrk" "${per[$id]}")
        printf '  %-10s %-12s %12s %14s %14s %16s %8s\n' "$id" "$connections" "$ops" "$p50" "$p99" "$inverse" "$errors"
    done
done

report_begin batch
report_wrk "GET /store, 16 conn." "$work/store.wrk"
for connections in 1 16; do
    for id in "${ids[@]}"; do
        read -r ops p50 p99 _ errors < <(summary "$work/$id-$connections.wrk" "${per[$id]}")
        report_row "$id, $connections conn." "$ops" "$p50" "$p99" \
            "per add-item operation$( [ "${per[$id]}" -gt 1 ] && echo ", ${per[$id]} per request")"
    done
done
report_publish batch "Batches of 25 add-items" "bash bench/run-batch-benchmark.sh $duration" \
    "wrk, ${duration} s per run after a 5 s warm-up: add-item of product 12 into one of ${random_carts} carts, as 25 \
single requests (\`single\`), one CoCart batch of 25 (\`cocart\`: one transaction) and one WordPress batch of 25 \
(\`wordpress\`: a transaction per sub-request). Batch rows are add-item operations per second and milliseconds per \
operation (the request's latency divided by 25), at 1 connection (what one storefront waits) and 16 (throughput)."
