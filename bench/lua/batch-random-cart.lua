-- wrk script: one batch of N add-items (product 12, quantity "1") into an EXISTING cart picked at random per
-- request, through the CoCart batch (POST /wp-json/cocart/batch?cart_key=..., one transaction) or WordPress's
-- (POST /wp-json/batch/v1, each path with ?cart_key=..., a transaction per sub-request).
--   wrk -t2 -c16 -d30s -s bench/lua/batch-random-cart.lua http://.../wp-json/cocart/batch -- <keys file> cocart 25
--   wrk -t2 -c16 -d30s -s bench/lua/batch-random-cart.lua http://.../wp-json/batch/v1 -- <keys file> wordpress 25
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("thread_number", counter)
end

local requests = {}

local function body(kind, key, count)
   local parts = {}
   for i = 1, count do
      local path = "/cocart/v2/cart/add-item"
      if kind == "wordpress" then
         path = path .. "?cart_key=" .. key
      end
      parts[i] = '{"method":"POST","path":"' .. path .. '","body":{"id":"12","quantity":"1"}}'
   end
   return '{"requests":[' .. table.concat(parts, ",") .. ']}'
end

function init(args)
   local name, kind, count = args[1], args[2] or "cocart", tonumber(args[3] or "25")
   if name == nil then
      error("usage: wrk ... -s batch-random-cart.lua <url> -- <keys file> cocart|wordpress [count]")
   end
   local file = io.open(name, "r")
   if file == nil then
      error("cannot read the cart keys file " .. name)
   end
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Accept"] = "application/json"
   for line in file:lines() do
      local key = string.match(line, "^%s*([a-z0-9_-]+)%s*$")
      if key then
         local path = wrk.path
         if kind == "cocart" then
            path = path .. "?cart_key=" .. key
         end
         requests[#requests + 1] = wrk.format("POST", path, nil, body(kind, key, count))
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
