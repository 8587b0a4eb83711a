#!/usr/bin/env bash
# Growth benchmark (issue 21): does a cart's latency stay flat as stored carts grow, and what does the cleanup of
# a million expired carts cost the traffic it runs beside? Against the store started by `./mvnw -Prun` (Payara Micro
# on :8080, embedded MariaDB on :3307, demo catalog), with wrk at 16 connections:
#   1. with 10,000, then 100,000, then 1,000,000 stored live carts (bench/carts-growth.sql, seeded set-based in
#      chunks of 100,000 between the levels): GET /cart (3 lines), add-item into one of 64 existing carts, and
#      add-item into a new cart, p50 and p99 of each; the summary compares each level with the first (issue 21:
#      flat within 20 %);
#   2. those carts aged to expired at once, then, while wrk serves GET /cart and add-item (8 connections each), the
#      store's own cleanup timer (CartCleanup: batches of headlesscart.cart.cleanup-batch-size carts, each its own
#      transaction) deletes them: how long it took, and the p50/p99 of the traffic meanwhile.
# The cleanup deletes at most cleanup-batch-size x cleanup-max-batches carts per run (500 x 20 by default, once an
# hour): far too few for a million. Start the store for this benchmark with a run that can take them all, soon:
#   HEADLESSCART_CART_CLEANUP_INTERVAL=PT1M HEADLESSCART_CART_CLEANUP_MAX_BATCHES=100000 ./mvnw -Prun
#   bash bench/run-growth-benchmark.sh [seconds per route, default 20] [levels, default "10000 100000 1000000"]
# Publishes its figures and chart in docs/benchmarks.md (bench/lib/report.sh, section `growth`).
# Needs the MariaDB client of the run store (.run/mariadb-base/bin/mariadb) and wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20}"
levels="${2:-10000 100000 1000000}"
wait_max="${HEADLESSCART_BENCH_CLEANUP_WAIT:-900}"     # seconds to wait for the cleanup to start, then to end
base="${HEADLESSCART_BENCH_BASE:-http://localhost:8080/wp-json/cocart/v2}"
mariadb="${HEADLESSCART_BENCH_MARIADB:-.run/mariadb-base/bin/mariadb}"
db=("$mariadb" -h127.0.0.1 -P"${HEADLESSCART_RUN_DB_PORT:-3307}" -uroot "${HEADLESSCART_RUN_DB_NAME:-headlesscart}")
chunk=100000
random_carts=64

command -v wrk > /dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 1; }
[ -x "$mariadb" ] || { echo "no MariaDB client at $mariadb: start the store once with ./mvnw -Prun" >&2; exit 1; }
curl -sf -o /dev/null "$base/store" \
    || { echo "the store is not answering at $base/store: start it with ./mvnw -Prun" >&2; exit 1; }
work="$(mktemp -d)"
wrk_pids=()
cleanup() {
    for pid in "${wrk_pids[@]}"; do kill "$pid" 2> /dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
# shellcheck source=bench/lib/report.sh
. bench/lib/report.sh

sql() { "${db[@]}" -N -B -e "$1"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
thousands() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

# POST /cart/add-item with the JSON body $2 into the cart $1 ("" for a new cart); prints the cart key.
add_item() {
    local url="$base/cart/add-item" status key
    if [ -n "$1" ]; then url="$url?cart_key=$1"; fi
    status="$(curl -s -o "$work/body" -D "$work/headers" -w '%{http_code}' -X POST \
        -H 'Accept: application/json' -H 'Content-Type: application/json' --data "$2" "$url")" || status=000
    [[ "$status" == 2* ]] || { echo "POST $url $2 answered HTTP $status: $(head -c 600 "$work/body")" >&2; return 1; }
    key="$(tr -d '\r' < "$work/headers" | awk -F': *' 'tolower($1) == "cocart-api-cart-key" { k = $2 } END { print k }')"
    [ -n "$key" ] || key="$(grep -o '"cart_key":"[^"]*"' "$work/body" | head -1 | cut -d'"' -f4)"
    [ -n "$key" ] || { echo "POST $url: no cart key in the answer" >&2; return 1; }
    echo "$key"
}

# Growth carts of an earlier run go first, in bounded deletes (their lines go through the foreign key).
while deleted="$(sql "DELETE FROM cart WHERE cart_key LIKE 't!_c0ffee%' ESCAPE '!' LIMIT 50000; SELECT ROW_COUNT();")" \
        && [ "$deleted" != 0 ]; do
    echo "deleted $deleted growth carts of an earlier run ..."
done

# The benchmark's own carts, made through the API: the 3-line cart and the 64 the add-item route picks from.
cart3="$(add_item "" '{"id":"10","quantity":"2"}')"
add_item "$cart3" '{"id":"14","quantity":"1","variation":{"attribute_pa_color":"red","attribute_pa_size":"small"}}' > /dev/null
add_item "$cart3" '{"id":"11","quantity":"1"}' > /dev/null
for ((i = 0; i < random_carts; i++)); do add_item "" '{"id":"12","quantity":"1"}'; done > "$work/cart-keys"

ids=(cart-get add-random add-new)
declare -A label url script args
label[store]="GET /store";                url[store]="$base/store"
label[cart-get]="GET /cart";              url[cart-get]="$base/cart?cart_key=$cart3"
label[add-random]="add-item, existing";   url[add-random]="$base/cart/add-item"
script[add-random]=bench/lua/add-item-random-cart.lua;   args[add-random]="$work/cart-keys"
label[add-new]="add-item, new cart";      url[add-new]="$base/cart/add-item"
script[add-new]=bench/lua/add-item-new-cart.lua

# The wrk command line for route $1 with the further options $2..., in the array "command".
wrk_command() {
    local id="$1"; shift
    command=(wrk "$@")
    if [ -n "${script[$id]:-}" ]; then command+=(-s "${script[$id]}"); fi
    command+=("${url[$id]}")
    if [ -n "${args[$id]:-}" ]; then command+=(-- "${args[$id]}"); fi
}
run_wrk() {
    wrk_command "$@"
    "${command[@]}"
}
# p50 and p99 in ms, requests/s and non-2xx of a wrk --latency output.
figures() {
    awk '
        function ms(v) {
            if (v ~ /us$/) return v * 0.001; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000
            if (v ~ /m$/) return v * 60000; return v + 0
        }
        /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Non-2xx/ { errors = $NF }
        END { printf "%.2f %.2f %s %d\n", p50, p99, rps, errors }' "$1"
}

# Warm-up: JIT, pools, caches. 20 s per route: with 5 s the first level was measured on code still being compiled
# (add-item 41 % slower at 10,000 carts than at 100,000, which is the JIT, not the data).
for id in "${ids[@]}"; do run_wrk "$id" -t2 -c16 -d20s > /dev/null; done

report_begin growth
run_wrk store -t2 -c16 -d"${duration}s" --latency > "$work/store.wrk"     # the reference: no database
report_wrk "GET /store" "$work/store.wrk" "reference: reads no database"
seeded=0
first_level=""
declare -A first_p50 first_p99
for level in $levels; do
    started="$(now_ms)"
    while [ "$seeded" -lt "$level" ]; do
        n=$(( level - seeded < chunk ? level - seeded : chunk ))
        { echo "SET @from := $seeded, @n := $n;"; cat bench/carts-growth.sql; } | "${db[@]}"
        seeded=$(( seeded + n ))
    done
    echo "== $(thousands "$level") stored carts (seeded in $(( ($(now_ms) - started) / 1000 )) s;" \
         "$(sql "SELECT COUNT(*) FROM cart") carts, $(sql "SELECT COUNT(*) FROM cart_item") lines in the store)"
    first_level="${first_level:-$level}"
    for id in "${ids[@]}"; do
        run_wrk "$id" -t2 -c16 -d"${duration}s" --latency > "$work/$id-$level.wrk"
        read -r p50 p99 rps errors < <(figures "$work/$id-$level.wrk")
        if [ "$level" = "$first_level" ]; then first_p50[$id]="$p50"; first_p99[$id]="$p99"; fi
        note="$(awk -v a="$p50" -v b="$p99" -v a0="${first_p50[$id]}" -v b0="${first_p99[$id]}" -v e="$errors" 'BEGIN {
            d50 = a0 > 0 ? 100 * (a - a0) / a0 : 0; d99 = b0 > 0 ? 100 * (b - b0) / b0 : 0
            failed = e > 0 ? sprintf(", %d non-2xx", e) : ""
            printf "p50 %+.0f%%, p99 %+.0f%% against the first level%s", d50, d99, failed }')"
        printf "    %-22s %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%s)\n" "${label[$id]}" "$rps" "$p50" "$p99" "$note"
        report_wrk "${label[$id]}, $(thousands "$level") carts" "$work/$id-$level.wrk" "$note"
    done
done

# The cleanup: every growth cart made expired in one statement (so the store's timer, which may fire at any time,
# finds them all at once rather than chunk by chunk), then the timer deletes them while wrk serves. The count of
# expired carts is read every 2 s (an index range).
echo "== Ageing the $(thousands "$seeded") growth carts to expired ..."
sql "UPDATE cart SET created_at = created_at - INTERVAL 3 DAY, modified_at = modified_at - INTERVAL 3 DAY,
            expiring_at = expiring_at - INTERVAL 3 DAY, expires_at = expires_at - INTERVAL 3 DAY
     WHERE cart_key LIKE 't!_c0ffee%' ESCAPE '!'"
expired() { sql "SELECT COUNT(*) FROM cart WHERE expires_at < UTC_TIMESTAMP(6)"; }
total="$(expired)"
echo "   $(thousands "$total") expired carts; waiting for the store's cleanup timer (at most ${wait_max} s) ..."
waited=0
while [ "$(expired)" -ge "$total" ]; do
    sleep 1; waited=$((waited + 1))
    if [ "$waited" -ge "$wait_max" ]; then
        echo "the cleanup did not start within ${wait_max} s: start the store with a short cleanup interval, e.g." >&2
        echo "  HEADLESSCART_CART_CLEANUP_INTERVAL=PT1M HEADLESSCART_CART_CLEANUP_MAX_BATCHES=100000 ./mvnw -Prun" >&2
        exit 1
    fi
done
started="$(now_ms)"
wrk_command cart-get -t1 -c8 -d"${wait_max}s" --latency
"${command[@]}" > "$work/cart-get-cleanup.wrk" & wrk_pids+=($!)          # wrk itself: SIGINT ends it with its figures
wrk_command add-random -t1 -c8 -d"${wait_max}s" --latency
"${command[@]}" > "$work/add-random-cleanup.wrk" & wrk_pids+=($!)
left="$total"
while [ "$left" -gt 0 ]; do
    sleep 2
    left="$(expired)"
    echo "   $(( ($(now_ms) - started) / 1000 )) s: $(thousands "$left") expired carts left"
    if [ $(( ($(now_ms) - started) / 1000 )) -ge "$wait_max" ]; then
        echo "   the cleanup did not end within ${wait_max} s (a run deletes at most cleanup-batch-size x" \
             "cleanup-max-batches carts; see the head of this script)"
        break
    fi
done
took_ms=$(( $(now_ms) - started ))
for pid in "${wrk_pids[@]}"; do kill -INT "$pid" 2> /dev/null || true; done
for pid in "${wrk_pids[@]}"; do wait "$pid" || true; done
wrk_pids=()
deleted=$(( total - left ))
rate="$(awk -v d="$deleted" -v t="$took_ms" 'BEGIN { r = t > 0 ? 1000 * d / t : 0; printf "%.0f", r }')"
echo "== Cleanup: $(thousands "$deleted") expired carts deleted in $(( took_ms / 1000 )) s ($(thousands "$rate") per second)" \
     "while serving GET /cart and add-item (8 connections each)"
for id in cart-get add-random; do
    read -r p50 p99 rps errors < <(figures "$work/$id-cleanup.wrk")
    printf "    %-22s %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  %d non-2xx\n" "${label[$id]}" "$rps" "$p50" "$p99" "$errors"
    report_wrk "${label[$id]} during the cleanup" "$work/$id-cleanup.wrk" \
        "8 conn.; $(thousands "$deleted") expired carts deleted in $(( took_ms / 1000 )) s"
done

report_publish growth "Growth: carts stored and cleaned up" "bash bench/run-growth-benchmark.sh $duration" \
    "wrk, 16 connections over 2 threads, ${duration} s per route after a 20 s warm-up of each, demo catalog, with $(echo "$levels" | \
sed 's/ /, /g') stored live carts (\`bench/carts-growth.sql\`: guest carts of 1 to 3 lines, seeded set-based in \
chunks of 100,000). \"existing\": one of ${random_carts} carts per request; \"new cart\": each request makes one. The \
note compares each level with the first (issue 21: flat within 20 %). Then \
the same carts aged to expired and deleted by the store's cleanup timer (\`CartCleanup\`: batches of \
\`headlesscart.cart.cleanup-batch-size\`, each its own transaction; the store ran with \
\`HEADLESSCART_CART_CLEANUP_INTERVAL=PT1M HEADLESSCART_CART_CLEANUP_MAX_BATCHES=100000\`) while wrk served GET /cart \
and add-item, 8 connections each, from the first deleted batch to the last (the count of expired carts read every \
2 s). \`GET /store\` (reads no database) shows what the machine served at the time."
