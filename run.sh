#!/usr/bin/env bash
# Starts 厂房库 GIS on sample data at http://localhost:${SERVER_PORT:-8080}.
#   ./run.sh                 PostGIS (see scripts/postgis.sh), build if needed, serve in the demo profile
#   ./run.sh --scale city    the same on the city-scale sample (benchmarks; its own database)
#   ./run.sh stop            stops the app and the local PostGIS that run.sh started
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
cd "$ROOT"
. scripts/postgis.sh

PID_FILE="$ROOT/.postgis/app.pid"
JAR="$ROOT/backend/target/cfk-backend.jar"
PORT="${SERVER_PORT:-8080}"

stop_app() {
  if [ -s "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
    say "Stopping the app (pid $(cat "$PID_FILE"))…"
    kill "$(cat "$PID_FILE")" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$(cat "$PID_FILE")" 2>/dev/null || break; sleep 1; done
  fi
  rm -f "$PID_FILE"
}

scale=small
while [ $# -gt 0 ]; do
  case "$1" in
    stop)
      stop_app
      if docker_reachable && [ -z "${SPRING_DATASOURCE_URL:-}" ]; then docker compose stop db >/dev/null 2>&1 || true; fi
      stop_local_cluster
      exit 0 ;;
    --scale) scale="${2:-}"; shift 2 ;;
    --scale=*) scale="${1#--scale=}"; shift ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) die "Unknown argument '$1'. Use: ./run.sh [--scale small|city] | ./run.sh stop" ;;
  esac
done
case "$scale" in small|city) ;; *) die "--scale takes small or city, not '$scale'." ;; esac

mkdir -p "$ROOT/.postgis"
stop_app

db=cfk
[ "$scale" = city ] && db=cfk_city
provision_postgis "$db"

newest_source=$(find pom.xml backend frontend gis-data -path '*/target' -prune -o -type f -newer "$JAR" -print -quit 2>/dev/null || true)
if [ ! -f "$JAR" ] || [ -n "$newest_source" ]; then
  say "Building the app (./mvnw -B -q -DskipTests -Dspotless.check.skip=true package)…"
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
fi

app_args=(--spring.profiles.active=demo --server.port="$PORT")
if [ "$scale" = city ]; then
  city_dir="$ROOT/gis-data/target/cfk-city"
  if [ ! -s "$city_dir/manifest.json" ]; then
    say "Generating the city-scale sample into $city_dir…"
    java -cp "$JAR" -Dloader.main=cn.dongguan.cfk.gisdata.SampleDataGenerator \
      org.springframework.boot.loader.launch.PropertiesLauncher --scale city --out "$city_dir"
  fi
  app_args+=(--cfk.sample-data.location="file:$city_dir/")
fi

LOG="$ROOT/.postgis/app.log"
say "Starting the app on port $PORT (log: $LOG)…"
java ${JAVA_OPTS:-} -jar "$JAR" "${app_args[@]}" >"$LOG" 2>&1 &
app_pid=$!
echo "$app_pid" > "$PID_FILE"
trap 'kill $app_pid 2>/dev/null; rm -f "$PID_FILE"; exit 0' INT TERM

for _ in $(seq 1 600); do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    tail -n 40 "$LOG" >&2
    die "The app stopped during start-up; the end of its log is above."
  fi
  if curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; then break; fi
  sleep 1
done

cat <<MSG

  厂房库 GIS is running · sample data (示例数据, not official)
    Web app         http://localhost:$PORT/
    API docs        http://localhost:$PORT/swagger-ui.html
    OGC / health    http://localhost:$PORT/actuator/health

  Demo accounts (demo profile only), password "demo" for each:
    admin            administrator
    staff            investment-promotion staff 招商人员
    enterprise       an enterprise 企业
    manager01 … manager35   park managers; managerNN manages park DG-PNN

  Ctrl-C stops the app; ./run.sh stop also stops the local PostGIS.

MSG
wait "$app_pid"
