# Sourced by the benchmark scripts: builds the benchmarks module and what it needs (offline when
# the local repository has it all), and sets
#   root     the repository root (the scripts cd there)
#   offline  "-o" when offline worked, empty otherwise (for the scripts' own Maven calls)
#   cp       the benchmarks' class path: their classes and every dependency
# Usage: source "$(dirname "$0")/lib.sh", after setting extra_modules (e.g. maven-plugin) when the
# script needs more installed. (A sourced file sees the script's own arguments as $1…, so it takes
# none.)
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
modules="benchmarks${extra_modules:+,$extra_modules}"
offline=-o
install_benchmarks() {
  ./mvnw -q $offline -B install -pl "$modules" -am -DskipTests -Dinvoker.skip=true
}
install_benchmarks || { offline=; install_benchmarks; }
# An absolute path: Maven resolves a relative one against the module, not the current folder.
./mvnw -q $offline -B -pl benchmarks \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile="$root/benchmarks/target/classpath.txt"
cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
# The CDK synth runs through jsii in Node: its end-of-life notice for Node 20 is noise, and the
# CDK's own template validation is cfn-lint's job here.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 CDK_VALIDATION=false
