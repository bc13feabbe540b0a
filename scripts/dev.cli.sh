#!/usr/bin/env bash
# `npm run cli -- <command>`: the athar CLI from dist/, built only when missing or stale. Reads
# .env, and finds the database and Redis of a running `npm run dev` by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-node.sh
source scripts/dev.lib.sh
athar_build_if_stale
mapfile -t env_files < <(athar_env_files)
exec node "${env_files[@]}" dist/cli.js "$@"
