#!/usr/bin/env bash
# Builds the C++ program, tests and benchmarks (build/) and the web app (web/dist/).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${BANGKOM_BUILD_JOBS:-$(nproc)}
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=${BANGKOM_BUILD_TYPE:-RelWithDebInfo} >/dev/null
cmake --build build -j "$jobs"
if [[ "${BANGKOM_SKIP_WEB:-0}" != 1 ]]; then
  npm run --silent build
fi
