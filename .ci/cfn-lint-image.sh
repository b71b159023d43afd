#!/usr/bin/env bash
# Prepares, without a container registry, what the cfn-lint container image is built from:
#  1. a local base image with python3 and pip ($ONRAMP_LINT_BASE_IMAGE), made with debootstrap and
#     `docker import` because nothing can be pulled on CI machines;
#  2. a wheelhouse of cfn-lint and its dependencies ($ONRAMP_LINT_WHEELHOUSE), downloaded on the
#     host because a build inside the engine has no network.
# Real users need neither: the image's default base is the public python:3.11-slim.
# Idempotent: a second run finds both and returns in well under a second.
set -euo pipefail

base_image=${ONRAMP_LINT_BASE_IMAGE:-onramp/python-base:bookworm}
cfn_lint_version=${CFN_LINT_VERSION:-1.51.0}
wheelhouse=${ONRAMP_LINT_WHEELHOUSE:-/var/cache/onramp/wheelhouse/cfn-lint-${cfn_lint_version}}
suite=bookworm # its python3 is 3.11, as the wheels below are chosen for

base_image_present() { docker image inspect "$base_image" >/dev/null 2>&1; }

make_base_image() {
  if base_image_present; then
    echo "Base image $base_image is present."
    return
  fi
  if ! command -v debootstrap >/dev/null 2>&1; then
    echo "Installing debootstrap with apt-get..."
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q debootstrap >/tmp/apt-debootstrap.log 2>&1; then
      { apt-get update -q && apt-get install -y -q debootstrap; } >>/tmp/apt-debootstrap.log 2>&1 || {
        echo "ERROR: apt-get install debootstrap failed, see /tmp/apt-debootstrap.log." >&2
        return 1
      }
    fi
  fi
  local root
  root=$(mktemp -d /tmp/onramp-python-base.XXXXXX)
  echo "Building $base_image with debootstrap ($suite, minbase + python3, python3-pip) in $root..."
  if ! debootstrap --variant=minbase --include=python3,python3-pip "$suite" "$root" \
    >/tmp/debootstrap.log 2>&1; then
    echo "ERROR: debootstrap failed, see /tmp/debootstrap.log:" >&2
    tail -n 20 /tmp/debootstrap.log >&2
    rm -rf "$root"
    return 1
  fi
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  tar -C "$root" -c . | docker import - "$base_image" >/dev/null
  rm -rf "$root"
  echo "Imported $base_image ($(docker image inspect --format '{{.Size}}' "$base_image") bytes)."
}

make_wheelhouse() {
  local marker="$wheelhouse/.complete-cfn-lint-${cfn_lint_version}"
  if [ -f "$marker" ]; then
    echo "Wheelhouse $wheelhouse is complete ($(find "$wheelhouse" -name '*.whl' | wc -l) wheels)."
    return
  fi
  local machine minor
  local -a platforms=()
  machine=$(uname -m)
  # Debian bookworm has glibc 2.36. pip does not widen a manylinux_2_36 tag to the older ones that
  # also run there, so every tag is named (manylinux2014 widens to manylinux2010 and manylinux1).
  platforms+=(--platform "manylinux2014_${machine}")
  for ((minor = 17; minor <= 36; minor++)); do
    platforms+=(--platform "manylinux_2_${minor}_${machine}")
  done
  echo "Downloading cfn-lint ${cfn_lint_version} wheels for CPython 3.11, glibc 2.36, ${machine} into $wheelhouse..."
  mkdir -p "$wheelhouse"
  PIP_ROOT_USER_ACTION=ignore python3 -m pip download -q --disable-pip-version-check \
    --only-binary=:all: --python-version 3.11 --implementation cp "${platforms[@]}" \
    -d "$wheelhouse" "cfn-lint==${cfn_lint_version}"
  touch "$marker"
  echo "Wheelhouse has $(find "$wheelhouse" -name '*.whl' | wc -l) wheels."
}

make_wheelhouse
make_base_image
