#!/usr/bin/env bash
# Login benchmark (issue 5): POST /wp-json/cocart/v2/login with HTTP Basic credentials of the demo customer, at 16
# connections (2 wrk threads), against the store started by `./mvnw -Prun` (Payara Micro on :8080).
# Prints requests/sec and p50/p99 latency.
#
# The cost measured is deliberate: every Basic-authenticated request verifies the password with PBKDF2-HMAC-SHA256 at
# the iteration count stored in the hash (headlesscart.customer.password-iterations, 210000 by default), so the
# throughput is bounded by CPU cores / time per hash. A failed login costs the same; throttling (5 failures per 15
# minutes per account and address, docs/authentication.md) stops guessers before the hash is computed, so keep the
# password right here. The store must run with the login rate limit off (HEADLESSCART_RATELIMIT_LOGIN_ENABLED=false).
#   apt-get install wrk     # Debian's wrk
#   bash bench/run-login-benchmark.sh [seconds, default 30]
# Publishes its figures and chart in docs/benchmarks.md (bench/lib/report.sh), with GET /store as the reference.
# Settings: HEADLESSCART_BENCH_BASE (http://localhost:8080/wp-json/cocart/v2),
#           HEADLESSCART_DEMO_CUSTOMER_PASSWORD (customerpass), as for the run command.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-30}"
base="${HEADLESSCART_BENCH_BASE:-http://localhost:8080/wp-json/cocart/v2}"
password="${HEADLESSCART_DEMO_CUSTOMER_PASSWORD:-customerpass}"
threads=2
connections=16

command -v wrk > /dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 1; }
curl -sf -o /dev/null "$base/store" \
    || { echo "the store is not answering at $base/store: start it with ./mvnw -Prun" >&2; exit 1; }
authorization="Basic $(printf '%s' "customer:$password" | base64 | tr -d '\n')"
status="$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: $authorization" "$base/login")"
[ "$status" = 200 ] || { echo "POST $base/login as the demo customer answered HTTP $status" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# shellcheck source=bench/lib/report.sh
. bench/lib/report.sh
# shellcheck source=bench/lib/limits.sh
. bench/lib/limits.sh
require_unlimited POST "$base/login" login
wrk -t"$threads" -c"$connections" -d5s "$base/store" > /dev/null                  # warm-up
wrk -t"$threads" -c"$connections" -d5s -s bench/lua/login-basic.lua "$base/login" -- "$authorization" > /dev/null
echo "== GET /store (reference), ${connections} connections, ${duration}s"
wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$base/store" > "$work/store.wrk"
grep -E 'Requests/sec|^ +50%|^ +99%' "$work/store.wrk" || true
echo "== POST /login, Basic customer, ${connections} connections, ${duration}s"
wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s bench/lua/login-basic.lua "$base/login" \
    -- "$authorization" > "$work/login.wrk"
grep -E 'Requests/sec|Latency  |^ +50%|^ +99%|Non-2xx|Socket errors' "$work/login.wrk" || true
awk 'function ms(v) {
        if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
    /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Non-2xx/ { errors = $NF }
    END { printf "== login: %s req/s, p50 %.1f ms, p99 %.1f ms, %d non-2xx\n", rps, p50, p99, errors + 0 }' "$work/login.wrk"
report_begin login
report_wrk "GET /store" "$work/store.wrk"
report_wrk "POST /login, Basic" "$work/login.wrk" "one PBKDF2 check per request"
report_publish login "Login with HTTP Basic" "bash bench/run-login-benchmark.sh $duration" \
    "wrk, ${connections} connections over ${threads} threads, ${duration} s after a 5 s warm-up. Every Basic request \
verifies the password with PBKDF2-HMAC-SHA256 at 210,000 iterations (\`headlesscart.customer.password-iterations\`): \
the throughput is bounded by cores divided by the time of one hash, by design."
