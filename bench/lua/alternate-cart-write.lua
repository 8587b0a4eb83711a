-- wrk script: a write that toggles a cart between two states, on pre-created carts (bench/run-pricing-benchmark.sh).
-- Each wrk thread walks its own half of the carts in turn; on even passes it sends request A to each cart, on odd
-- passes request B (apply a coupon / remove it; choose one shipping rate / the other). A cart is visited again only
-- after every other cart of its thread, so with 8 connections per thread and 32 carts the previous request to a
-- cart has long finished: every request changes its cart, none queues on another's row lock.
--   wrk -t2 -c16 -d30s -s bench/lua/alternate-cart-write.lua http://.../cocart/v2 -- <keys file> \
--       <method A> <path A> <body A> <method B> <path B> <body B>
-- Paths are relative to the URL given to wrk; "-" is an empty body.
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("thread_number", counter)
end

local keys = {}
local first, second
local position = 0

local function read_keys(name)
   local file = io.open(name, "r")
   if file == nil then
      error("cannot read the cart keys file " .. name)
   end
   local all = {}
   for line in file:lines() do
      local key = string.match(line, "^%s*([a-z0-9_-]+)%s*$")
      if key then
         all[#all + 1] = key
      end
   end
   file:close()
   -- Thread n takes every n-th key, so threads never share a cart.
   for i = thread_number, #all, 2 do
      keys[#keys + 1] = all[i]
   end
   if #keys == 0 then
      error("no cart keys for thread " .. thread_number .. " in " .. name)
   end
end

local function build(method, path, body)
   local separator = "?"
   if string.find(path, "?", 1, true) then
      separator = "&"
   end
   if body == "-" then
      body = nil
   end
   return function(key)
      return wrk.format(method, wrk.path .. path .. separator .. "cart_key=" .. key, nil, body)
   end
end

function init(args)
   if #args < 7 then
      error("usage: wrk ... -s alternate-cart-write.lua <base url> -- <keys file> <method> <path> <body> x 2")
   end
   read_keys(args[1])
   first = build(args[2], args[3], args[4])
   second = build(args[5], args[6], args[7])
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Accept"] = "application/json"
end

function request()
   local index = position % #keys + 1
   local pass = math.floor(position / #keys)
   position = position + 1
   if pass % 2 == 0 then
      return first(keys[index])
   end
   return second(keys[index])
end
