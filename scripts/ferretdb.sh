#!/usr/bin/env bash
# Development database without Docker: builds the FerretDB launcher (tools/ferretdb) if needed and
# runs it in the foreground on 127.0.0.1:27017, keeping its SQLite files in .cache/ferretdb-data.
# Then: MONGODB_URI=mongodb://127.0.0.1:27017/athar. (`npm test` starts its own, on a free port.)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-node.sh
source scripts/services.sh
bin=$(athar_build_ferretdb)
listen=${FERRETDB_LISTEN:-127.0.0.1:27017}
mkdir -p .cache/ferretdb-data
echo "FerretDB on $listen, data in .cache/ferretdb-data (Ctrl-C stops it)" >&2
exec "$bin" -listen "$listen" -dir .cache/ferretdb-data
