#!/usr/bin/env bash
# Runs the JMH benchmarks of this module in forked JVMs on the module's class path.
# Usage: benchmarks/scripts/jmh.sh [JMH options...], for example
#   benchmarks/scripts/jmh.sh GenerateBenchmark -prof gc
#   benchmarks/scripts/jmh.sh -l            (lists the benchmarks)
# Builds what it needs first (offline when the local repository has it all). Results, as JSON, go
# to benchmarks/target/jmh-<time>.json as well as to the console. Figures: docs/benchmarks.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
result="benchmarks/target/jmh-$(date -u +%Y%m%dT%H%M%SZ).json"
exec java -cp "$cp" \
  org.openjdk.jmh.Main -rf json -rff "$result" "$@"
