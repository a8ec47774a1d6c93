-- Random instant bookings: POST /api/v1/bookings (scripts/bench-bookings.sh).
-- Arguments after wrk's `--`:
--   1 tokens file (one bearer token a line)   2 listing ids file (one id a line)
--   3 first night, in days after today (UTC)  4 window: how many nights stays fall in
--   5 wrk's thread count                      6 a prefix that makes Idempotency-Keys unique
-- Each request books 1 to 3 nights of a random listing inside the window. Answers are
-- counted per thread (201 booked, 409 taken, anything else a failure); done() adds them up.

local threads = {}

-- Runs in the main Lua state once per thread: number the threads, keep them for done().
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local function lines(path)
  local out = {}
  for line in io.lines(path) do
    if line ~= "" then out[#out + 1] = line end
  end
  assert(#out > 0, path .. " is empty")
  return out
end

-- Runs in each thread's own Lua state (`id` was set by setup).
function init(args)
  local tokens = lines(args[1])
  listings = lines(args[2])
  first, window = tonumber(args[3]), tonumber(args[4])
  local nthreads = tonumber(args[5])
  prefix = args[6]
  -- This thread's own tokens: every nthreads-th, so no two threads share a guest.
  mine = {}
  for i = id + 1, #tokens, nthreads do mine[#mine + 1] = tokens[i] end
  assert(#mine > 0, "fewer tokens than threads")
  math.randomseed(7919 * (id + 1))
  today = os.time()
  counter = 0
  booked, taken, other, replayed = 0, 0, 0, 0
  statuses = "" -- unexpected statuses, "422 422 500 ..." (first 20)
  sample = ""   -- the first unexpected answer's body
  headers = { ["Content-Type"] = "application/json" }
end

local function day(offset)
  return os.date("!%Y-%m-%d", today + offset * 86400)
end

function request()
  counter = counter + 1
  local nights = math.random(1, 3)
  local start = first + math.random(0, window - nights) -- the stay stays inside the window
  headers["Authorization"] = "Bearer " .. mine[counter % #mine + 1]
  headers["Idempotency-Key"] = prefix .. "-" .. id .. "-" .. counter
  local body = string.format(
    '{"listing_id":%s,"check_in":"%s","check_out":"%s","guest_count":2}',
    listings[math.random(#listings)], day(start), day(start + nights))
  return wrk.format("POST", "/api/v1/bookings", headers, body)
end

function response(status, headers, body)
  if status == 201 then
    booked = booked + 1
    -- A repeated key would replay the first answer; the keys are unique, so this stays 0.
    if headers["idempotent-replayed"] or headers["Idempotent-Replayed"] then
      replayed = replayed + 1
    end
  elseif status == 409 then
    taken = taken + 1
  else
    other = other + 1
    if other <= 20 then statuses = statuses .. " " .. status end
    if sample == "" then sample = status .. " " .. string.sub(body or "", 1, 300) end
  end
end

function done(summary, latency, _)
  local secs = summary.duration / 1e6
  local b, t, o, r, codes, first_other = 0, 0, 0, 0, "", ""
  for _, thread in ipairs(threads) do
    b = b + thread:get("booked")
    r = r + thread:get("replayed")
    t = t + thread:get("taken")
    o = o + thread:get("other")
    codes = codes .. thread:get("statuses")
    if first_other == "" then first_other = thread:get("sample") end
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format("-- answers: %d booked (201), %d taken (409), %d other%s\n",
    b, t, o, o > 0 and (" (first:" .. codes .. ")") or ""))
  if r > 0 then io.write(string.format("-- %d of the 201s were replays of an earlier key\n", r)) end
  if first_other ~= "" then io.write("-- first other answer: " .. first_other .. "\n") end
  io.write(string.format("-- bookings/s: %.1f (new 201s over %.1f s)\n", (b - r) / secs, secs))
  -- One line for scripts/bench-bookings.sh's summary.
  io.write(string.format(
    "result: requests_per_s=%.1f p50_ms=%.2f p99_ms=%.2f booked=%d taken=%d other=%d replayed=%d bookings_per_s=%.1f socket_errors=%d\n",
    summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    b, t, o, r, (b - r) / secs, socket))
end
