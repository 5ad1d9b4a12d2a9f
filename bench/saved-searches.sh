#!/usr/bin/env bash
# Benchmarks issue 14's saved-search check: one changed unit against 10,000 saved searches (mixed
# kinds and filters, generated) and the open projects, as the alert delivery checks it (one statement
# over all saved searches' stored criteria, SpaceQueries.changedHits; matching's StandingProjects for
# the projects), against the former per-search check (each saved query parsed and run against the
# unit before and after, one statement each) in the same run. The searches are added in a transaction
# that is rolled back.
#
#   bench/saved-searches.sh      SEARCHES=10000 CHANGES=200 BASELINE=3 (changes also timed per search)
#                                PROJECTS=0 (open projects generated beside the data's, as bench/standing.sh)
#   BENCH_DB_URL=jdbc:postgresql://127.0.0.1:55432/cfk BENCH_DB_USER=cfk BENCH_DB_PASSWORD=…
#   (default: the local cluster of ./run.sh on CFK_PG_PORT, its default-scale database cfk; the
#   cost follows the number of searches, so the default-scale sample serves; a tests' cfk_test does too)
#
# First: ./run.sh (then Ctrl-C: the database is all it needs).
set -euo pipefail
exec "$(dirname "$0")/jvm.sh" SavedSearchBenchmark cfk "-Dcfk.bench.searches=${SEARCHES:-10000} -Dcfk.bench.changes=${CHANGES:-200} -Dcfk.bench.baseline=${BASELINE:-3} -Dcfk.bench.projects=${PROJECTS:-0}"
