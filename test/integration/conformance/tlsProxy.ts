/**
 * A TLS-terminating reverse proxy in front of the emulator: Azure SDK clients send Bearer tokens over
 * https only, and the emulator serves http only.
 */
import { generateKeyPairSync } from "node:crypto";
import { request as httpRequest } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import forge from "node-forge";

/** A throwaway self-signed certificate with its key, both PEM. */
export interface SelfSignedCert {
  cert: string;
  key: string;
}

/** A running TLS proxy. */
export interface RunningTlsProxy {
  /** Port on 127.0.0.1. */
  port: number;
  /** The certificate it presents (PEM), for the client's trust store. */
  certPem: string;
  /** Stops the server, closing open connections. */
  stop(): Promise<void>;
}

/** Generates a one-day self-signed certificate for IP 127.0.0.1 (and localhost). */
export function selfSignedCert(): SelfSignedCert {
  // node:crypto makes the key fast; forge only builds and signs the certificate.
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const pubPem = publicKey.export({ type: "spki", format: "pem" }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(pubPem);
  cert.serialNumber = "01" + forge.util.bytesToHex(forge.random.getBytesSync(8));
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
  const subject = [{ name: "commonName", value: "127.0.0.1" }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: "basicConstraints", cA: true },
    { name: "keyUsage", digitalSignature: true, keyEncipherment: true, keyCertSign: true },
    { name: "extKeyUsage", serverAuth: true },
    {
      name: "subjectAltName",
      altNames: [
        { type: 7, ip: "127.0.0.1" },
        { type: 2, value: "localhost" },
      ],
    },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(keyPem), forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: keyPem };
}

/**
 * Starts an https server on 127.0.0.1, port 0, forwarding every request (method, path, headers
 * including Host, body) to `target` (`http://host:port`) and streaming the answer back.
 */
export async function startTlsProxy(target: string): Promise<RunningTlsProxy> {
  const { cert, key } = selfSignedCert();
  const upstream = new URL(target);
  const server: Server = createServer({ cert, key }, (req, res) => {
    const out = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        // the emulator then builds its links (nextLink, url) with https, like the real service
        headers: { ...req.headers, "x-forwarded-proto": "https" },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on("error", (err) => {
      // the emulator went away mid-request: tell the client instead of hanging it
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end(`tls proxy: ${err.message}`);
    });
    req.pipe(out);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    certPem: cert,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
