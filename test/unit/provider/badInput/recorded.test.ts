/**
 * Check must never be stricter than the real service: every create body the real Batch service
 * accepted in the recordings of /work/shared/realservice (201, or 409 for an id that already
 * existed) and Microsoft's create examples pass each provider's `check`; a recorded 400 that names
 * a malformed property is refused by `check` naming that property.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { check as checkPool } from "../../../../provider/pool/index";
import { check as checkJobSchedule } from "../../../../provider/jobSchedule/index";
import { check as checkCertificate } from "../../../../provider/certificate/index";
import { FIXTURE_PASSWORD, fixture64, THUMBPRINTS } from "../../certificate/fixtures";
import { shared } from "../../../sharedDir";

const RECORDINGS = process.env.BATCH_RECORDINGS_DIR ?? shared("realservice");
const EXAMPLES = shared("batch-api/examples-typespec-source");

type Obj = Record<string, unknown>;
interface Interaction {
  method: string;
  path: string;
  status: number;
  requestBody?: unknown;
  responseBody?: { values?: Array<{ key: string; value: string }> };
}

const LINUX_VM = {
  imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
  nodeAgentSKUId: "batch.node.ubuntu 22.04",
};

function interactions(file: string): Interaction[] {
  const json = JSON.parse(fs.readFileSync(path.join(RECORDINGS, file), "utf8")) as {
    interactions?: Interaction[];
    files?: Array<{ interactions: Interaction[] }>;
  };
  return json.interactions ?? (json.files ?? []).flatMap((f) => f.interactions);
}

/** The creates with a recorded body, by collection. */
function creates(collection: string): Array<[string, Interaction]> {
  const files = fs.readdirSync(RECORDINGS).filter((f) => f.endsWith(".json"));
  return files.flatMap((file) =>
    interactions(file)
      .filter(
        (i) =>
          i.method === "POST" &&
          i.path.split("?")[0].replace(/\/$/, "") === `/${collection}` &&
          i.requestBody !== undefined &&
          typeof i.requestBody === "object",
      )
      .map((i, n): [string, Interaction] => [`${file} #${n} (${i.status})`, i]),
  );
}

/** The README's reading for api-version 2024-07-01.20.0: removed properties swapped out. */
function poolInputs(body: Obj): Obj {
  const { id, cloudServiceConfiguration, applicationLicenses: _licenses, ...rest } = body;
  return {
    poolId: id,
    ...rest,
    ...(cloudServiceConfiguration !== undefined && rest.virtualMachineConfiguration === undefined
      ? { virtualMachineConfiguration: LINUX_VM }
      : {}),
  };
}

const accepted = (i: Interaction) => (i.status >= 200 && i.status < 300) || i.status === 409;

describe("recorded create bodies the real service accepted pass check", () => {
  const pools = creates("pools");
  test("the recordings hold pool, job schedule and certificate bodies", () => {
    expect(pools.filter(([, i]) => accepted(i)).length).toBeGreaterThanOrEqual(5);
    expect(creates("jobschedules").length).toBeGreaterThanOrEqual(1);
    expect(creates("certificates").length).toBeGreaterThanOrEqual(1);
  });

  test.each(pools.filter(([, i]) => accepted(i)))("pool %s", async (_name, i) => {
    const { failures } = await checkPool({}, poolInputs(i.requestBody as Obj));
    expect(failures).toEqual([]);
  });

  test.each(creates("jobschedules").filter(([, i]) => accepted(i)))("job schedule %s", async (_n, i) => {
    const { failures } = await checkJobSchedule({}, i.requestBody as Obj);
    expect(failures).toEqual([]);
  });

  // The recorded data and password are omitted; a fixture .pfx of the same format stands in.
  test.each(creates("certificates").filter(([, i]) => accepted(i)))("certificate %s", async (_n, i) => {
    const body = i.requestBody as Obj;
    const { failures } = await checkCertificate(
      {},
      {
        ...body,
        data: fixture64("test-rsa.pfx"),
        password: FIXTURE_PASSWORD,
        thumbprint: THUMBPRINTS.rsa.toLowerCase(),
      },
    );
    expect(failures).toEqual([]);
  });

  // A 400 whose reason is the property's form must fail at check already, naming that property.
  const malformed = pools.filter(
    ([, i]) =>
      i.status === 400 && (i.responseBody?.values ?? []).some((v) => /must be of the format/i.test(v.value)),
  );
  test("a recorded 400 for a malformed resource id is among the recordings", () => {
    expect(malformed.length).toBeGreaterThanOrEqual(1);
  });
  test.each(malformed)("pool %s is refused by check, naming the property", async (_n, i) => {
    const property = (i.responseBody?.values ?? []).find((v) => v.key === "PropertyName")?.value ?? "";
    const { failures } = await checkPool({}, poolInputs(i.requestBody as Obj));
    expect(failures?.some((f) => f.property.endsWith(property) && f.reason.includes(property))).toBe(true);
  });
});

describe("Microsoft's create examples pass check", () => {
  const body = (file: string): Obj => {
    const json = JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), "utf8")) as { parameters: Obj };
    return Object.values(json.parameters).find((v) => typeof v === "object" && v !== null) as Obj;
  };

  test("JobSchedules_CreateJobSchedule_Complex", async () => {
    const { failures } = await checkJobSchedule({}, body("JobSchedules_CreateJobSchedule_Complex.json"));
    expect(failures).toEqual([]);
  });

  test("Certificates_CreateCertificate (fixture data in place of the elided one)", async () => {
    const example = body("Certificates_CreateCertificate.json");
    const { failures } = await checkCertificate(
      {},
      {
        ...example,
        data: fixture64("test-rsa.pfx"),
        password: FIXTURE_PASSWORD,
        thumbprint: THUMBPRINTS.rsa,
      },
    );
    expect(failures).toEqual([]);
  });
});
