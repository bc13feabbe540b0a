# Sourced by scripts/test.sh and .ci/run: finds or starts MongoDB (FerretDB here) and Redis for the tests.
# Everything it starts is stopped by athar_stop_services (call it from an EXIT trap).

ATHAR_STARTED_PIDS=()
ATHAR_TMP_DIRS=()
ATHAR_PG_DROP=()
[ -d /usr/local/go/bin ] && export PATH="$PATH:/usr/local/go/bin"

athar_free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

athar_wait_port() { # host port seconds
  local i
  for ((i = 0; i < $3 * 10; i++)); do
    if (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  return 1
}

athar_build_ferretdb() {
  local bin="$PWD/.cache/ferretdb-launcher"
  if [ -x "$bin" ] && [ -z "$(find tools/ferretdb -newer "$bin" -type f 2>/dev/null)" ]; then
    echo "$bin"; return 0
  fi
  if ! command -v go >/dev/null 2>&1; then
    echo "To run the tests without Docker, install Go >= 1.24 (it builds the FerretDB test server in tools/ferretdb)," >&2
    echo "or start MongoDB and Redis yourself and set MONGODB_URI and REDIS_URL." >&2
    return 1
  fi
  mkdir -p .cache
  echo "building the FerretDB launcher (tools/ferretdb; first time takes a minute)…" >&2
  (cd tools/ferretdb && go build -o "$bin" .) >&2 || return 1
  echo "$bin"
}

# A PostgreSQL server for FerretDB's faster backend: ATHAR_TEST_PG_URL (any database on the server
# to connect to, e.g. postgres://user@host:5432/postgres), else the local server if pg_isready sees it.
# Prints the admin URL, or nothing when there is none (then FerretDB runs on SQLite).
athar_find_postgres() {
  [ "${ATHAR_TEST_BACKEND:-}" = sqlite ] && return 0
  command -v psql >/dev/null 2>&1 || return 0
  if [ -n "${ATHAR_TEST_PG_URL:-}" ]; then echo "$ATHAR_TEST_PG_URL"; return 0; fi
  if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    local url
    for url in "postgres://127.0.0.1:5432/postgres" "postgres://postgres@127.0.0.1:5432/postgres"; do
      if psql "$url" -qAtc 'select 1' >/dev/null 2>&1; then echo "$url"; return 0; fi
    done
  fi
}

athar_start_ferretdb() { # [persistent data directory]
  local bin port dir pg db backend args
  bin=$(athar_build_ferretdb) || return 1
  port=$(athar_free_port)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/athar-ferretdb.XXXXXX")
  ATHAR_TMP_DIRS+=("$dir")
  pg=$(athar_find_postgres)
  if [ -n "$pg" ]; then
    # Each run gets its own database, dropped when the run stops.
    db="athar_run_$(date +%s)_$$_$RANDOM"
    if psql "$pg" -qAtc "create database $db" >/dev/null 2>"$dir/createdb.log"; then
      ATHAR_PG_DROP+=("$pg|$db")
      backend=PostgreSQL
      args=(-handler postgresql -postgresql-url "$(athar_pg_url_for "$pg" "$db")")
    else
      echo "could not create a PostgreSQL database ($(head -1 "$dir/createdb.log")); using SQLite" >&2
    fi
  fi
  if [ -z "${backend:-}" ]; then
    backend=SQLite
    args=(-dir "${1:-$dir/data}")
  fi
  "$bin" -listen "127.0.0.1:$port" "${args[@]}" >"$dir/ferretdb.log" 2>&1 &
  ATHAR_STARTED_PIDS+=($!)
  if ! athar_wait_port 127.0.0.1 "$port" 30; then
    echo "FerretDB did not start; its log:" >&2; cat "$dir/ferretdb.log" >&2; return 1
  fi
  export MONGODB_URI="mongodb://127.0.0.1:$port/athar"
  export ATHAR_DB_BACKEND="ferretdb-${backend,,}"
  echo "started FerretDB ($backend) on 127.0.0.1:$port" >&2
}

# The same server URL with another database name (keeps user, host, port and query).
athar_pg_url_for() { # url db
  node -e 'const u=new URL(process.argv[1]);u.pathname="/"+process.argv[2];console.log(u.toString())' "$1" "$2"
}

# An S3-compatible store for the media tests: ATHAR_TEST_S3_ENDPOINT when set (MinIO, say),
# else the local one built from tools/s3 (objects in memory), on a free port.
athar_ensure_s3() {
  [ -n "${ATHAR_TEST_S3_ENDPOINT:-}" ] && return 0
  local bin="$PWD/.cache/s3-launcher" port dir
  if [ ! -x "$bin" ] || [ -n "$(find tools/s3 -newer "$bin" -type f 2>/dev/null)" ]; then
    if ! command -v go >/dev/null 2>&1; then
      echo "The media storage tests need an S3-compatible store: install Go >= 1.24 (it builds tools/s3)," >&2
      echo "or start MinIO and set ATHAR_TEST_S3_ENDPOINT=http://host:port (access key and secret: athar / athar-secret)." >&2
      return 1
    fi
    mkdir -p .cache
    (cd tools/s3 && go build -o "$bin" .) >&2 || return 1
  fi
  port=$(athar_free_port)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/athar-s3.XXXXXX")
  ATHAR_TMP_DIRS+=("$dir")
  "$bin" -listen "127.0.0.1:$port" >"$dir/s3.log" 2>&1 &
  ATHAR_STARTED_PIDS+=($!)
  athar_wait_port 127.0.0.1 "$port" 10 || { echo "the S3 test server did not start; its log:" >&2; cat "$dir/s3.log" >&2; return 1; }
  export ATHAR_TEST_S3_ENDPOINT="http://127.0.0.1:$port"
  echo "started an S3 test server on 127.0.0.1:$port" >&2
}

athar_ensure_redis() {
  if command -v redis-cli >/dev/null 2>&1 && [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = PONG ]; then
    export REDIS_URL="redis://127.0.0.1:6379"; return 0
  fi
  if ! command -v redis-server >/dev/null 2>&1; then
    echo "Redis is needed for the tests: install redis-server (Debian/Ubuntu: apt-get install redis-server)," >&2
    echo "or set REDIS_URL to a running Redis." >&2
    return 1
  fi
  local port dir
  port=$(athar_free_port)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/athar-redis.XXXXXX")
  ATHAR_TMP_DIRS+=("$dir")
  redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --dir "$dir" >"$dir/redis.log" 2>&1 &
  ATHAR_STARTED_PIDS+=($!)
  athar_wait_port 127.0.0.1 "$port" 10 || { echo "redis-server did not start; its log:" >&2; cat "$dir/redis.log" >&2; return 1; }
  export REDIS_URL="redis://127.0.0.1:$port"
  echo "started redis-server on 127.0.0.1:$port" >&2
}

athar_find_services() {
  if [ -n "${MONGODB_URI:-}" ] && [ -n "${REDIS_URL:-}" ]; then return 0; fi
  if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
    echo "starting mongo and redis with docker compose…" >&2
    docker compose up -d --wait mongo redis >&2 || return 1
    export MONGODB_URI="${MONGODB_URI:-mongodb://127.0.0.1:27017/athar}"
    export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
    return 0
  fi
  if [ -z "${MONGODB_URI:-}" ]; then athar_start_ferretdb || return 1; fi
  if [ -z "${REDIS_URL:-}" ]; then athar_ensure_redis || return 1; fi
}

athar_stop_services() {
  local pid
  for pid in "${ATHAR_STARTED_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${ATHAR_STARTED_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  for dir in "${ATHAR_TMP_DIRS[@]}"; do rm -rf "$dir"; done
  local entry
  for entry in "${ATHAR_PG_DROP[@]}"; do
    psql "${entry%%|*}" -qAtc "drop database if exists ${entry##*|} with (force)" >/dev/null 2>&1 || true
  done
}

# `npm run dev`: a FerretDB that keeps its data between runs, under <dir> (SQLite files) or in the
# PostgreSQL database ATHAR_DEV_PG_DB (default athar_dev, created when missing, never dropped).
# Listens on <port> (a free one when empty or taken); stopped by athar_stop_services.
athar_start_dev_ferretdb() { # dir [port]
  local bin dir=$1 port=${2:-} pg db backend args
  bin=$(athar_build_ferretdb) || return 1
  mkdir -p "$dir"
  if [ -z "$port" ] || (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    [ -n "$port" ] && echo "port $port is taken; FerretDB takes a free one" >&2
    port=$(athar_free_port)
  fi
  pg=$(athar_find_postgres)
  if [ -n "$pg" ]; then
    db=${ATHAR_DEV_PG_DB:-athar_dev}
    if [ "$(psql "$pg" -qAtc "select 1 from pg_database where datname = '$db'" 2>/dev/null)" = 1 ] ||
      psql "$pg" -qAtc "create database $db" >/dev/null 2>"$dir/createdb.log"; then
      backend="PostgreSQL, database $db"
      args=(-handler postgresql -postgresql-url "$(athar_pg_url_for "$pg" "$db")")
    else
      echo "could not create the PostgreSQL database $db ($(head -1 "$dir/createdb.log")); using SQLite" >&2
    fi
  fi
  if [ -z "${backend:-}" ]; then
    backend="SQLite, in $dir/ferretdb"
    mkdir -p "$dir/ferretdb"
    args=(-dir "$dir/ferretdb")
  fi
  "$bin" -listen "127.0.0.1:$port" "${args[@]}" >>"$dir/ferretdb.log" 2>&1 &
  ATHAR_STARTED_PIDS+=($!)
  if ! athar_wait_port 127.0.0.1 "$port" 30; then
    echo "FerretDB did not start; the end of its log ($dir/ferretdb.log):" >&2; tail -20 "$dir/ferretdb.log" >&2; return 1
  fi
  export MONGODB_URI="mongodb://127.0.0.1:$port/athar"
  echo "started FerretDB ($backend) on 127.0.0.1:$port" >&2
}

# `npm run dev`: the Redis on 127.0.0.1:6379 when one answers, else a redis-server that keeps the
# queues in <dir> (append-only file) between runs, on a free port.
athar_start_dev_redis() { # dir
  local dir=$1 port
  if command -v redis-cli >/dev/null 2>&1 && [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = PONG ]; then
    export REDIS_URL="redis://127.0.0.1:6379"; echo "using the Redis on 127.0.0.1:6379" >&2; return 0
  fi
  if ! command -v redis-server >/dev/null 2>&1; then
    echo "Athar needs Redis: install redis-server (Debian/Ubuntu: apt-get install redis-server), or set REDIS_URL." >&2
    return 1
  fi
  mkdir -p "$dir"
  port=$(athar_free_port)
  redis-server --port "$port" --bind 127.0.0.1 --dir "$dir" --appendonly yes --save "" >>"$dir/redis.log" 2>&1 &
  ATHAR_STARTED_PIDS+=($!)
  athar_wait_port 127.0.0.1 "$port" 10 || { echo "redis-server did not start; the end of its log:" >&2; tail -20 "$dir/redis.log" >&2; return 1; }
  export REDIS_URL="redis://127.0.0.1:$port"
  echo "started redis-server on 127.0.0.1:$port, data in $dir" >&2
}
