/**
 * A certificate as the service returns it → a `Certificate` declaration. The service never returns
 * the file that was added, only the public part (`publicData`, base64 DER):
 *
 * - with `publicData`, it is written beside the program as `certificates/<THUMBPRINT>.cer` and
 *   loaded with `certificateFromFile` (the Certificate resource adopts an identical existing one);
 * - without it, the user supplies the `.pfx` file's path and its password through stack config.
 *
 * Certificates that are being deleted or whose delete failed are reported, not declared.
 */
import type { BatchCertificate } from "../provider/client/models";
import { Code } from "./code";
import type { ConvertContext, Converted } from "./context";
import { definition } from "./specWalk";

/** Converts one certificate (its variable must already be in `ctx.certificateVariables`). */
export function convertCertificate(cert: BatchCertificate, ctx: ConvertContext): Converted {
  const thumbprint = cert.thumbprint.toUpperCase();
  if (cert.state !== undefined && cert.state !== "active") {
    return {
      skipped: {
        kind: "certificate",
        id: thumbprint,
        message:
          `the certificate is ${cert.state}${cert.state === "deletefailed" ? " (pools still use it)" : ""}; ` +
          "it is not written to the program. Certificates are retired by Batch: move to the Azure Key Vault VM extension",
      },
    };
  }
  const variable = ctx.certificateVariables.get(thumbprint) as string;
  const comments = [`Certificate sha1-${thumbprint}.`];
  const known = definition("BatchCertificate")?.properties ?? {};
  for (const k of Object.keys(cert)) {
    if (!(k in known) && !k.startsWith("odata.")) ctx.hooksFor("certificate", thumbprint, variable, "", comments).unknown(k);
  }
  let args: Code;
  if (cert.publicData) {
    const file = `certificates/${thumbprint}.cer`;
    ctx.files.push({ path: file, contents: Buffer.from(cert.publicData.replace(/\s/g, ""), "base64") });
    comments.push(
      "The service returns only its public part, saved here as a .cer; if it was added as a .pfx (with",
      "its private key), load that file instead: certificateFromFile(pfxPath, password).",
    );
    args = new Code(
      `{ ...certificateFromFile(path.join(__dirname, "certificates", ${JSON.stringify(`${thumbprint}.cer`)})), thumbprint: ${JSON.stringify(thumbprint)} }`,
    );
  } else {
    const fileKey = ctx.configKeys.allocate(`${variable}PfxPath`, "certificate");
    const secretKey = ctx.configKeys.allocate(`${variable}PfxPassword`, "certificate");
    ctx.requiredFiles.push({ key: fileKey, description: `path of the .pfx file of certificate sha1-${thumbprint}` });
    ctx.secrets.required.push({ key: secretKey, description: `password of the .pfx file of certificate sha1-${thumbprint}` });
    args = new Code(
      `{ data: fs.readFileSync(config.require(${JSON.stringify(fileKey)})).toString("base64"), certificateFormat: "pfx", ` +
        `password: config.requireSecret(${JSON.stringify(secretKey)}), thumbprint: ${JSON.stringify(thumbprint)} }`,
    );
  }
  return {
    declaration: {
      kind: "certificate",
      id: thumbprint,
      variable,
      resourceName: `sha1-${thumbprint}`,
      className: "Certificate",
      args,
      comments,
    },
  };
}
