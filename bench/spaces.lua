-- wrk script for bench/spaces.sh: GET /api/spaces with three filters (town, minArea, minFloorLoad),
-- the town taken in turn from TOWNS; prints latency percentiles and counts non-200 answers.
local towns = {}
for code in string.gmatch(os.getenv("TOWNS") or "CHANGAN", "[^,]+") do towns[#towns + 1] = code end
local path = os.getenv("SPACES_PATH") or "/api/spaces"
local filters = os.getenv("FILTERS") or "minArea=2000&minFloorLoad=2000"
local n = 0

request = function()
  n = n + 1
  return wrk.format("GET", path .. "?town=" .. towns[(n % #towns) + 1] .. "&" .. filters)
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, non-200 %d\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
  io.write(string.format("throughput %.1f req/s\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
