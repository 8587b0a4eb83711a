#!/usr/bin/env bash
# Console render benchmark data (issue 20): fills the database of the store started by `./mvnw -Prun` (embedded
# MariaDB on :3307) with 100,000 guest carts (bench/carts-100k.sql: active, expiring and expired, 40% with an e-mail,
# 1 to 5 lines each), replacing those of an earlier run. Set-based SQL: seconds, not minutes. The page timings of the
# console's dashboard and carts list run against this data once the pages exist (docs/benchmarks.md).
#   bash bench/seed-carts-100k.sh
# The cart cleanup timer deletes expired carts (up to 10,000 an hour at its defaults): seed again before a run.
set -euo pipefail
cd "$(dirname "$0")/.."
mariadb="${HEADLESSCART_BENCH_MARIADB:-.run/mariadb-base/bin/mariadb}"
db=("$mariadb" -h127.0.0.1 -P"${HEADLESSCART_RUN_DB_PORT:-3307}" -uroot "${HEADLESSCART_RUN_DB_NAME:-headlesscart}")

[ -x "$mariadb" ] || { echo "no MariaDB client at $mariadb: start the store once with ./mvnw -Prun" >&2; exit 1; }
"${db[@]}" -N -e 'SELECT 1' > /dev/null \
    || { echo "the run store's database is not answering on :${HEADLESSCART_RUN_DB_PORT:-3307}: start ./mvnw -Prun" >&2; exit 1; }

start=$(date +%s%N)
"${db[@]}" < bench/carts-100k.sql
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))

echo "Seeded in ${elapsed_ms} ms. Carts by status (all carts in the store):"
"${db[@]}" -t -e "
SELECT CASE WHEN expires_at < UTC_TIMESTAMP(6) THEN 'expired'
            WHEN expiring_at < UTC_TIMESTAMP(6) THEN 'expiring' ELSE 'active' END AS status,
       COUNT(*) AS carts, SUM(billing_email <> '') AS with_email, SUM(total_minor) AS value_minor
FROM cart GROUP BY 1 ORDER BY 1;
SELECT COUNT(*) AS seeded_carts, (SELECT COUNT(*) FROM cart_item i JOIN cart c ON c.id = i.cart_id
       WHERE c.cart_key LIKE 't!_beefc0%' ESCAPE '!') AS seeded_lines
FROM cart WHERE cart_key LIKE 't!_beefc0%' ESCAPE '!';"
