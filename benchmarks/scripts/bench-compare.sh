#!/usr/bin/env bash
# One JMH benchmark, before and after a change, in one run: each checkout's benchmarks module is
# built into its own local repository (a hard-linked copy of ~/.m2/repository without dev/onramp),
# then the benchmark runs round by round, checkout by checkout (interleaved, so that a change in the
# machine's load hits both alike). Not a test; figures go to docs/benchmarks.md.
#
# Usage: benchmarks/scripts/bench-compare.sh <before-checkout> [rounds] [JMH options...]
#   e.g.  git worktree add /tmp/before <commit>
#         benchmarks/scripts/bench-compare.sh /tmp/before 2 GenerateBenchmark -p blueprints=100
# Results: benchmarks/target/bench-compare/<round>-<before|after>.json and a summary on stdout
# (the score of every round, and the after/before ratio of the medians per parameter set).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
before="$(cd "$1" && pwd)"
rounds=${2:-2}
shift 2 || shift $#
out="$here/benchmarks/target/bench-compare"
rm -rf "$out"
mkdir -p "$out"

classpath_of() {
  local dir=$1 name=$2 repo="$out/m2-$2"
  cp -al "$HOME/.m2/repository" "$repo"
  rm -rf "$repo/dev/onramp"
  (cd "$dir" && ./mvnw -q -o -B install -pl benchmarks -am -DskipTests -Dinvoker.skip=true \
    -Dspotless.check.skip=true -Dmaven.repo.local="$repo" >"$out/install-$name.log" 2>&1 &&
    ./mvnw -q -o -B -pl benchmarks \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmaven.repo.local="$repo" \
      -Dmdep.outputFile="$out/classpath-$name.txt" >>"$out/install-$name.log" 2>&1) || {
    tail -40 "$out/install-$name.log" >&2
    exit 1
  }
  echo "$dir/benchmarks/target/classes:$(cat "$out/classpath-$name.txt")"
}

cp_before=$(classpath_of "$before" before)
cp_after=$(classpath_of "$here" after)
for round in $(seq 1 "$rounds"); do
  for state in before after; do
    cp_var="cp_$state"
    echo "== round $round, $state"
    java -cp "${!cp_var}" org.openjdk.jmh.Main -rf json -rff "$out/$round-$state.json" "$@" \
      >"$out/$round-$state.log" 2>&1 || {
      tail -40 "$out/$round-$state.log" >&2
      exit 1
    }
  done
done

python3 - "$out" "$rounds" <<'PY'
import json, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
scores = {}
for r in range(1, rounds + 1):
    for state in ("before", "after"):
        for result in json.load(open(f"{out}/{r}-{state}.json")):
            key = result["benchmark"].split(".")[-1] + " " + ",".join(
                f"{k}={v}" for k, v in sorted(result.get("params", {}).items()))
            m = result["primaryMetric"]
            scores.setdefault(key, {}).setdefault(state, []).append(m["score"])
            unit = m["scoreUnit"]
for key, s in scores.items():
    b, a = statistics.median(s["before"]), statistics.median(s["after"])
    print(f"{key}: before {s['before']} after {s['after']} ({unit}); "
          f"median after/before = {a / b:.3f}")
PY
