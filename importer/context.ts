/**
 * What converting one account into declarations shares across objects: the names handed out, the
 * references between imported objects, the secrets and files asked for, and the problems met.
 */
import { Code } from "./code";
import type { Declaration, ExtraFile, ImportProblem, ObjectKind, RequiredFile } from "./model";
import { NameAllocator } from "./names";
import { SecretPlaceholders, type RequiredSecret } from "./secrets";
import type { WalkHooks } from "./specWalk";

/** Shared state of one conversion. */
export class ConvertContext {
  /** Variable names of the program. */
  readonly names = new NameAllocator();
  /** Pool id → variable, for `poolInfo.poolId`. */
  readonly poolVariables = new Map<string, string>();
  /** Upper-case thumbprint → variable, for certificate references. */
  readonly certificateVariables = new Map<string, string>();
  /** Objects or properties the library cannot express. */
  readonly problems: ImportProblem[] = [];
  /** Files written beside the program. */
  readonly files: ExtraFile[] = [];
  /** Files the user must supply. */
  readonly requiredFiles: RequiredFile[] = [];
  /** Files the user may supply instead of what the program loads by default. */
  readonly optionalFiles: RequiredFile[] = [];
  /** Secrets the program reads only when given (with an optional file). */
  readonly optionalSecrets: RequiredSecret[] = [];
  /** Stack config keys of the program (secrets and file paths). */
  readonly configKeys = new NameAllocator();
  /** Secrets the program reads from stack config. */
  readonly secrets = new SecretPlaceholders(this.configKeys);

  /**
   * The walk hooks for one object: references to imported pools and certificates become code,
   * secrets become config reads, and unknown properties are reported (and commented in the program).
   */
  hooksFor(kind: ObjectKind, id: string, variable: string, label: string, comments: string[]): WalkHooks {
    return {
      reference: (place, value) => {
        if (typeof value !== "string") return undefined;
        if (place.definition === "BatchPoolInfo" && place.property === "poolId") {
          const v = this.poolVariables.get(value);
          return v === undefined ? undefined : new Code(`${v}.id`);
        }
        if (place.definition === "BatchCertificateReference" && place.property === "thumbprint") {
          const v = this.certificateVariables.get(value.toUpperCase());
          return v === undefined ? undefined : new Code(`${v}.thumbprint`);
        }
        return undefined;
      },
      complete: (place, out) => this.secrets.complete({ variable, label }, place, out),
      unknown: (path) => {
        const message =
          `property "${path}" is not part of api-version 2024-07-01.20.0, which this library speaks; ` +
          "it is left out of the program (the library cannot set it) and the service keeps its value";
        comments.push(`Not expressible: ${path} (unknown to api-version 2024-07-01.20.0; left out).`);
        this.problems.push({ kind, id, message });
      },
    };
  }
}

/** A declaration, or why an object was left out. */
export type Converted = { declaration: Declaration } | { skipped: ImportProblem };
