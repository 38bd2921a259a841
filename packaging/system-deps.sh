#!/usr/bin/env bash
# Checks the Debian/Ubuntu system libraries that Qt, espeak-ng and the test screen need.
# As root it installs what is missing with apt-get; otherwise it prints the exact line to run.
set -euo pipefail

packages=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 fonts-dejavu-core
  libxkbcommon0 libdbus-1-3 libpulse0 libxrandr2 libespeak-ng1 espeak-ng
  xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  # Building the bundle (build_installer.spec, docs/packaging.md): strip, objcopy and readelf; a C compiler with
  # libc's headers for ICU's trimmed data and the QtQuick/QtQml stand-ins; icupkg to trim ICU's data.
  binutils gcc libc6-dev icu-devtools
)
# Debian's own python3 needs these for venv and for PyInstaller.
if ! python3 -c 'import ensurepip' >/dev/null 2>&1; then
  packages+=(python3-venv)
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-style system; make sure Qt 6's X11/EGL libraries and espeak-ng are installed." >&2
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

line="apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "system-deps: SelfCompass needs some system libraries that are not installed. Please run:" >&2
  echo "    sudo apt-get update && sudo $line" >&2
  exit 1
fi
