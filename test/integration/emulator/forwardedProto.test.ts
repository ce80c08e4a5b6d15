import type { RunningEmulator } from "../../../emulator";
import { call, poolBody, start, uid } from "./helpers";

describe("emulator behind a TLS-terminating proxy", () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await start();
  });
  afterAll(async () => {
    await emu.stop();
  });

  it("builds its links with https when X-Forwarded-Proto says https", async () => {
    const prefix = uid("fwd");
    for (const n of [1, 2])
      expect((await call(emu, "POST", "/pools", poolBody(`${prefix}-${n}`))).status).toBe(201);
    const filter = `startswith(id,'${prefix}')`;
    const headers = { "x-forwarded-proto": "https" };
    const page = await call(
      emu,
      "GET",
      `/pools?maxresults=1&$filter=${encodeURIComponent(filter)}`,
      undefined,
      {
        headers,
      },
    );
    expect(page.status).toBe(200);
    const https = emu.endpoint().replace(/^http:/, "https:");
    expect(page.body["odata.nextLink"]).toMatch(new RegExp(`^${https.replace(/[.]/g, "\\.")}/pools\\?`));
    expect(page.body.value[0].url).toMatch(/^https:\/\//);
    // without the header (or with http) the links stay http
    const plain = await call(emu, "GET", `/pools?maxresults=1&$filter=${encodeURIComponent(filter)}`);
    expect(plain.body["odata.nextLink"]).toMatch(/^http:\/\//);
  });
});
