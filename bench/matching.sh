#!/usr/bin/env bash
# Benchmarks site matching (GET /api/projects/{id}/matches) against a running app with wrk:
# p50/p95/p99 at concurrency 1 and 4, cycling through all projects (SPACE, LAND and EITHER).
#
#   bench/matching.sh [BASE_URL]          default http://localhost:8080
#   PROJECTS=300 DURATION=60s WARMUP=20s LEVELS="1 4" CFK_USER=staff CFK_PASSWORD=demo QUERY='?limit=10'
#
# For the city scale: generate the data set, start the app on a fresh database with it, then run this:
#   ./mvnw -q -pl gis-data compile exec:java -Dexec.args="--scale city --out /tmp/cfk-city"
#   java -jar backend/target/cfk-backend.jar --spring.profiles.active=demo --cfk.sample-data.location=file:/tmp/cfk-city/
# The script signs in once with the form and reuses the session: HTTP Basic would spend a bcrypt
# hash on every request, which is sign-in cost, not matching.
set -euo pipefail
BASE="${1:-http://localhost:8080}"
DURATION="${DURATION:-60s}"
WARMUP="${WARMUP:-20s}"
export PROJECTS="${PROJECTS:-300}"
export QUERY="${QUERY:-}"
HERE="$(cd "$(dirname "$0")" && pwd)"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }

jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
curl -fsS -c "$jar" -b "$jar" -o /dev/null "$BASE/login.html"
token="$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")"
curl -sS -c "$jar" -b "$jar" -o /dev/null -H "X-XSRF-TOKEN: $token" \
  --data-urlencode "username=${CFK_USER:-staff}" --data-urlencode "password=${CFK_PASSWORD:-demo}" "$BASE/login"
session="$(awk '$6 == "JSESSIONID" {print $7}' "$jar")"
[ -n "$session" ] || { echo "sign-in failed at $BASE" >&2; exit 1; }
export CFK_COOKIE="JSESSIONID=$session; XSRF-TOKEN=$token"
status="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $CFK_COOKIE" "$BASE/api/projects/1/matches$QUERY")"
[ "$status" = 200 ] || { echo "GET /api/projects/1/matches answered $status" >&2; exit 1; }

echo "# $BASE, $PROJECTS projects, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "## warm-up ($WARMUP, concurrency 4)"
wrk -t4 -c4 -d"$WARMUP" --timeout 10s -s "$HERE/matching.lua" "$BASE" | tail -n 2
for c in ${LEVELS:-1 4}; do
  echo "## concurrency $c ($DURATION)"
  wrk -t"$c" -c"$c" -d"$DURATION" --timeout 10s -s "$HERE/matching.lua" "$BASE" | tail -n 2
done
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
