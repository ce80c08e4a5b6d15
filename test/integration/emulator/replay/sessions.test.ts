/**
 * Whole recorded sessions of the real service, request by request, against one fresh emulator per
 * file: each answer must carry the recorded status and, for errors, the recorded Batch error code
 * and the keys of its `values` (with the recorded PropertyName).
 *
 * Where the recorder left request bodies out (nodesdk, xplat), creates are derived from the
 * object's recorded GET and a node user's from its Location; other writes without a body cannot be
 * replayed, and a later success on an object the replayed requests did not create (the recorded
 * test made it again unrecorded, or the file's tests are out of order) is not compared. Both are
 * printed, never dropped silently. Recorded node ids are paired with the emulator's by position.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  adaptBody,
  RECORDINGS_DIR,
  REPLAY_PASSWORD,
  sessionCreates,
  type Interaction,
} from "../../replay/recordings";
import { API, call, start, sleep } from "../helpers";

type Rec = Record<string, unknown>;

const files = fs
  .readdirSync(RECORDINGS_DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => path.join(RECORDINGS_DIR, f));

function interactionsOf(file: string): Interaction[] {
  const doc = JSON.parse(fs.readFileSync(file, "utf8")) as {
    interactions?: Interaction[];
    files?: Array<{ interactions?: Interaction[] }>;
  };
  return doc.interactions ?? (doc.files ?? []).flatMap((f) => f.interactions ?? []);
}

const isWrite = (it: Interaction) => ["POST", "PUT", "PATCH"].includes(it.method);
const unrecorded = (it: Interaction) => it.requestBody === "<not recorded>";

/** The node ids of a node list answer (GET /pools/{id}/nodes), or undefined for any other. */
function nodeList(it: Interaction): string[] | undefined {
  if (it.method !== "GET" || !/\/pools\/[^/]+\/nodes$/i.test(it.path)) return undefined;
  const value = (it.responseBody as { value?: Array<{ id?: string }> } | undefined)?.value;
  return Array.isArray(value) ? value.map((n) => String(n.id)) : undefined;
}

/** The object a path is about (`/pools/p1`, `/jobschedules/s1`, a certificate), lower case. */
function objectOf(p: string | undefined): string | undefined {
  const m = p
    ? /^\/(pools|jobschedules)\/([^/?]+)|^\/certificates\([^)]*\)/i.exec(decodeURIComponent(p))
    : null;
  return m ? m[0].toLowerCase() : undefined;
}

/** The path of the object a recorded create made (from its Location). */
function createdPath(it: Interaction): string | undefined {
  const location = it.headers?.Location;
  return location ? new URL(location).pathname : undefined;
}

/**
 * The body of a node user create whose body was not recorded: the name its Location gives, and
 * a password (required on Windows nodes).
 */
function userCreate(it: Interaction): Record<string, unknown> | undefined {
  if (it.method !== "POST" || !/\/nodes\/[^/]+\/users$/i.test(it.path) || !unrecorded(it)) return undefined;
  const name = /\/users\/([^/]+)$/.exec(it.headers?.Location ?? "")?.[1];
  return name ? { name: decodeURIComponent(name), password: REPLAY_PASSWORD } : undefined;
}

/** What an answer is compared on. */
function outcome(status: number, body: unknown) {
  const b = (body ?? {}) as Rec;
  const values = Array.isArray(b.values) ? (b.values as Rec[]) : [];
  return {
    status,
    code: status >= 400 ? b.code : undefined,
    valueKeys: values.map((v) => v.key).sort(),
    propertyName: values.find((v) => v.key === "PropertyName")?.value,
  };
}

/** The query of a recorded request with this library's api-version. */
function query(it: Interaction): string {
  const q = new URLSearchParams(it.query ?? "");
  q.set("api-version", API);
  return q.toString();
}

describe.each(files.map((f) => [path.basename(f), f]))("session %s", (_name, file) => {
  test("every request answered with the recorded status and error", async () => {
    const emu = await start();
    try {
      const creates = sessionCreates(file);
      const mismatches: string[] = [];
      const skipped: string[] = [];
      const all = interactionsOf(file);
      // Recorded node ids → the emulator's, paired by position the first time a node list is read.
      const nodeIds = new Map<string, string>();
      const mapped = (p: string) =>
        p.replace(/\/nodes\/([^/]+)/, (_m, id: string) => `/nodes/${nodeIds.get(id) ?? id}`);
      // Objects this replay created, and those it deleted (a later success on one of them means the
      // recording's test created it again unrecorded, or its files are out of order).
      const created = new Set<string>();
      const deleted = new Set<string>();
      for (const [i, it] of all.entries()) {
        const user = userCreate(it);
        if (isWrite(it) && unrecorded(it) && !creates.has(i) && !user) {
          skipped.push(`#${i} ${it.method} ${it.path} (body not recorded)`);
          continue;
        }
        const body =
          creates.get(i) ??
          user ??
          (isWrite(it) && it.requestBody !== undefined ? adaptBody(it.requestBody, false) : undefined);
        const key = objectOf(creates.has(i) ? createdPath(it) : it.path);
        const p = mapped(it.path);
        let res = await call(emu, it.method, `${p}?${query(it)}`, body ?? undefined);
        const recordedNodes = nodeList(it);
        for (
          let n = 0;
          n < 50 &&
          recordedNodes &&
          (nodeList({ ...it, responseBody: res.body }) ?? []).length < recordedNodes.length;
          n++
        ) {
          await sleep(20);
          res = await call(emu, it.method, `${p}?${query(it)}`);
        }
        if (recordedNodes) {
          const ours = nodeList({ ...it, responseBody: res.body }) ?? [];
          recordedNodes.forEach((id, k) => {
            if (!nodeIds.has(id) && ours[k]) nodeIds.set(id, ours[k]);
          });
        }
        // The service took its time where the emulator (fast timings) may not have yet: a recorded
        // 404 after a delete, or a steady pool, is waited for a little, never assumed.
        for (let n = 0; n < 50 && res.status !== it.status && it.method === "GET" && it.status === 404; n++) {
          await sleep(20);
          res = await call(emu, it.method, `${it.path}?${query(it)}`);
        }
        const want = outcome(it.status, it.responseBody);
        const got = outcome(res.status, res.body);
        if (creates.has(i) && res.status === 201 && key) created.add(key);
        if (it.method === "DELETE" && res.status === 202 && key) deleted.add(key);
        const unknown = key !== undefined && (!created.has(key) || deleted.has(key));
        if (
          unknown &&
          it.status < 300 &&
          res.status === 404 &&
          JSON.stringify(want) !== JSON.stringify(got)
        ) {
          skipped.push(`#${i} ${it.method} ${it.path} (object not created by the recorded requests)`);
          continue;
        }
        if (JSON.stringify(want) !== JSON.stringify(got))
          mismatches.push(
            `#${i} ${it.method} ${it.path}: recorded ${JSON.stringify(want)}, emulator ${JSON.stringify(got)}`,
          );
      }
      if (skipped.length > 0) console.log(`${path.basename(file)}: not replayed:\n${skipped.join("\n")}`);
      expect(mismatches).toEqual([]);
    } finally {
      await emu.stop();
    }
  });
});
