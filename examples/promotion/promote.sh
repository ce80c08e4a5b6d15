#!/usr/bin/env bash
# Promotion, step by step, against a local emulator with two accounts (dev and prod).
# Run from the repository root after `npm run setup`:  bash examples/promotion/promote.sh
# Against real accounts, skip the emulator and set each stack's azure-batch:* config instead.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$PATH"
export PULUMI_BACKEND_URL="file://$ROOT/.pulumi-state" PULUMI_SKIP_UPDATE_CHECK=true
export PULUMI_CONFIG_PASSPHRASE="${PULUMI_CONFIG_PASSPHRASE:-promotion-demo}"
DEV_KEY=$(node -e 'console.log(require("crypto").randomBytes(64).toString("base64"))')
PROD_KEY=$(node -e 'console.log(require("crypto").randomBytes(64).toString("base64"))')
PORT="${PORT:-18085}"

node "$ROOT/dist/emulator/cli.js" --port "$PORT" --account "devbatch:$DEV_KEY" --account "prodbatch:$PROD_KEY" &
emulator=$!
trap 'kill $emulator' EXIT
sleep 1

cd "$ROOT/examples/promotion"
for stack in dev prod; do
  key=$DEV_KEY; [ "$stack" = prod ] && key=$PROD_KEY
  pulumi stack select --create "$stack"
  pulumi config set azure-batch:endpoint "http://127.0.0.1:$PORT/${stack}batch" --stack "$stack"
  pulumi config set azure-batch:accountName "${stack}batch" --stack "$stack"
  pulumi config set --secret azure-batch:accountKey "$key" --stack "$stack"
done
# 1. Deploy and verify dev.  2. Gate: dev has no drift.  3. Promote the same program to prod.
pulumi up --yes --stack dev
pulumi preview --refresh --expect-no-changes --stack dev
pulumi up --yes --stack prod
pulumi stack output summary --stack prod
