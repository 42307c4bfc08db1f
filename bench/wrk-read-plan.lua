-- wrk: GET /api/v1/households/{id}/plan for a random seeded household, with the benchmark token.
-- Arguments after "--": the households file of run.sh (n,household id) and the API token.

local households = {}
local headers
local threads = 0

function setup(thread)
   thread:set("thread_number", threads)
   threads = threads + 1
end

function init(args)
   for line in io.lines(args[1]) do
      local household = line:match("^%d+,([^,]+)")
      households[#households + 1] = household
   end
   headers = { ["Authorization"] = "Bearer " .. args[2], ["Accept"] = "application/json" }
   math.randomseed(os.time() * 1000 + thread_number)
end

function request()
   local household = households[math.random(#households)]
   return wrk.format("GET", "/api/v1/households/" .. household .. "/plan", headers)
end

function done(summary, latency, requests)
   local errors = summary.errors
   io.write(string.format(
      "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d socket_errors=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), errors.status,
      errors.connect + errors.read + errors.write + errors.timeout))
end
