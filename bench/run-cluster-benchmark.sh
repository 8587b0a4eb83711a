#!/usr/bin/env bash
# Cluster benchmark (issue 21): throughput of two nodes against one on this machine, with the CPU per request of each
# process. It measures whatever store is running, so run it once per mode:
#   ./mvnw -Prun                 # one node on :8080, embedded MariaDB on :3307
#   bash bench/run-cluster-benchmark.sh [seconds per route, default 20] [nodes: 1 or 2, default: detected]
#   ./mvnw -Prun -Dnodes=2       # then two nodes, :8080 and :8081, clustered over Payara's data grid, same database
#   bash bench/run-cluster-benchmark.sh [seconds per route]
# Two nodes are detected by :8081 answering GET /store. Routes: GET /store, GET /cart (3 lines) and add-item into one of
# 64 existing carts (bench/lua/add-item-random-cart.lua), as bench/run-cart-benchmark.sh measures them. One node gets
# one wrk of 16 connections over 2 threads; two nodes get two wrk processes at once, 8 connections and 1 thread each,
# one per node, so the load generator is the same size in both modes. Their throughputs add up; their latencies do
# not average: each node's p50 and p99 are kept, and the table shows the worse node's (an upper bound of the two
# together's percentile). CPU per request: utime + stime of each Payara node and of MariaDB (/proc/PID/stat), and the
# machine's busy time (/proc/stat: wrk and anything else running count too), over the requests served.
# On a 2-core machine two nodes share the same two cores as one node: the comparison shows the cluster's overhead
# (the grid, a second JVM, a second set of caches and pools), not a speed-up.
# Each run keeps its rows in docs/benchmarks/cluster-<1node|2nodes>.tsv and renders the section `cluster` of
# docs/benchmarks.md from both files (bench/lib/report.sh), and a comparison into docs/scaling.md's markers.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20}"
port="${HEADLESSCART_HTTP_PORT:-8080}"
db_port="${HEADLESSCART_RUN_DB_PORT:-3307}"
path="/wp-json/cocart/v2"
random_carts=64
ids=(store cart-get add-random)

command -v wrk > /dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 1; }
curl -sf -m 5 -o /dev/null "http://localhost:$port$path/store" \
    || { echo "the store is not answering at http://localhost:$port$path/store: start it with ./mvnw -Prun" >&2; exit 1; }
detected=1
if curl -sf -m 5 -o /dev/null "http://localhost:$((port + 1))$path/store"; then detected=2; fi
nodes="${2:-$detected}"
case "$nodes" in 1 | 2) ;; *) echo "nodes must be 1 or 2, not $nodes" >&2; exit 1 ;; esac
if [ "$nodes" != "$detected" ]; then
    echo "asked for $nodes node(s), but $detected answer(s) (:$((port + 1)) is what tells them apart);" \
        "start the store with ./mvnw -Prun$([ "$nodes" = 2 ] && echo ' -Dnodes=2')" >&2
    exit 1
fi
ports=()
for ((n = 0; n < nodes; n++)); do ports+=("$((port + n))"); done
mode="$([ "$nodes" = 1 ] && echo 1node || echo 2nodes)"
connections=$((16 / nodes)); threads=$((2 / nodes))

work="$(mktemp -d)"
wrk_pids=()
cleanup() {
    for pid in "${wrk_pids[@]}"; do kill "$pid" 2> /dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
# shellcheck source=bench/lib/report.sh
. bench/lib/report.sh

# The process listening on TCP port $1 whose command line matches $2 (the store's own, not another Payara or
# MariaDB on this machine, e.g. a test's on a random port).
listener_pid() {
    local pid
    pid="$(ss -Hltnp "sport = :$1" 2> /dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)"
    if [ -n "$pid" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "$2"; then echo "$pid"; fi
}
payara_pids=()
for p in "${ports[@]}"; do
    pid="$(listener_pid "$p" payara-micro)"
    [ -n "$pid" ] || { echo "no Payara Micro process listens on :$p (ss -ltnp)" >&2; exit 1; }
    payara_pids+=("$pid")
done
mariadb_pid="$(listener_pid "$db_port" mariadbd)"
[ -n "$mariadb_pid" ] || echo "(no mariadbd found on :$db_port: no database CPU)" >&2
echo "$nodes node(s): Payara pid(s) ${payara_pids[*]} on :${ports[*]}, MariaDB pid ${mariadb_pid:-?} on :$db_port"

# POST /cart/add-item with the JSON body $2 into the cart $1 ("" for a new cart) through node 0; prints the cart key
# (as bench/run-cart-benchmark.sh makes its carts; every node sees them, they are database rows).
add_item() {
    local url="http://localhost:$port$path/cart/add-item" status key
    if [ -n "$1" ]; then url="$url?cart_key=$1"; fi
    status="$(curl -s -o "$work/body" -D "$work/headers" -w '%{http_code}' -X POST \
        -H 'Accept: application/json' -H 'Content-Type: application/json' --data "$2" "$url")" || status=000
    [[ "$status" == 2* ]] || { echo "POST $url $2 answered HTTP $status: $(head -c 600 "$work/body")" >&2; return 1; }
    key="$(tr -d '\r' < "$work/headers" | awk -F': *' 'tolower($1) == "cocart-api-cart-key" { k = $2 } END { print k }')"
    [ -n "$key" ] || key="$(grep -o '"cart_key":"[^"]*"' "$work/body" | head -1 | cut -d'"' -f4)"
    [ -n "$key" ] || { echo "POST $url: no cart key in the answer" >&2; return 1; }
    echo "$key"
}

# The 3-line cart (T-Shirt x2, Hoodie red/small, Baseball Cap) and the 64 carts add-item picks from.
cart3="$(add_item "" '{"id":"10","quantity":"2"}')"
add_item "$cart3" '{"id":"14","quantity":"1","variation":{"attribute_pa_color":"red","attribute_pa_size":"small"}}' > /dev/null
add_item "$cart3" '{"id":"11","quantity":"1"}' > /dev/null
for ((i = 0; i < random_carts; i++)); do add_item "" '{"id":"12","quantity":"1"}'; done > "$work/cart-keys.0"
# The Lua script seeds its random picks with the time and its thread number, the same in two wrk processes started
# together: each node gets the keys in its own order, so the two do not hit the same cart at the same moment.
for ((n = 1; n < nodes; n++)); do shuf "$work/cart-keys.0" > "$work/cart-keys.$n"; done
echo "3-line cart: $cart3; $random_carts carts for add-item"

declare -A label
label[store]="GET /store"; label[cart-get]="GET /cart, 3 lines"; label[add-random]="add-item, one of $random_carts carts"

# wrk against route $1 on node $2 with the further options $3...
run_wrk() {
    local id="$1" n="$2"; shift 2
    local base="http://localhost:${ports[$n]}$path"
    case "$id" in
        store) wrk -t"$threads" -c"$connections" "$@" "$base/store" ;;
        cart-get) wrk -t"$threads" -c"$connections" "$@" "$base/cart?cart_key=$cart3" ;;
        add-random) wrk -t"$threads" -c"$connections" "$@" -s bench/lua/add-item-random-cart.lua \
                        "$base/cart/add-item" -- "$work/cart-keys.$n" ;;
    esac
}
# Route $1 on every node at once, wrk's options $2...; node n's output in $work/<route>.<n>.wrk (with $out set).
run_all() {
    local id="$1" n; shift
    wrk_pids=()
    for ((n = 0; n < nodes; n++)); do
        run_wrk "$id" "$n" "$@" > "${out:-/dev/null}${out:+.$n.wrk}" 2>&1 &
        wrk_pids+=("$!")
    done
    for pid in "${wrk_pids[@]}"; do wait "$pid" || { echo "wrk failed for $id" >&2; exit 1; }; done
    wrk_pids=()
}

ticks() { if [ -n "$1" ] && [ -r "/proc/$1/stat" ]; then awk '{ print $14 + $15 }' "/proc/$1/stat"; else echo 0; fi; }
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
# All CPU counters at once, one per word: machine, MariaDB, then each node.
cpu_snapshot() {
    local pid
    printf '%s %s' "$(busy_ticks)" "$(ticks "$mariadb_pid")"
    for pid in "${payara_pids[@]}"; do printf ' %s' "$(ticks "$pid")"; done
    echo
}

# One wrk output's figures: requests, requests/s, p50 ms, p99 ms, errors (non-2xx and socket errors).
wrk_figures() {
    awk '
        function ms(v) {
            if (v ~ /us$/) return v * 0.001; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000
            if (v ~ /m$/) return v * 60000; return v + 0
        }
        / requests in / { n = $1 } /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
        /Non-2xx/ { e += $NF } /Socket errors/ { gsub(/,/, ""); e += $4 + $6 + $8 + $10 }
        END { printf "%d %s %.2f %.2f %d\n", n, rps + 0, p50, p99, e }' "$1"
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
# Warm-up: JIT, pools, caches, on every node; 20 s per route, as 5 s left two fresh JVMs on two cores still
# compiling (two nodes measured x0.38 the throughput of one at x2.8 the CPU per request).
for id in "${ids[@]}"; do out="" run_all "$id" -d20s; done
hz="$(getconf CLK_TCK)"
rows="$work/rows.tsv"
: > "$rows"
for id in "${ids[@]}"; do
    echo "== ${label[$id]}, $nodes node(s), $connections connections each"
    read -r -a before < <(cpu_snapshot)
    out="$work/$id" run_all "$id" -d"${duration}s" --latency
    read -r -a after < <(cpu_snapshot)
    total=0; rps_sum=0; worst50=0; worst99=0; errors=0; detail=""; payara_ticks=0; per_node=""
    for ((n = 0; n < nodes; n++)); do
        read -r requests rps p50 p99 err < <(wrk_figures "$work/$id.$n.wrk")
        node_ticks=$((after[n + 2] - before[n + 2]))
        payara_ticks=$((payara_ticks + node_ticks))
        total=$((total + requests)); errors=$((errors + err))
        read -r rps_sum worst50 worst99 < <(awk -v s="$rps_sum" -v r="$rps" -v a="$worst50" -v b="$p50" \
            -v c="$worst99" -v d="$p99" 'BEGIN { print s + r, (b > a ? b : a), (d > c ? d : c) }')
        node_cpu="$(awk -v t="$node_ticks" -v hz="$hz" -v n="$requests" 'BEGIN { printf "%.3f", (n > 0 ? 1000 * t / hz / n : 0) }')"
        printf '    node :%s  %8.0f requests/s  p50 %6.2f ms  p99 %7.2f ms  Payara CPU %s ms/request  %d errors\n' \
            "${ports[$n]}" "$rps" "$p50" "$p99" "$node_cpu" "$err"
        detail="$detail${detail:+; }:${ports[$n]} $(printf '%.0f' "$rps")/s p50 $(printf '%.1f' "$p50") p99 $(printf '%.1f' "$p99")"
        per_node="$per_node${per_node:+ }$node_cpu"
    done
    read -r payara_ms mariadb_ms machine_ms < <(awk -v p="$payara_ticks" -v m="$((after[1] - before[1]))" \
        -v b="$((after[0] - before[0]))" -v hz="$hz" -v n="$total" 'BEGIN {
            if (n == 0) n = 1; printf "%.3f %.3f %.3f\n", 1000 * p / hz / n, 1000 * m / hz / n, 1000 * b / hz / n }')
    printf '    all      %8.0f requests/s  p50 %6.2f ms  p99 %7.2f ms (worst node)  CPU/request: Payara %s ms, MariaDB %s ms, machine %s ms\n' \
        "$rps_sum" "$worst50" "$worst99" "$payara_ms" "$mariadb_ms" "$machine_ms"
    [ "$errors" = 0 ] || echo "    WARNING: $errors non-2xx answers or socket errors" >&2
    [ "$nodes" = 2 ] || detail="-"         # no field is empty: read with IFS=tab would skip it
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$id" "${label[$id]}" "$rps_sum" "$worst50" "$worst99" \
        "$payara_ms" "$mariadb_ms" "$machine_ms" "$per_node" "$errors" "$detail" >> "$rows"
done

# This mode's rows, kept beside the other mode's: its header line says when and on what they were measured.
mkdir -p docs/benchmarks
{
    printf '# %s\t%s\t%s\t%s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(git rev-parse --short HEAD 2> /dev/null || echo '?')" \
        "$duration" "$load_before"
    echo "# route id, route, requests/s, p50 ms, p99 ms (worst node), CPU ms/request: Payara, MariaDB, machine;" \
        "Payara per node (its own requests), errors, per node"
    cat "$rows"
} > "docs/benchmarks/cluster-$mode.tsv"
echo "== kept in docs/benchmarks/cluster-$mode.tsv"

# The section, from both modes' files (one of them may not be measured yet).
one="docs/benchmarks/cluster-1node.tsv"; two="docs/benchmarks/cluster-2nodes.tsv"
field() { [ -f "$1" ] && awk -F'\t' -v id="$2" -v f="$3" '$1 == id { print $f }' "$1"; }
measured() {
    if [ -f "$1" ]; then
        awk -F'\t' 'NR == 1 { sub(/^# /, ""); printf "measured %s, commit `%s`, %s s per route, load average before %s", $1, $2, $3, $4 }' "$1"
    else
        printf 'not measured yet'
    fi
}
report_begin cluster
for id in "${ids[@]}"; do
    for file in "$one" "$two"; do
        [ -f "$file" ] && [ -n "$(field "$file" "$id" 1)" ] || continue
        IFS=$'\t' read -r _ route rps p50 p99 payara mariadb machine per_node errors detail < <(grep -P "^$id\t" "$file")
        if [ "$file" = "$one" ]; then
            name="$route, 1 node"
            note="CPU/request: Payara $payara ms, MariaDB $mariadb ms, machine $machine ms"
        else
            name="$route, 2 nodes"
            note="$detail; CPU/request: Payara $payara ms (per node ${per_node// / and }), MariaDB $mariadb ms, machine $machine ms"
            if [ -n "$(field "$one" "$id" 1)" ]; then
                note="$note; $(awk -v r="$rps" -v r1="$(field "$one" "$id" 3)" -v p="$payara" -v p1="$(field "$one" "$id" 6)" \
                    'BEGIN { printf "x%.2f the throughput of 1 node, x%.2f its Payara CPU/request", r / r1, (p1 > 0 ? p / p1 : 0) }')"
            fi
        fi
        [ "$errors" = 0 ] || note="$note; $errors errors"
        report_row "$name" "$rps" "$p50" "$p99" "$note"
    done
done
report_publish cluster "Cluster: two nodes against one" "bash bench/run-cluster-benchmark.sh $duration" \
    "Run once against \`./mvnw -Prun\` (1 node: $(measured "$one")) and once against \`./mvnw -Prun -Dnodes=2\` \
(2 nodes on :8080 and :8081, clustered over Payara's data grid, one MariaDB: $(measured "$two")); each run keeps its \
rows in \`docs/benchmarks/cluster-<1node|2nodes>.tsv\` and renders this section from both. **This machine has two \
cores, so two nodes share the cores one node had: the comparison shows the cluster's overhead (the grid, a second \
JVM, its caches and pools), not a speed-up**; nodes on their own machines are what scale (see \
[Scaling out](scaling.md)). wrk, 16 connections over 2 threads against 1 node; against 2 nodes two wrk processes at \
once, 8 connections and 1 thread each, one per node. Demo catalog; GET /cart reads a 3-line cart; add-item goes \
into one of ${random_carts} carts per request, both nodes writing to the same carts. Two nodes' requests/s is the \
sum of both; their p50 and p99 columns are the worse node's (an upper bound of the percentile of both together; \
percentiles do not average), each node's own in the note. CPU per request: user + system time of each Payara \
process and of MariaDB (\`/proc/PID/stat\`), and the machine's busy time (\`/proc/stat\`: wrk and anything else \
running count too), over the requests served; \"per node\" divides a node's CPU by its own requests. The lines \
below are the last run's." "./mvnw -Prun$([ "$nodes" = 2 ] && echo ' -Dnodes=2')"

# docs/scaling.md: the comparison, between its markers.
scaling="docs/scaling.md"
if grep -q '<!-- bench:cluster:start -->' "$scaling"; then
    {
        echo "<!-- bench:cluster:start -->"
        echo "| route | requests/s, 1 node | requests/s, 2 nodes | Payara CPU/request, 1 → 2 nodes | MariaDB CPU/request, 1 → 2 nodes |"
        echo "|---|---:|---:|---:|---:|"
        for id in "${ids[@]}"; do
            awk -v l="${label[$id]}" -v r1="$(field "$one" "$id" 3)" -v r2="$(field "$two" "$id" 3)" \
                -v p1="$(field "$one" "$id" 6)" -v p2="$(field "$two" "$id" 6)" \
                -v m1="$(field "$one" "$id" 7)" -v m2="$(field "$two" "$id" 7)" '
                function f(v, format) { return v == "" ? "—" : sprintf(format, v) }
                BEGIN { printf "| %s | %s | %s | %s → %s ms | %s → %s ms |\n", l, f(r1, "%.0f"), f(r2, "%.0f"),
                        f(p1, "%.2f"), f(p2, "%.2f"), f(m1, "%.2f"), f(m2, "%.2f") }'
        done
        echo
        echo "Measured by \`bench/run-cluster-benchmark.sh\`, once per mode; latencies, the machine's CPU and each node's"
        echo "figures in [Benchmarks](benchmarks.md#cluster-two-nodes-against-one)."
        echo "<!-- bench:cluster:end -->"
    } > "$work/scaling-section.md"
    awk -v section="$work/scaling-section.md" '
        $0 == "<!-- bench:cluster:start -->" { while ((getline line < section) > 0) print line; skip = 1; next }
        $0 == "<!-- bench:cluster:end -->" { skip = 0; next }
        !skip { print }' "$scaling" > "$work/scaling.md"
    cp "$work/scaling.md" "$scaling"
    echo "== comparison written in $scaling"
fi
