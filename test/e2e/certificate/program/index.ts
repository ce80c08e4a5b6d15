/**
 * E2E fixture program for the Certificate tests (compiled to dist/test/e2e/certificate/program/).
 *
 * Config (project `certs`):
 * - `fixtures`: directory of the test-only certificate files;
 * - `certs`: comma-separated files, one Certificate each (resource names `cert0`, `cert1`, …);
 * - `password`: secret, the password of the .pfx files;
 * - `poolId`: when set, a Pool with that id, whose certificateReferences name `cert0`'s thumbprint
 *   unless `poolReferences` is `none` (the pool then has no certificate references).
 */
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { Certificate, certificateFromFile } from "../../../../sdk/certificate";
import { Pool } from "../../../../sdk/pool";

const config = new pulumi.Config();
const fixtures = config.require("fixtures");
const password = config.getSecret("password");

const certs = (config.get("certs") ?? "")
  .split(",")
  .filter(Boolean)
  .map((file, i) => {
    const contents = certificateFromFile(path.join(fixtures, file));
    return new Certificate(`cert${i}`, {
      ...contents,
      ...(contents.certificateFormat === "pfx" && password ? { password } : {}),
    });
  });

const poolId = config.get("poolId");
if (poolId) {
  const references = config.get("poolReferences") !== "none" && certs.length > 0;
  new Pool("pool", {
    id: poolId,
    vmSize: "standard_d2s_v3",
    virtualMachineConfiguration: {
      imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
      nodeAgentSKUId: "batch.node.ubuntu 22.04",
    },
    targetDedicatedNodes: 0,
    ...(references
      ? { certificateReferences: [{ thumbprint: certs[0].thumbprint, thumbprintAlgorithm: "sha1" }] }
      : {}),
  });
}

export const thumbprints = certs.map((c) => c.thumbprint);
export const states = certs.map((c) => c.state);
export const ids = certs.map((c) => c.id);
export const data = certs.map((c) => c.data);
