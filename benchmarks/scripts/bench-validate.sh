#!/usr/bin/env bash
# Whole-process benchmark of `mvn cfn:validate` on the sample project against cfn-lint run directly
# on exactly the same templates (issue 10). Not a test; figures go to docs/benchmarks.md.
#
# Usage: benchmarks/scripts/bench-validate.sh [--no-install] [rounds]
#   --no-install  use the cfn-maven-plugin already in the local repository (default: install this
#                 checkout's generator, blueprints and maven-plugin first, untimed)
#   rounds        rounds per state, default 5; every figure is the median of its rounds
# MVN_ARGS adds Maven options to every call (such as -Dmaven.repo.local=/tmp/m2).
#
# Untimed set-up: install the plugin, generate the sample's templates (cfn:generate), and one
# validate run that builds the cfn-lint image if it is missing. Then each round, interleaved so that
# a change in the machine's load hits every state alike:
#   maven -v        Maven's JVM start alone
#   maven no-op     the same goal with -Dcfn.skip=true: Maven start, project model, plugin realm
#   cfn-lint all    cfn-lint run directly, once, on every template validate lints (YAML and JSON)
#   validate cold   no lint cache and no cfn-lint container running (the image is present)
#   validate cached nothing changed since the cold run
#   cfn-lint 1      cfn-lint run directly on the two files of one changed blueprint
#   validate 1      one blueprint changed (its description; regenerated untimed): 2 files to lint
# The log of every validate run is kept in benchmarks/target/bench-validate/ with timestamps, and
# the cold runs are split into phases from them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

install=1
if [ "${1:-}" = "--no-install" ]; then
  install=0
  shift
fi
rounds=${1:-5}

export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
export TESTCONTAINERS_HOST_OVERRIDE=${TESTCONTAINERS_HOST_OVERRIDE:-localhost}
# shellcheck disable=SC2206 # MVN_ARGS is a list of options
mvn=(./mvnw -B -o ${MVN_ARGS:-})
goal=cfn:validate@onboarding-templates
out=benchmarks/target/bench-validate
cache=samples/target/cfn-lint-cache
blueprint=samples/src/main/blueprints/acme-identity.yaml
changed=(samples/target/cfn/acme-identity/template.yaml samples/target/cfn/acme-identity/template.json)
rm -rf "$out"
mkdir -p "$out"

now_ms() { date +%s%3N; }
# The timestamp Maven prints with each line (HH:mm:ss.SSS) as milliseconds since midnight.
log_ms() { awk -F'[:. ]' '{ print (($1 * 60 + $2) * 60 + $3) * 1000 + $4; exit }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
record() { echo "$2" >>"$out/$1.ms"; }

# Runs a validate and records its wall time under $1; the log goes to $out/$1-$round.log.
validate() {
  local name=$1 start
  start=$(now_ms)
  MAVEN_OPTS="${MAVEN_OPTS:-} -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS" \
    "${mvn[@]}" -pl samples "$goal" >"$out/$name-$round.log" 2>&1 || {
    cat "$out/$name-$round.log" >&2
    echo "cfn:validate failed ($name, round $round)" >&2
    exit 1
  }
  record "$name" $(($(now_ms) - start))
  echo "$start" >"$out/$name-$round.start"
}

# cfn-lint run directly, one process, as a user would; findings do not fail the benchmark.
direct() {
  local name=$1 start status=0
  shift
  start=$(now_ms)
  (cd samples && cfn-lint --format json -- "$@" >/dev/null) || status=$?
  if [ $((status & ~14)) -ne 0 ]; then
    echo "cfn-lint failed with exit code $status" >&2
    exit 1
  fi
  record "$name" $(($(now_ms) - start))
}

timed() {
  local name=$1 start
  shift
  start=$(now_ms)
  "$@" >/dev/null 2>&1
  record "$name" $(($(now_ms) - start))
}

lint_containers() {
  docker ps -q --filter "ancestor=$image" | wc -l
}

echo "== set-up (untimed)"
if [ "$install" = 1 ]; then
  "${mvn[@]}" -q install -DskipTests -Dinvoker.skip=true -pl generator,blueprints,maven-plugin
fi
"${mvn[@]}" -q -pl samples cfn:generate@onboarding-templates
round=setup
rm -rf "$cache"
validate setup
image=$(grep -o 'onramp/cfn-lint:[0-9a-z.-]*' "$out/setup-setup.log" | head -1)
files=()
for f in samples/target/cfn/*/template.yaml samples/target/cfn/*/template.json; do
  files+=("${f#samples/}")
done
linted=$(grep -c '^.*\[INFO\] [a-z0-9-]*: [0-9]* errors' "$out/setup-setup.log" || true)
echo "templates: ${#files[@]} files (${linted} blueprints, YAML and JSON); image $image"
cp "$blueprint" "$out/blueprint.orig"
restore() {
  cp "$out/blueprint.orig" "$blueprint"
  "${mvn[@]}" -q -pl samples cfn:generate@onboarding-templates || true
}
trap restore EXIT

for round in $(seq 1 "$rounds"); do
  echo "== round $round of $rounds (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  cut -d' ' -f1 /proc/loadavg >>"$out/load"
  timed maven-v "${mvn[@]}" -v
  timed maven-noop "${mvn[@]}" -q -pl samples "$goal" -Dcfn.skip=true
  direct cfn-lint-all "${files[@]}"
  rm -rf "$cache"
  if [ "$(lint_containers)" != 0 ]; then
    echo "warning: a container of $image is running before the cold run" >&2
  fi
  validate validate-cold
  validate validate-cached
  grep -q '(cached)' "$out/validate-cached-$round.log" || {
    echo "the cached run linted again" >&2
    exit 1
  }
  cp "$out/blueprint.orig" "$blueprint"
  sed -i "s/^\(  description: .*\)\$/\1 (benchmark edit $round)/" "$blueprint"
  "${mvn[@]}" -q -pl samples cfn:generate@onboarding-templates
  direct cfn-lint-one "${changed[@]#samples/}"
  validate validate-one
done

# Phases of the cold runs, from Maven's log timestamps.
for round in $(seq 1 "$rounds"); do
  log=$out/validate-cold-$round.log
  start=$(($(cat "$out/validate-cold-$round.start") % 86400000))
  mojo=$(grep -m1 -- '--- cfn:.*:validate' "$log" | log_ms)
  docker=$(grep -m1 'Connected to docker' "$log" | log_ms)
  started=$(grep -m1 'Container .* started in' "$log" | log_ms)
  done_=$(grep -m1 'Validated ' "$log" | log_ms)
  record phase-maven $((mojo - start))
  record phase-mojo-to-docker $((docker - mojo))
  record phase-docker-to-container $((started - docker))
  record phase-container-to-validated $((done_ - started))
done

m() { median <"$out/$1.ms"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
printf '\n%s rounds, median wall time per state; load average per round: %s\n' "$rounds" "$(tr '\n' ' ' <"$out/load")"
printf '%-58s %8s\n' "what" "ms"
printf '%-58s %8d\n' "mvn -v (JVM and Maven start)" "$(m maven-v)"
printf '%-58s %8d\n' "mvn $goal -Dcfn.skip (no-op goal)" "$(m maven-noop)"
printf '%-58s %8d\n' "cfn-lint directly, ${#files[@]} files, one process" "$(m cfn-lint-all)"
printf '%-58s %8d\n' "mvn $goal, cold" "$(m validate-cold)"
printf '%-58s %8d\n' "mvn $goal, cached" "$(m validate-cached)"
printf '%-58s %8d\n' "cfn-lint directly, the 2 files of one changed blueprint" "$(m cfn-lint-one)"
printf '%-58s %8d\n' "mvn $goal, one blueprint changed" "$(m validate-one)"
printf '\ncold phases (medians; from the log timestamps):\n'
printf '%-58s %8d\n' "process start to the validate mojo (Maven)" "$(m phase-maven)"
printf '%-58s %8d\n' "mojo start to Docker connected" "$(m phase-mojo-to-docker)"
printf '%-58s %8d\n' "Docker connected to container started" "$(m phase-docker-to-container)"
printf '%-58s %8d\n' "container started to all validated (lint, checks)" "$(m phase-container-to-validated)"
printf '\nratios:\n'
printf 'cold validate / cfn-lint directly      %s (target: at most 1.2)\n' "$(ratio "$(m validate-cold)" "$(m cfn-lint-all)")"
printf 'cached validate / cfn-lint directly    %s\n' "$(ratio "$(m validate-cached)" "$(m cfn-lint-all)")"
printf 'one-changed validate / cfn-lint on it  %s\n' "$(ratio "$(m validate-one)" "$(m cfn-lint-one)")"
printf 'cold validate - no-op goal             %d ms (validate beyond Maven)\n' $(($(m validate-cold) - $(m maven-noop)))
