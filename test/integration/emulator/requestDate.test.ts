/**
 * Replay protection as Batch documents it: a correctly signed request whose `ocp-date` is more than
 * 15 minutes from the service's clock is refused with 403 AuthenticationFailed; the option
 * `checkRequestDate: false` (CLI `--no-date-check`) turns it off for replaying recorded traffic.
 */
import type { RunningEmulator } from "../../../emulator";
import { call, start } from "./helpers";

const at = (offsetMs: number) => ({ "ocp-date": new Date(Date.now() + offsetMs).toUTCString() });
const MIN = 60_000;

describe("request date check", () => {
  let emu: RunningEmulator;
  let lenient: RunningEmulator;
  beforeAll(async () => {
    emu = await start({ port: 0 });
    lenient = await start({ port: 0, checkRequestDate: false });
  });
  afterAll(async () => {
    await emu?.stop();
    await lenient?.stop();
  });

  test.each([
    ["now", 0],
    ["14 minutes old", -14 * MIN],
    ["14 minutes ahead", 14 * MIN],
  ])("accepts a signed request dated %s", async (_label, offset) => {
    expect((await call(emu, "GET", "/pools", undefined, { headers: at(offset) })).status).toBe(200);
  });

  test.each([
    ["1 hour old", -60 * MIN],
    ["7 days old", -7 * 24 * 60 * MIN],
    ["20 minutes ahead", 20 * MIN],
  ])("refuses a correctly signed request dated %s with 403 AuthenticationFailed", async (_label, offset) => {
    const r = await call(emu, "GET", "/pools", undefined, { headers: at(offset) });
    expect(r.status).toBe(403);
    expect(r.body?.code).toBe("AuthenticationFailed");
    expect(JSON.stringify(r.body)).toMatch(/15 minutes/);
  });

  test("with checkRequestDate: false an old signed request is served (replaying recordings)", async () => {
    expect(
      (await call(lenient, "GET", "/pools", undefined, { headers: at(-7 * 24 * 60 * MIN) })).status,
    ).toBe(200);
  });
});
