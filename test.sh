#!/usr/bin/env bash
# Runs every test: unit tests, and integration tests on real PostGIS.
# With a reachable Docker engine the tests start Testcontainers' PostGIS image themselves;
# otherwise this script starts the local PostGIS (scripts/postgis.sh) with a fresh cfk_test database.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
cd "$ROOT"
. scripts/postgis.sh

if docker_reachable; then
  say "Docker is reachable: integration tests use Testcontainers' PostGIS."
else
  unset SPRING_DATASOURCE_URL
  provision_postgis cfk_test fresh
  export CFK_TEST_DATASOURCE_URL="$SPRING_DATASOURCE_URL"
  export CFK_TEST_DATASOURCE_USERNAME="$SPRING_DATASOURCE_USERNAME"
  export CFK_TEST_DATASOURCE_PASSWORD="$SPRING_DATASOURCE_PASSWORD"
  unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD
fi

./mvnw -B verify "$@"
