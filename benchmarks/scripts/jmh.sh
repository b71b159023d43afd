#!/usr/bin/env bash
# Runs the JMH benchmarks of this module in forked JVMs on the module's class path.
# Usage: benchmarks/scripts/jmh.sh [JMH options...], for example
#   benchmarks/scripts/jmh.sh GenerateBenchmark -prof gc
#   benchmarks/scripts/jmh.sh -l            (lists the benchmarks)
# Builds what it needs first (offline when the local repository has it all). Results, as JSON, go
# to benchmarks/target/jmh-<time>.json as well as to the console. Figures: docs/benchmarks.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
offline=-o
./mvnw -q $offline -B install -pl benchmarks -am -DskipTests -Dinvoker.skip=true \
  || { offline=; ./mvnw -q -B install -pl benchmarks -am -DskipTests -Dinvoker.skip=true; }
./mvnw -q $offline -B -pl benchmarks dependency:build-classpath \
  -Dmdep.outputFile="$root/benchmarks/target/classpath.txt"
# The CDK synth runs through jsii in Node: its notice for Node 20 is noise, and the CDK's own
# template validation is cfn-lint's job here.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 CDK_VALIDATION=false
result="benchmarks/target/jmh-$(date -u +%Y%m%dT%H%M%SZ).json"
exec java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  org.openjdk.jmh.Main -rf json -rff "$result" "$@"
