#!/usr/bin/env bash
# The product: builds, creates the demo database on first run, serves http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BANGKOM_DB:-var/bangkom.db}
mkdir -p "$(dirname "$DB")"
if [[ ! -f "$DB" ]]; then
  ./build/bangkom demo --db "$DB" --seed "${BANGKOM_SEED:-1}"
fi
exec ./build/bangkom serve --db "$DB" --host "${BANGKOM_HOST:-127.0.0.1}" --port "${BANGKOM_PORT:-8080}" \
  --web web/dist --print-logins
