/**
 * Reads the recorded traffic of the real Batch service (`/work/shared/realservice/*.json`, or
 * `BATCH_RECORDINGS_DIR`) into replayable objects: each create whose request body was recorded,
 * with the GET answer the service gave for that object before anything else changed it.
 *
 * The recordings are older api-versions; they are read for 2024-07-01.20.0 as their README says:
 * `cloudServiceConfiguration` becomes a `virtualMachineConfiguration`, `applicationLicenses` is
 * dropped (so are the few renames of the oldest versions: `targetDedicated`, `maxTasksPerNode`,
 * `blobSource`, `runElevated`), and the placeholders that stand for secrets get test values (a certificate's omitted
 * pfx is rebuilt from the public data the GET returned, so the thumbprint stays the recorded one).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import forge from "node-forge";
import { getDefinition } from "../../../spec/validator";
import { shared } from "../../sharedDir";

/** Where the recordings are read from (a hidden set can be pointed to with BATCH_RECORDINGS_DIR). */
export const RECORDINGS_DIR = process.env.BATCH_RECORDINGS_DIR ?? shared("realservice");

/** The password given to recorded objects whose password was left out of the recording. */
export const REPLAY_PASSWORD = "Replay-Pa55word!";

/** One recorded request/response pair. */
export interface Interaction {
  method: string;
  path: string;
  query?: string;
  requestBody?: unknown;
  status: number;
  headers?: Record<string, string>;
  headersAbsent?: string[];
  responseBody?: unknown;
}

/** The kinds of object the providers manage. */
export type ObjectKind = "pool" | "jobSchedule" | "certificate";

/** One created object with the service's answer to a GET of it. */
export interface RecordedObject {
  /** `<file>#<index of the create>`, for messages. */
  source: string;
  kind: ObjectKind;
  /** Pool/schedule id or certificate thumbprint, as recorded. */
  id: string;
  /** The create body, adapted to 2024-07-01.20.0 (placeholders replaced). */
  createBody: Record<string, unknown>;
  /** Response headers of the create. */
  createHeaders: Record<string, string>;
  /** Headers of interest the create's response did not carry. */
  createHeadersAbsent: string[];
  /**
   * The create's body was not recorded (nodesdk, xplat): `createBody` is derived from the recorded GET,
   * every property a create can declare, so the service's values are declared as it answered them.
   */
  derived?: boolean;
  /** When the service answered the create (its Date header), epoch ms; undefined if not recorded. */
  recordedAt?: number;
  /**
   * Every property name in the bodies of the object's recording file: a property the emulator
   * reports that is not among them is newer than the recording's api-version.
   */
  vocabulary: ReadonlySet<string>;
  /** A pool's nodes as the service listed them once all were idle (GET .../nodes), if recorded. */
  nodes?: Array<Record<string, unknown>>;
  /** The GET answer (body adapted like the create body). */
  get: { body: Record<string, unknown>; headers: Record<string, string>; headersAbsent: string[] };
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);

const COLLECTIONS: Record<string, ObjectKind> = {
  "/pools": "pool",
  "/jobschedules": "jobSchedule",
  "/certificates": "certificate",
};

/** The URL path of one object, as the service spells it. */
export function objectPath(kind: ObjectKind, id: string): string {
  if (kind === "pool") return `/pools/${id}`;
  if (kind === "jobSchedule") return `/jobschedules/${id}`;
  return `/certificates(thumbprintAlgorithm=sha1,thumbprint=${id})`;
}

function interactionsOf(file: string): Interaction[] {
  const doc = JSON.parse(fs.readFileSync(file, "utf8")) as {
    interactions?: Interaction[];
    files?: Array<{ interactions?: Interaction[] }>;
  };
  return doc.interactions ?? (doc.files ?? []).flatMap((f) => f.interactions ?? []);
}

const samePath = (a: string, b: string) => decodeURIComponent(a).toLowerCase() === b.toLowerCase();
const under = (p: string, base: string) => {
  const lower = decodeURIComponent(p).toLowerCase();
  const b = base.toLowerCase();
  return lower === b || lower.startsWith(`${b}/`);
};

/**
 * The answer to GET of the object: the GETs after its create and before the next write to it
 * (a later GET may show an update); for pools a steady one is preferred. Falls back to the
 * object's element of a list GET in the same window.
 */
function findGet(all: Interaction[], from: number, kind: ObjectKind, id: string): Interaction | undefined {
  const own = objectPath(kind, id);
  const collection = Object.keys(COLLECTIONS).find((c) => COLLECTIONS[c] === kind) as string;
  const gets: Interaction[] = [];
  const listed: Interaction[] = [];
  for (const it of all.slice(from + 1)) {
    const isRead = it.method === "GET" || it.method === "HEAD";
    if (!isRead && under(it.path, own)) break;
    if (it.method !== "GET" || it.status !== 200 || !isRecord(it.responseBody)) continue;
    if (samePath(it.path, own)) gets.push(it);
    else if (samePath(it.path, collection) && Array.isArray(it.responseBody.value)) {
      const item = (it.responseBody.value as unknown[]).find(
        (v) => isRecord(v) && String(v.id ?? v.thumbprint).toLowerCase() === id.toLowerCase(),
      );
      // An element kept by id only (a trimmed transcription) is no answer.
      if (isRecord(item) && Object.keys(item).length > 2) listed.push({ ...it, responseBody: item });
    }
  }
  const candidates = gets.length > 0 ? gets : listed;
  const steady = candidates.filter((g) => (g.responseBody as Rec).allocationState === "steady");
  return (steady.length > 0 ? steady : candidates).at(-1);
}

/** A Windows image in place of a cloud service configuration (retired in newer api-versions). */
const CLOUD_SERVICE_SWAP = {
  imageReference: { publisher: "microsoftwindowsserver", offer: "windowsserver", sku: "2022-datacenter" },
  nodeAgentSKUId: "batch.node.windows amd64",
};

/** Properties of the oldest recorded api-versions under their 2024-07-01.20.0 names. */
const RENAMED: Record<string, string> = {
  targetDedicated: "targetDedicatedNodes",
  maxTasksPerNode: "taskSlotsPerNode",
  blobSource: "httpUrl",
};

/** Adapts a recorded body to 2024-07-01.20.0 (see the module comment), at any depth. */
export function adaptBody(value: unknown, asServed: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => adaptBody(v, asServed));
  if (!isRecord(value)) return value;
  const out: Rec = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === "applicationLicenses") continue;
    if (k in RENAMED) {
      out[RENAMED[k]] = adaptBody(v, asServed);
      continue;
    }
    if (k === "runElevated") {
      // Retired in favour of userIdentity; elevated meant an admin auto-user.
      if (v === true && value.userIdentity === undefined) {
        out.userIdentity = { autoUser: { elevationLevel: "admin" } };
      }
      continue;
    }
    if (k === "cloudServiceConfiguration") {
      if (value.virtualMachineConfiguration !== undefined) continue;
      const swap = JSON.parse(JSON.stringify(CLOUD_SERVICE_SWAP)) as Rec;
      // The service fills in the image version it uses, as it does for every image.
      if (asServed) (swap.imageReference as Rec).version = "latest";
      out.virtualMachineConfiguration = swap;
      continue;
    }
    if (typeof v === "string" && /^<omitted/.test(v) && k === "password") out[k] = REPLAY_PASSWORD;
    else out[k] = adaptBody(v, asServed);
  }
  return out;
}

/** A pfx holding only the recorded public certificate (no key), opened with {@link REPLAY_PASSWORD}. */
export function pfxOfPublicData(publicData: string): string {
  const cert = forge.pki.certificateFromAsn1(forge.asn1.fromDer(forge.util.decode64(publicData)));
  const p12 = forge.pkcs12.toPkcs12Asn1(null, [cert], REPLAY_PASSWORD, { algorithm: "3des" });
  return forge.util.encode64(forge.asn1.toDer(p12).getBytes());
}

function certificateBody(body: Rec, served: Rec): Rec {
  if (typeof body.data !== "string" || !/^<omitted/.test(body.data)) return body;
  const publicData = typeof served.publicData === "string" ? served.publicData : undefined;
  if (!publicData) throw new Error("an omitted certificate without publicData cannot be replayed");
  if (body.certificateFormat === "cer") return { ...body, data: publicData };
  return { ...body, data: pfxOfPublicData(publicData), password: REPLAY_PASSWORD };
}

const CREATE_DEFINITION: Record<ObjectKind, string> = {
  pool: "BatchPoolCreateOptions",
  jobSchedule: "BatchJobScheduleCreateOptions",
  certificate: "BatchCertificate",
};

/** The id a create's Location names (`.../pools/p1`, `.../certificates(...,Thumbprint=ab12)`). */
function idOfLocation(kind: ObjectKind, location: string | undefined): string | undefined {
  if (!location) return undefined;
  const m = kind === "certificate" ? /Thumbprint=([0-9a-f]+)\)/i.exec(location) : /\/([^/]+)$/.exec(location);
  return m ? decodeURIComponent(m[1]) : undefined;
}

/**
 * A create body derived from the recorded GET, for creates whose body was not recorded: the GET's
 * properties that the create definition declares writable (its read-only state left out); user
 * passwords, which no GET returns, get the replay password; a certificate is its public part (cer).
 */
function derivedCreate(kind: ObjectKind, served: Rec): Rec {
  if (kind === "certificate")
    return {
      thumbprint: served.thumbprint,
      thumbprintAlgorithm: served.thumbprintAlgorithm,
      certificateFormat: "cer",
      data: served.publicData,
    };
  const props = (getDefinition(CREATE_DEFINITION[kind])?.properties ?? {}) as Record<
    string,
    { readOnly?: boolean }
  >;
  const out: Rec = {};
  for (const [k, v] of Object.entries(served))
    if (props[k] && !props[k].readOnly) out[k] = JSON.parse(JSON.stringify(v)) as unknown;
  if (Array.isArray(out.userAccounts))
    out.userAccounts = (out.userAccounts as Rec[]).map((u) => ({ password: REPLAY_PASSWORD, ...u }));
  return out;
}

/** The first node list of a pool after its create in which every node is idle. */
function idleNodes(all: Interaction[], from: number, id: string): Rec[] | undefined {
  for (const it of all.slice(from + 1)) {
    if (it.method !== "GET" || it.status !== 200 || !samePath(it.path, `/pools/${id}/nodes`)) continue;
    const value = isRecord(it.responseBody) ? it.responseBody.value : undefined;
    if (Array.isArray(value) && value.length > 0 && value.every((n) => isRecord(n) && n.state === "idle"))
      return adaptBody(value, true) as Rec[];
  }
  return undefined;
}

/** Every replayable object of one recording file (creates without a recorded GET are skipped). */
export function objectsOf(file: string): RecordedObject[] {
  const all = interactionsOf(file);
  const out: RecordedObject[] = [];
  const vocabulary = new Set<string>();
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (isRecord(v))
      for (const [k, x] of Object.entries(v)) {
        vocabulary.add(k);
        collect(x);
      }
  };
  for (const it of all) {
    collect(adaptBody(it.requestBody, false));
    collect(adaptBody(it.responseBody, true));
  }
  all.forEach((it, i) => {
    const kind = COLLECTIONS[it.path.toLowerCase()];
    if (!kind || it.method !== "POST" || it.status !== 201) return;
    const recorded = isRecord(it.requestBody);
    const id = isRecord(it.requestBody)
      ? String(kind === "certificate" ? it.requestBody.thumbprint : it.requestBody.id)
      : idOfLocation(kind, it.headers?.Location ?? it.headers?.DataServiceId);
    if (!id) return;
    const get = findGet(all, i, kind, id);
    if (!get) return;
    const served = adaptBody(get.responseBody, true) as Rec;
    let createBody = recorded ? (adaptBody(it.requestBody, false) as Rec) : derivedCreate(kind, served);
    if (kind === "certificate") createBody = certificateBody(createBody, served);
    const date = Date.parse(it.headers?.Date ?? "");
    const nodes = kind === "pool" ? idleNodes(all, i, id) : undefined;
    out.push({
      ...(recorded ? {} : { derived: true }),
      ...(Number.isNaN(date) ? {} : { recordedAt: date }),
      ...(nodes ? { nodes } : {}),
      vocabulary,
      source: `${path.basename(file)}#${i}`,
      kind,
      id,
      createBody,
      createHeaders: it.headers ?? {},
      createHeadersAbsent: it.headersAbsent ?? [],
      get: { body: served, headers: get.headers ?? {}, headersAbsent: get.headersAbsent ?? [] },
    });
  });
  return out;
}

/** Every replayable object of every recording in `dir`. */
export function loadRecordedObjects(dir: string = RECORDINGS_DIR): RecordedObject[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => objectsOf(path.join(dir, f)));
}

/**
 * The body with its absolute schedule times (doNotRunUntil, doNotRunAfter) moved by `shiftMs`, so a
 * replay now sees them where the service saw them when it was recorded (ahead or behind by as much).
 */
export function shiftScheduleTimes(body: Record<string, unknown>, shiftMs: number): Record<string, unknown> {
  const schedule = body.schedule;
  if (!isRecord(schedule)) return body;
  const moved: Rec = { ...schedule };
  for (const k of ["doNotRunUntil", "doNotRunAfter"]) {
    const t = typeof moved[k] === "string" ? Date.parse(moved[k] as string) : NaN;
    if (!Number.isNaN(t)) moved[k] = new Date(t + shiftMs).toISOString();
  }
  return { ...body, schedule: moved };
}

/** One object per kind and id: two recordings may add the same certificate, which an account holds once. */
export function oneEach(objects: RecordedObject[]): RecordedObject[] {
  const seen = new Set<string>();
  return objects.filter((o) => {
    const key = `${o.kind}:${o.id.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The body of every create in a recording file, by interaction index, for replaying the session:
 * the recorded body, else one derived from the object's GET (see {@link objectsOf}), else derived
 * from the first later GET of the object even after a change (good enough to replay statuses).
 */
export function sessionCreates(file: string): Map<number, Record<string, unknown>> {
  const out = new Map<number, Rec>(
    objectsOf(file).map((o) => [Number(o.source.split("#")[1]), o.createBody]),
  );
  const all = interactionsOf(file);
  all.forEach((it, i) => {
    const kind = COLLECTIONS[it.path.toLowerCase()];
    if (!kind || it.method !== "POST" || it.status !== 201 || out.has(i)) return;
    const id = idOfLocation(kind, it.headers?.Location ?? it.headers?.DataServiceId);
    if (!id) return;
    const get = all
      .slice(i + 1)
      .find(
        (g) =>
          g.method === "GET" &&
          g.status === 200 &&
          samePath(g.path, objectPath(kind, id)) &&
          isRecord(g.responseBody),
      );
    if (!get) return;
    const served = adaptBody(get.responseBody, true) as Rec;
    out.set(
      i,
      kind === "certificate"
        ? certificateBody(derivedCreate(kind, served), served)
        : derivedCreate(kind, served),
    );
  });
  return out;
}
