#!/usr/bin/env bash
# Every figure of docs/benchmarks.md in one go, on one machine, one after the other (about 20
# minutes): the JMH benchmarks (generation at 1 to 10,000 blueprints with the GC profiler, CDK synth
# against generation, tenant links, policy diff), then the whole-process scripts (generation
# scaling and memory, cfn:generate against a CDK synth process, cfn:validate against cfn-lint).
# Logs go to benchmarks/target/bench-all/. Run it on an otherwise idle machine: the figures are
# only as good as the quiet they were taken in.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
logs="$root/benchmarks/target/bench-all"
mkdir -p "$logs"
run() {
  local name="$1"
  shift
  echo "== $name: $*  (load $(cut -d' ' -f1-3 /proc/loadavg))"
  "$@" 2>&1 | tee "$logs/$name.log"
}
# As .ci/run on these machines: the lint image from the local base image and cfn-lint wheels (no
# registry), Testcontainers without its reaper.
if [ -d /var/cache/onramp/wheelhouse/cfn-lint-1.51.0 ]; then
  export ONRAMP_LINT_BASE_IMAGE="${ONRAMP_LINT_BASE_IMAGE:-onramp/python-base:bookworm}"
  export ONRAMP_LINT_WHEELHOUSE="${ONRAMP_LINT_WHEELHOUSE:-/var/cache/onramp/wheelhouse/cfn-lint-1.51.0}"
fi
export TESTCONTAINERS_RYUK_DISABLED="${TESTCONTAINERS_RYUK_DISABLED:-true}"
export TESTCONTAINERS_HOST_OVERRIDE="${TESTCONTAINERS_HOST_OVERRIDE:-localhost}"
scripts=benchmarks/scripts
run generate "$scripts/jmh.sh" GenerateBenchmark -prof gc
run cdk-synth "$scripts/jmh.sh" CdkSynthBenchmark
run links "$scripts/jmh.sh" TenantLinksBenchmark
run policy-diff "$scripts/jmh.sh" PolicyDiffBenchmark
run scaling "$scripts/bench-scaling.sh"
run cdk-process "$scripts/bench-cdk.sh" 5
run validate "$scripts/bench-validate.sh" 5
