#!/usr/bin/env bash
# `npm run dev [-- --demo]`: the whole system on this machine, without Docker. Starts FerretDB (a
# MongoDB-compatible server; on PostgreSQL when one is reachable, else SQLite) and Redis, keeping
# their data under .data/, builds the app when dist/ is missing or stale, asks for the first admin
# when there is no user yet, and runs every role (api, worker, scheduler) in one process.
# MONGODB_URI and REDIS_URL, from the environment or .env, point it at servers of your own instead.
set -euo pipefail
cd "$(dirname "$0")/.."

demo=false
for arg in "$@"; do
  case "$arg" in
    --demo) demo=true ;;
    -h | --help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "npm run dev: unknown option $arg (only --demo)" >&2; exit 2 ;;
  esac
done

source scripts/ensure-node.sh
source scripts/services.sh
source scripts/dev.lib.sh
mkdir -p .data
# Not .data/dev.env: what this run starts is exported instead.
env_files=(--env-file-if-exists=.env)

# One `npm run dev` per checkout: two would share .data/.
if [ -f .data/dev.pid ] && kill -0 "$(cat .data/dev.pid)" 2>/dev/null; then
  echo "npm run dev is already running in this folder (process $(cat .data/dev.pid)); stop it first." >&2
  exit 1
fi
echo $$ >.data/dev.pid

app_pid=
stop() {
  trap - EXIT INT TERM
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -INT "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  athar_stop_services
  rm -f .data/dev.env .data/dev.pid
}
trap stop EXIT
trap 'exit 130' INT TERM

# A setting from the environment, else from .env, else empty.
setting() { node "${env_files[@]}" -e 'process.stdout.write(process.env[process.argv[1]] ?? "")' "$1"; }

athar_build_if_stale

MONGODB_URI=$(setting MONGODB_URI)
REDIS_URL=$(setting REDIS_URL)
if [ -n "$MONGODB_URI" ]; then export MONGODB_URI; echo "using MONGODB_URI=${MONGODB_URI%%\?*}" >&2; else athar_start_dev_ferretdb "$PWD/.data" "${ATHAR_DEV_DB_PORT:-}"; fi
if [ -n "$REDIS_URL" ]; then export REDIS_URL; else athar_start_dev_redis "$PWD/.data/redis"; fi
# `npm run cli` in another terminal finds these while this runs.
printf 'MONGODB_URI=%s\nREDIS_URL=%s\n' "$MONGODB_URI" "$REDIS_URL" >.data/dev.env
# Plain-text logs for a person at a terminal, unless the environment or .env says otherwise.
[ -n "$(setting LOG_FORMAT)" ] || export LOG_FORMAT=text
port=$(setting PORT)
port=${port:-3000}

cli() { node "${env_files[@]}" dist/cli.js "$@"; }

# The first admin, when the database has no user yet (users list prints "<id>  <email>  <roles>";
# the demo's reviewers, who cannot sign in, do not count).
users=$(cli users list)
if ! grep -E '^[0-9a-f]{24} ' <<<"$users" | grep -qv '@demo\.athar\.invalid '; then
  if [ -t 0 ]; then
    echo >&2
    echo "No user yet: create the first admin (the password is not shown as you type)." >&2
    # Asked again until the CLI accepts it (an email address, a password of 10 characters or more).
    while :; do
      read -r -p "  email: " email
      read -r -p "  name [${email%%@*}]: " name
      read -r -s -p "  password (at least 10 characters): " password; echo >&2
      read -r -s -p "  the same again: " again; echo >&2
      if [ "$password" != "$again" ]; then echo "  the two passwords differ; again, please" >&2; continue; fi
      printf '%s\n' "$password" | cli users first-admin --email "$email" --name "${name:-${email%%@*}}" && break
      echo "  again, please" >&2
    done
  elif [ -n "${ATHAR_ADMIN_EMAIL:-}" ] && [ -n "${ATHAR_ADMIN_PASSWORD:-}" ]; then
    printf '%s\n' "$ATHAR_ADMIN_PASSWORD" | cli users first-admin --email "$ATHAR_ADMIN_EMAIL" --name "${ATHAR_ADMIN_NAME:-${ATHAR_ADMIN_EMAIL%%@*}}"
  else
    echo "No user yet, and no terminal to ask for the first admin: set ATHAR_ADMIN_EMAIL and ATHAR_ADMIN_PASSWORD" >&2
    echo "(and optionally ATHAR_ADMIN_NAME), or run npm run dev in a terminal." >&2
    exit 1
  fi
  unset password again
fi

if $demo; then cli demo; fi

node "${env_files[@]}" dist/main.js &
app_pid=$!
# /health answers 200 once MongoDB and Redis are reachable from the app.
node -e '
  const [url, pid] = process.argv.slice(1);
  const deadline = Date.now() + 120_000;
  const alive = () => { try { process.kill(Number(pid), 0); return true; } catch { return false; } };
  (async () => {
    while (Date.now() < deadline && alive()) {
      if (await fetch(url).then((r) => r.ok, () => false)) process.exit(0);
      await new Promise((r) => setTimeout(r, 200));
    }
    process.exit(1);
  })();' "http://127.0.0.1:$port/health" "$app_pid" || {
  kill -0 "$app_pid" 2>/dev/null && echo "the app did not answer http://127.0.0.1:$port/health within two minutes" >&2
  exit 1
}
echo >&2
echo "Athar is running: sign in at http://localhost:$port/login (Ctrl-C stops it and its services)." >&2
echo "In another terminal, npm run cli -- <command> uses the same database (npm run cli -- help)." >&2
wait "$app_pid"
