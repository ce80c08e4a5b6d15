/**
 * Turns a schema issue of spec/validator.ts into a check reason that also says what to write
 * instead: the validator knows what is wrong ("must be integer", "is required"), the fix depends on
 * the kind of issue and, for the properties users miss most often, on the property itself.
 */
import type { SpecIssue } from "../../../spec/validator";
import { reason } from "./reason";

/** Examples for required properties, by the last segment of their path. */
const REQUIRED_EXAMPLES: Record<string, string> = {
  vmSize: 'e.g. vmSize: "Standard_D2s_v3"',
  imageReference:
    'e.g. imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" }',
  nodeAgentSKUId: 'matching the image, e.g. nodeAgentSKUId: "batch.node.ubuntu 22.04"',
  commandLine: "the command to run, e.g. commandLine: \"/bin/sh -c 'echo hello'\"",
  poolInfo: 'e.g. poolInfo: { poolId: "my-pool" }',
  password: "the password (kept as a secret)",
  poolLifetimeOption: 'e.g. poolLifetimeOption: "jobschedule" or "job"',
};

const TYPE_FIXES: Record<string, string> = {
  string: "write a string in quotes",
  integer: "write a whole number without quotes",
  number: "write a number without quotes",
  boolean: "write true or false without quotes",
  array: "write a list [ … ]",
  object: "write an object { … }",
};

/** The reason for one schema issue: the path, the problem and the fix. */
export function describeSpecIssue(issue: SpecIssue): string {
  const path = issue.path || "(body)";
  const problem = issue.message.replace(/^'[^']*' /, "");
  if (issue.code === "MissingRequiredProperty") {
    const example = REQUIRED_EXAMPLES[issue.property];
    return reason(path, "is required", example ? `add it, ${example}` : "add it");
  }
  if (issue.code === "UnknownProperty") {
    return reason(
      path,
      "is not a known property of api-version 2024-07-01.20.0",
      "remove it or check its spelling (names are case-sensitive camelCase)",
    );
  }
  const type = /^must be (string|integer|number|boolean|array|object)$/.exec(problem)?.[1];
  if (type) return reason(path, problem, TYPE_FIXES[type]);
  if (problem.startsWith("must be one of")) return reason(path, problem, "use one of these values");
  if (/format "duration"/.test(problem) || /ISO 8601 duration/.test(problem)) {
    return reason(path, problem, 'use an ISO 8601 duration such as "PT15M" (15 minutes) or "P1D" (1 day)');
  }
  if (/format "date-time"/.test(problem)) {
    return reason(path, problem, 'use an ISO 8601 UTC date-time such as "2030-01-31T06:00:00Z"');
  }
  if (/format "uri"/.test(problem))
    return reason(path, problem, "use an absolute URL such as https://host/path");
  return reason(path, problem, "correct the value (see the Batch REST API reference for this property)");
}
