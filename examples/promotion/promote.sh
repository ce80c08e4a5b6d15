#!/usr/bin/env bash
# The promotion (examples/promotion/promote.ts, `npm run promote`) against a local emulator with
# two accounts (dev and prod). Run from anywhere after `npm run setup`:
#   bash examples/promotion/promote.sh
# Against real accounts, skip this script: set DEV_BATCH_* / PROD_BATCH_*, PULUMI_BACKEND_URL and
# PULUMI_CONFIG_PASSPHRASE and run `npm run promote` (see README.md, "Team setup").
#
# The working tree stays untouched: the example's Pulumi*.yaml are copied into a temp directory
# (PROMOTE_WORK_DIR, `main` set to the absolute path of examples/promotion/index.ts) because the
# promotion writes each stack's endpoint and account name into Pulumi.<stack>.yaml. The state goes
# to a temp file:// backend unless PULUMI_BACKEND_URL is set. Everything is removed on exit.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$PATH"
WORK="$(mktemp -d)"
mkdir -p "$WORK/promotion" "$WORK/backend" "$WORK/home"
cp "$ROOT"/examples/promotion/Pulumi*.yaml "$WORK/promotion/"
sed -i "s|^main: .*|main: $ROOT/examples/promotion/index.ts|" "$WORK/promotion/Pulumi.yaml"
export PROMOTE_WORK_DIR="$WORK/promotion" PULUMI_HOME="$WORK/home"
export PULUMI_BACKEND_URL="${PULUMI_BACKEND_URL:-file://$WORK/backend}"
export PULUMI_CONFIG_PASSPHRASE="${PULUMI_CONFIG_PASSPHRASE:-promotion-demo}"
export PULUMI_SKIP_UPDATE_CHECK=true PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
unset AZURE_BATCH_ENDPOINT AZURE_BATCH_ACCOUNT AZURE_BATCH_ACCESS_KEY
PORT="${PORT:-18085}"
DEV_BATCH_ACCESS_KEY=$(node -e 'console.log(require("crypto").randomBytes(64).toString("base64"))')
PROD_BATCH_ACCESS_KEY=$(node -e 'console.log(require("crypto").randomBytes(64).toString("base64"))')
export DEV_BATCH_ACCESS_KEY PROD_BATCH_ACCESS_KEY
export DEV_BATCH_ENDPOINT="http://127.0.0.1:$PORT/devbatch" DEV_BATCH_ACCOUNT=devbatch
export PROD_BATCH_ENDPOINT="http://127.0.0.1:$PORT/prodbatch" PROD_BATCH_ACCOUNT=prodbatch

node "$ROOT/dist/emulator/cli.js" --port "$PORT" --timings fast \
  --account "devbatch:$DEV_BATCH_ACCESS_KEY" --account "prodbatch:$PROD_BATCH_ACCESS_KEY" &
emulator=$!
trap 'kill "$emulator" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do
  if (: <"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then break; fi
  sleep 0.1
done

cd "$ROOT"
npm run --silent promote
