/**
 * End-to-end test harness: the real Pulumi CLI against throw-away stacks (and the emulator).
 * See scripts/README.md ("E2E harness") for a walk-through.
 */
export { REPO_ROOT, BIN_DIR, pulumiBinary, compiledProgram, sourceProgram } from "./paths";
export { offlineEnv, TEST_PASSPHRASE } from "./offlineEnv";
export type { OfflineEnvOptions } from "./offlineEnv";
export { runPulumi, PulumiCommandError, DEFAULT_COMMAND_TIMEOUT_MS } from "./runPulumi";
export type { CliResult, RunPulumiOptions } from "./runPulumi";
export { PulumiTestStack, withTestStack, uniqueSuffix } from "./PulumiTestStack";
export type { TestStackOptions, CommandOptions, ConfigValue } from "./PulumiTestStack";
export { startTestEmulator, emulatorEnv } from "./emulator";
export { startAzurite, AZURITE_ACCOUNT, AZURITE_KEY } from "./azurite";
export type { TestAzurite, AzuriteOptions } from "./azurite";
export type { TestEmulator } from "./emulator";
