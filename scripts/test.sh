#!/usr/bin/env bash
# The whole check, as `npm test` runs it after scripts/setup.sh: TypeScript build, ESLint,
# Prettier, then every jest project (unit, integration, e2e). Every step runs even after a failure
# so one run shows all problems; the exit code is non-zero if any step failed.
# Extra arguments go to jest (e.g. `bash scripts/test.sh --selectProjects unit`).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
export PATH="$ROOT/node_modules/.bin:$PATH"
export PULUMI_SKIP_UPDATE_CHECK=true

failed=()
step() {
  local name="$1"
  shift
  local started=$SECONDS
  echo "=== $name"
  if "$@"; then
    echo "=== $name: ok ($((SECONDS - started))s)"
  else
    echo "=== $name: FAILED ($((SECONDS - started))s)"
    failed+=("$name")
  fi
}

step "build (tsc)" tsc -p tsconfig.json
step "build (precompiled spec validators)" node dist/scripts/compileValidators.js
step "lint (eslint)" eslint .
step "format (prettier --check)" prettier --check --log-level warn .

# Two workers: the machine (and CI) has 2 cores, and e2e tests start several processes each.
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
step "tests (jest)" jest --maxWorkers=2 --json --outputFile="$report" "$@"

# A plain closing line ("jest: N passed, N failed, N skipped") that any reader of the log can
# count, in addition to jest's own summary above.
if [ -s "$report" ]; then
  # shellcheck disable=SC2016 # JavaScript template literals
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const failed = r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
    const skipped = r.numPendingTests + (r.numTodoTests || 0);
    console.log(`jest: ${r.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
  ' "$report"
fi

if [ "${#failed[@]}" -gt 0 ]; then
  echo "test.sh: failed steps: ${failed[*]}"
  exit 1
fi
echo "test.sh: all steps passed"
