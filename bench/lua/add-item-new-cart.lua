-- wrk script: POST /cart/add-item into a NEW cart on every request (no cart key; wrk keeps no headers or cookies
-- between requests, so the store starts a guest cart each time). Product 12 (Vinyl Album) has unmanaged stock,
-- so repeated adds never run out.
--   wrk -t2 -c16 -d30s -s bench/lua/add-item-new-cart.lua http://localhost:8080/wp-json/cocart/v2/cart/add-item
wrk.method = "POST"
wrk.body = '{"id":"12","quantity":"1"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
