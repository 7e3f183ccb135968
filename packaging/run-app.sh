#!/usr/bin/env bash
# Fresh Debian 12 to running app: install dependencies, build (Release), start WBC Studio.
# Arguments are passed to wbc-studio (a project file or a dataset folder).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$BUILD_DIR" -j"$(nproc)"
exec "$BUILD_DIR/app/wbc-studio" "$@"
