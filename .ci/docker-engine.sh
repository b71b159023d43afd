#!/usr/bin/env bash
# Makes a local Docker engine answer, for the Testcontainers tests (cfn-lint in a container).
# CI machines start without an engine and cannot reach a container registry, so: install Debian's
# docker.io if dockerd is missing and start dockerd without iptables/masquerading (the machine has
# no netfilter rights; containers get no outside network, which the tests do not need).
# Exit 0 when `docker info` answers, 1 (with a warning) when it cannot be made to.
set -euo pipefail

log=${DOCKERD_LOG:-/tmp/dockerd.log}
wait_seconds=${DOCKERD_WAIT_SECONDS:-60}

answers() { docker info >/dev/null 2>&1; }

give_up() {
  echo "WARNING: no Docker engine: $1" >&2
  echo "WARNING: container tests will use the local engine (cfn-lint on PATH) instead." >&2
  exit 1
}

if ! command -v docker >/dev/null 2>&1 || ! command -v dockerd >/dev/null 2>&1; then
  [ "$(id -u)" -eq 0 ] || give_up "dockerd is not installed and installing it needs root."
  echo "Installing docker.io (dockerd) with apt-get..."
  export DEBIAN_FRONTEND=noninteractive
  # Package lists may be stale or missing on a fresh machine: refresh once, then retry.
  if ! apt-get install -y -q docker.io >/tmp/apt-docker.log 2>&1; then
    { apt-get update -q && apt-get install -y -q docker.io; } >>/tmp/apt-docker.log 2>&1 \
      || give_up "apt-get install docker.io failed, see /tmp/apt-docker.log."
  fi
fi

if answers; then
  echo "Docker engine already answers."
  exit 0
fi

if pgrep -x dockerd >/dev/null 2>&1; then
  echo "dockerd is already running; waiting for it to answer."
else
  [ "$(id -u)" -eq 0 ] || give_up "starting dockerd needs root."
  echo "Starting dockerd (log: $log)..."
  # setsid + nohup: the engine outlives this script and the CI step's process group.
  setsid nohup dockerd --iptables=false --ip6tables=false --ip-masq=false >"$log" 2>&1 </dev/null &
fi

for ((i = 0; i < wait_seconds; i++)); do
  if answers; then
    echo "Docker engine answers after ${i}s: $(docker version --format 'server {{.Server.Version}}, API {{.Server.APIVersion}}' 2>/dev/null)"
    exit 0
  fi
  sleep 1
done

echo "Last lines of $log:" >&2
tail -n 20 "$log" >&2 2>/dev/null || true
give_up "docker info did not answer within ${wait_seconds}s."
