/**
 * Brings a stack back after a crash with Pulumi's standard commands only: `pulumi cancel` when
 * the CLI says the stack is locked (and names that command), `pulumi refresh
 * --import-pending-creates URN ID` / `--clear-pending-creates` for pending creates when the test
 * chooses so (the CLI's warning suggests a refresh), `pulumi refresh` where a provider error asks
 * for it, otherwise a plain rerun. The commands run are recorded for the report.
 */
import type { CliResult, PulumiTestStack } from "../harness";

/** How to resolve pending creates when the CLI reports some. */
export type PendingCreates = "import" | "clear";

/** The URN → provider id of each pending create in the checkpoint (ids as our providers make them). */
export async function pendingCreates(
  stack: PulumiTestStack,
  ids: Record<string, string>,
): Promise<Array<[string, string]>> {
  const state = await stack.exportState();
  const pending =
    ((state.deployment as Record<string, unknown>).pending_operations as
      Array<{ type: string; resource: { urn: string; type: string } }> | undefined) ?? [];
  return pending
    .filter((p) => p.type === "creating")
    .map((p) => {
      const kind = p.resource.type.split(":").pop() as string;
      if (!ids[kind]) throw new Error(`no id known for a pending ${p.resource.type}`);
      return [p.resource.urn, ids[kind]];
    });
}

/** Options of {@link recover}. */
export interface RecoverOptions {
  /** `up` (default) or `destroy`. */
  command?: "up" | "destroy";
  /**
   * Pending creates: resolve them first with `pulumi refresh --import-pending-creates` (`import`)
   * or `--clear-pending-creates` (`clear`), as the CLI's warning suggests; or leave them to the
   * rerun (`rerun`, the default), which the engine allows with a warning.
   */
  pending?: PendingCreates | "rerun";
  /** Provider id per resource kind (`Pool` → pool id, …), for `--import-pending-creates`. */
  ids: Record<string, string>;
}

/** Runs a command; when the stack is locked and the CLI names `pulumi cancel`, runs it and retries. */
async function unlocked(
  stack: PulumiTestStack,
  run: () => Promise<CliResult>,
  ran: string[],
): Promise<CliResult> {
  const result = await run();
  if (result.code === 0 || !/pulumi cancel/.test(result.stdout + result.stderr)) return result;
  ran.push(`${result.command.split(" --")[0]} (locked)`, "pulumi cancel");
  await stack.run(["cancel", "--yes", "--stack", stack.stackName]);
  return run();
}

/** Brings the stack back (see the module comment); returns the commands it ran. */
export async function recover(stack: PulumiTestStack, options: RecoverOptions): Promise<string[]> {
  const ran: string[] = [];
  const base = ["--yes", "--skip-preview", "--stack", stack.stackName];
  if (options.pending === "import" || options.pending === "clear") {
    const args = ["refresh", ...base];
    if (options.pending === "import") {
      const pending = await pendingCreates(stack, options.ids);
      if (pending.length === 0) throw new Error("no pending creates in the checkpoint");
      for (const [urn, id] of pending)
        args.push("--import-pending-creates", urn, "--import-pending-creates", id);
    } else args.push("--clear-pending-creates");
    const result = await unlocked(stack, () => stack.run(args, { allowFailure: true }), ran);
    // What the refresh left in state, for the report: Pulumi 3.276 turns the imported pending
    // creates into pending imports and then drops them ("interrupted while importing"), so
    // the next `up` finds the objects by their ids and takes them over.
    const kept = ((await stack.exportState()).deployment.resources ?? []).filter((r) =>
      /batch:/.test(String(r.type)),
    ).length;
    ran.push(
      `pulumi refresh --${options.pending}-pending-creates${result.code === 0 ? "" : " (failed)"} (${kept} resources in state after it)`,
    );
  }
  for (let round = 0; round < 4; round++) {
    const command = () =>
      options.command === "destroy"
        ? stack.destroy({ allowFailure: true })
        : stack.up({ allowFailure: true });
    const result = await unlocked(stack, command, ran);
    ran.push(`pulumi ${options.command ?? "up"}${result.code === 0 ? "" : " (failed)"}`);
    if (result.code === 0) return ran;
    // Our providers' errors name the command that repairs the state; run only that.
    if (/pulumi refresh/.test(result.stdout + result.stderr)) {
      await stack.refresh();
      ran.push("pulumi refresh");
    }
  }
  throw new Error(`the stack did not converge with ${ran.join(", ")}:\n${stack.history.at(-1)?.stdout}`);
}
