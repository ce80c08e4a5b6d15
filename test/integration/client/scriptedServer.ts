import * as http from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the scripted server saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

/** What a scripted step does with one request. */
export type Step =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  | { reset: true }
  | { delayMs: number; then: Step }
  | ((req: SeenRequest) => Step);

/**
 * A real node:http server on port 0 that answers requests from a script (one step per request, the
 * last step repeats), for fault sequences the emulator cannot produce deterministically.
 */
export async function startScriptedServer(script: Step[]) {
  const seen: SeenRequest[] = [];
  let i = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const r: SeenRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        at: Date.now(),
      };
      seen.push(r);
      const step = script[Math.min(i++, script.length - 1)];
      run(step, r, req, res);
    });
  });
  const run = (step: Step, r: SeenRequest, req: http.IncomingMessage, res: http.ServerResponse): void => {
    if (typeof step === "function") return run(step(r), r, req, res);
    if ("reset" in step) {
      req.socket.destroy();
      return;
    }
    if ("delayMs" in step) {
      setTimeout(() => run(step.then, r, req, res), step.delayMs);
      return;
    }
    const body =
      step.body === undefined ? "" : typeof step.body === "string" ? step.body : JSON.stringify(step.body);
    res.writeHead(step.status, {
      "request-id": `rid-${seen.length}`,
      ...(r.headers["client-request-id"]
        ? { "client-request-id": String(r.headers["client-request-id"]) }
        : {}),
      ...(body ? { "content-type": "application/json;odata=minimalmetadata" } : {}),
      ...step.headers,
    });
    res.end(body);
  };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    endpoint: `http://127.0.0.1:${port}/devbatch`,
    seen,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A Batch error body. */
export function batchError(code: string, message: string, values?: Record<string, string>) {
  return {
    "odata.metadata":
      "https://devbatch/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element",
    code,
    message: {
      lang: "en-US",
      value: `${message}\nRequestId:00000000-0000-0000-0000-000000000000\nTime:2024-11-05T10:20:30.0000000Z`,
    },
    ...(values ? { values: Object.entries(values).map(([key, value]) => ({ key, value })) } : {}),
  };
}

/** The emulator's well-known development account (see CONTRIBUTING.md). */
export const DEV_ACCOUNT = {
  accountName: "devbatch",
  accountKey: "yH+2RaKOltF3ZvseOBxNzKAqc9PL9IKGcKBKoNRuowcozar5JGUKgDmncg05jXXYFC2SNtSMZNHKY0eJ6WOjVQ==",
};
