/**
 * An account snapshot → the program's declarations, in a stable order (certificates by thumbprint,
 * pools, then job schedules by id), with names allocated before any conversion so references to
 * imported objects resolve whatever the order.
 */
import { convertCertificate } from "./certificate";
import { ConvertContext, type Converted } from "./context";
import { convertJobSchedule } from "./jobSchedule";
import type { AccountSnapshot, Declaration, ExtraFile, ImportProblem, RequiredFile } from "./model";
import { convertPool } from "./pool";
import type { RequiredSecret } from "./secrets";

/** Everything the writer needs. */
export interface Conversion {
  declarations: Declaration[];
  /** Objects left out and properties that cannot be expressed. */
  problems: ImportProblem[];
  secrets: RequiredSecret[];
  requiredFiles: RequiredFile[];
  /** Files the user may supply in place of a default (a certificate's .pfx), with their secrets. */
  optional: { files: RequiredFile[]; secrets: RequiredSecret[] };
  files: ExtraFile[];
}

const byText =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** Converts every object of the snapshot. */
export function convertSnapshot(snapshot: AccountSnapshot): Conversion {
  const ctx = new ConvertContext();
  const certificates = [...snapshot.certificates].sort(byText((c) => c.thumbprint.toUpperCase()));
  const pools = [...snapshot.pools].sort(byText((p) => p.id ?? ""));
  const schedules = [...snapshot.jobSchedules].sort(byText((j) => j.id ?? ""));
  // Only objects that will be declared may be referenced.
  for (const c of certificates) {
    if (c.state === undefined || c.state === "active") {
      const t = c.thumbprint.toUpperCase();
      ctx.certificateVariables.set(t, ctx.names.allocate(`cert ${t.slice(0, 8)}`, "cert"));
    }
  }
  for (const p of pools)
    if (p.state !== "deleting") ctx.poolVariables.set(p.id ?? "", ctx.names.allocate(p.id ?? "", "pool"));
  const scheduleVariables = schedules.map((j) => ctx.names.allocate(j.id ?? "", "schedule"));

  const results: Converted[] = [
    ...certificates.map((c) => convertCertificate(c, ctx)),
    ...pools.map((p) => convertPool(p, ctx)),
    ...schedules.map((j, i) => convertJobSchedule(j, scheduleVariables[i], ctx)),
  ];
  const declarations: Declaration[] = [];
  const skipped: ImportProblem[] = [];
  for (const r of results) {
    if ("declaration" in r) declarations.push(r.declaration);
    else skipped.push(r.skipped);
  }
  return {
    declarations,
    problems: [...skipped, ...ctx.problems],
    secrets: ctx.secrets.required,
    requiredFiles: ctx.requiredFiles,
    optional: { files: ctx.optionalFiles, secrets: ctx.optionalSecrets },
    files: ctx.files,
  };
}
