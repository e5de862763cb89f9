-- bench-p95.lua: wrk script: GET one path with a cookie ($COOKIE), and print p95 latency at the end.
local cookie = os.getenv("COOKIE") or ""
local path = os.getenv("PATH_") or "/"
function request()
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end
function done(summary, latency, requests)
  io.write(string.format("p95_ms %.2f\n", latency:percentile(95) / 1000))
end
