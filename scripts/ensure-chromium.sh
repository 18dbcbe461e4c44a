#!/usr/bin/env bash
# Makes sure the Chromium that the end-to-end tests drive is installed, with fonts for every script the
# screenshots show (Japanese and Chinese need a CJK font; without one their text renders as empty boxes).
# The tests use the system browser (Debian's package) rather than a browser download, so a fresh
# machine only needs apt. Silent and instant when everything is already there: `npm test` runs
# this before every test run.
set -euo pipefail

browser="${LATCH_CHROMIUM:-/usr/bin/chromium}"
packages=()
if [ ! -x "$browser" ]; then
  if [ -n "${LATCH_CHROMIUM:-}" ]; then
    echo "ensure-chromium: LATCH_CHROMIUM is set to '$LATCH_CHROMIUM', but no executable is there." >&2
    exit 1
  fi
  packages+=(chromium)
fi

# Fonts: Noto Sans CJK for Japanese and Chinese (one family, each language with its own glyph forms, as Android
# and most Linux desktops show them); DejaVu Sans for Arabic and Hebrew (fontconfig's usual default, normally
# there already). fontconfig, which Chromium on Linux asks for fonts, says whether some font already covers each;
# without it (macOS, which has fonts of its own, or a machine still without Chromium) they come with the browser.
has_font() { [ -n "$(fc-list ":lang=$1" family 2>/dev/null)" ]; }
fonts=()
if command -v fc-list >/dev/null 2>&1; then
  if ! has_font ja || ! has_font zh-cn; then fonts+=(fonts-noto-cjk); fi
  if ! has_font ar || ! has_font he; then fonts+=(fonts-dejavu-core); fi
elif [ ${#packages[@]} -gt 0 ]; then
  fonts+=(fonts-noto-cjk fonts-dejavu-core)
fi

if [ ${#packages[@]} -eq 0 ] && [ ${#fonts[@]} -eq 0 ]; then
  exit 0
fi

sudo=()
can_install=1
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo -n); else can_install=0; fi
fi
command -v apt-get >/dev/null 2>&1 || can_install=0

if [ "$can_install" -eq 0 ]; then
  if [ ${#packages[@]} -eq 0 ]; then
    # The browser is there; only the screenshots of some languages would show boxes: not worth failing a run.
    echo "ensure-chromium: no font for some languages, so their screenshots show boxes (Debian: apt-get install ${fonts[*]})." >&2
    exit 0
  fi
  cat >&2 <<MSG
ensure-chromium: the end-to-end tests need Chromium at /usr/bin/chromium.
Install it with:   sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium ${fonts[*]}
or point LATCH_CHROMIUM at an existing Chromium or Chrome executable.
MSG
  exit 1
fi

all=("${packages[@]}" "${fonts[@]}")
echo "ensure-chromium: installing ${all[*]} with apt-get (once per machine)..." >&2
# Another apt run (e.g. a machine's own first-boot install) may hold the dpkg lock: wait for it
# rather than fail.
apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -q)

# apt's chatter (debconf notes and the like) is shown only when the install fails.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
install() {
  if "${apt[@]}" update -qq >"$log" 2>&1 && "${apt[@]}" install -y -qq --no-install-recommends "${all[@]}" >"$log" 2>&1; then
    return 0
  fi
  cat "$log" >&2
  return 1
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
echo "ensure-chromium: installed ${all[*]} ($("$browser" --version 2>/dev/null || echo chromium))" >&2
