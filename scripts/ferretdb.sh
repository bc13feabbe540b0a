#!/usr/bin/env bash
# Development database without Docker: builds the FerretDB launcher (tools/ferretdb) if needed and
# runs it in the foreground on 127.0.0.1:27017, or on the port of --port N or FERRETDB_PORT
# (FERRETDB_LISTEN=host:port sets both), keeping its SQLite files in .cache/ferretdb-data.
# Then: MONGODB_URI=mongodb://127.0.0.1:<port>/athar. (`npm test` starts its own, on a free port;
# `npm run dev` starts one with the app.)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${FERRETDB_PORT:-27017}
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=${2:?--port needs a number}; shift 2 ;;
    --port=*) port=${1#--port=}; shift ;;
    *) echo "npm run db:start: unknown option $1 (only --port N)" >&2; exit 2 ;;
  esac
done
[[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] || { echo "not a port: $port" >&2; exit 2; }
source scripts/ensure-node.sh
source scripts/services.sh
bin=$(athar_build_ferretdb)
listen=${FERRETDB_LISTEN:-127.0.0.1:$port}
mkdir -p .cache/ferretdb-data
echo "FerretDB on $listen (MONGODB_URI=mongodb://$listen/athar), data in .cache/ferretdb-data (Ctrl-C stops it)" >&2
exec "$bin" -listen "$listen" -dir .cache/ferretdb-data
