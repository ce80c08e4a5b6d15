/**
 * Responses without an ETag or Last-Modified (real certificate GETs carry neither; other answers
 * may lack them) never break a read, an output or a write: every recorded object is served with
 * both headers (and the body's eTag) left out, created, read and diffed with 0 changes, and a
 * pool or schedule is then updated in place (a PATCH without If-Match) and reads back clean.
 */
import { randomBytes } from "node:crypto";
import { DEV_KEY } from "../../../emulator";
import * as certificate from "../../../provider/certificate";
import { resetStackConfig } from "../../../provider/core/config";
import * as jobSchedule from "../../../provider/jobSchedule";
import * as pool from "../../../provider/pool";
import { engineProps, replayId } from "./programs";
import { startRecordedServer, type RecordedServer } from "./recordedServer";
import { loadRecordedObjects, type RecordedObject } from "./recordings";

type Rec = Record<string, unknown>;
type Provider = {
  check(olds: Rec, news: Rec): Promise<{ inputs?: Rec; failures?: unknown[] }>;
  create(inputs: Rec): Promise<{ id: string; outs?: Rec }>;
  read(id: string, props: Rec): Promise<{ id?: string; props?: Rec; inputs?: Rec }>;
  diff(id: string, olds: Rec, news: Rec): Promise<{ changes?: boolean }>;
  update(id: string, olds: Rec, news: Rec): Promise<{ outs?: Rec }>;
};
const PROVIDERS = { pool, jobSchedule, certificate } as unknown as Record<RecordedObject["kind"], Provider>;

const objects = loadRecordedObjects();
const suffix = randomBytes(3).toString("hex");
const savedEnv = { ...process.env };
let server: RecordedServer;

beforeAll(async () => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
  server = await startRecordedServer(objects, (o) => replayId(o, suffix), {
    withoutHeaders: ["ETag", "Last-Modified"],
  });
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

async function checked(p: Provider, props: Rec): Promise<Rec> {
  const r = await p.check({}, props);
  expect(r.failures ?? []).toEqual([]);
  return r.inputs as Rec;
}

describe.each(objects.map((o) => [`${o.kind} ${o.id}`, o] as const))(
  "%s without ETag/Last-Modified",
  (_n, o) => {
    test("create, read and diff work; outputs carry no eTag; an update sends no If-Match", async () => {
      const p = PROVIDERS[o.kind];
      const props = engineProps(o, replayId(o, suffix));
      const inputs = await checked(p, props);
      const { id, outs } = await p.create(inputs);
      expect(outs?.eTag).toBeUndefined();
      const read = await p.read(id, outs as Rec);
      expect(read.id).toBe(id);
      expect(await p.diff(id, read.props as Rec, inputs)).toMatchObject({ changes: false });
      if (o.kind === "certificate") return;

      const news = await checked(p, {
        ...props,
        // an added item (replacing declared ones would be a removal: a PUT)
        metadata: [...((props.metadata as unknown[] | undefined) ?? []), { name: "replay", value: suffix }],
      });
      expect(await p.diff(id, read.props as Rec, news)).toMatchObject({ changes: true });
      const before = server.requests.length;
      const updated = await p.update(id, read.props as Rec, news);
      const writes = server.requests.slice(before).filter((r) => r.method !== "GET");
      expect(writes.map((r) => [r.method, r.ifMatch])).toEqual([["PATCH", undefined]]);
      expect(await p.diff(id, updated.outs as Rec, news)).toMatchObject({ changes: false });
    });
  },
);
