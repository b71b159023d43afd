#!/usr/bin/env bash
# Times the cfn-lint engines (issue 3): image build, container start, container against local
# cfn-lint on the same templates, and a fully cached rerun. Not a test; figures go to
# docs/benchmarks.md. Usage: benchmarks/scripts/bench-lint-engines.sh [--cold] [copies] [rounds]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export TESTCONTAINERS_RYUK_DISABLED=${TESTCONTAINERS_RYUK_DISABLED:-true}
export TESTCONTAINERS_HOST_OVERRIDE=${TESTCONTAINERS_HOST_OVERRIDE:-localhost}
./mvnw -q -B -pl lint-container -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "lint-container/target/classes:lint-container/target/test-classes:$(cat lint-container/target/bench-classpath.txt)" \
  dev.onramp.lint.container.LintBenchmark "$@"
