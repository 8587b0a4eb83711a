# Sourced by the benchmarks that measure rate-limited routes (docs/rate-limits.md): a store with the limits on
# would answer them 429 after a few requests, and the figures would be those of refusals.

# Exits when METHOD URL answers with RateLimit-Limit, naming the group to switch off when the store starts.
require_unlimited() {
    local method="$1" url="$2" group="$3" headers
    headers="$(curl -s -o /dev/null -D - -X "$method" -H 'Content-Type: application/json' --data '{}' "$url" || true)"
    if grep -qi '^RateLimit-Limit:' <<< "$headers"; then
        echo "$method $url is rate-limited (docs/rate-limits.md): start the store with" >&2
        echo "  HEADLESSCART_RATELIMIT_${group^^}_ENABLED=false ./mvnw -Prun" >&2
        exit 1
    fi
}
