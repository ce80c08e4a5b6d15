/**
 * A `pulumi preview` sends no REST request, so the provider's check/diff path must not pay for
 * loading undici (tens of ms) or @azure/identity: both are loaded when the first request is sent.
 * Each case runs in a fresh Node process on the build in dist/ (what the engine's dynamic-provider
 * host loads; `npm test` builds first) and reports which packages ended up in require.cache.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const DIST = path.join(__dirname, "../../../dist");

/** Runs `script` in a child Node process; it must print one JSON line. */
function inChild(script: string): { undici: boolean; identity: boolean; out: unknown } {
  const probe = `
    const loaded = (name) => Object.keys(require.cache).some((k) => k.includes("/node_modules/" + name + "/"));
    (async () => {
      const out = await (async () => { ${script} })();
      console.log(JSON.stringify({ undici: loaded("undici"), identity: loaded("@azure/identity"), out }));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const r = spawnSync(process.execPath, ["-e", probe], { cwd: DIST, encoding: "utf8" });
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
  return JSON.parse(r.stdout.trim().split("\n").pop()!);
}

describe("lazy loading of the transport", () => {
  test.each(["pool", "jobSchedule", "certificate"])(
    "requiring the %s provider and running its check and diff loads neither undici nor @azure/identity",
    (resource) => {
      const r = inChild(`
        const p = require("./provider/${resource}/index.js");
        const checked = await p.check({}, {}).catch((e) => ({ threw: String(e) }));
        const diffed = await p.diff("x", {}, {}).catch((e) => ({ threw: String(e) }));
        return { checked: typeof checked, diffed: typeof diffed };
      `);
      expect(r).toEqual({
        undici: false,
        identity: false,
        out: { checked: "object", diffed: "object" },
      });
    },
  );

  test("a BatchClient loads undici only when its first request is sent", () => {
    const r = inChild(`
      const { BatchClient } = require("./provider/client/index.js");
      const client = new BatchClient({
        endpoint: "http://127.0.0.1:1/devbatch",
        auth: { kind: "sharedKey", accountName: "devbatch", accountKey: "a2V5" },
        retry: { maxAttempts: 1 },
      });
      const before = Object.keys(require.cache).some((k) => k.includes("/node_modules/undici/"));
      // Port 1 refuses the connection: the request fails, but only after undici was loaded to send it.
      const err = await client.pools.get("p1").catch((e) => e);
      await client.close();
      // The pool and request API alone, not the package index that loads fetch, WebSocket, mocks...
      const files = Object.keys(require.cache).filter((k) => k.includes("/node_modules/undici/"));
      const index = files.some((k) => k.endsWith("/node_modules/undici/index.js"));
      return { before, status: err.status, code: err.code, index, few: files.length < 60 };
    `);
    expect(r).toEqual({
      undici: true,
      identity: false,
      out: { before: false, status: 0, code: "ECONNREFUSED", index: false, few: true },
    });
  });
});
