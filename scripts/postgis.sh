#!/usr/bin/env bash
# Shared by run.sh and test.sh: find or start a PostGIS for the app.
#   1. SPRING_DATASOURCE_URL (+ _USERNAME/_PASSWORD) set: use it as it is.
#   2. A reachable Docker engine: the `db` service of docker-compose.yml (port 55432).
#   3. Otherwise a local cluster under .postgis/ on port 55432, from the OS packages
#      (installed when missing, on Debian and Ubuntu).
# Sourced, not executed; expects ROOT to be the repository root.

CFK_PG_PORT="${CFK_PG_PORT:-55432}"
CFK_PG_USER="${CFK_PG_USER:-cfk}"
# Empty: the docker service's "cfk", or for the local cluster a password generated once (see below).
CFK_PG_PASSWORD="${CFK_PG_PASSWORD:-}"

say() { printf '\033[1m[cfk]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[cfk] %s\033[0m\n' "$*" >&2; exit 1; }

docker_reachable() {
  command -v docker >/dev/null 2>&1 && timeout 5 docker info >/dev/null 2>&1
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "Need root to run: $* (no sudo found). Install it by hand or run as root."; fi
}

# The PostgreSQL major version of the OS packages: the newest one installed, else the one apt offers.
pg_major() {
  local v
  v=$(ls -1 /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1)
  if [ -z "$v" ] && command -v apt-cache >/dev/null 2>&1; then
    v=$(apt-cache policy postgresql 2>/dev/null | sed -n 's/^ *Candidate: \([0-9]*\)+.*/\1/p')
  fi
  echo "$v"
}

install_postgis_packages() {
  [ -r /etc/os-release ] || die "Unknown operating system (no /etc/os-release). Install PostgreSQL with PostGIS 3 yourself, then set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD."
  . /etc/os-release
  case " ${ID:-} ${ID_LIKE:-} " in
    *" debian "*|*" ubuntu "*) ;;
    *) die "This script installs PostGIS only on Debian and Ubuntu, not on '${PRETTY_NAME:-$ID}'. Install PostgreSQL with PostGIS 3 yourself (or start Docker), then set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD." ;;
  esac
  local v; v=$(pg_major)
  if [ -z "$v" ]; then
    say "Updating the package lists to find PostgreSQL…"
    as_root apt-get update -qq
    v=$(pg_major)
  fi
  [ -n "$v" ] || die "No PostgreSQL package found for ${PRETTY_NAME:-$ID}."
  say "Installing from ${PRETTY_NAME:-$ID} packages: postgresql-$v postgresql-$v-postgis-3 (PostgreSQL $v with PostGIS 3)…"
  if ! DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "postgresql-$v" "postgresql-$v-postgis-3" >/dev/null; then
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "postgresql-$v" "postgresql-$v-postgis-3" >/dev/null \
      || die "Could not install postgresql-$v-postgis-3."
  fi
}

postgis_installed() {
  local v; v=$(pg_major)
  [ -n "$v" ] && [ -x "/usr/lib/postgresql/$v/bin/initdb" ] \
    && ls /usr/share/postgresql/"$v"/extension/postgis.control >/dev/null 2>&1
}

# Where the local cluster lives. The server runs as `postgres` when we are root (initdb refuses
# root), so the folder must be reachable for that user; otherwise fall back to /var/tmp.
local_cluster_dir() {
  local dir="$ROOT/.postgis"
  if [ "$(id -u)" = 0 ]; then
    mkdir -p "$dir"
    if ! runuser -u postgres -- test -x "$dir" 2>/dev/null; then
      dir="/var/tmp/cfk-postgis-$(printf '%s' "$ROOT" | md5sum | cut -c1-8)"
    fi
  fi
  echo "$dir"
}

as_pg_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() { echo "/usr/lib/postgresql/$(pg_major)/bin"; }

local_psql() {
  as_pg_owner "$(pg_bin)/psql" -X -q -v ON_ERROR_STOP=1 -h "$CFK_PG_SOCKET_DIR" -p "$CFK_PG_PORT" -U postgres "$@"
}

start_local_cluster() {
  postgis_installed || install_postgis_packages
  postgis_installed || die "PostGIS is still missing after the install."
  local dir; dir=$(local_cluster_dir)
  CFK_PG_DIR="$dir"
  CFK_PG_SOCKET_DIR="$dir/run"
  local bin; bin=$(pg_bin)
  mkdir -p "$dir/run"
  [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir"
  # Local connections (the socket, trusted) are for the cluster's owner only: the socket and its
  # folder are closed to every other OS user, who must come over TCP with the cfk role's password.
  if [ ! -s "$dir/data/PG_VERSION" ]; then
    say "Creating a local PostgreSQL cluster in $dir/data (port $CFK_PG_PORT)…"
    as_pg_owner "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  fi
  chmod 700 "$dir/run" "$dir/data"
  if ! as_pg_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    say "Starting PostgreSQL + PostGIS on 127.0.0.1:$CFK_PG_PORT…"
    as_pg_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start \
      -o "-p $CFK_PG_PORT -k $dir/run -c unix_socket_permissions=0700 -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c max_connections=200" >/dev/null \
      || die "PostgreSQL did not start; see $dir/postgres.log"
  fi
  # The cfk role's password: CFK_PG_PASSWORD when set, else one generated once and kept readable by
  # this user only, so that no other local user can guess it (not the well-known "cfk").
  if [ -z "$CFK_PG_PASSWORD" ]; then
    local secret="$dir/cfk-password"
    if [ ! -s "$secret" ]; then
      (umask 077; od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >"$secret")
    fi
    CFK_PG_PASSWORD=$(cat "$secret")
  fi
  local_psql -d postgres -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$CFK_PG_USER') THEN
        CREATE ROLE $CFK_PG_USER LOGIN PASSWORD '$CFK_PG_PASSWORD';
      ELSE
        ALTER ROLE $CFK_PG_USER LOGIN PASSWORD '$CFK_PG_PASSWORD';
      END IF; END \$\$;"
}

stop_local_cluster() {
  local dir; dir=$(local_cluster_dir)
  if [ -s "$dir/data/PG_VERSION" ] && as_pg_owner "$(pg_bin)/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    say "Stopping the local PostgreSQL in $dir…"
    as_pg_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  fi
}

# ensure_local_database NAME [fresh]: creates the database (dropping it first when asked) with PostGIS.
ensure_local_database() {
  local db=$1 fresh=${2:-}
  if [ "$fresh" = fresh ]; then
    local_psql -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  fi
  if [ -z "$(local_psql -d postgres -tA -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
    local_psql -d postgres -c "CREATE DATABASE $db OWNER $CFK_PG_USER"
  fi
  local_psql -d "$db" -c "CREATE EXTENSION IF NOT EXISTS postgis"
}

docker_psql() {
  docker compose -f "$ROOT/docker-compose.yml" exec -T db psql -X -q -v ON_ERROR_STOP=1 -U "$CFK_PG_USER" "$@"
}

# provision_postgis DBNAME [fresh]: exports SPRING_DATASOURCE_URL/USERNAME/PASSWORD for the app.
provision_postgis() {
  local db=$1 fresh=${2:-}
  if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
    say "Using the PostGIS at SPRING_DATASOURCE_URL=$SPRING_DATASOURCE_URL"
    CFK_PG_MODE=external
    return
  fi
  if docker_reachable; then
    CFK_PG_PASSWORD="${CFK_PG_PASSWORD:-cfk}"
    say "Docker is reachable: starting the db service of docker-compose.yml (127.0.0.1:$CFK_PG_PORT)…"
    (cd "$ROOT" && docker compose up -d --wait db) || die "docker compose could not start the db service."
    CFK_PG_MODE=docker
    if [ "$fresh" = fresh ]; then docker_psql -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"; fi
    if [ -z "$(docker_psql -d postgres -tA -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
      docker_psql -d postgres -c "CREATE DATABASE $db OWNER $CFK_PG_USER"
    fi
    docker_psql -d "$db" -c "CREATE EXTENSION IF NOT EXISTS postgis"
  else
    CFK_PG_MODE=local
    start_local_cluster
    ensure_local_database "$db" "$fresh"
  fi
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$CFK_PG_PORT/$db"
  export SPRING_DATASOURCE_USERNAME="$CFK_PG_USER"
  export SPRING_DATASOURCE_PASSWORD="$CFK_PG_PASSWORD"
}
