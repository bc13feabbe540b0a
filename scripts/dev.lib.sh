# Sourced by scripts/dev.sh (`npm run dev`) and scripts/dev.cli.sh (`npm run cli`).

# What a build depends on: when none of it is newer than the last build, dist/ is used as it is.
ATHAR_BUILD_INPUTS=(src nest-cli.json tsconfig.json tsconfig.build.json package.json package-lock.json)
ATHAR_BUILD_STAMP=dist/.athar-build

athar_build_is_stale() {
  [ -f dist/main.js ] && [ -f dist/cli.js ] && [ -f "$ATHAR_BUILD_STAMP" ] || return 0
  [ -n "$(find "${ATHAR_BUILD_INPUTS[@]}" -newer "$ATHAR_BUILD_STAMP" -print -quit 2>/dev/null)" ]
}

# Builds dist/ when it is missing or older than its sources; one build at a time per checkout.
athar_build_if_stale() {
  athar_build_is_stale || return 0
  [ -d node_modules ] || { echo "node_modules is missing: run npm ci first" >&2; return 1; }
  mkdir -p .data
  (
    command -v flock >/dev/null 2>&1 && flock 9
    # Another process may have built it while this one waited.
    athar_build_is_stale || exit 0
    echo "building the app (dist/ is missing or older than src/; about half a minute)…" >&2
    started=$SECONDS
    # The stamp is taken before the build, so a source changed during it makes the next call build again.
    touch .data/build.started
    npx nest build >&2 || { echo "the build failed (see above)" >&2; exit 1; }
    mv .data/build.started "$ATHAR_BUILD_STAMP"
    echo "built in $((SECONDS - started)) s" >&2
  ) 9>.data/build.lock
}

# Node's options that read .env (when present) and, while `npm run dev` runs, the addresses of the
# services it started (.data/dev.env; left behind by a run that was killed, it is ignored).
# Variables already in the environment win over both.
athar_env_files() {
  printf '%s\n' --env-file-if-exists=.env
  if [ -f .data/dev.pid ] && kill -0 "$(cat .data/dev.pid)" 2>/dev/null; then printf '%s\n' --env-file-if-exists=.data/dev.env; fi
}
