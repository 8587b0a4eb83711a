-- wrk script: POST /cart/add-item into an EXISTING cart, one cart per wrk thread. All connections of a thread
-- share that cart, so they queue on its row lock (one shopper's parallel tabs): realistic, but serialising.
-- wrk has no per-connection hook, so "one cart per connection" is not expressible; see add-item-random-cart.lua.
--   wrk -t2 -c16 -d30s -s bench/lua/add-item-thread-cart.lua http://.../cart/add-item -- <key thread 1> <key thread 2>
-- A thread given no key invents "bench-<thread>-<16 hex digits>" (a valid client key, [a-z0-9_-]{1,42}); the
-- store starts that cart on the first add, which its connections may then race for.
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("thread_number", counter)
end

local req

function init(args)
   local key = args[thread_number]
   if key == nil or key == "" then
      math.randomseed(os.time() * 1000 + thread_number)
      local hex = {}
      for i = 1, 16 do
         hex[i] = string.format("%x", math.random(0, 15))
      end
      key = "bench-" .. thread_number .. "-" .. table.concat(hex)
   end
   local separator = "?"
   if string.find(wrk.path, "?", 1, true) then
      separator = "&"
   end
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Accept"] = "application/json"
   req = wrk.format("POST", wrk.path .. separator .. "cart_key=" .. key, nil, '{"id":"12","quantity":"1"}')
end

function request()
   return req
end
