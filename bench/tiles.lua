-- wrk script for bench/tiles.sh: GETs random tiles from the file $TILES (one "z/x/y" per line) of the
-- layer $LAYER, optionally with If-None-Match: $IF_NONE_MATCH, and prints one RESULT line at the end.
local tiles = {}
local layer = os.getenv("LAYER") or "buildings"
local if_none_match = os.getenv("IF_NONE_MATCH")

for line in io.lines(os.getenv("TILES")) do
  if line ~= "" then tiles[#tiles + 1] = line end
end

local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

function init(args)
  math.randomseed(tonumber(seed) or 1)
end

function request()
  local headers = {}
  if if_none_match then headers["If-None-Match"] = if_none_match end
  return wrk.format("GET", "/tiles/" .. layer .. "/" .. tiles[math.random(#tiles)] .. ".mvt", headers)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f errors=%d bytes=%d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    summary.bytes))
end
