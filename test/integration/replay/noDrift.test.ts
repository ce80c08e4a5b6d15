/**
 * Every object the REAL Batch service recorded (see recordings.ts) through the providers over real
 * HTTP against the recorded answers: check accepts the recorded create body, create → read → diff
 * shows 0 changes (the service's fill-ins and re-spellings are not drift), a refresh of the
 * refresh is stable, while a changed declared value in the served GET and a declared property
 * removed from the program are reported.
 */
import { randomBytes } from "node:crypto";
import { DEV_KEY } from "../../../emulator";
import * as certificate from "../../../provider/certificate";
import { resetStackConfig } from "../../../provider/core/config";
import * as jobSchedule from "../../../provider/jobSchedule";
import * as pool from "../../../provider/pool";
import { POOL_BODY_KEYS } from "../../../provider/pool/schema";
import { fillDefaults } from "../../../spec/defaults";
import { engineProps, getAt, jsonCopy, leafPaths, replayId, setAt, withoutPath } from "./programs";
import { startRecordedServer, type RecordedServer } from "./recordedServer";
import { loadRecordedObjects, type RecordedObject } from "./recordings";

type Rec = Record<string, unknown>;

const PROVIDERS = { pool, jobSchedule, certificate } as unknown as Record<
  RecordedObject["kind"],
  {
    check(olds: Rec, news: Rec): Promise<{ inputs?: Rec; failures?: unknown[] }>;
    create(inputs: Rec): Promise<{ id: string; outs?: Rec }>;
    read(id: string, props: Rec): Promise<{ id?: string; props?: Rec; inputs?: Rec }>;
    diff(id: string, olds: Rec, news: Rec): Promise<{ changes?: boolean; replaces?: string[] }>;
  }
>;

const objects = loadRecordedObjects();
const suffix = randomBytes(3).toString("hex");
const savedEnv = { ...process.env };
let server: RecordedServer;

beforeAll(async () => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  server = await startRecordedServer(objects, (o) => replayId(o, suffix));
  resetStackConfig();
  process.env.AZURE_BATCH_ENDPOINT = server.endpoint;
  process.env.AZURE_BATCH_ACCOUNT = "replay";
  process.env.AZURE_BATCH_ACCESS_KEY = DEV_KEY;
  process.env.AZURE_BATCH_POLL_INTERVAL_MS = "20";
});
afterAll(async () => {
  process.env = savedEnv;
  resetStackConfig();
  await server?.stop();
});

async function checked(o: RecordedObject, props: Rec): Promise<Rec> {
  const r = await PROVIDERS[o.kind].check({}, props);
  expect({ source: o.source, failures: r.failures ?? [] }).toEqual({ source: o.source, failures: [] });
  return r.inputs as Rec;
}

/** Creates the object from its recorded body and refreshes it; returns what the engine holds. */
async function createAndRefresh(o: RecordedObject) {
  const p = PROVIDERS[o.kind];
  const inputs = await checked(o, engineProps(o, replayId(o, suffix)));
  const created = await p.create(inputs);
  const read = await p.read(created.id, created.outs as Rec);
  expect(read.id).toBe(created.id);
  return { p, id: created.id, inputs, outs: created.outs as Rec, refreshed: read.props as Rec, read };
}

/**
 * A declared leaf that the state keeps (a declared default is normalised away) and the served GET
 * holds too, deepest first (id and secrets excluded).
 */
function declaredLeaf(o: RecordedObject, state: Rec): Array<string | number> | undefined {
  return leafPaths(o.createBody).find(
    (path) =>
      !["id", "password", "data"].includes(String(path[path.length - 1])) &&
      getAt(state, path) !== undefined &&
      getAt(o.get.body, path) !== undefined,
  );
}

/** The properties a program declares (the rest of a GET body is read-only). */
const BODY_KEYS: Record<RecordedObject["kind"], string[]> = {
  pool: [...POOL_BODY_KEYS],
  jobSchedule: ["schedule", "jobSpecification", "metadata"],
  certificate: [],
};

/** Leaves of the served GET that the create body left out: what the service filled in. */
function filledLeaves(o: RecordedObject): Array<Array<string | number>> {
  return leafPaths(o.get.body).filter(
    (path) =>
      BODY_KEYS[o.kind].includes(String(path[0])) &&
      path[0] !== "id" &&
      getAt(o.createBody, path) === undefined,
  );
}

/** Sets a value at a path, creating missing parents (objects only); false when a list is missing. */
function setCreating(value: Rec, path: Array<string | number>, v: unknown): boolean {
  let cur: Rec = value;
  for (let i = 0; i < path.length - 1; i++) {
    const next = cur[path[i] as string];
    if (next === undefined) {
      if (typeof path[i + 1] === "number") return false;
      cur[path[i] as string] = {};
    }
    cur = cur[path[i] as string] as Rec;
  }
  cur[path[path.length - 1] as string] = v;
  return true;
}

const WIRE_DEFINITION = {
  pool: "BatchPool",
  jobSchedule: "BatchJobSchedule",
  certificate: "BatchCertificate",
};

/** Whether the service, given the object without `path`, fills the same value back in there. */
function refilled(o: RecordedObject, path: Array<string | number>): boolean {
  const removed = getAt(o.get.body, path);
  // A pool without targets is a pool with 0 nodes (the service creates it so).
  if (removed === 0 && /^target(Dedicated|LowPriority)Nodes$/.test(String(path[path.length - 1])))
    return true;
  const again = getAt(fillDefaults(WIRE_DEFINITION[o.kind], withoutPath(o.get.body, path)), path);
  return again !== undefined && String(again).toLowerCase() === String(removed).toLowerCase();
}

const named = objects.map((o) => [`${o.kind} ${o.id} (${o.source})`, o] as const);

test("the recordings hold replayable objects", () => {
  expect(objects.length).toBeGreaterThan(0);
  if (!process.env.BATCH_RECORDINGS_DIR) {
    // The shared set has every kind; another set (BATCH_RECORDINGS_DIR) may have fewer.
    expect([...new Set(objects.map((o) => o.kind))].sort()).toEqual(["certificate", "jobSchedule", "pool"]);
  }
});

describe.each(named)("recorded %s", (_name, o) => {
  test("check accepts it; create → read → diff shows 0 changes; refresh is stable", async () => {
    const { p, id, inputs, outs, refreshed, read } = await createAndRefresh(o);
    expect(await p.diff(id, outs, inputs)).toMatchObject({ changes: false });
    expect(await p.diff(id, refreshed, inputs)).toMatchObject({ changes: false });
    // What preview --refresh does: check the program against the refreshed inputs, then diff.
    const rechecked = (await p.check(read.inputs ?? {}, engineProps(o, id))).inputs as Rec;
    expect(await p.diff(id, refreshed, rechecked)).toMatchObject({ changes: false });
    const again = await p.read(id, refreshed);
    expect(again.props).toEqual(refreshed);
  });

  if (o.kind === "certificate") return;

  test("declaring a value the service filled in is no change (and never a replacement)", async () => {
    const { p, id, refreshed } = await createAndRefresh(o);
    const props = engineProps(o, id);
    let tried = 0;
    for (const path of filledLeaves(o)) {
      const news = jsonCopy(props);
      if (!setCreating(news, path, getAt(o.get.body, path))) continue;
      const checkedNews = await p.check({}, news);
      if ((checkedNews.failures ?? []).length > 0) continue;
      tried++;
      const at = path.join(".");
      expect({ at, diff: await p.diff(id, refreshed, checkedNews.inputs as Rec) }).toMatchObject({
        at,
        diff: { changes: false },
      });
    }
    // Every recorded create so far left something for the service to fill in.
    if (filledLeaves(o).length > 0) expect(tried).toBeGreaterThan(0);
  });

  test("a changed declared value in the served GET is drift", async () => {
    const { p, id, inputs, outs } = await createAndRefresh(o);
    const leaf = declaredLeaf(o, outs);
    expect(leaf).toBeDefined();
    const was = getAt(o.get.body, leaf!);
    server.mutate(o.kind, id, (body) =>
      setAt(body, leaf!, typeof was === "number" ? was + 7 : typeof was === "boolean" ? !was : `${was}x`),
    );
    try {
      const drifted = await p.read(id, outs);
      expect({ leaf, diff: await p.diff(id, drifted.props as Rec, inputs) }).toMatchObject({
        leaf,
        diff: { changes: true },
      });
    } finally {
      server.mutate(o.kind, id, (body) => setAt(body, leaf!, was));
    }
  });

  test("removing a previously declared property is a change", async () => {
    const { p, id, refreshed } = await createAndRefresh(o);
    const props = engineProps(o, id);
    const idKey = o.kind === "pool" ? "poolId" : "jobScheduleId";
    // The deepest declared leaf whose removal still passes check (required ones cannot go).
    const candidates = leafPaths(props).filter(
      (q) => q[0] !== idKey && q[0] !== "waitForSteady" && getAt(refreshed, q) !== undefined,
    );
    for (const path of candidates) {
      // Removing a value the service fills in anyway (an image's version "latest") is no change.
      if (refilled(o, path)) continue;
      const news = await p.check({}, withoutPath(props, path));
      if ((news.failures ?? []).length > 0) continue;
      expect({ path, diff: await p.diff(id, refreshed, news.inputs as Rec) }).toMatchObject({
        path,
        diff: { changes: true },
      });
      return;
    }
    // A body derived from a GET may declare nothing but required values and the service's defaults.
    if (!o.derived) throw new Error(`${o.source}: no declared property can be removed`);
  });
});
