#!/usr/bin/env bash
# Benchmark of the buildings vector tiles (issue 3; SPEC §8: a benchmark, not a timed test).
#
#   bench/tiles.sh
#
# On the city-scale sample (60,000 buildings, 244,000 units) it measures, for the buildings tiles at
# z13–z16 that cover the 35 parks, at concurrency 1 and 16:
#   1. the app under wrk, with its tile cache off (every request renders its tile in PostGIS), and right
#      after each run the same tiles' SQL (the app's own statement, printed by TileSql) straight to
#      PostGIS with pgbench, so both meet the same load on a shared machine;
#   2. one repeated tile: answered 304 to If-None-Match (cache off), and 200 from the tile cache.
# Results: bench/out/results.md (a copy per run: results-<time>.md) and the raw outputs beside it.
# Only localhost is loaded.
#
# Environment: BENCH_DB (database, default cfk_city as ./run.sh --scale city), BENCH_PORT (8094),
# BENCH_DURATION (seconds per run, 15), BENCH_ZOOMS ("13 14 15 16"), SPRING_DATASOURCE_URL/_USERNAME/
# _PASSWORD to use an existing PostGIS (else scripts/postgis.sh provides one), BENCH_DATA (data set folder).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. scripts/postgis.sh

DB="${BENCH_DB:-cfk_city}"
PORT="${BENCH_PORT:-8094}"
DURATION="${BENCH_DURATION:-15}"
ZOOMS="${BENCH_ZOOMS:-13 14 15 16}"
DATA="${BENCH_DATA:-$ROOT/gis-data/target/cfk-city}"
OUT="$ROOT/bench/out"
JAR="$ROOT/backend/target/cfk-backend.jar"
APP_PID=""

for tool in wrk pgbench psql curl java; do
  command -v "$tool" >/dev/null || die "$tool is missing (Debian: apt-get install wrk postgresql-client curl)."
done
mkdir -p "$OUT"
rm -f "$OUT"/*.txt "$OUT"/*.log "$OUT"/*.sql "$OUT"/pgbench_log.*

[ -f "$JAR" ] || { say "Building the app…"; ./mvnw -B -q -DskipTests package; }
if [ ! -s "$DATA/manifest.json" ]; then
  say "Generating the city-scale sample into $DATA…"
  java -cp "$JAR" -Dloader.main=cn.dongguan.cfk.gisdata.SampleDataGenerator \
    org.springframework.boot.loader.launch.PropertiesLauncher --scale city --out "$DATA"
fi
provision_postgis "$DB"
PG_URL="postgresql://${SPRING_DATASOURCE_USERNAME:-cfk}:${SPRING_DATASOURCE_PASSWORD:-cfk}@${SPRING_DATASOURCE_URL#jdbc:postgresql://}"
sql() { psql -X -q -At -v ON_ERROR_STOP=1 "$PG_URL" "$@"; }

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
trap stop_app EXIT

# start_app CACHE_SIZE: the app in the demo profile on the city sample (loaded on its first start).
start_app() {
  say "Starting the app on port $PORT (tile cache $1)…"
  java ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
    --cfk.sample-data.location="file:$DATA/" --cfk.maplayer.tile-cache-size="$1" \
    --logging.level.root=WARN >"$OUT/app-$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 900); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$OUT/app-$1.log" >&2; die "The app stopped during start-up."; }
    curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && return
    sleep 1
  done
  die "The app did not start within 15 minutes."
}

start_app 0
[ "$(sql -c 'SELECT count(*) FROM building')" -ge 50000 ] \
  || die "Database $DB does not hold the city sample (drop it, or set BENCH_DB to a new name)."

# The tiles: every tile of each zoom that meets a park.
for z in $ZOOMS; do
  sql >"$OUT/tiles-z$z.txt" <<SQL
WITH r AS (
  SELECT geom,
         floor((ST_XMin(geom) + 180) / 360 * 2 ^ $z)::int AS x0, floor((ST_XMax(geom) + 180) / 360 * 2 ^ $z)::int AS x1,
         floor((1 - ln(tan(radians(ST_YMax(geom))) + 1 / cos(radians(ST_YMax(geom)))) / pi()) / 2 * 2 ^ $z)::int AS y0,
         floor((1 - ln(tan(radians(ST_YMin(geom))) + 1 / cos(radians(ST_YMin(geom)))) / pi()) / 2 * 2 ^ $z)::int AS y1
  FROM park)
SELECT DISTINCT $z || '/' || x || '/' || y FROM r, generate_series(x0, x1) x, generate_series(y0, y1) y
WHERE ST_Intersects(r.geom, ST_Transform(ST_TileEnvelope($z, x, y), 4326)) ORDER BY 1;
SQL
done

# The app's statement for pgbench: the same text, its :z :x :y :layer :staleBefore as pgbench variables.
# (TileSql reads the default tile cap from the app's typed configuration, so it runs on the jar's classes.)
rm -rf "$OUT/app" && mkdir -p "$OUT/app" && (cd "$OUT/app" && jar xf "$JAR" BOOT-INF)
java -cp "$OUT/app/BOOT-INF/classes:$OUT/app/BOOT-INF/lib/*" cn.dongguan.cfk.maplayer.TileSql buildings >"$OUT/tile.sql"
# The freshness cut-off as space.Freshness sets it: the start of the local day (Dongguan) 60 days ago.
STALE_BEFORE="$(sql -c "SELECT to_char((date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') - interval '60 days') AT TIME ZONE 'Asia/Shanghai' AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")"
for z in $ZOOMS; do
  {
    echo "\\set z $z"
    echo "\\set i random(1, $(wc -l <"$OUT/tiles-z$z.txt"))"
    printf 'SELECT (ARRAY[%s])[:i] AS x, (ARRAY[%s])[:i] AS y \\gset\n' \
      "$(cut -d/ -f2 "$OUT/tiles-z$z.txt" | paste -sd,)" "$(cut -d/ -f3 "$OUT/tiles-z$z.txt" | paste -sd,)"
    tr '\n' ' ' <"$OUT/tile.sql"; echo
  } >"$OUT/pgbench-z$z.sql"
done

RESULTS="$OUT/results.txt"
: >"$RESULTS"
# record KIND ZOOM CONCURRENCY RESULT-LINE OTHERS-CPU
record() { echo "$1 z$2 c$3 ${4#RESULT } others=$5" | tee -a "$RESULTS"; }
# The machine's CPU busy over 3 s while this benchmark is idle: what other processes take (0–100%).
load() {
  local a b
  a=$(awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)
  sleep 3
  b=$(awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)
  echo "$a $b" | awk '{printf "%.0f%%", 100 * ($3 - $1) / ($4 - $2)}'
}
LOAD_BEFORE="$(load)"

run_wrk() { # TILES-FILE CONCURRENCY [IF-NONE-MATCH]
  local threads=$(( $2 < 2 ? 1 : 2 ))
  TILES="$1" LAYER=buildings IF_NONE_MATCH="${3:-}" wrk -t"$threads" -c"$2" -d"${DURATION}s" --timeout 10s \
    -s "$ROOT/bench/tiles.lua" "http://localhost:$PORT" | tee -a "$OUT/wrk.log" | grep '^RESULT'
}

run_pgbench() { # ZOOM CONCURRENCY
  local threads=$(( $2 < 2 ? 1 : 2 ))
  (cd "$OUT" && rm -f pgbench_log.* && pgbench -n -M prepared -c "$2" -j "$threads" -T "$DURATION" -l \
    -D layer=buildings -D staleBefore="$STALE_BEFORE" -f "pgbench-z$1.sql" "$PG_URL" >>"$OUT/pgbench.log" 2>&1)
  cat "$OUT"/pgbench_log.* | awk '{print $3}' | sort -n | awk -v d="$DURATION" '
    { v[NR] = $1 } END {
      printf "RESULT requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f errors=0\n",
        NR, NR / d, v[int(NR * 0.50) + 1] / 1000, v[int(NR * 0.95) + 1] / 1000, v[int(NR * 0.99) + 1] / 1000 }'
}

say "Warming up the app (JIT) and PostGIS…"
TILES="$OUT/tiles-z14.txt" LAYER=buildings wrk -t2 -c16 -d10s -s "$ROOT/bench/tiles.lua" "http://localhost:$PORT" >/dev/null
run_pgbench 14 16 >/dev/null

# The app (cache off: every request renders its tile) and, right after, the same tiles' SQL, so that
# both run under the same conditions on this shared machine.
say "Uncached tiles through the app (wrk) and their SQL (pgbench -M prepared), ${DURATION}s per run…"
for z in $ZOOMS; do
  for c in 1 16; do
    l=$(load); record app-uncached "$z" "$c" "$(run_wrk "$OUT/tiles-z$z.txt" "$c")" "$l"
    l=$(load); record sql "$z" "$c" "$(run_pgbench "$z" "$c")" "$l"
  done
done

REPEATED="$(sed -n '1~7p' "$OUT/tiles-z14.txt" | head -n 50 | while read -r t; do
  printf '%s %s\n' "$(curl -s -o /dev/null -w '%{size_download}' "http://localhost:$PORT/tiles/buildings/$t.mvt")" "$t"
done | sort -n | tail -n 1 | cut -d' ' -f2)"
echo "$REPEATED" >"$OUT/repeated.txt"
etag() { curl -s -D - -o /dev/null "http://localhost:$PORT/tiles/buildings/$REPEATED.mvt" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p'; }
say "A repeated tile ($REPEATED) with If-None-Match (304)…"
# the ETag is asked for right before each run: buildings' ETags also change every hour (stale flags)
for c in 1 16; do l=$(load); record app-304 14 "$c" "$(run_wrk "$OUT/repeated.txt" "$c" "$(etag)")" "$l"; done
stop_app

start_app 64MB
TILES="$OUT/repeated.txt" LAYER=buildings wrk -t2 -c16 -d10s -s "$ROOT/bench/tiles.lua" "http://localhost:$PORT" >/dev/null
say "The same repeated tile from the tile cache (200)…"
for c in 1 16; do l=$(load); record app-cached 14 "$c" "$(run_wrk "$OUT/repeated.txt" "$c")" "$l"; done
stop_app

{
  echo "# bench/tiles.sh results, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- machine: $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/ {print $2}') GB RAM"
  echo "- $(psql -X -At "$PG_URL" -c 'SELECT version()' | cut -d, -f1), PostGIS $(sql -c 'SELECT postgis_lib_version()'); $(java -version 2>&1 | head -n 1)"
  echo "- data: $(tr -d '\n ' <"$DATA/manifest.json")"
  echo "- tiles over the parks: $(for z in $ZOOMS; do printf 'z%s %s  ' "$z" "$(wc -l <"$OUT/tiles-z$z.txt")"; done); repeated tile $REPEATED"
  echo "- ${DURATION}s per run. This machine is shared: \"others\" is the CPU that other processes used in the 3 s"
  echo "  before each run (100% = both cores); before the benchmark: $LOAD_BEFORE, after it: $(load)"
  echo
  echo "| run | zoom | concurrency | requests/s | p50 ms | p95 ms | p99 ms | errors | others |"
  echo "|---|---|---|---|---|---|---|---|---|"
  sed -E 's/^(\S+) z(\S+) c(\S+) requests=\S+ rps=(\S+) p50_ms=(\S+) p95_ms=(\S+) p99_ms=(\S+) errors=(\S+).* others=(\S+)$/| \1 | \2 | \3 | \4 | \5 | \6 | \7 | \8 | \9 |/' "$RESULTS"
  echo
  for z in $ZOOMS; do
    app=$(awk -v z="z$z" '$1 == "app-uncached" && $2 == z && $3 == "c16" {sub("rps=", "", $5); print $5}' "$RESULTS")
    bare=$(awk -v z="z$z" '$1 == "sql" && $2 == z && $3 == "c16" {sub("rps=", "", $5); print $5}' "$RESULTS")
    echo "- z$z at concurrency 16: app/SQL throughput $(awk -v a="$app" -v b="$bare" 'BEGIN {printf "%.0f%%", 100 * a / b}')"
  done
} | tee "$OUT/results.md"
cp "$OUT/results.md" "$OUT/results-$(date -u +%Y%m%d-%H%M).md"
