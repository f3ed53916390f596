# Installs what ecm-calc's build and tests need, skipping what is already there.
# Sourced by scripts/serve and scripts/check; every step names itself, and a
# failure says which step failed and what to do.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

WASM_OPT_VERSION="132"        # Debian's wasm-opt 108 produces a page that dies at start

step() { printf '\n==> %s\n' "$*"; }
fail() {
  printf '\nFAILED at step: %s\n  what to do: %s\n' "$1" "$2" >&2
  exit 1
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    fail "$*" "run as root or install sudo"; fi
}

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_target() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    step "installing the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown || fail "wasm target" "check that rustup can reach crates' static host (rustup target add wasm32-unknown-unknown)"
  fi
}

ensure_wasm_bindgen() {
  [ -f Cargo.lock ] || cargo generate-lockfile
  local want; want="$(wasm_bindgen_version)"
  [ -n "$want" ] || fail "wasm-bindgen CLI" "Cargo.lock has no wasm-bindgen entry; run cargo build -p ecm-web"
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $want\$\| $want "; then
    step "installing wasm-bindgen-cli $want (about 3 minutes, once)"
    # Not --locked: its lock file names a dependency version the registry no longer has.
    cargo install wasm-bindgen-cli --version "$want" --force || fail "wasm-bindgen CLI" "run: cargo install wasm-bindgen-cli --version $want"
  fi
}

ensure_node_modules() {
  command -v npm >/dev/null || fail "npm" "install Node.js 20 or newer with npm"
  # npm ci again only when package-lock.json changed since the last install.
  local want; want="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ "$(cat node_modules/.ecm-lock-sha256 2>/dev/null)" != "$want" ]; then
    step "installing npm dev dependencies (npm ci)"
    npm ci --no-audit --no-fund || fail "npm ci" "check that the npm registry is reachable, then run npm ci"
    echo "$want" > node_modules/.ecm-lock-sha256
  fi
  wasm-opt --version 2>/dev/null | grep -q "version $WASM_OPT_VERSION" \
    || fail "wasm-opt" "node_modules/.bin/wasm-opt is not version $WASM_OPT_VERSION; run npm ci"
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    step "installing Chromium and chromedriver from Debian (about 45 s, once)"
    as_root apt-get update -qq || fail "apt-get update" "check that Debian's package mirror is reachable"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null \
      || fail "chromium" "run: apt-get install -y chromium chromium-driver"
  fi
}

# Debian's Python, which python3-lxml installs into (a python3 earlier on
# PATH, e.g. pyenv's, would not see it).
SYSTEM_PYTHON="/usr/bin/python3"

ensure_python_lxml() {
  # The exports' check (tests/exports/check_exports.py) validates QTI against
  # its XML schema with lxml.
  if ! "$SYSTEM_PYTHON" -c 'import lxml.etree' 2>/dev/null; then
    step "installing python3-lxml from Debian (once)"
    as_root apt-get update -qq || fail "apt-get update" "check that Debian's package mirror is reachable"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-lxml >/dev/null \
      || fail "python3-lxml" "run: apt-get install -y python3-lxml"
  fi
}

build_release() {
  step "building the release site: one WebAssembly module per page (scripts/build-pages.mjs)"
  node "$ROOT/scripts/build-pages.mjs" "$ROOT/dist" || fail "release build" "read the error above (cargo, wasm-bindgen, wasm-opt or esbuild); run scripts/check for the full checks"
}
