#!/usr/bin/env bash
# Installs every Debian 12 package WBC Studio needs to build, test and run.
# Idempotent; works as root or through sudo. The dpkg-dev row is for packaging: the .deb
# (dpkg-shlibdeps needs dpkg-dev and file), its checks (lintian too) and the icon renderer. clang and its
# runtime (libFuzzer, sanitizers) build the fuzz targets of tests/fuzz (packaging/run-reliability.sh).
# postgresql-15 and Qt's QPSQL driver: shared projects (docs/SHARED.md); the tests run a throwaway
# cluster of their own (packaging/pg-test-cluster.sh) and ignore the "main" one Debian starts.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev
    libopencv-dev libopenslide-dev libtiff-dev
    libtorch-dev libopenblas0-openmp
    libqcustomplot-dev
    xvfb xauth imagemagick poppler-utils sqlite3 python3
    qt6-translations-l10n
    dpkg-dev file appstream desktop-file-utils libxml2-utils librsvg2-bin lintian
    clang libclang-rt-14-dev
    postgresql-15 libqt6sql6-psql
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages already installed"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
