#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine: the system libraries Qt and the keyring need, then a
# virtual environment in .venv with the app and its development tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  # Qt (PySide6) offscreen and on a desktop
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0
  libxcb-xkb1 libxcb-shape0 fonts-dejavu-core
  # a real Secret Service for the keyring tests
  gnome-keyring libsecret-tools dbus dbus-x11
  # the exported curl smoke test is run for real by the tests
  curl
  # a virtual screen for screenshots
  xvfb
  # the accessibility tests read the window from outside, as a screen reader does (AT-SPI)
  at-spi2-core
  python3-pyatspi
  # a name server that never answers, in a network namespace of its own (`ip` brings its loopback up)
  iproute2
  # the clipboard tests paste from another application
  xclip
  # the Linux installer build (patchelf: no build-machine paths in the bundle's libraries)
  dpkg-dev binutils icu-devtools desktop-file-utils patchelf
  # the MSI, built and inspected on Linux (wixl compiles it; msiinfo/msidump read its tables)
  wixl msitools
  # the .deb's policy check and the CI workflow's syntax check, both run by the tests
  lintian yamllint
)

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev]'
# The app's bytecode, compiled once here: the editable install would otherwise compile every module
# at each start (PYTHONDONTWRITEBYTECODE, common in containers, stops Python saving it itself).
.venv/bin/python -m compileall -q app
# The translations the app loads (.qm), built from the committed .ts files.
.venv/bin/python scripts/translations.py build >/dev/null
echo "Set up. Start the app with: .venv/bin/cursor-azure-setup"
