-- wrk script: POST complete, valid quickscan responses to the intake endpoint.
--
--   VOELSPRIET_BODIES=bench/out/bodies.jsonl \
--     wrk -t2 -c32 -d20s --latency -s bench/post_response.lua \
--     http://127.0.0.1:8080/api/v1/studies/quickscan/responses
--
-- The bodies file has one JSON body per line (bench/intake.sh writes it from the instrument:
-- a professional without own experience and a student with recent experience); requests
-- alternate between them. At the end it prints the status classes summed over all threads:
--   voelspriet-2xx: N / voelspriet-4xx: N / voelspriet-5xx: N / voelspriet-other: N
-- so the caller can compare the acknowledged count with the rows in the export.

local path = os.getenv("VOELSPRIET_BODIES") or "bench/out/bodies.jsonl"
local bodies = {}
for line in io.lines(path) do
  if #line > 0 then bodies[#bodies + 1] = line end
end
assert(#bodies > 0, "no request bodies in " .. path)

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end

-- per-thread counters (each wrk thread has its own Lua state)
n = 0
ok2xx = 0
c4xx = 0
c5xx = 0
cother = 0
sample = ""

function request()
  n = n + 1
  return wrk.format(nil, nil, nil, bodies[(n % #bodies) + 1])
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok2xx = ok2xx + 1
  else
    if status >= 400 and status < 500 then
      c4xx = c4xx + 1
    elseif status >= 500 then
      c5xx = c5xx + 1
    else
      cother = cother + 1
    end
    if sample == "" then sample = tostring(status) .. " " .. string.sub(body or "", 1, 300) end
  end
end

function done(summary, latency, requests)
  local t2, t4, t5, to = 0, 0, 0, 0
  local first = ""
  for _, thread in ipairs(threads) do
    t2 = t2 + thread:get("ok2xx")
    t4 = t4 + thread:get("c4xx")
    t5 = t5 + thread:get("c5xx")
    to = to + thread:get("cother")
    local s = thread:get("sample")
    if first == "" and s ~= nil and s ~= "" then first = s end
  end
  io.write(string.format("voelspriet-2xx: %d\nvoelspriet-4xx: %d\nvoelspriet-5xx: %d\nvoelspriet-other: %d\n",
    t2, t4, t5, to))
  if first ~= "" then io.write("voelspriet-first-error: " .. first:gsub("\n", " ") .. "\n") end
end
