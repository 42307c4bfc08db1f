-- wrk: PUT /api/v1/households/{id}/plan/actions/{actionId} with the If-Match the plan has.
--
-- Only the benchmark writes, and every successful change raises the plan's version by exactly one,
-- so the script keeps each plan's version itself instead of asking for it with a GET first: the
-- measured requests are the updates alone. Each wrk thread takes its own share of the households
-- (n modulo the number of threads) and walks through them in turn, so one plan is never changed
-- by two requests at a time. A 412 would show up as a non-2xx response in the summary.
--
-- Before the run, wrk asks the first thread's script for one request without sending it, only to
-- count the requests it holds (script_verify_request in wrk.c). That call must not use up a version:
-- the row's next update would then send a version one too high and get 412 once the thread wraps
-- around its rows (at 10,000 households, once in every run). So the first thread's first call
-- returns a request without counting it.
--
-- Arguments after "--": the actions file of run.sh (n,household,action,participant,version), the
-- API token and the number of wrk threads.

local rows = {}
local position = 0
local token
local threads = 0
local verified = false

function setup(thread)
   thread:set("thread_number", threads)
   threads = threads + 1
end

function init(args)
   token = args[2]
   local thread_count = tonumber(args[3])
   for line in io.lines(args[1]) do
      local n, household, action, participant, version = line:match("^(%d+),([^,]+),([^,]+),([^,]+),(%d+)")
      if tonumber(n) % thread_count == thread_number then
         rows[#rows + 1] = { household = household, action = action, participant = participant,
                             version = tonumber(version) }
      end
   end
   math.randomseed(os.time() * 1000 + thread_number)
   -- a random order, so that the two threads do not walk the table in step
   for i = #rows, 2, -1 do
      local j = math.random(i)
      rows[i], rows[j] = rows[j], rows[i]
   end
end

function request()
   local row, version
   if thread_number == 0 and not verified then
      verified = true
      row = rows[1]
      version = row.version
   else
      position = position % #rows + 1
      row = rows[position]
      version = row.version
      row.version = version + 1
   end
   local body = string.format(
      '{"what":"Wekelijks gesprek met school (%d)","who":["%s"],' ..
      '"startDate":"2026-01-05","targetDate":"2026-03-02","evaluationDate":"2026-03-09"}',
      version, row.participant)
   local headers = {
      ["Authorization"] = "Bearer " .. token,
      ["Content-Type"] = "application/json",
      ["If-Match"] = '"' .. version .. '"',
   }
   return wrk.format("PUT", "/api/v1/households/" .. row.household .. "/plan/actions/" .. row.action, headers, body)
end

function done(summary, latency, requests)
   local errors = summary.errors
   io.write(string.format(
      "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d socket_errors=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), errors.status,
      errors.connect + errors.read + errors.write + errors.timeout))
end
