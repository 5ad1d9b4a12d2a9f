-- wrk script for bench/stats.sh: STATS_MODE=trend asks GET /api/stats/vacancy/trend (24 monthly points
-- for the 35 parks); asof asks GET /api/stats/vacancy?groupBy=park&asOf=<a day>, the day drawn from the
-- 730 days before today; current asks the current figures by park (the baseline). Prints latency
-- percentiles and counts non-200 answers.
local mode = os.getenv("STATS_MODE") or "trend"
local today = os.time()
math.randomseed(20261202)

request = function()
  if mode == "trend" then
    return wrk.format("GET", "/api/stats/vacancy/trend?groupBy=park&interval=month")
  elseif mode == "asof" then
    local day = os.date("!%Y-%m-%d", today - math.random(1, 730) * 86400)
    return wrk.format("GET", "/api/stats/vacancy?groupBy=park&asOf=" .. day)
  end
  return wrk.format("GET", "/api/stats/vacancy?groupBy=park")
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
