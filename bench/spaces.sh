#!/usr/bin/env bash
# Benchmarks GET /api/spaces with three filters (town, minArea=2000, minFloorLoad=2000: a large space
# for heavy industry in a given town), the town taken in turn from all 32, at concurrency 1 and 16.
# Reports p50/p90/p95/p99 latency and throughput (wrk). Localhost only.
#
#   ./run.sh --scale city            # in another terminal: the app on the city-scale sample
#   bench/spaces.sh                  # default http://localhost:8080; or bench/spaces.sh http://localhost:8095
#
# DURATION (default 30s) sets each run's length; a 10 s warm-up at concurrency 16 comes first.
set -euo pipefail
cd "$(dirname "$0")"
BASE="${1:-http://localhost:${SERVER_PORT:-8080}}"
DURATION="${DURATION:-30s}"

case "$BASE" in
  http://localhost:*|http://127.0.0.1:*) ;;
  *) echo "bench/spaces.sh benchmarks a local app only (http://localhost:PORT), not $BASE" >&2; exit 1 ;;
esac
command -v wrk >/dev/null || { echo "Needs wrk (Debian: apt-get install wrk)." >&2; exit 1; }
curl -fs "$BASE/actuator/health" >/dev/null || { echo "No app at $BASE: start it with ./run.sh --scale city." >&2; exit 1; }

TOWNS="$(curl -fs "$BASE/api/towns" | grep -o '"code":"[A-Z]*"' | cut -d'"' -f4 | paste -sd, -)"
export TOWNS
units="$(curl -fs "$BASE/api/spaces?size=1" | grep -o '"total":[0-9]*' | cut -d: -f2)"
echo "# $(date -u +%FT%TZ) · $BASE · $(nproc) cores · load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# listed vacant units: $units; query: /api/spaces?town=<each of 32>&minArea=2000&minFloorLoad=2000"

wrk -t2 -c16 -d10s -s spaces.lua "$BASE" >/dev/null
for c in 1 16; do
  echo "## concurrency $c, $DURATION"
  wrk -t"$([ "$c" -eq 1 ] && echo 1 || echo 2)" -c"$c" -d"$DURATION" -s spaces.lua "$BASE" | sed -n '/^requests/,$p'
done
