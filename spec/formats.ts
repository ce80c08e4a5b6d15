/**
 * The string formats the Batch contract uses, as this library checks them: ajv-formats' full set,
 * with Batch's own readings on top. One object, shared by the runtime validator and the validators
 * precompiled at build time (`scripts/compileValidators.ts`), whose generated code refers to it by
 * `require("../formats").batchFormats` so both check exactly the same way.
 */
import { fullFormats } from "ajv-formats/dist/formats";
import type { Format } from "ajv";

/** ISO 8601 durations as Batch accepts them (e.g. PT5M, P1DT2H, PT0.5S). */
const DURATION = /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;

/** Every format name → its check (`true`: not checked). */
export const batchFormats: Record<string, Format> = {
  ...(fullFormats as Record<string, Format>),
  duration: DURATION,
  // The spec marks containerRegistries[].registryServer `format: uri`, yet Batch takes (and its docs
  // show) a bare host such as "myregistry.azurecr.io": accept an absolute URI or host[:port][/path].
  uri: (v: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(v) || /^[a-z0-9.-]+(:\d+)?(\/\S*)?$/i.test(v),
  // Checked by provider/core/validate/armId.ts with messages that name the expected form.
  "arm-id": true,
  "date-time-rfc7231": true,
  "date-time-rfc1123": true,
};
