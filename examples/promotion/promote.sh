#!/usr/bin/env bash
# Promotion, step by step, against a local emulator with two accounts (dev and prod).
# Run from anywhere after `npm run setup`:  bash examples/promotion/promote.sh
# Against real accounts, skip the emulator and set each stack's azure-batch:* config instead.
#
# The run leaves the working tree untouched: the example's Pulumi*.yaml are copied into a temp
# directory (with `main` set to the absolute path of examples/promotion/index.ts, so the program
# still runs from its own directory with its tsconfig.json) with a temp file:// backend, because
# `pulumi config set` writes the per-run endpoint, account and encrypted key into
# Pulumi.<stack>.yaml. Everything is removed on exit.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$PATH"
WORK="$(mktemp -d)"
mkdir -p "$WORK/examples/promotion" "$WORK/backend" "$WORK/home"
cp "$ROOT"/examples/promotion/Pulumi*.yaml "$WORK/examples/promotion/"
sed -i "s|^main: .*|main: $ROOT/examples/promotion/index.ts|" "$WORK/examples/promotion/Pulumi.yaml"
export PULUMI_BACKEND_URL="file://$WORK/backend" PULUMI_HOME="$WORK/home"
export PULUMI_SKIP_UPDATE_CHECK=true PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
export PULUMI_CONFIG_PASSPHRASE="${PULUMI_CONFIG_PASSPHRASE:-promotion-demo}"
unset AZURE_BATCH_ENDPOINT AZURE_BATCH_ACCOUNT AZURE_BATCH_ACCESS_KEY
DEV_KEY=$(node -e 'console.log(require("crypto").randomBytes(64).toString("base64"))')
PROD_KEY=$(node -e 'console.log(require("crypto").randomBytes(64).toString("base64"))')
PORT="${PORT:-18085}"

node "$ROOT/dist/emulator/cli.js" --port "$PORT" --timings fast \
  --account "devbatch:$DEV_KEY" --account "prodbatch:$PROD_KEY" &
emulator=$!
trap 'kill "$emulator" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do
  if (: <"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then break; fi
  sleep 0.1
done

cd "$WORK/examples/promotion"
for stack in dev prod; do
  key=$DEV_KEY
  [ "$stack" = prod ] && key=$PROD_KEY
  pulumi stack init "$stack" --non-interactive
  pulumi config set azure-batch:endpoint "http://127.0.0.1:$PORT/${stack}batch" --stack "$stack"
  pulumi config set azure-batch:accountName "${stack}batch" --stack "$stack"
  pulumi config set --secret azure-batch:accountKey "$key" --stack "$stack"
done
# 1. Deploy and verify dev.  2. Gate: dev has no drift.  3. Promote the same program to prod.
pulumi up --yes --stack dev --non-interactive
pulumi preview --refresh --expect-no-changes --stack dev --non-interactive
pulumi up --yes --stack prod --non-interactive
for stack in dev prod; do
  echo "$stack: $(pulumi stack output summary --json --stack "$stack" | tr -d ' \n')"
done
