#!/usr/bin/env bash
# Benchmarks issue 14's reverse match: one changed unit against 10,000 open projects (standing
# searches) at city scale, through matching's StandingProjects (one set-based statement over the
# projects, the hard filters' own tests on what it keeps), against the per-project baseline (one
# statement per project) in the same run. The projects are added in a transaction that is rolled back.
#
#   bench/standing.sh            PROJECTS=10000 CHANGES=200 BASELINE=3 (changes also timed per project)
#   BENCH_DB_URL=jdbc:postgresql://127.0.0.1:55432/cfk_city BENCH_DB_USER=cfk BENCH_DB_PASSWORD=…
#   (default: the local cluster of ./run.sh on CFK_PG_PORT, with its password)
#
# City scale first: ./run.sh --scale city (then Ctrl-C: the database is all it needs).
set -euo pipefail
exec "$(dirname "$0")/jvm.sh" StandingMatchBenchmark cfk_city "-Dcfk.bench.projects=${PROJECTS:-10000} -Dcfk.bench.changes=${CHANGES:-200} -Dcfk.bench.baseline=${BASELINE:-3}"
