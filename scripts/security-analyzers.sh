#!/usr/bin/env bash
# IAM analyzers Onramp did not write (cloudsplaining, parliament, policy_sentry, and the simulator
# @cloud-copilot/iam-simulate) over every policy of the templates under the given folders; every
# finding must be waived, with a reason, in scripts/security-waivers.yaml. See
# docs/security-analyzers.md.
#
#   scripts/security-analyzers.sh [--waivers FILE] [--report FILE] [LABEL=]FOLDER...
#   scripts/security-analyzers.sh --install       (install the pinned tools and stop)
#
# The tools are installed, pinned, into a folder of their own: $ONRAMP_IAM_ANALYZERS if set (CI's,
# from .ci/run), else ~/.cache/onramp/iam-analyzers/<versions>. Needs python3 (3.9+), Node 20+ and
# npm. Exit 0: no unwaived finding and no unused waiver; 1: some; 2: the analysis could not run.
set -euo pipefail

CLOUDSPLAINING_VERSION=0.9.1
PARLIAMENT_VERSION=1.6.4
POLICY_SENTRY_VERSION=0.15.2

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HERE=${ROOT}/scripts/security-analyzers
# The simulator's Node packages: the lock file of the test oracle, so that one pin serves both.
NODE_PACKAGES=${ROOT}/generator/src/test/resources/dev/onramp/review/oracle
PYTHON_PINS="cloudsplaining==${CLOUDSPLAINING_VERSION} parliament==${PARLIAMENT_VERSION} policy-sentry==${POLICY_SENTRY_VERSION}"
NODE_DIGEST=$(cat "${NODE_PACKAGES}/package.json" "${NODE_PACKAGES}/package-lock.json" | sha256sum | cut -c1-16)
TOOLS=${ONRAMP_IAM_ANALYZERS:-${XDG_CACHE_HOME:-${HOME}/.cache}/onramp/iam-analyzers/py-${CLOUDSPLAINING_VERSION}-${PARLIAMENT_VERSION}-${POLICY_SENTRY_VERSION}-node-${NODE_DIGEST}}

install() {
  if [ "$(cat "${TOOLS}/.python-installed" 2>/dev/null)" != "${PYTHON_PINS}" ]; then
    rm -rf "${TOOLS}/venv"
    mkdir -p "${TOOLS}"
    python3 -m venv "${TOOLS}/venv"
    PIP_ROOT_USER_ACTION=ignore "${TOOLS}/venv/bin/pip" install -q --disable-pip-version-check ${PYTHON_PINS}
    echo "${PYTHON_PINS}" >"${TOOLS}/.python-installed"
  fi
  if [ "$(cat "${TOOLS}/node/.node-installed" 2>/dev/null)" != "${NODE_DIGEST}" ]; then
    rm -rf "${TOOLS}/node"
    mkdir -p "${TOOLS}/node"
    cp "${NODE_PACKAGES}/package.json" "${NODE_PACKAGES}/package-lock.json" "${TOOLS}/node/"
    (cd "${TOOLS}/node" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error >/dev/null)
    echo "${NODE_DIGEST}" >"${TOOLS}/node/.node-installed"
  fi
  # Written every run, so that an edit to the script needs no reinstall.
  cp "${HERE}/simulate.mjs" "${TOOLS}/node/simulate.mjs"
}

if [ "${1:-}" = "--install" ]; then
  install
  "${TOOLS}/venv/bin/python" -c 'from importlib.metadata import version as v
print("cloudsplaining", v("cloudsplaining"), "parliament", v("parliament"), "policy_sentry", v("policy_sentry"))'
  echo "iam-simulate $(cd "${TOOLS}/node" && node -p 'require("./node_modules/@cloud-copilot/iam-simulate/package.json").version')"
  echo "installed in ${TOOLS}"
  exit 0
fi

waivers=${ROOT}/scripts/security-waivers.yaml
args=()
while [ $# -gt 0 ]; do
  case $1 in
    --waivers) waivers=$2; shift 2 ;;
    --report) args+=(--report "$2"); shift 2 ;;
    -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) args+=("$1"); shift ;;
  esac
done
if [ "${#args[@]}" -eq 0 ]; then
  echo "usage: $0 [--waivers FILE] [--report FILE] [LABEL=]FOLDER..." >&2
  exit 2
fi

if ! install; then
  echo "security-analyzers: could not install the pinned tools into ${TOOLS}" >&2
  exit 2
fi
status=0
"${TOOLS}/venv/bin/python" "${HERE}/analyze.py" --waivers "${waivers}" \
  --simulator "${TOOLS}/node/simulate.mjs" "${args[@]}" || status=$?
exit "${status}"
