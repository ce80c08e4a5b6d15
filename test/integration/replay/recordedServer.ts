/**
 * A recorded-answer Batch endpoint: a real node:http server on port 0 that accepts the creates of
 * recorded objects and answers GET/HEAD of each with the body and headers the REAL service
 * recorded (ids, URLs and server times adjusted; an ETag or Last-Modified the service did not
 * send is not sent either). PATCH of a pool or schedule replaces the properties it carries;
 * DELETE makes the object gone. Nothing else is recorded, so every other call is refused with a
 * Batch error naming it — a provider that calls more than it should fails.
 *
 * Why not the emulator: the emulator answers with what it implements; this answers with what the
 * service actually said, which is what a provider must show no drift against.
 */
import { randomUUID } from "node:crypto";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { objectPath, type ObjectKind, type RecordedObject } from "./recordings";

/** A request the server saw (bodies as text). */
export interface SeenRequest {
  method: string;
  path: string;
  body: string;
  /** The If-Match header, when sent. */
  ifMatch?: string;
}

/** One object as the server holds it. */
interface Held {
  object: RecordedObject;
  /** The id it was created with (pools, schedules) or its thumbprint (certificates). */
  id: string;
  created?: Date;
  deleted: boolean;
  /** The GET body as served (tests may change it to make drift). */
  body: Record<string, unknown>;
  eTag?: string;
}

/** Options of {@link startRecordedServer}. */
export interface ServerOptions {
  /**
   * Response headers never sent (e.g. `["ETag", "Last-Modified"]`), whatever was recorded; the
   * body's `eTag` goes too when ETag is listed.
   */
  withoutHeaders?: string[];
}

/** The running server. */
export interface RecordedServer {
  /** Account endpoint to give the provider (`http://127.0.0.1:<port>/replay`). */
  endpoint: string;
  /** Every request so far. */
  requests: SeenRequest[];
  /** Changes what GET of an object answers from now on (a new ETag when one is sent). */
  mutate(kind: ObjectKind, id: string, change: (body: Record<string, unknown>) => void): void;
  /** Stops the server. */
  stop(): Promise<void>;
}

const NOT_FOUND: Record<ObjectKind, string> = {
  pool: "PoolNotFound",
  jobSchedule: "JobScheduleNotFound",
  certificate: "CertificateNotFound",
};
const EXISTS: Record<ObjectKind, string> = {
  pool: "PoolExists",
  jobSchedule: "JobScheduleExists",
  certificate: "CertificateExists",
};
const COLLECTIONS: Record<string, ObjectKind | undefined> = {
  "/pools": "pool",
  "/jobschedules": "jobSchedule",
  "/certificates": "certificate",
};
const SERVER_TIMES = [
  "creationTime",
  "lastModified",
  "stateTransitionTime",
  "allocationStateTransitionTime",
  "previousStateTransitionTime",
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Starts the server for `objects`; `idOf` gives the id each pool or schedule will be created
 * with (default: the recorded one). Certificates keep their thumbprint.
 */
export async function startRecordedServer(
  objects: RecordedObject[],
  idOf: (o: RecordedObject) => string = (o) => o.id,
  options: ServerOptions = {},
): Promise<RecordedServer> {
  const dropped = new Set((options.withoutHeaders ?? []).map((h) => h.toLowerCase()));
  const held = new Map<string, Held>();
  const key = (kind: ObjectKind, id: string) => `${kind}:${id.toLowerCase()}`;
  for (const object of objects) {
    const id = object.kind === "certificate" ? object.id : idOf(object);
    const eTag = object.get.headers.ETag ?? object.get.headers.etag;
    held.set(key(object.kind, id), { object, id, deleted: false, body: object.get.body, eTag });
  }
  const requests: SeenRequest[] = [];
  let origin = "";

  const served = (h: Held): string => {
    let text = JSON.stringify(h.body);
    // The recorded account's URLs point at this server; the recorded id is the created one.
    text = text.replace(/https:\/\/[A-Za-z0-9-]+\.[A-Za-z0-9-]+\.batch\.azure\.com/g, `${origin}/replay`);
    if (h.object.kind !== "certificate" && h.id !== h.object.id) {
      text = text.replace(new RegExp(`\\b${escapeRegExp(h.object.id)}\\b`, "g"), h.id);
    }
    const body = JSON.parse(text) as Record<string, unknown>;
    for (const t of SERVER_TIMES) if (typeof body[t] === "string") body[t] = h.created?.toISOString();
    if (h.eTag && typeof body.eTag === "string") body.eTag = h.eTag;
    if (dropped.has("etag")) delete body.eTag;
    return JSON.stringify(body);
  };

  const find = (reqPath: string): Held | undefined => {
    for (const h of held.values()) {
      if (decodeURIComponent(reqPath).toLowerCase() === objectPath(h.object.kind, h.id).toLowerCase())
        return h;
    }
    return undefined;
  };

  const handle = (req: SeenRequest, res: http.ServerResponse, clientRequestId?: string): void => {
    const writeHead = (status: number, headers: Record<string, string>) =>
      res.writeHead(
        status,
        Object.fromEntries(Object.entries(headers).filter(([k]) => !dropped.has(k.toLowerCase()))),
      );
    const common: Record<string, string> = { "request-id": randomUUID(), date: new Date().toUTCString() };
    if (clientRequestId) common["client-request-id"] = clientRequestId;
    const error = (status: number, code: string, message: string) => {
      writeHead(status, { ...common, "content-type": "application/json;odata=minimalmetadata" });
      res.end(JSON.stringify({ code, message: { lang: "en-US", value: message } }));
    };
    const kind: ObjectKind | undefined = COLLECTIONS[req.path.toLowerCase()];
    if (req.method === "POST" && kind) {
      const body = JSON.parse(req.body || "{}") as Record<string, unknown>;
      const id = String(kind === "certificate" ? body.thumbprint : body.id);
      const h = held.get(key(kind, id));
      if (!h) return error(400, "NotRecorded", `no recorded ${kind} "${id}" to create`);
      if (h.created && !h.deleted) return error(409, EXISTS[kind], `the ${kind} already exists`);
      h.created = new Date();
      h.deleted = false;
      const headers: Record<string, string> = { ...common };
      const url = `${origin}/replay${objectPath(kind, h.id)}`;
      for (const [k, v] of Object.entries(h.object.createHeaders)) {
        if (/^(etag|last-modified)$/i.test(k)) headers[k] = /^etag$/i.test(k) ? (h.eTag ?? v) : v;
        if (/^(location|dataserviceid)$/i.test(k)) headers[k] = url;
      }
      writeHead(201, headers);
      return void res.end();
    }
    const h = find(req.path);
    if (!h) return error(400, "NotRecorded", `${req.method} ${req.path} was not recorded`);
    if (!h.created || h.deleted)
      return error(404, NOT_FOUND[h.object.kind], `the ${h.object.kind} does not exist`);
    if (req.method === "GET" || req.method === "HEAD") {
      const headers: Record<string, string> = { ...common };
      const recorded = h.object.get.headers;
      const has = (name: string) =>
        Object.keys(recorded).some((k) => k.toLowerCase() === name) &&
        !h.object.get.headersAbsent.some((a) => a.toLowerCase() === name);
      if (has("etag") && h.eTag) headers.etag = h.eTag;
      if (has("last-modified")) headers["last-modified"] = (h.created as Date).toUTCString();
      headers["content-type"] = "application/json; odata=minimalmetadata";
      writeHead(200, headers);
      return void res.end(req.method === "GET" ? served(h) : undefined);
    }
    if (req.method === "PATCH" && h.object.kind !== "certificate") {
      // PATCH replaces the properties it carries and leaves the others (the spec's semantics).
      const ifMatch = req.ifMatch;
      if (ifMatch && h.eTag && ifMatch !== h.eTag) return error(412, "ConditionNotMet", "the ETag moved");
      h.body = { ...h.body, ...(JSON.parse(req.body || "{}") as Record<string, unknown>) };
      if (h.eTag) h.eTag = `0x${Date.now().toString(16).toUpperCase()}`;
      const headers: Record<string, string> = { ...common };
      if (h.eTag) headers.etag = h.eTag;
      headers["last-modified"] = new Date().toUTCString();
      writeHead(200, headers);
      return void res.end();
    }
    if (req.method === "DELETE") {
      h.deleted = true;
      writeHead(202, common);
      return void res.end();
    }
    return error(400, "NotRecorded", `${req.method} ${req.path} was not recorded`);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://replay");
      // The account endpoint carries a path segment (`/replay`); the Batch paths follow it.
      const reqPath = url.pathname.replace(/^\/replay(?=\/)/, "");
      const ifMatch = req.headers["if-match"];
      const seen: SeenRequest = {
        method: req.method ?? "",
        path: reqPath,
        body: Buffer.concat(chunks).toString("utf8"),
        ...(typeof ifMatch === "string" ? { ifMatch } : {}),
      };
      requests.push(seen);
      const crid = req.headers["client-request-id"];
      handle(seen, res, typeof crid === "string" ? crid : undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint: `${origin}/replay`,
    requests,
    mutate(kind, id, change) {
      const h = held.get(key(kind, id));
      if (!h) throw new Error(`no recorded ${kind} "${id}"`);
      h.body = jsonCopy(h.body);
      change(h.body);
      if (h.eTag) h.eTag = `0x${Date.now().toString(16).toUpperCase()}`;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A deep copy made in this realm (jest runs tests in their own; structuredClone does not). */
function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
