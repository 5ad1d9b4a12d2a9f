-- wrk script for bench/matching.sh: cycles through the projects (each thread from its own start)
-- with the signed-in session, and reports p50/p95/p99 in milliseconds.
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
end

function init(args)
  projects = tonumber(os.getenv("PROJECTS") or "300")
  cookie = os.getenv("CFK_COOKIE")
  query = os.getenv("QUERY") or ""
  n = (id - 1) * math.floor(projects / 4)
end

function request()
  n = n + 1
  local project = (n % projects) + 1
  return wrk.format("GET", "/api/projects/" .. project .. "/matches" .. query,
    { ["Cookie"] = cookie, ["X-Requested-With"] = "XMLHttpRequest", ["Accept"] = "application/json" })
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests %d, non-2xx or errors %d, %.1f req/s\n", summary.requests,
    e.connect + e.read + e.write + e.status + e.timeout, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
