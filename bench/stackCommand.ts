/**
 * The timed stack commands of the stack benchmarks (`stack-100.ts`, `growth.ts`): `up`, and a
 * `preview` and a `refresh` that must find no changes (a change would mean the figures measure
 * something other than a steady stack).
 */
import type { CliResult, PulumiTestStack } from "../test/e2e/harness";

/** The commands, in the order the benchmarks run them (`up` first: the others need the stack). */
export const STACK_COMMANDS = ["up", "preview", "refresh"] as const;

/** One of {@link STACK_COMMANDS}. */
export type StackCommand = (typeof STACK_COMMANDS)[number];

/** Runs `command` on `stack` through the real CLI; `durationMs` of the result is the figure. */
export function runStackCommand(stack: PulumiTestStack, command: StackCommand): Promise<CliResult> {
  return command === "up"
    ? stack.up()
    : command === "preview"
      ? stack.preview({ expectNoChanges: true })
      : stack.refresh({ expectNoChanges: true });
}
