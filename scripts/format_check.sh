#!/usr/bin/env bash
# Fails when a C++ file differs from .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp' 2>/dev/null || true)
[[ -z "$files" ]] && exit 0
# shellcheck disable=SC2086
clang-format --dry-run --Werror $files
