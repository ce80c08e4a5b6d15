/**
 * Request validation stage: api-version, then the JSON body against the operation's spec definition
 * (first issue wins, mapped to Batch's error codes with the property named in `values`).
 */
import { SUPPORTED_API_VERSIONS } from "./config";
import type { Ctx } from "./context";
import {
  invalidPropertyValue,
  invalidRequestBody,
  missingRequiredProperty,
  missingRequiredQueryParameter,
  unsupportedRequestVersion,
} from "./errors";
import { canonicalizeEnums } from "../spec/enums";
import { getDefinition, validateDefinition, type SpecIssue } from "../spec/validator";

const readOnlyCache = new Map<string, Set<string>>();

/** Top-level readOnly properties of a definition (Batch ignores them in request bodies). */
function readOnlyProps(def: string): Set<string> {
  let s = readOnlyCache.get(def);
  if (!s) {
    const props = (getDefinition(def)?.properties ?? {}) as Record<string, { readOnly?: boolean }>;
    s = new Set(
      Object.entries(props)
        .filter(([, v]) => v.readOnly)
        .map(([k]) => k),
    );
    readOnlyCache.set(def, s);
  }
  return s;
}

/**
 * Deliberate leniency: the spec marks BatchPoolReplaceOptions.certificateReferences required, but the
 * official example Pools_ReplacePoolProperties omits it; an omitted list is treated as empty.
 */
function tolerated(def: string, issue: SpecIssue): boolean {
  return (
    def === "BatchPoolReplaceOptions" &&
    issue.code === "MissingRequiredProperty" &&
    issue.path === "certificateReferences"
  );
}

/** Throws the Batch error for the first spec issue. */
function raise(issue: SpecIssue): never {
  if (issue.code === "MissingRequiredProperty") throw missingRequiredProperty(issue.property, issue.path);
  if (issue.code === "UnknownProperty")
    throw invalidRequestBody(`The property '${issue.path}' does not exist on this resource.`, issue.property);
  throw invalidPropertyValue(issue.property, issue.message, issue.path);
}

/** The last api-version accepted: comparing with it is cheaper than hashing a new string (issue 16). */
let lastAccepted = "";

/** Validates the api-version and (for operations with a body) the body; sets ctx.json. */
export function validateRequest(ctx: Ctx): void {
  const version = ctx.query.get("api-version");
  if (!version) throw missingRequiredQueryParameter("api-version");
  if (version !== lastAccepted) {
    if (!SUPPORTED_API_VERSIONS.has(version)) throw unsupportedRequestVersion(version);
    lastAccepted = version;
  }
  const def = ctx.route?.body;
  if (!def) return;
  if (ctx.body.length === 0) {
    if (!ctx.route?.bodyOptional) throw invalidRequestBody("The request body is missing.");
    ctx.json = {};
    return;
  }
  let json: unknown;
  try {
    json = JSON.parse(ctx.body.toString("utf8"));
  } catch (e) {
    throw invalidRequestBody(`The request body is not valid JSON: ${(e as Error).message}`);
  }
  if (!json || typeof json !== "object" || Array.isArray(json))
    throw invalidRequestBody("The request body must be a JSON object.");
  const ro = readOnlyProps(def);
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(json)) if (!ro.has(k) && !k.startsWith("odata.")) body[k] = v;
  // The service takes enum values in any case (a GET's `Spread` sent back is accepted).
  Object.assign(body, canonicalizeEnums(def, body));
  const issues = validateDefinition(def, body).filter((i) => !tolerated(def, i));
  if (issues.length) raise(issues[0]);
  ctx.json = body;
}
