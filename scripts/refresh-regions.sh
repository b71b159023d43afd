#!/usr/bin/env bash
# Refreshes Onramp's list of AWS regions per partition from botocore's endpoints data
# (botocore/data/endpoints.json of the PyPI package botocore, Apache-2.0).
#
#   scripts/refresh-regions.sh             # the newest published version
#   scripts/refresh-regions.sh 1.43.11     # a given version: same bytes every time
#
# Needs python3 and pip. Rewrites generator/src/main/resources/dev/onramp/aws/{regions.tsv,
# regions.properties}; review `git diff` (a new region is one new line) before committing.
set -euo pipefail

version="${1:-}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
output="$root/generator/src/main/resources/dev/onramp/aws"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -m pip download --quiet --no-deps --only-binary :all: \
  "botocore${version:+==$version}" -d "$work"
python3 "$root/scripts/regions.py" "$work"/botocore-*.whl "$output"
