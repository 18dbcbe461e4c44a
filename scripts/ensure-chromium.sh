#!/usr/bin/env bash
# Makes sure the Chromium that the end-to-end tests drive is installed.
# The tests use the system browser (Debian's package) rather than a browser download, so a fresh
# machine only needs apt. Silent and instant when the browser is already there: `npm test` runs
# this before every test run.
set -euo pipefail

browser="${LATCH_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi

if [ -n "${LATCH_CHROMIUM:-}" ]; then
  echo "ensure-chromium: LATCH_CHROMIUM is set to '$LATCH_CHROMIUM', but no executable is there." >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  cat >&2 <<'MSG'
ensure-chromium: the end-to-end tests need Chromium at /usr/bin/chromium.
Install it with:   sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium
or point LATCH_CHROMIUM at an existing Chromium or Chrome executable.
MSG
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: no apt-get here; install Chromium yourself and set LATCH_CHROMIUM to its path." >&2
  exit 1
fi

echo "ensure-chromium: installing Chromium with apt-get (once per machine)..." >&2
export DEBIAN_FRONTEND=noninteractive
# Another apt run (e.g. a machine's own first-boot install) may hold the dpkg lock: wait for it
# rather than fail.
apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -q)

install() {
  "${apt[@]}" update -qq >/dev/null &&
    "${apt[@]}" install -y -qq --no-install-recommends chromium >/dev/null
}

if ! install; then
  echo "ensure-chromium: apt-get failed; trying once more in 10 s..." >&2
  sleep 10
  install
fi

if [ ! -x "$browser" ]; then
  echo "ensure-chromium: apt-get finished but $browser is still missing." >&2
  exit 1
fi
echo "ensure-chromium: installed $("$browser" --version 2>/dev/null || echo chromium)" >&2
