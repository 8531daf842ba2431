#!/usr/bin/env bash
# Installs what is missing, idempotently: the Debian packages of ../shared/design/STACK.md and the
# front end's packages from the committed lock file. Safe to run before every build.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev sqlite3 libpq-dev postgresql
  libsodium-dev libspdlog-dev libfmt-dev libcli11-dev libxlsxwriter-dev
  libcairo2-dev libpango1.0-dev fonts-noto-core libqrencode-dev
  libzip-dev zipcmp zipmerge ziptool libpugixml-dev coinor-libcbc-dev coinor-cbc
  libgtest-dev libgmock-dev libbenchmark-dev
  chromium wrk poppler-utils zbar-tools clang-format clang-tidy nginx
)

missing=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v node >/dev/null || { echo "setup: Node.js >= 20.19 is required (node not found)" >&2; exit 1; }
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' ||
  { echo "setup: Node.js >= 20.19 is required, found $(node --version)" >&2; exit 1; }

lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f node_modules/.bangkom-lock ]] || [[ "$(cat node_modules/.bangkom-lock)" != "$lock_hash" ]]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.bangkom-lock
fi
