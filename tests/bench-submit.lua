-- bench-submit.lua: wrk script: citizens submitting dossiers. Each connection GETs the form, then POSTs it
-- (multipart, the procedure's fields and ONE small PDF) with the token the form gave, over and over. Every
-- request carries the same browser cookie, so a token from any form page fits any POST of its thread. Each
-- submission has its own identification number (one citizen does not submit a thousand dossiers a second).
-- $PROC the procedure code, $FIELDS "name=value|..." its own fields, $WARDS "101 102 ..." the wards to
-- spread over (a ward numbers 7,999 online dossiers a day), $OUT a file prefix: each thread writes the
-- Location of every 303 (the receipt) to $OUT.<thread>, and counts of other answers at the end.
local proc = os.getenv("PROC")
local out = os.getenv("OUT")
local form = "/nop-ho-so/" .. proc
local cookie = "mc_b=" .. (os.getenv("BROWSER") or "benchbenchbenchbench01")
local wards = {}
for w in string.gmatch(os.getenv("WARDS"), "%d+") do wards[#wards + 1] = w end
local fields = {}
for kv in string.gmatch(os.getenv("FIELDS"), "[^|]+") do
  local k, v = string.match(kv, "^([^=]+)=(.*)$")
  fields[#fields + 1] = { k, v }
end
local pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
local B = "----motcuabench7d1f"
-- a run's own mark in each file's content: a second run against the same instance stores new files too
local salt = os.getenv("SALT") or tostring(os.time())

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end

local tid, f, tokens, n, ok, other = 0, nil, {}, 0, 0, 0
function init(args)
  tid = wrk.thread:get("tid") or 0
  f = io.open(out .. "." .. tid, "w")
end

local function part(name, value)
  return "--" .. B .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

local function body(tok)
  n = n + 1
  local p = { part("_csrf", tok), part("ho_ten", "Nguyễn Văn An"), part("so_dinh_danh", string.format("001090%06d", (tid * 500000 + n) % 1000000)),
    part("ngay_sinh", "1990-05-17"), part("dien_thoai", "0912 345 678"), part("email", "an.nguyen@example.vn"),
    part("dia_chi", "Số 12 phố Hàng Bài, phường Hoàn Kiếm"), part("co_quan", wards[(n + tid) % #wards + 1]),
    part("nhan_ket_qua", "counter"), part("cam_doan", "1") }
  for _, kv in ipairs(fields) do p[#p + 1] = part(kv[1], kv[2]) end
  -- the file's content differs per submission (a new file in the store each time, as real ones would)
  p[#p + 1] = "--" .. B .. "\r\nContent-Disposition: form-data; name=\"tep_1\"; filename=\"to-khai.pdf\"\r\n" ..
    "Content-Type: application/pdf\r\n\r\n" .. pdf .. "% " .. salt .. "-" .. tid .. "-" .. n .. "\n\r\n"
  p[#p + 1] = "--" .. B .. "--\r\n"
  return table.concat(p)
end

function request()
  local tok = table.remove(tokens)
  if tok then
    return wrk.format("POST", form, { ["Cookie"] = cookie,
      ["Content-Type"] = "multipart/form-data; boundary=" .. B }, body(tok))
  end
  return wrk.format("GET", form, { ["Cookie"] = cookie })
end

function response(status, headers, resp)
  if status == 200 then
    local tok = string.match(resp, 'name="_csrf" value="([^"]+)"')
    if tok then tokens[#tokens + 1] = tok end
  elseif status == 303 then
    ok = ok + 1
    f:write((headers["Location"] or headers["location"] or "?"), "\n")
  else
    other = other + 1
    f:write("status ", status, "\n")
  end
end

function done(summary, latency, requests)
  io.write(string.format("p95_ms %.2f\n", latency:percentile(95) / 1000))
  io.write(string.format("p99_ms %.2f\n", latency:percentile(99) / 1000))
end
