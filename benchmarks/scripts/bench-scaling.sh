#!/usr/bin/env bash
# Whole-process generation at 1, 100, 1,000 and 10,000 blueprints (issue 10): time per blueprint
# (fresh JVM each, so start-up and warm-up are in), and the peak live heap of streamed generation
# against holding every template as generation did before. Figures: docs/benchmarks.md.
# Usage: benchmarks/scripts/bench-scaling.sh [counts...]   (default 1 100 1000 10000)
set -euo pipefail
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1 100 1000 10000)
source "$(dirname "$0")/lib.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${counts[@]}"; do
  # Time: a heap large enough not to matter; memory: the same heap, live set sampled.
  java -Xmx2g -cp "$cp" dev.onramp.bench.ScalingRun time "$n" "$work/time-$n"
  java -Xmx2g -cp "$cp" dev.onramp.bench.ScalingRun memory "$n" "$work/memory-$n"
  java -Xmx2g -cp "$cp" dev.onramp.bench.ScalingRun held "$n" "$work/held-$n" || echo "held $n: failed"
  rm -rf "$work"/*-"$n"
done
