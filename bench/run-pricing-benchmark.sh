#!/usr/bin/env bash
# Pricing benchmark (issue 18): throughput and latency at 16 connections with wrk, in one run, against the store
# started by `./mvnw -Prun` (Payara Micro on :8080, embedded MariaDB on :3307, demo catalog and demo pricing:
# US state sales tax, zones with flat rate / free shipping / local pickup, coupons save10 and 5off), for
#   GET /store (the reference);
#   GET /cart of a priced cart: 3 lines, two coupons (save10, 5off), a US address with state sales tax and the
#     flat rate chosen;
#   GET /cart of the same 3 lines with no coupon, address or rate (what pricing costs a read);
#   POST /cart/apply-coupon and DELETE /cart/coupons/{code} alternating on 64 priced carts;
#   POST /cart/set-shipping-method alternating flat rate / local pickup on 64 priced carts;
#   POST /cart/add-item into a random one of 64 priced carts, and of 64 plain carts (same run).
# Targets (issue 18): GET /cart priced >= 50% of /store; add-item priced >= 85% of add-item plain; p99 < 50 ms.
# Then, per route, SQL statements per request from MariaDB's global status counters (as run-cart-benchmark.sh).
# The store must run with the rate limits of the routes measured off (bench/lib/limits.sh says which).
#   apt-get install wrk jq
#   bash bench/run-pricing-benchmark.sh [seconds per route, default 30]
# Publishes its figures and chart in docs/benchmarks.md (bench/lib/report.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-30}"
base="${HEADLESSCART_BENCH_BASE:-http://localhost:8080/wp-json/cocart/v2}"
mariadb=".run/mariadb-base/bin/mariadb"
db=("$mariadb" -h127.0.0.1 -P"${HEADLESSCART_RUN_DB_PORT:-3307}" -uroot headlesscart)
threads=2
connections=16
statements_n=200
carts_n=64

for tool in wrk jq curl; do
    command -v "$tool" > /dev/null || { echo "$tool not found: apt-get install $tool" >&2; exit 1; }
done
curl -sf -o /dev/null "$base/store" \
    || { echo "the store is not answering at $base/store: start it with ./mvnw -Prun" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# shellcheck source=bench/lib/report.sh
. bench/lib/report.sh
# shellcheck source=bench/lib/limits.sh
. bench/lib/limits.sh
require_unlimited POST "$base/cart/apply-coupon" coupon

# Sends $1 (method) to $2 (path under $base, may carry a query) with body $3 for cart $4 ("" = new cart); leaves
# the answer in $work/body and prints the cart key.
call() {
    local method="$1" url="$base/$2" body="$3" key="$4" status separator="?"
    case "$url" in *\?*) separator="&" ;; esac
    if [ -n "$key" ]; then url="$url${separator}cart_key=$key"; fi
    local data=(); if [ -n "$body" ]; then data=(-H 'Content-Type: application/json' --data "$body"); fi
    status="$(curl -s -o "$work/body" -D "$work/headers" -w '%{http_code}' -X "$method" \
        -H 'Accept: application/json' "${data[@]}" "$url")" || status=000
    if [[ "$status" != 2* ]]; then
        echo "$method $url $body answered HTTP $status:" >&2; head -c 600 "$work/body" >&2; echo >&2
        return 1
    fi
    key="$(tr -d '\r' < "$work/headers" | awk -F': *' 'tolower($1) == "cocart-api-cart-key" { k = $2 } END { print k }')"
    [ -n "$key" ] || key="$(jq -r '.cart_key // empty' "$work/body")"
    echo "$key"
}

# A 3-line cart (T-Shirt x2, Hoodie red/small, Baseball Cap); with "priced": a California address, coupons save10
# and 5off, and the flat rate chosen. Prints its key.
new_cart() {
    local key
    key="$(call POST cart/add-item '{"id":"10","quantity":"2"}' "")"
    call POST cart/add-item '{"id":"14","quantity":"1","variation":{"attribute_pa_color":"red","attribute_pa_size":"small"}}' "$key" > /dev/null
    call POST cart/add-item '{"id":"11","quantity":"1"}' "$key" > /dev/null
    if [ "$1" = priced ]; then
        call POST cart/update '{"namespace":"update-customer","billing_country":"US","billing_state":"CA","billing_postcode":"90210","billing_city":"Beverly Hills","shipping_country":"US","shipping_state":"CA","shipping_postcode":"90210","shipping_city":"Beverly Hills"}' "$key" > /dev/null
        call POST cart/apply-coupon '{"code":"save10"}' "$key" > /dev/null
        call POST cart/apply-coupon '{"code":"5off"}' "$key" > /dev/null
        call POST cart/set-shipping-method "{\"rate_id\":\"$flat_rate\"}" "$key" > /dev/null
    fi
    echo "$key"
}

# The rate ids the demo US zone offers, read from a priced cart's shipping block.
probe="$(call POST cart/add-item '{"id":"10","quantity":"1"}' "")"
call POST cart/update '{"namespace":"update-customer","shipping_country":"US","shipping_state":"CA","shipping_postcode":"90210","billing_country":"US","billing_state":"CA","billing_postcode":"90210"}' "$probe" > /dev/null
rates="$(jq -r '.shipping.packages[]?.rates | keys[]' "$work/body")"
flat_rate="$(grep '^flat_rate:' <<< "$rates" | head -1)"
pickup="$(grep '^local_pickup:' <<< "$rates" | head -1)"
[ -n "$flat_rate" ] && [ -n "$pickup" ] \
    || { echo "the demo US zone offers no flat rate and local pickup (rates: $rates)" >&2; exit 1; }

priced="$(new_cart priced)"
plain="$(new_cart plain)"
jq -c '{totals, coupons: [.coupons[].coupon], taxes, chosen: [.shipping.packages[]?.chosen_method]}' \
    < <(curl -s "$base/cart?cart_key=$priced")
for ((i = 0; i < carts_n; i++)); do new_cart priced; done > "$work/priced-keys"
for ((i = 0; i < carts_n; i++)); do new_cart plain; done > "$work/plain-keys"
# The coupon route toggles save10; these carts keep 5off.
while read -r key; do call DELETE cart/coupons/save10 "" "$key" > /dev/null; done < "$work/priced-keys"
echo "priced cart $priced, plain cart $plain, $carts_n carts of each kind; rates $flat_rate / $pickup"

ids=(store cart-priced cart-plain coupon shipping add-priced add-plain)
declare -A label url script args short
label[store]="GET /store";                       url[store]="$base/store"
label[cart-priced]="GET /cart, 3 lines, 2 coupons, tax, flat rate"; url[cart-priced]="$base/cart?cart_key=$priced"
label[cart-plain]="GET /cart, 3 lines, nothing priced"; url[cart-plain]="$base/cart?cart_key=$plain"
label[coupon]="POST apply-coupon / DELETE coupons/{code}, alternating, $carts_n priced carts"
url[coupon]="$base";                              script[coupon]=bench/lua/alternate-cart-write.lua
args[coupon]="$work/priced-keys POST /cart/apply-coupon {\"code\":\"save10\"} DELETE /cart/coupons/save10 -"
label[shipping]="POST set-shipping-method, flat rate / local pickup alternating, $carts_n priced carts"
url[shipping]="$base";                            script[shipping]=bench/lua/alternate-cart-write.lua
args[shipping]="$work/priced-keys POST /cart/set-shipping-method {\"rate_id\":\"$pickup\"} POST /cart/set-shipping-method {\"rate_id\":\"$flat_rate\"}"
label[add-priced]="POST add-item, random one of $carts_n priced carts"
url[add-priced]="$base/cart/add-item";            script[add-priced]=bench/lua/add-item-random-cart.lua
args[add-priced]="$work/priced-keys"
label[add-plain]="POST add-item, random one of $carts_n plain carts"
url[add-plain]="$base/cart/add-item";             script[add-plain]=bench/lua/add-item-random-cart.lua
args[add-plain]="$work/plain-keys"
short[store]="GET /store"; short[cart-priced]="GET /cart priced"; short[cart-plain]="GET /cart plain"
short[coupon]="apply/remove coupon"; short[shipping]="set-shipping-method"
short[add-priced]="add-item, priced cart"; short[add-plain]="add-item, plain cart"

run_wrk() {
    local id="$1"; shift
    local command=(wrk -t"$threads" -c"$connections" "$@")
    if [ -n "${script[$id]:-}" ]; then command+=(-s "${script[$id]}"); fi
    command+=("${url[$id]}")
    # shellcheck disable=SC2206  # keys files and JSON bodies without blanks: one word each
    if [ -n "${args[$id]:-}" ]; then command+=(-- ${args[$id]}); fi
    "${command[@]}"
}

# One request of route $1 as the wrk run sends it (the toggles alternate on the first priced cart).
toggle=0
one_request() {
    local first; first="$(head -1 "$work/priced-keys")"
    case "$1" in
        store | cart-priced | cart-plain) curl -s -o /dev/null -w '%{http_code}\n' "${url[$1]}" ;;
        coupon)
            toggle=$((1 - toggle))
            if [ "$toggle" = 1 ]; then
                curl -s -o /dev/null -w '%{http_code}\n' -X POST -H 'Content-Type: application/json' \
                    --data '{"code":"save10"}' "$base/cart/apply-coupon?cart_key=$first"
            else
                curl -s -o /dev/null -w '%{http_code}\n' -X DELETE "$base/cart/coupons/save10?cart_key=$first"
            fi ;;
        shipping)
            toggle=$((1 - toggle))
            local rate="$flat_rate"; if [ "$toggle" = 1 ]; then rate="$pickup"; fi
            curl -s -o /dev/null -w '%{http_code}\n' -X POST -H 'Content-Type: application/json' \
                --data "{\"rate_id\":\"$rate\"}" "$base/cart/set-shipping-method?cart_key=$first" ;;
        add-priced | add-plain)
            local file="$work/priced-keys"; if [ "$1" = add-plain ]; then file="$work/plain-keys"; fi
            curl -s -o /dev/null -w '%{http_code}\n' -X POST -H 'Content-Type: application/json' \
                --data '{"id":"12","quantity":"1"}' "$base/cart/add-item?cart_key=$(head -1 "$file")" ;;
    esac
}

counters=(Com_select Com_insert Com_update Com_delete Questions)
statements=0
if [ -x "$mariadb" ] && "${db[@]}" -N -e 'SELECT 1' > /dev/null 2>&1; then
    statements=1
    in_list="$(printf "'%s'," "${counters[@]}")"
    snapshot() { "${db[@]}" -N -B -e "SHOW GLOBAL STATUS WHERE Variable_name IN (${in_list%,})" > "$1"; }
    snapshot "$work/s0"; snapshot "$work/s1"
    awk 'NR == FNR { b[$1] = $2; next } { print $1, $2 - b[$1] }' "$work/s0" "$work/s1" > "$work/overhead"
else
    echo "(no SQL statement counts: cannot run $mariadb on port ${HEADLESSCART_RUN_DB_PORT:-3307})"
fi
# SQL statements per request: the counters around N sequential requests, minus two bare snapshots; prints
# "select insert update delete questions" per request into $work/$1.sql.
count_statements() {
    local id="$1" failed
    sleep 1
    snapshot "$work/before"
    failed="$(for ((n = 0; n < statements_n; n++)); do one_request "$id"; done | grep -cv '^2' || true)"
    snapshot "$work/after"
    awk -v n="$statements_n" -v failed="$failed" -v names="${counters[*]}" '
        FILENAME == ARGV[1] { o[$1] = $2; next }
        FILENAME == ARGV[2] { b[$1] = $2; next }
        { d[$1] = ($2 - b[$1] - o[$1]) / n }
        END {
            count = split(names, k, " ")
            for (i = 1; i <= count; i++) printf "%.2f ", d[k[i]]
            printf "%s\n", failed
        }' "$work/overhead" "$work/before" "$work/after" > "$work/$id.sql"
    awk '{ printf "    SQL per request (%d sequential, %s non-2xx): select %s insert %s update %s delete %s | questions %s\n", \
        '"$statements_n"', $6, $1, $2, $3, $4, $5 }' "$work/$id.sql"
}

for id in "${ids[@]}"; do
    run_wrk "$id" -d5s > /dev/null
done
for id in "${ids[@]}"; do
    echo "== ${label[$id]}  (${url[$id]})"
    run_wrk "$id" -d"${duration}s" --latency > "$work/$id.wrk"
    grep -E 'Requests/sec|Latency  |^ +50%|^ +99%|Non-2xx|Socket errors' "$work/$id.wrk" || true
    if [ "$statements" = 1 ]; then count_statements "$id"; fi
done

summary() {
    awk '
        function ms(v) {
            if (v ~ /us$/) return v * 0.001; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000
            if (v ~ /m$/) return v * 60000; return v + 0
        }
        /Requests\/sec/ { rps = $2 } /^ +99%/ { p99 = ms($2) } /Non-2xx/ { errors = $NF }
        END { printf "%s %s %s\n", rps, p99, errors + 0 }' "$work/$1.wrk"
}
read -r store_rps _ _ < <(summary store)
read -r plain_add_rps _ _ < <(summary add-plain)
echo "== Targets (issue 18): GET /cart priced >= 50% of /store; add-item priced >= 85% of add-item plain; p99 < 50 ms"
for id in "${ids[@]}"; do
    read -r rps p99 errors < <(summary "$id")
    awk -v l="${label[$id]}" -v id="$id" -v r="$rps" -v s="$store_rps" -v a="$plain_add_rps" -v p="$p99" -v e="$errors" 'BEGIN {
        share = s > 0 ? 100 * r / s : 0
        ok = (p < 50 && e == 0)
        goal = sprintf("%.1f%% of /store", share)
        if (id == "cart-priced") { ok = ok && share >= 50; goal = goal " (target 50%)" }
        if (id == "add-priced") { rel = a > 0 ? 100 * r / a : 0; ok = ok && rel >= 85
                                  goal = goal sprintf(", %.1f%% of add-item plain (target 85%%)", rel) }
        printf "  %-6s %s, p99 %.1f ms, %d non-2xx  %s\n", ok ? "ok" : "MISSED", goal, p, e, l }'
done

report_begin pricing
for id in "${ids[@]}"; do
    read -r rps _ _ < <(summary "$id")
    note="$(awk -v r="$rps" -v s="$store_rps" 'BEGIN { if (s > 0) printf "%.1f%% of /store", 100 * r / s }')"
    if [ "$id" = add-priced ]; then
        note="$note, $(awk -v r="$rps" -v a="$plain_add_rps" 'BEGIN { printf "%.1f%% of add-item plain", 100 * r / a }')"
    fi
    if [ -f "$work/$id.sql" ]; then
        note="$note; SQL/request: $(awk '{ printf "%s select, %s insert, %s update, %s delete", $1, $2, $3, $4 }' "$work/$id.sql")"
    fi
    report_wrk "${short[$id]}" "$work/$id.wrk" "$note"
done
report_publish pricing "Pricing routes" "bash bench/run-pricing-benchmark.sh $duration" \
    "wrk, ${connections} connections over ${threads} threads, ${duration} s per route after a 5 s warm-up, demo \
catalog and demo pricing. Priced carts: 3 lines, coupons save10 (10 %) and 5off (fixed cart), a California address \
(state sales tax) and the flat rate chosen. The coupon and shipping routes toggle their carts between two states, \
each thread walking its own ${carts_n}/2 carts in turn, so every request changes a cart and none waits for another's \
row lock. SQL statements per request: MariaDB's global status counters around ${statements_n} sequential requests."
