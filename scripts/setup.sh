#!/usr/bin/env bash
# Set-up for `npm test` and `npm run demo` (idempotent; a few seconds when warm):
#   1. npm dependencies (npm ci / npm install when node_modules is missing or package-lock.json changed),
#   2. Node 22 from the `node` dev dependency,
#   3. the Pulumi CLI pinned to the @pulumi/pulumi version: a compatible one already on PATH, else built once from
#      the Go module proxy into a per-user cache outside the repository,
#   4. links in node_modules/.bin: pulumi, our language host and dynamic-provider launcher; and
#      node_modules/pulumi-azure-batch -> the repository (the path dynamic providers require()),
#   5. the TypeScript build (dist/) and the precompiled spec validators; `--no-build` skips it
#      (npm test: scripts/test.sh builds).
# See scripts/README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BUILD=1
for arg in "$@"; do
  case "$arg" in
  --no-build) BUILD=0 ;;
  *)
    echo "usage: scripts/setup.sh [--no-build]" >&2
    exit 2
    ;;
  esac
done

PULUMI_VERSION="v3.276.0"
CACHE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-azure-batch"
CLI_DIR="$CACHE_ROOT/pulumi-$PULUMI_VERSION"
BIN="$ROOT/node_modules/.bin"
DEPS_STAMP="$ROOT/node_modules/.pulumi-azure-batch-lock.sha256"
export PULUMI_SKIP_UPDATE_CHECK=true

log() { printf 'setup: %s\n' "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}
step_start=$SECONDS
step_done() {
  log "$1 ($((SECONDS - step_start))s)"
  step_start=$SECONDS
}

mkdir -p "$CACHE_ROOT/locks"
# One set-up at a time per checkout (npm install and links), keyed by the checkout's path.
exec 8>"$CACHE_ROOT/locks/setup-$(printf '%s' "$ROOT" | sha256sum | cut -c1-16).lock"
flock 8

# 1. npm dependencies ---------------------------------------------------------------------------
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -d node_modules ]; then
  log "node_modules missing: npm ci"
  npm ci --no-audit --no-fund
elif [ "$(cat "$DEPS_STAMP" 2>/dev/null || true)" != "$lock_hash" ]; then
  # npm install (not ci): it updates in place, so others using node_modules are not disturbed.
  log "package-lock.json changed since the last install: npm install"
  npm install --no-audit --no-fund
fi
sha256sum package-lock.json | cut -d' ' -f1 >"$DEPS_STAMP"
step_done "npm dependencies ok"

# 2. Node 22 ------------------------------------------------------------------------------------
[ -x "$BIN/node" ] || die "node_modules/.bin/node is missing (the \`node\` dev dependency): run npm install"
node_version="$("$BIN/node" --version)"
node_major="${node_version#v}"
node_major="${node_major%%.*}"
[ "$node_major" -ge 22 ] || die "node_modules/.bin/node is $node_version; Node >= 22 is required"
export PATH="$BIN:$PATH"
step_done "Node $node_version"

# 3. Pulumi CLI -----------------------------------------------------------------------------------
cli_version_ok() { [ -x "$1" ] && [ "$("$1" version 2>/dev/null || true)" = "$PULUMI_VERSION" ]; }

# Compatible with the pin: the same major version and not older (v3.276.0, v3.280.1, ... but not
# v3.270.0 or v4.x), since the engine protocol only grows within a major version.
cli_version_compatible() {
  local v want
  [ -x "$1" ] || return 1
  v="$("$1" version 2>/dev/null || true)"
  v="${v#v}"
  want="${PULUMI_VERSION#v}"
  [[ "$v" =~ ^([0-9]+)\.([0-9]+)\.([0-9]+)$ ]] || return 1
  local major=${BASH_REMATCH[1]} minor=${BASH_REMATCH[2]} patch=${BASH_REMATCH[3]}
  [[ "$want" =~ ^([0-9]+)\.([0-9]+)\.([0-9]+)$ ]] || return 1
  [ "$major" -eq "${BASH_REMATCH[1]}" ] || return 1
  [ "$minor" -gt "${BASH_REMATCH[2]}" ] && return 0
  [ "$minor" -eq "${BASH_REMATCH[2]}" ] && [ "$patch" -ge "${BASH_REMATCH[3]}" ]
}

# An official pulumi on PATH (outside our own node_modules/.bin) of a compatible version wins.
find_cli_on_path() {
  local dir
  local IFS=:
  for dir in $PATH; do
    if [ -z "$dir" ] || [ "$dir" = "$BIN" ]; then continue; fi
    if cli_version_compatible "$dir/pulumi"; then
      printf '%s\n' "$(readlink -f "$dir/pulumi")"
      return 0
    fi
  done
  return 1
}

build_cli() {
  command -v go >/dev/null || die "the Pulumi CLI $PULUMI_VERSION is not on PATH and Go is missing to build it"
  mkdir -p "$CLI_DIR/bin"
  # Concurrent set-ups (several checkouts) wait here instead of building twice.
  exec 9>"$CLI_DIR/build.lock"
  if ! flock -n 9; then
    log "another set-up is building the Pulumi CLI; waiting for it"
    flock 9
  fi
  if cli_version_ok "$CLI_DIR/bin/pulumi"; then
    flock -u 9
    return 0
  fi
  cp "$ROOT/tools/pulumi-cli/go.mod" "$ROOT/tools/pulumi-cli/go.sum" "$ROOT/tools/pulumi-cli/tools.go" "$CLI_DIR/"
  local tmp="$CLI_DIR/bin/.pulumi.tmp.$$"
  trap 'rm -f "$tmp"' EXIT
  log "building the Pulumi CLI $PULUMI_VERSION into $CLI_DIR (cold: about 4 minutes on 2 cores; log: $CLI_DIR/build.log)"
  local started=$SECONDS
  if ! (cd "$CLI_DIR" && GOFLAGS=-buildvcs=false go build -o "$tmp" \
    -ldflags "-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$PULUMI_VERSION" \
    github.com/pulumi/pulumi/pkg/v3/cmd/pulumi) >"$CLI_DIR/build.log" 2>&1; then
    tail -n 30 "$CLI_DIR/build.log" >&2
    die "building the Pulumi CLI failed (full log: $CLI_DIR/build.log)"
  fi
  cli_version_ok "$tmp" || die "the freshly built CLI does not report $PULUMI_VERSION"
  # Atomic: an interrupted build never leaves a half-written bin/pulumi behind.
  mv -f "$tmp" "$CLI_DIR/bin/pulumi"
  trap - EXIT
  echo "$((SECONDS - started))s $(date -u +%FT%TZ) go=$(go env GOVERSION)" >"$CLI_DIR/build-time.txt"
  log "built the Pulumi CLI in $((SECONDS - started))s"
  flock -u 9
}

pkg_version="$("$BIN/node" -p 'require("@pulumi/pulumi/package.json").version')"
[ "v$pkg_version" = "$PULUMI_VERSION" ] ||
  log "warning: @pulumi/pulumi is $pkg_version but the CLI is pinned to $PULUMI_VERSION (scripts/setup.sh)"

if cli="$(find_cli_on_path)"; then
  :
else
  cli_version_ok "$CLI_DIR/bin/pulumi" || build_cli
  cli="$CLI_DIR/bin/pulumi"
fi
step_done "Pulumi CLI $("$cli" version 2>/dev/null || echo "?") (pinned $PULUMI_VERSION): $cli"

# 4. Links ----------------------------------------------------------------------------------------
# The CLI treats plugins lying next to its own (resolved) executable as bundled and uses them
# silently; found anywhere else on PATH it warns "using ... from $PATH" on every run. So, when the
# file system allows, node_modules/.bin/pulumi is a hard link (its directory is then the CLI's) and
# the two plugins there are small real files, not symlinks; else a symlink (and the warning).
if ! { [ "$BIN/pulumi" -ef "$cli" ] && [ ! -L "$BIN/pulumi" ]; }; then
  rm -f "$BIN/pulumi"
  ln "$cli" "$BIN/pulumi" 2>/dev/null || ln -s "$cli" "$BIN/pulumi"
fi
for plugin in pulumi-language-nodejs pulumi-resource-pulumi-nodejs; do
  rm -f "$BIN/$plugin"
  # shellcheck disable=SC2016 # $0 and $@ are for the written script
  printf '#!/bin/sh\n# Written by scripts/setup.sh.\nexec "$(dirname "$0")/../../tools/pulumi-language-nodejs/%s" "$@"\n' \
    "$plugin" >"$BIN/$plugin"
  chmod +x "$BIN/$plugin"
done
# The stable package path dynamic providers require() at call time (package.json "exports").
ln -sfn .. "$ROOT/node_modules/pulumi-azure-batch"
step_done "links in node_modules/.bin and node_modules/pulumi-azure-batch ok"

# 5. Build (last, so the CLI and links are usable even while the tree does not compile) ----------
if [ "$BUILD" = 1 ]; then
  "$BIN/tsc" -p tsconfig.json
  node dist/scripts/compileValidators.js
  step_done "TypeScript build ok (dist/, precompiled spec validators)"
fi
