-- wrk script: POST /login with an Authorization header given as the script's argument (the shell encodes it, since
-- wrk's LuaJIT has no base64). Every request checks the password once: PBKDF2 is what this measures.
--   wrk -t2 -c16 -d30s -s bench/lua/login-basic.lua http://localhost:8080/wp-json/cocart/v2/login -- "Basic Y3Vz..."
local req

function init(args)
   if args[1] == nil then
      error("usage: ... -- 'Basic <base64 of login:password>'")
   end
   wrk.headers["Authorization"] = args[1]
   wrk.headers["Accept"] = "application/json"
   req = wrk.format("POST", wrk.path, nil, nil)
end

function request()
   return req
end
