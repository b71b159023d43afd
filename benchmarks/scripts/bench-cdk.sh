#!/usr/bin/env bash
# Whole processes on the sample, each started afresh per round, interleaved so that they share the
# machine's load: `cfn:generate` as Maven runs it on the sample (the execution the sample's pom
# configures: its blueprints, the shipped security-audit, its vendor), the same generation as a
# plain java process without Maven (dev.onramp.bench.GenerateMain), and a java process that
# synthesizes the sample's generated CDK constructs (dev.onramp.bench.SynthMain: one app, a stack
# per construct, app.synth(), jsii starting Node). Prints every round, the medians and the ratios.
# Usage: benchmarks/scripts/bench-cdk.sh [rounds]   (default 5). Figures: docs/benchmarks.md.
set -euo pipefail
rounds="${1:-5}"
extra_modules=maven-plugin
source "$(dirname "$0")/lib.sh"

work="$root/benchmarks/target/bench-cdk"
rm -rf "$work"
mkdir -p "$work"
generate=(./mvnw -q $offline -B -pl samples cfn:generate@onboarding-templates)

# Once, not timed: the constructs' sources as cfn:generate writes them, compiled as the sample's
# build compiles them (to their own folder, so that nothing of the sample's build is needed).
"${generate[@]}"
sources=samples/target/generated-sources/onramp-cdk
mapfile -t files < <(find "$sources" -name '*.java' | sort)
javac --release 17 -proc:none -nowarn -d "$work/classes" -cp "$cp" "${files[@]}"
mapfile -t constructs < <(find "$sources" -name '*Props.java' | sort \
  | sed -e "s|^$sources/||" -e 's|Props\.java$||' -e 's|/|.|g')
echo "constructs: ${constructs[*]}"

# Milliseconds of one run of the command; its output goes to $work/last.log (shown if it fails).
millis() {
  local start end
  start=$(date +%s%N)
  "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

maven=() plain=() synth=()
for ((i = 1; i <= rounds; i++)); do
  maven+=("$(millis "${generate[@]}")")
  plain+=("$(millis java -cp "$cp" dev.onramp.bench.GenerateMain "$work/generated")")
  synth+=("$(millis java -cp "$work/classes:$cp" dev.onramp.bench.SynthMain "$work/cdk.out" \
    "${constructs[@]}")")
  echo "round $i: cfn:generate ${maven[-1]} ms, GenerateMain ${plain[-1]} ms," \
    "SynthMain ${synth[-1]} ms (load average $(cut -d' ' -f1 /proc/loadavg))"
done
m=$(median "${maven[@]}") p=$(median "${plain[@]}") s=$(median "${synth[@]}")
echo "median of $rounds rounds, whole processes on the sample ($(nproc) cores):"
echo "  cfn:generate (Maven, 5 blueprints, 2 constructs)     $m ms"
echo "  GenerateMain (java, the same generation, no Maven)   $p ms"
echo "  SynthMain (java, CDK synth of the ${#constructs[@]} constructs)     $s ms"
awk -v m="$m" -v p="$p" -v s="$s" 'BEGIN {
  printf "  ratio synth / cfn:generate: %.2f; synth / GenerateMain: %.2f\n", s / m, s / p }'
