#!/usr/bin/env bash
# Console render benchmark (issue 20, "Measure"): server time of the Dashboard and of the Carts list (first page,
# 20 rows) with 100,000 carts in the database, p50/p99 over 200 loads each, one at a time, against the store
# started by `./mvnw -Prun` (rm -rf .run first for a fresh store). It seeds the carts (bench/seed-carts-100k.sh),
# signs in as the administrator with curl (the login form's POST with its view state; the cookie jar keeps the
# session), reads the Carts link's protected-view token from the dashboard, then times the GETs. The figure is
# curl's time_starttransfer on loopback: from the request sent to the first byte of the answer, i.e. the server's
# time to render the page (Faces writes the page only once it is rendered). GET /store is the reference row.
#   bash bench/run-console-benchmark.sh [loads, default 200]
# Publishes its figures and chart in docs/benchmarks.md (bench/lib/report.sh).
# Settings: HEADLESSCART_BENCH_ORIGIN (http://localhost:${HEADLESSCART_HTTP_PORT:-8080}), HEADLESSCART_RUN_DB_PORT
#           (3307, for the seeding), HEADLESSCART_BENCH_LOGIN (admin) and HEADLESSCART_BENCH_PASSWORD (adminpass,
#           the demo administrator).
set -euo pipefail
cd "$(dirname "$0")/.."
loads="${1:-200}"
origin="${HEADLESSCART_BENCH_ORIGIN:-http://localhost:${HEADLESSCART_HTTP_PORT:-8080}}"
login="${HEADLESSCART_BENCH_LOGIN:-admin}"
password="${HEADLESSCART_BENCH_PASSWORD:-adminpass}"

curl -sf -o /dev/null "$origin/wp-json/cocart/v2/store" \
    || { echo "the store is not answering at $origin: start it with ./mvnw -Prun" >&2; exit 1; }
bash bench/seed-carts-100k.sh

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# shellcheck source=bench/lib/report.sh
. bench/lib/report.sh
jar="$work/cookies"

# Sign in: the login page's view state, then the form's POST; the console answers with a redirect to the dashboard.
curl -sf -c "$jar" -b "$jar" "$origin/console/login.xhtml" > "$work/login.html"
state="$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$work/login.html" | head -1 | sed 's/.*value="//; s/"$//')"
[ -n "$state" ] || { echo "no view state on $origin/console/login.xhtml" >&2; exit 1; }
status="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode "login=login" --data-urlencode "login:username=$login" \
    --data-urlencode "login:password=$password" --data-urlencode "login:sign-in=Sign in" \
    --data-urlencode "jakarta.faces.ViewState=$state" "$origin/console/login.xhtml")"
case "$status" in 200|302|303) ;; *) echo "signing in as $login answered HTTP $status" >&2; exit 1 ;; esac
curl -sf -c "$jar" -b "$jar" "$origin/console/index.xhtml" > "$work/dashboard.html"
grep -q 'id="carts-active"' "$work/dashboard.html" \
    || { echo "signed in as $login, but the dashboard is not shown (wrong password?)" >&2; exit 1; }
# The Carts list is a protected view: its URL carries the session's token, as the navigation link has it.
carts="$(grep -o 'id="nav-carts"[^>]*' "$work/dashboard.html" | grep -o 'href="[^"]*"' | sed 's/href="//; s/"$//; s/&amp;/\&/g')"
[ -n "$carts" ] || carts="$(grep -o 'href="[^"]*carts/index.xhtml[^"]*"' "$work/dashboard.html" | head -1 | sed 's/href="//; s/"$//; s/&amp;/\&/g')"
[ -n "$carts" ] || { echo "no Carts link on the dashboard" >&2; exit 1; }
curl -sf -c "$jar" -b "$jar" "$origin$carts" | grep -q 'cart-row' \
    || { echo "the Carts list shows no cart at $origin$carts" >&2; exit 1; }

# time_starttransfer of $loads sequential GETs (after 20 unmeasured ones), in ms, one per line; fails on a non-200.
timings() {
    local name="$1" url="$2" i out
    for i in $(seq 20); do curl -s -o /dev/null -b "$jar" "$url"; done
    : > "$work/$name.ms"
    for i in $(seq "$loads"); do
        out="$(curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_starttransfer}' "$url")"
        [ "${out%% *}" = 200 ] || { echo "GET $url answered HTTP ${out%% *}" >&2; exit 1; }
        awk -v s="${out#* }" 'BEGIN { printf "%.3f\n", s * 1000 }' >> "$work/$name.ms"
    done
}
# "<loads/s> <p50> <p99>": p50 and p99 by rank, loads/s as one client loading one page after the other.
stats() {
    sort -n "$work/$1.ms" | awk '{ v[NR] = $1; sum += $1 }
        END { p50 = v[int((NR * 50 + 99) / 100)]; p99 = v[int((NR * 99 + 99) / 100)];
              printf "%.1f %.1f %.1f\n", 1000 * NR / sum, p50, p99 }'
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $loads loads each, one at a time; load average before: $load_before"
timings store "$origin/wp-json/cocart/v2/store"
timings dashboard "$origin/console/index.xhtml"
timings carts "$origin$carts"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
report_begin console
for page in store dashboard carts; do
    read -r rps p50 p99 <<< "$(stats "$page")"
    echo "== $page: p50 $p50 ms, p99 $p99 ms ($rps loads/s)"
    case "$page" in
        store) report_row "GET /store (reference)" "$rps" "$p50" "$p99" "the API, no session" ;;
        dashboard) report_row "Dashboard" "$rps" "$p50" "$p99" "figures, 2 charts of 169 hours, 30 days, stock" ;;
        carts) report_row "Carts list, 20 rows" "$rps" "$p50" "$p99" "lazy table, 100,000 carts" ;;
    esac
done
report_publish console "Console pages with 100,000 carts" "bash bench/run-console-benchmark.sh $loads" \
    "Server time to render each page (curl's \`time_starttransfer\` on loopback: request sent to first byte; Faces \
writes a page once it is rendered), ${loads} loads each one after the other after 20 unmeasured ones, signed in as \
the administrator, with bench/seed-carts-100k.sh's 100,000 carts in the database. Requests/s is one client loading \
pages one at a time. Load average (1, 5, 15 min) before: ${load_before}; after: ${load_after} (the machine is \
shared). The dashboard's cart figures are kept \`headlesscart.api.cart-figures-max-age\` (PT30S) as for \
\`/metrics\`; the carts list is three statements for its page and one for its count, whatever its size \
(CartsConsoleOnMicroIT)."
