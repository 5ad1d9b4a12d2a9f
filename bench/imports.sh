#!/usr/bin/env bash
# Benchmarks issue 11's imports and exports against a running app on the city-scale sample:
#  (a) GET /api/exports/units.xlsx (all units), then POST it back with 10 % of the rents changed:
#      preview, then commit; the total against the 90 s target (app started with -Xmx512m);
#  (b) the buildings as a GeoPackage in EPSG:4547 (so that every footprint goes through geometry's
#      pipeline: transform, validity, park, overlap) previewed by the app, against
#      `ogr2ogr -f PostgreSQL` of the same file into a scratch table of the same database.
#
#   bench/imports.sh [BASE_URL]      default http://localhost:8080
#   PGURL='postgresql://cfk:cfk@localhost:5432/cfk_city' CFK_USER=admin CFK_PASSWORD=demo
#   ONLY=a or ONLY=b runs one of the two (default both)
#
# City scale: ./run.sh --scale city (its own database), with JAVA_TOOL_OPTIONS=-Xmx512m for the app.
set -euo pipefail
BASE="${1:-http://localhost:8080}"
PGURL="${PGURL:-postgresql://cfk:cfk@localhost:5432/cfk_city}"
HERE="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for tool in curl ogr2ogr python3 psql; do command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }; done

jar="$work/cookies"
curl -fsS -c "$jar" -b "$jar" -o /dev/null "$BASE/login.html"
token="$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")"
curl -sS -c "$jar" -b "$jar" -o /dev/null -H "X-XSRF-TOKEN: $token" \
  --data-urlencode "username=${CFK_USER:-admin}" --data-urlencode "password=${CFK_PASSWORD:-demo}" "$BASE/login"
token="$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")"
call() { curl -fsS -b "$jar" -c "$jar" -H "X-XSRF-TOKEN: $token" -H 'X-Requested-With: XMLHttpRequest' "$@"; }
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

# Uploads a file to a layer and waits for the end of the state it is in; echoes the job id.
await() {
  local id="$1" passing="$2" state
  while :; do
    state="$(call "$BASE/api/imports/$id?size=1" | field "['status']")"
    [ "$state" != "$passing" ] && { echo "$state"; return; }
    sleep 0.5
  done
}

echo "# $BASE, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

ONLY="${ONLY:-ab}"
if [[ "$ONLY" == *a* ]]; then
echo "## (a) units: export, preview, commit"
t0="$(now)"
call -o "$work/units.xlsx" "$BASE/api/exports/units.xlsx"
t_export="$(since "$t0")"
python3 "$HERE/xlsx_rents.py" "$work/units.xlsx" "$work/units-10pct.xlsx"
t1="$(now)"
id="$(call -F "file=@$work/units-10pct.xlsx" "$BASE/api/imports/units" | field "['id']")"
state="$(await "$id" VALIDATING)"
t_preview="$(since "$t1")"
call "$BASE/api/imports/$id?size=1" | field "['counts']"
[ "$state" = PREVIEW ] || { echo "the preview ended $state" >&2; exit 1; }
t2="$(now)"
call -X POST -o /dev/null "$BASE/api/imports/$id/commit"
state="$(await "$id" COMMITTING)"
t_commit="$(since "$t2")"
echo "export ${t_export}s (size $(du -h "$work/units.xlsx" | cut -f1)), preview ${t_preview}s, commit ${t_commit}s ($state)"
echo "total $(echo "$t_export + $t_preview + $t_commit" | bc)s (target ≤ 90 s)"
fi

if [[ "$ONLY" == *b* ]]; then

echo "## (b) footprints: GeoPackage in EPSG:4547, app's preview against ogr2ogr -f PostgreSQL"
call -o "$work/buildings.gpkg" "$BASE/api/exports/buildings.gpkg"
ogr2ogr -f GPKG -t_srs EPSG:4547 "$work/buildings-4547.gpkg" "$work/buildings.gpkg"
t3="$(now)"
ogr2ogr -f PostgreSQL "PG:$PGURL" "$work/buildings-4547.gpkg" -nln bench_footprints -overwrite -lco GEOMETRY_NAME=geom
t_ogr="$(since "$t3")"
psql "$PGURL" -qc 'DROP TABLE bench_footprints'
t4="$(now)"
id="$(call -F "file=@$work/buildings-4547.gpkg" "$BASE/api/imports/buildings" | field "['id']")"
state="$(await "$id" VALIDATING)"
t_app="$(since "$t4")"
call "$BASE/api/imports/$id?size=1" | field "['counts']"
echo "ogr2ogr ${t_ogr}s, app preview ${t_app}s ($state), ratio $(echo "scale=2; $t_app / $t_ogr" | bc) (target ≤ 2)"
fi
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
