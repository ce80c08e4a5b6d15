/**
 * The emulator answers like the REAL Batch service: every object the recordings created (see
 * test/integration/replay/recordings.ts) is created in a fresh emulator from its recorded body,
 * and the emulator's GET must equal the service's recorded GET apart from what differs by nature
 * (times, ETags, URLs), with the recorded headers present and the recorded absent ones absent.
 */
import type { RunningEmulator } from "../../../../emulator";
import {
  loadRecordedObjects,
  objectPath,
  shiftScheduleTimes,
  type RecordedObject,
} from "../../replay/recordings";
import { call, start, until } from "../helpers";
import { differences, KNOWN_DIFFERENCES } from "./compare";

type Rec = Record<string, unknown>;

const COLLECTION = { pool: "/pools", jobSchedule: "/jobschedules", certificate: "/certificates" } as const;
const HEADERS = ["etag", "last-modified", "location", "dataserviceid", "content-type"];

const objects = loadRecordedObjects();
const reported: string[] = [];

afterAll(() => {
  if (reported.length > 0) console.log(`known differences used:\n${reported.join("\n")}`);
});

/** Header presence as the recording states it: recorded → present, listed absent → absent. */
function headerPresence(recorded: Record<string, string>, absent: string[], actual: Record<string, string>) {
  const out: Record<string, boolean> = {};
  const expected: Record<string, boolean> = {};
  for (const h of HEADERS) {
    const wasSent = Object.keys(recorded).some((k) => k.toLowerCase() === h);
    const wasAbsent = absent.some((k) => k.toLowerCase() === h);
    if (!wasSent && !wasAbsent) continue;
    expected[h] = wasSent;
    out[h] = h in actual;
  }
  return { expected, actual: out };
}

/** Waits until the emulator's object reached the state the recorded GET shows. */
async function settled(
  emu: RunningEmulator,
  o: RecordedObject,
): Promise<{ body: Rec; headers: Record<string, string> }> {
  const want = o.get.body;
  return until(async () => {
    const r = await call(
      emu,
      "GET",
      objectPath(o.kind, o.kind === "certificate" ? o.id.toLowerCase() : o.id),
    );
    if (r.status !== 200) return false;
    const b = r.body as Rec;
    const keys = ["state", "allocationState"].filter((k) => want[k] !== undefined);
    return keys.every((k) => b[k] === want[k]) ? { body: b, headers: r.headers } : false;
  }, 10_000);
}

describe("emulator replay of the real service's objects", () => {
  test("the recordings hold objects of every kind", () => {
    const kinds = new Set(objects.map((o) => o.kind));
    expect([...kinds].sort()).toEqual(["certificate", "jobSchedule", "pool"]);
  });

  test.each(objects.map((o) => [o.source, o] as const))("%s", async (_source, o) => {
    const emu = await start();
    try {
      const body = o.recordedAt ? shiftScheduleTimes(o.createBody, Date.now() - o.recordedAt) : o.createBody;
      const created = await call(emu, "POST", COLLECTION[o.kind], body);
      expect({ status: created.status, body: created.body }).toEqual({ status: 201, body: undefined });
      const createPresence = headerPresence(o.createHeaders, o.createHeadersAbsent, created.headers);
      expect({ source: o.source, createHeaders: createPresence.actual }).toEqual({
        source: o.source,
        createHeaders: createPresence.expected,
      });
      const got = await settled(emu, o);
      const presence = headerPresence(o.get.headers, o.get.headersAbsent, got.headers);
      expect({ source: o.source, headers: presence.actual }).toEqual({
        source: o.source,
        headers: presence.expected,
      });
      const diffs = differences(o.kind, o.get.body, got.body, "", o.vocabulary);
      const { unexplained, explained } = KNOWN_DIFFERENCES.split(o.kind, diffs);
      reported.push(...explained.map((d) => `${o.source}: ${d}`));
      expect({ source: o.source, differences: unexplained }).toEqual({ source: o.source, differences: [] });
    } finally {
      await emu.stop();
    }
  });
});
