/**
 * Unknown values during `pulumi preview`.
 *
 * The engine hands dynamic providers the sentinel string below wherever an input is not known yet
 * (e.g. it depends on another resource's output). `check` must skip validating those parts and
 * `diff` must treat them as "will change".
 */

/** The sentinel `@pulumi/pulumi/runtime/rpc` uses for an unknown value (`rpc.unknownValue`). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** True when the value is the unknown-value sentinel. */
export function isUnknown(value: unknown): boolean {
  return value === UNKNOWN;
}
