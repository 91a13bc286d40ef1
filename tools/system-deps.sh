#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks to run and test the app: a Chinese font
# (without one, Chinese shows as empty boxes) and the shared libraries Qt's wheels load.
# Elsewhere (Windows, macOS) the system fonts already cover Chinese; nothing to do.
set -u
[ "$(uname -s)" = "Linux" ] || exit 0
command -v dpkg >/dev/null 2>&1 || { echo "system-deps: not a Debian-like system; install a CJK font (e.g. Noto Sans CJK) yourself."; exit 0; }

want=(fonts-noto-cjk libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0)
# Qt's xcb platform plugin (a real X11 desktop; offscreen tests do not need these).
want+=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
       libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1)
# A headless X server: one test starts the app on real X, where a window is not made active
# by itself (offscreen, every shown window is); skipped where it is missing.
want+=(xvfb)
missing=()
for p in "${want[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
  echo "system-deps: please install: ${missing[*]} (e.g. sudo apt-get install ${missing[*]})"
  exit 0
fi
echo "system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null && $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null \
  || echo "system-deps: apt-get failed; install ${missing[*]} by hand"
exit 0
