-- wrk script: POST /checkout of pre-created 3-line carts, each cart once (a checkout empties its cart). Thread t of
-- n takes keys t, t+n, t+2n ... in turn; a thread that runs out of carts sends GET /store instead, which the
-- benchmark counts as a shortfall (it prints the carts used), so make enough carts for the run.
--   wrk -t2 -c16 -d30s -s bench/lua/checkout-each-cart.lua http://.../checkout -- <keys file> <threads> <body file>
local counter = 0
local threads = {}

function setup(thread)
   counter = counter + 1
   thread:set("thread_number", counter)
   table.insert(threads, thread)
end

local requests = {}
local next_request = 1
local store_path

function init(args)
   local keys, n, body_file = args[1], tonumber(args[2]), args[3]
   if keys == nil or n == nil or body_file == nil then
      error("usage: wrk ... -s checkout-each-cart.lua <url> -- <keys file> <threads> <body file>")
   end
   local f = io.open(body_file, "r")
   local body = f:read("*a")
   f:close()
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Accept"] = "application/json"
   local index = 0
   for line in io.lines(keys) do
      local key = string.match(line, "^%s*([a-z0-9_-]+)%s*$")
      if key then
         if index % n == thread_number - 1 then
            requests[#requests + 1] = wrk.format("POST", wrk.path .. "?cart_key=" .. key, nil, body)
         end
         index = index + 1
      end
   end
   store_path = string.gsub(wrk.path, "/checkout$", "/store")
end

function request()
   if next_request > #requests then
      return wrk.format("GET", store_path)
   end
   local r = requests[next_request]
   next_request = next_request + 1
   return r
end

function done(summary, latency, requests)
   io.write(string.format("checkout requests sent: %d (carts made: see the script's output)\n", summary.requests))
end
