#!/usr/bin/env bash
# Checkout benchmark (issue 19): throughput and latency at 16 connections with wrk, in one run, against the store
# started by `./mvnw -Prun` (Payara Micro on :8080, embedded MariaDB on :3307, demo catalog and demo pricing), for
#   GET /store (the reference);
#   POST /cart/add-item into a random one of 64 carts;
#   POST /checkout of 3-line carts (three products this script makes through wc/v3 as the demo admin, with managed
#     stock of ten million units each, so that every checkout takes stock) with a New York address (state tax on
#     items and shipping), coupon save10 and the flat rate, paid with the test card gateway when it is enabled,
#     else cash on delivery; every cart is checked out once (a checkout empties it), so carts are made beforehand.
# Target (issue 19): checkouts/s >= 20 % of add-item's; p99 < 150 ms. Then SQL statements per checkout from
# MariaDB's global status counters around sequential checkouts (as run-pricing-benchmark.sh counts them).
# HEADLESSCART_BENCH_ADMIN (admin:adminpass, the development default) makes the products.
# The store must run with the rate limits of the routes measured off (bench/lib/limits.sh says which).
#   apt-get install wrk jq
#   bash bench/run-checkout-benchmark.sh [seconds per route, default 30] [carts to make, default 200 per second]
# Publishes its figures and chart in docs/benchmarks.md (bench/lib/report.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-30}"
carts_n="${2:-$((duration * 200))}"
warm_seconds=20
warm_carts_n=$((warm_seconds * 150))
base="${HEADLESSCART_BENCH_BASE:-http://localhost:8080/wp-json/cocart/v2}"
mariadb=".run/mariadb-base/bin/mariadb"
db=("$mariadb" -h127.0.0.1 -P"${HEADLESSCART_RUN_DB_PORT:-3307}" -uroot headlesscart)
threads=2
connections=16
statements_n=50
random_carts_n=64

for tool in wrk jq curl; do
    command -v "$tool" > /dev/null || { echo "$tool not found: apt-get install $tool" >&2; exit 1; }
done
curl -sf -o /dev/null "$base/store" \
    || { echo "the store is not answering at $base/store: start it with ./mvnw -Prun" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export base work
# shellcheck source=bench/lib/report.sh
. bench/lib/report.sh
# shellcheck source=bench/lib/limits.sh
. bench/lib/limits.sh
require_unlimited POST "$base/checkout" checkout
require_unlimited POST "$base/cart/apply-coupon" coupon

# Three products with ample managed stock, made once per run.
admin="${HEADLESSCART_BENCH_ADMIN:-admin:adminpass}"
wc="${base%/cocart/v2}/wc/v3"
product() {
    curl -sf -u "$admin" -H 'Content-Type: application/json' --data "{\"name\":\"$1\",\"regular_price\":\"$2\",\"manage_stock\":true,\"stock_quantity\":10000000}" "$wc/products" | jq -r '.id'
}
product_a="$(product "Checkout bench A" 18.00)"; product_b="$(product "Checkout bench B" 45.00)"
product_c="$(product "Checkout bench C" 7.25)"
[[ "$product_a$product_b$product_c" =~ ^[0-9]+$ ]] || { echo "cannot make the products as $admin" >&2; exit 1; }
export product_a product_b product_c

# A priced 3-line cart; prints its key. Runs in parallel (xargs), so it keeps its files apart.
new_cart() {
    local key body="$work/cart.$BASHPID" q=(-s -H 'Content-Type: application/json' -H 'Accept: application/json')
    key="$(curl "${q[@]}" -D - -o "$body" --data "{\"id\":\"$product_a\",\"quantity\":\"2\"}" "$base/cart/add-item" \
        | tr -d '\r' | awk -F': *' 'tolower($1) == "cocart-api-cart-key" { print $2 }')"
    [ -n "$key" ] || { echo "add-item made no cart: $(head -c 300 "$body")" >&2; return 1; }
    curl "${q[@]}" -o /dev/null --data "{\"id\":\"$product_b\",\"quantity\":\"1\"}" "$base/cart/add-item?cart_key=$key"
    curl "${q[@]}" -o /dev/null --data "{\"id\":\"$product_c\",\"quantity\":\"3\"}" "$base/cart/add-item?cart_key=$key"
    curl "${q[@]}" -o /dev/null --data '{"code":"save10"}' "$base/cart/apply-coupon?cart_key=$key"
    rm -f "$body"
    echo "$key"
}
export -f new_cart

# Test card when the store offers it, else cash on delivery.
probe="$(new_cart)"
methods="$(curl -s "$base/checkout/payment-methods?cart_key=$probe" || true)"
if jq -e 'has("testcard")' <<< "$methods" > /dev/null 2>&1; then
    payment='"payment_method":"testcard","payment_data":[{"key":"card_number","value":"4242424242424242"}]'
    paid_with="the test card gateway"
else
    payment='"payment_method":"cod"'
    paid_with="cash on delivery (no test card gateway on this store)"
fi
address='{"first_name":"Ada","last_name":"Lovelace","address_1":"1 Main St","city":"New York","state":"NY","postcode":"10001","country":"US","email":"ada@example.com"}'
echo "{\"billing_address\":$address,\"shipping_method\":\"flat_rate:1\",$payment}" > "$work/checkout.json"
first="$(curl -s -H 'Content-Type: application/json' --data @"$work/checkout.json" "$base/checkout?cart_key=$probe")"
jq -e '.order_id' <<< "$first" > /dev/null || { echo "a checkout failed: $first" >&2; exit 1; }
echo "probe order: $(jq -c '{order_id, status, payment: .payment_result.payment_status}' <<< "$first"), paid with $paid_with"

echo "making $carts_n carts for the checkouts, $warm_carts_n for their warm-up, $random_carts_n for add-item," \
     "$statements_n for the SQL counts ..."
seq "$carts_n" | xargs -P 8 -I{} bash -c new_cart > "$work/checkout-keys"
seq "$warm_carts_n" | xargs -P 8 -I{} bash -c new_cart > "$work/warm-keys"
seq "$random_carts_n" | xargs -P 8 -I{} bash -c new_cart > "$work/add-keys"
seq "$((statements_n + 5))" | xargs -P 8 -I{} bash -c new_cart > "$work/count-keys"

ids=(store add-item checkout)
declare -A label url script args short
label[store]="GET /store";                         url[store]="$base/store"
label[add-item]="POST add-item, random one of $random_carts_n carts"
url[add-item]="$base/cart/add-item";               script[add-item]=bench/lua/add-item-random-cart.lua
args[add-item]="$work/add-keys"
label[checkout]="POST /checkout, 3 lines, tax, coupon, flat rate, $paid_with"
url[checkout]="$base/checkout";                    script[checkout]=bench/lua/checkout-each-cart.lua
args[checkout]="$work/checkout-keys $threads $work/checkout.json"
short[store]="GET /store"; short[add-item]="add-item"; short[checkout]="POST /checkout"

run_wrk() {
    local id="$1"; shift
    local command=(wrk -t"$threads" -c"$connections" "$@")
    if [ -n "${script[$id]:-}" ]; then command+=(-s "${script[$id]}"); fi
    command+=("${url[$id]}")
    # shellcheck disable=SC2206  # file names without blanks: one word each
    if [ -n "${args[$id]:-}" ]; then command+=(-- ${args[$id]}); fi
    "${command[@]}"
}

counters=(Com_select Com_insert Com_update Com_delete Questions)
statements=0
if [ -x "$mariadb" ] && "${db[@]}" -N -e 'SELECT 1' > /dev/null 2>&1; then
    statements=1
    in_list="$(printf "'%s'," "${counters[@]}")"
    snapshot() { "${db[@]}" -N -B -e "SHOW GLOBAL STATUS WHERE Variable_name IN (${in_list%,})" > "$1"; }
else
    echo "(no SQL statement counts: cannot run $mariadb on port ${HEADLESSCART_RUN_DB_PORT:-3307})"
fi

# Warm-up: store and add-item 5 s each; checkout on carts of its own (each is checked out once) for
# $warm_seconds s: a placement runs several times the code of a cart write, and the JIT compiler of a 2-core
# machine needs that long before its figures stop rising (10 s measured 80 checkouts/s where the same store
# later does over 100).
for id in store add-item; do run_wrk "$id" -d5s > /dev/null; done
wrk -t"$threads" -c"$connections" -d"${warm_seconds}s" -s bench/lua/checkout-each-cart.lua "$base/checkout" \
    -- "$work/warm-keys" "$threads" "$work/checkout.json" > /dev/null
# CPU time of the store's processes, in clock ticks (utime + stime of /proc/PID/stat), to report CPU per request:
# on a machine shared with other work, these say more than the throughput does.
payara_pid="$(pgrep -f 'payara-micro.*--deploy' | head -1 || true)"
mariadb_pid="$(pgrep -f "mariadbd.*--port=${HEADLESSCART_RUN_DB_PORT:-3307}" | head -1 || true)"
ticks() { if [ -n "$1" ] && [ -r "/proc/$1/stat" ]; then awk '{ print $14 + $15 }' "/proc/$1/stat"; else echo 0; fi; }
hz="$(getconf CLK_TCK)"
for id in "${ids[@]}"; do
    echo "== ${label[$id]}  (${url[$id]})"
    payara_before="$(ticks "$payara_pid")"; mariadb_before="$(ticks "$mariadb_pid")"
    run_wrk "$id" -d"${duration}s" --latency > "$work/$id.wrk" 2>&1
    payara_after="$(ticks "$payara_pid")"; mariadb_after="$(ticks "$mariadb_pid")"
    awk -v p="$((payara_after - payara_before))" -v m="$((mariadb_after - mariadb_before))" -v hz="$hz" \
        -v d="$duration" '/Requests\/sec/ { if ($2 > 0) printf "    CPU per request: Payara %.2f ms, MariaDB %.2f ms\n", \
            1000 * p / hz / ($2 * d), 1000 * m / hz / ($2 * d) }' "$work/$id.wrk" | tee "$work/$id.cpu"
    grep -E 'Requests/sec|Latency  |^ +50%|^ +99%|Non-2xx|Socket errors|checkout requests' "$work/$id.wrk" || true
    if ! grep -q 'requests in' "$work/$id.wrk" || grep -q ' 0 requests in' "$work/$id.wrk"; then
        echo "wrk sent nothing for $id:" >&2; head -20 "$work/$id.wrk" >&2
    fi
done
sent="$(awk '/checkout requests sent/ { print $4 }' "$work/checkout.wrk")"
if [ -n "$sent" ] && [ "$sent" -gt "$carts_n" ]; then
    echo "WARNING: $sent checkout requests for $carts_n carts: the rest were GET /store; run again with more carts" >&2
fi

if [ "$statements" = 1 ]; then
    # The counters are the server's, so a timer's statements (cart cleanup, purges, the webhook relay) count too:
    # they only ever add, so of two halves of the sequential checkouts the lower figure of each counter is kept.
    failed=0
    half=$((statements_n / 2))
    for part in 1 2; do
        sleep 1
        snapshot "$work/before"
        for key in $(sed -n "$(( (part - 1) * half + 1 )),$(( part * half ))p" "$work/count-keys"); do
            code="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
                --data @"$work/checkout.json" "$base/checkout?cart_key=$key")"
            [ "$code" = 200 ] || failed=$((failed + 1))
        done
        snapshot "$work/after"
        awk -v n="$half" -v names="${counters[*]}" '
            FILENAME == ARGV[1] { b[$1] = $2; next } { d[$1] = ($2 - b[$1]) / n }
            END { count = split(names, k, " "); for (i = 1; i <= count; i++) printf "%.2f ", d[k[i]]; printf "\n" }' \
            "$work/before" "$work/after" > "$work/checkout.sql.$part"
    done
    awk -v failed="$failed" 'NR == FNR { for (i = 1; i <= NF; i++) a[i] = $i; n = NF; next }
        { for (i = 1; i <= n; i++) printf "%.2f ", ($i < a[i] ? $i : a[i]); printf "%s\n", failed }' \
        "$work/checkout.sql.1" "$work/checkout.sql.2" > "$work/checkout.sql"
    awk '{ printf "    SQL per checkout (lower of 2 x %d sequential, %s not 200): select %s insert %s update %s delete %s | questions %s\n", \
        '"$half"', $6, $1, $2, $3, $4, $5 }' "$work/checkout.sql"
fi

summary() {
    awk '
        function ms(v) {
            if (v ~ /us$/) return v * 0.001; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000
            if (v ~ /m$/) return v * 60000; return v + 0
        }
        /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Non-2xx/ { errors = $NF }
        END { printf "%s %s %s %s\n", rps, p50, p99, errors + 0 }' "$work/$1.wrk"
}
read -r store_rps _ _ _ < <(summary store)
read -r add_rps _ _ _ < <(summary add-item)
echo "== Target (issue 19): checkouts/s >= 20% of add-item's; p99 < 150 ms"
for id in "${ids[@]}"; do
    read -r rps p50 p99 errors < <(summary "$id")
    awk -v l="${label[$id]}" -v id="$id" -v r="$rps" -v s="$store_rps" -v a="$add_rps" -v p50="$p50" -v p="$p99" -v e="$errors" 'BEGIN {
        goal = sprintf("%.1f req/s, %.1f%% of /store", r, s > 0 ? 100 * r / s : 0); ok = e == 0
        if (id == "checkout") { rel = a > 0 ? 100 * r / a : 0; ok = ok && rel >= 20 && p < 150
                                goal = goal sprintf(", %.1f%% of add-item (target 20%%)", rel) }
        printf "  %-6s %s, p50 %.1f ms, p99 %.1f ms, %d non-2xx  %s\n", ok ? "ok" : "MISSED", goal, p50, p, e, l }'
done

report_begin checkout
for id in "${ids[@]}"; do
    read -r rps _ _ _ < <(summary "$id")
    note="$(awk -v r="$rps" -v s="$store_rps" 'BEGIN { if (s > 0) printf "%.1f%% of /store", 100 * r / s }')"
    if [ "$id" = checkout ]; then
        note="$note, $(awk -v r="$rps" -v a="$add_rps" 'BEGIN { printf "%.1f%% of add-item", 100 * r / a }')"
        if [ -f "$work/checkout.sql" ]; then
            note="$note; SQL/checkout: $(awk '{ printf "%s select, %s insert, %s update, %s delete", $1, $2, $3, $4 }' "$work/checkout.sql")"
        fi
    fi
    cpu="$(sed -n 's/^ *CPU per request: //p' "$work/$id.cpu" 2> /dev/null || true)"
    report_wrk "${short[$id]}" "$work/$id.wrk" "$note${cpu:+; CPU/request: $cpu}"
done
report_publish checkout "Checkout" "bash bench/run-checkout-benchmark.sh $duration $carts_n" \
    "wrk, ${connections} connections over ${threads} threads, ${duration} s per route after a 5 s warm-up of /store \
and add-item and a ${warm_seconds} s one of checkout (carts of its own), demo catalog and demo pricing. Checkout carts: 3 lines of products with managed stock (2, 1 and 3 units), \
coupon save10, a New York address (state tax on items and shipping), the flat rate; paid with ${paid_with}; each cart \
checked out once, made beforehand. SQL statements per checkout: MariaDB's global status counters around \
two runs of $((statements_n / 2)) sequential checkouts, the lower of each (the counters see the timers too)."
