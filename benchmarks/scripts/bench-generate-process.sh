#!/usr/bin/env bash
# Whole-process cost of `mvn cfn:generate` on the sample project against Maven's own no-op
# `validate` phase on the same project (issue 19): what a vendor's build pays for Onramp beyond
# Maven itself. Not a test; figures go to docs/benchmarks.md.
#
# Usage: benchmarks/scripts/bench-generate-process.sh [rounds] [checkout...]
#   rounds     pairs per checkout, default 10; the ratio is the median of the per-pair ratios
#   checkout   checkouts to compare (default: this one), e.g. a clone of the commit before a change
#              and this one: "bench-generate-process.sh 10 /tmp/before ."
#
# Each checkout gets its own local repository (a hard-linked copy of ~/.m2/repository without
# dev/onramp), into which its generator, blueprints and plugin are installed untimed, so two
# checkouts of the same version never see each other's plugin. Then, round by round and checkout by
# checkout (interleaved, so that a change in the machine's load hits every state alike), a pair:
#   no-op      ./mvnw -B -o -pl samples validate    (Maven start, project model, enforcer)
#   generate   ./mvnw -B -o -pl samples cfn:generate@onboarding-templates
# Logs of every run go to benchmarks/target/bench-generate-process/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rounds=${1:-10}
shift || true
checkouts=("$@")
[ "${#checkouts[@]}" -gt 0 ] || checkouts=("$here")
out="$here/benchmarks/target/bench-generate-process"
rm -rf "$out"
mkdir -p "$out"

now_ms() { date +%s%3N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

repo_of() { echo "$out/m2-$1"; }

# Untimed: a local repository per checkout, with that checkout's plugin installed.
for i in "${!checkouts[@]}"; do
  dir="$(cd "${checkouts[$i]}" && pwd)"
  checkouts[$i]=$dir
  repo=$(repo_of "$i")
  cp -al "$HOME/.m2/repository" "$repo"
  rm -rf "$repo/dev/onramp"
  echo "== installing $dir into $repo"
  # Online: a fresh machine may not have the install plugin yet; the timed runs are offline.
  (cd "$dir" && ./mvnw -q -B install -DskipTests -Dinvoker.skip=true -Dspotless.check.skip=true \
    -Dmaven.repo.local="$repo" -pl samples -am >"$out/install-$i.log" 2>&1) || {
    tail -40 "$out/install-$i.log" >&2
    exit 1
  }
  # One untimed generate, so that the first timed one finds the same warm file caches as the rest.
  (cd "$dir" && ./mvnw -q -o -B -Dmaven.repo.local="$repo" -pl samples \
    cfn:generate@onboarding-templates >"$out/warm-$i.log" 2>&1)
done

timed() {
  local name=$1 i=$2 round=$3 start
  shift 3
  start=$(now_ms)
  (cd "${checkouts[$i]}" && ./mvnw -B -o -Dmaven.repo.local="$(repo_of "$i")" -pl samples "$@" \
    >"$out/$name-$i-$round.log" 2>&1) || {
    tail -40 "$out/$name-$i-$round.log" >&2
    echo "$name failed (checkout $i, round $round)" >&2
    exit 1
  }
  echo $(($(now_ms) - start))
}

for round in $(seq 1 "$rounds"); do
  for i in "${!checkouts[@]}"; do
    noop=$(timed noop "$i" "$round" validate)
    generate=$(timed generate "$i" "$round" cfn:generate@onboarding-templates)
    echo "$noop" >>"$out/noop-$i.ms"
    echo "$generate" >>"$out/generate-$i.ms"
    awk -v g="$generate" -v n="$noop" 'BEGIN { printf "%.3f\n", g / n }' >>"$out/ratio-$i.txt"
    echo "round $round, ${checkouts[$i]}: no-op ${noop} ms, generate ${generate} ms"
  done
done

echo
printf '| checkout | no-op validate (median) | cfn:generate (median) | ratio, median of %d pairs |\n' "$rounds"
echo '|---|---|---|---|'
for i in "${!checkouts[@]}"; do
  printf '| %s (%s) | %s ms | %s ms | **%s** |\n' "${checkouts[$i]}" \
    "$(git -C "${checkouts[$i]}" rev-parse --short HEAD)" \
    "$(median <"$out/noop-$i.ms")" "$(median <"$out/generate-$i.ms")" "$(median <"$out/ratio-$i.txt")"
done
