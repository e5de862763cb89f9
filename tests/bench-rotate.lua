-- bench-rotate.lua: wrk script: GET the paths listed in $URLS in rotation; BUST=1 adds a unique
-- parameter so every request misses nginx's 1-second cache (the program's own speed).
local paths = {}
for line in io.lines(os.getenv("URLS")) do paths[#paths + 1] = line end
local bust = os.getenv("BUST") == "1"
local counter = 0
local tid = 0
function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end
function init(args)
  tid = wrk.thread:get("tid") or 0
end
local i = 0
function request()
  i = i + 1
  local p = paths[(i % #paths) + 1]
  if bust then p = p .. "&n=" .. tid .. "-" .. i end
  return wrk.format("GET", p)
end
function done(summary, latency, requests)
  io.write(string.format("p95_ms %.2f\n", latency:percentile(95) / 1000))
end
