#!/usr/bin/env bash
# `npm test`: checks the dependency rules, lint and format, type-checks, then runs the unit and integration tests. MongoDB and Redis come from
# MONGODB_URI / REDIS_URL when set, else `docker compose up -d mongo redis` where Docker runs,
# else a local FerretDB (built from tools/ferretdb) and redis-server, started here and stopped after.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-node.sh
source scripts/services.sh
trap athar_stop_services EXIT

[ -d node_modules ] || npm ci --no-audit --no-fund
# The dependency rules of docs/architecture.md (dependency-cruiser), in both modes and before anything
# starts: layers, no cycle between folders, pure core, Mongoose only in repositories and schemas,
# connections only from src/http/.
node scripts/check-architecture.mjs
# Lint (ESLint, typescript-eslint's recommended-type-checked rules: eslint.config.mjs) and format
# (Prettier: .prettierrc.json) of every TypeScript file; `npm run format` rewrites what the check refuses.
npx eslint --max-warnings 0 .
npx prettier --check --log-level warn "src/**/*.ts" "test/**/*.ts" "scripts/**/*.ts" || {
  echo "Some files are not formatted as Prettier would: run npm run format." >&2
  exit 1
}

projects=()
if [ "${1:-}" = "--unit" ]; then
  projects=(--selectProjects unit)
  shift
else
  athar_find_services
  athar_ensure_s3
  echo "tests use MONGODB_URI=${MONGODB_URI%%\?*} REDIS_URL=$REDIS_URL S3=$ATHAR_TEST_S3_ENDPOINT" >&2
  if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ] && [ ! -x /usr/bin/chromium-browser ] && [ ! -x /usr/bin/google-chrome ]; then
    echo "The dashboard tests need Chromium: install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

npx tsc -p tsconfig.json --noEmit
export TZ=UTC
export NODE_OPTIONS="${NODE_OPTIONS:-} --experimental-vm-modules --no-warnings=ExperimentalWarning"
npx jest "${projects[@]}" "$@"
