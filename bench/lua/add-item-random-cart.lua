-- wrk script: POST /cart/add-item into an EXISTING cart picked at random, per request, from pre-created carts
-- (bench/run-cart-benchmark.sh creates 64). With 16 connections and 64 carts, concurrent requests rarely share a
-- cart's row lock: this measures add-item into existing carts without the one-cart-per-thread serialisation.
--   wrk -t2 -c16 -d30s -s bench/lua/add-item-random-cart.lua http://.../cart/add-item -- <file, one cart key per line>
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("thread_number", counter)
end

local requests = {}

function init(args)
   local name = args[1]
   if name == nil then
      error("usage: wrk ... -s add-item-random-cart.lua <url> -- <file with one cart key per line>")
   end
   local file = io.open(name, "r")
   if file == nil then
      error("cannot read the cart keys file " .. name)
   end
   local separator = "?"
   if string.find(wrk.path, "?", 1, true) then
      separator = "&"
   end
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Accept"] = "application/json"
   for line in file:lines() do
      local key = string.match(line, "^%s*([a-z0-9_-]+)%s*$")
      if key then
         requests[#requests + 1] = wrk.format("POST", wrk.path .. separator .. "cart_key=" .. key, nil,
               '{"id":"12","quantity":"1"}')
      end
   end
   file:close()
   if #requests == 0 then
      error("no cart keys in " .. name)
   end
   math.randomseed(os.time() * 1000 + thread_number)
end

function request()
   return requests[math.random(#requests)]
end
