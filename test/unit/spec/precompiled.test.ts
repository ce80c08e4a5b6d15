/**
 * The validators precompiled at build time (dist/spec/compiled, scripts/compileValidators.ts) must
 * judge exactly as the ones ajv compiles at run time: the same issues, in the same order, for
 * valid bodies and for every single-step corruption of them.
 */
import * as path from "node:path";
import fc from "fast-check";
import * as runtime from "../../../spec/validator";

const DIST = path.join(__dirname, "../../../dist/spec");
/* eslint-disable @typescript-eslint/no-require-imports -- the built modules, as they ship */
const built: typeof runtime = require(path.join(DIST, "validator.js"));
const precompiled: typeof import("../../../spec/precompiled") = require(path.join(DIST, "precompiled.js"));
/* eslint-enable @typescript-eslint/no-require-imports */

type Json = Record<string, unknown>;

const VM = {
  imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
  nodeAgentSKUId: "batch.node.ubuntu 22.04",
  dataDisks: [{ lun: 0, diskSizeGB: 64, caching: "readwrite" }],
};
const START_TASK = {
  commandLine: "/bin/sh -c 'echo hi'",
  resourceFiles: [{ httpUrl: "https://example.com/a.sh", filePath: "a.sh" }],
  userIdentity: { autoUser: { scope: "pool", elevationLevel: "admin" } },
  maxTaskRetryCount: 2,
  waitForSuccess: true,
};

/** Valid bodies of the definitions the providers check, rich enough to reach nested schemas. */
const BASES: Record<string, Json> = {
  BatchPoolCreateOptions: {
    id: "pool-1",
    vmSize: "standard_d2s_v3",
    virtualMachineConfiguration: VM,
    targetDedicatedNodes: 1,
    resizeTimeout: "PT15M",
    startTask: START_TASK,
    userAccounts: [{ name: "u", password: "p", elevationLevel: "nonadmin" }],
    metadata: [{ name: "a", value: "b" }],
    networkConfiguration: { endpointConfiguration: { inboundNATPools: [] } },
    taskSchedulingPolicy: { nodeFillType: "spread" },
  },
  BatchJobScheduleCreateOptions: {
    id: "js-1",
    schedule: { recurrenceInterval: "PT1H", startWindow: "PT5M" },
    jobSpecification: {
      priority: 10,
      constraints: { maxWallClockTime: "PT2H", maxTaskRetryCount: 1 },
      jobManagerTask: { id: "jm", commandLine: "echo", constraints: { retentionTime: "P7D" } },
      poolInfo: { autoPoolSpecification: { poolLifetimeOption: "job", pool: { vmSize: "a1", virtualMachineConfiguration: VM, startTask: START_TASK } } },
      metadata: [{ name: "k", value: "v" }],
    },
  },
  BatchCertificate: { thumbprint: "ab".repeat(20), thumbprintAlgorithm: "sha1", data: "AAAA", certificateFormat: "pfx", password: "x" },
  BatchPoolUpdateOptions: { startTask: START_TASK, metadata: [] },
  BatchPoolResizeOptions: { targetDedicatedNodes: 2, resizeTimeout: "PT10M", nodeDeallocationOption: "requeue" },
};

/** Every single-step corruption of `value`: at each node, drop it, retype it, or add a stranger. */
function corruptions(value: unknown, pathSoFar: string[] = []): Array<{ at: string; body: (root: Json) => void }> {
  const out: Array<{ at: string; body: (root: Json) => void }> = [];
  const set = (p: string[], v: unknown) => (root: Json) => {
    let node = root as Record<string, unknown>;
    for (const k of p.slice(0, -1)) node = node[k] as Record<string, unknown>;
    if (v === undefined) delete node[p[p.length - 1]];
    else node[p[p.length - 1]] = v;
  };
  if (pathSoFar.length > 0) {
    const at = pathSoFar.join(".");
    out.push({ at: `${at} removed`, body: set(pathSoFar, undefined) });
    const wrong = typeof value === "string" ? 7 : typeof value === "number" ? "seven" : typeof value === "boolean" ? "yes" : "x";
    out.push({ at: `${at} retyped`, body: set(pathSoFar, wrong) });
    if (typeof value === "string") {
      out.push({ at: `${at} not in its enum or form`, body: set(pathSoFar, "Not-A-Value") });
      out.push({ at: `${at} empty`, body: set(pathSoFar, "") });
    }
    if (typeof value === "number") out.push({ at: `${at} negative`, body: set(pathSoFar, -1) });
  }
  if (value && typeof value === "object") {
    if (!Array.isArray(value)) out.push({ at: `${pathSoFar.join(".")} + stranger`, body: set([...pathSoFar, "notAProperty"], 1) });
    for (const [k, v] of Object.entries(value)) out.push(...corruptions(v, [...pathSoFar, k]));
  }
  return out;
}

describe("precompiled spec validators", () => {
  test("the build precompiled the providers' definitions from this very spec", () => {
    for (const name of Object.keys(BASES)) {
      expect(precompiled.loadPrecompiled(name, built.validatorFingerprint)).toBeInstanceOf(Function);
    }
  });

  test("validators made from another spec (or schema preparation) are not used", () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy of the built loader
      const fresh: typeof precompiled = require(path.join(DIST, "precompiled.js"));
      expect(fresh.loadPrecompiled("BatchPoolCreateOptions", () => "0:another-spec")).toBeUndefined();
      expect(fresh.loadPrecompiled("BatchCertificate", built.validatorFingerprint)).toBeUndefined();
    });
  });

  test.each(Object.keys(BASES))("%s: valid base and every corruption judged the same", (name) => {
    const base = BASES[name];
    expect(built.validateDefinition(name, base)).toEqual(runtime.validateDefinition(name, base));
    expect(runtime.validateDefinition(name, base)).toEqual([]);
    const cases = corruptions(base);
    expect(cases.length).toBeGreaterThan(10);
    let rejected = 0;
    for (const c of cases) {
      const body = JSON.parse(JSON.stringify(base)) as Json;
      c.body(body);
      const expected = runtime.validateDefinition(name, body);
      if (expected.length > 0) rejected++;
      expect({ case: c.at, issues: built.validateDefinition(name, body) }).toEqual({ case: c.at, issues: expected });
    }
    // The corruptions reach the validator's checks, not only its happy path.
    expect(rejected).toBeGreaterThan(cases.length / 2);
  });

  test("arbitrary JSON under every property of a pool is judged the same", () => {
    const props = Object.keys((runtime.getDefinition("BatchPoolCreateOptions")?.properties ?? {}) as Json);
    fc.assert(
      fc.property(fc.constantFrom(...props), fc.jsonValue(), (prop, v) => {
        const body = { ...BASES.BatchPoolCreateOptions, [prop]: v };
        expect(built.validateDefinition("BatchPoolCreateOptions", body)).toEqual(
          runtime.validateDefinition("BatchPoolCreateOptions", body),
        );
      }),
      { numRuns: 300 },
    );
  });
});
