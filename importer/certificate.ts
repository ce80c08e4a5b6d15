/**
 * A certificate as the service returns it → a `Certificate` declaration. The service never returns
 * the file that was added, only the public part (`publicData`, base64 DER):
 *
 * - with `publicData`, it is written beside the program as `certificates/<THUMBPRINT>.cer` and
 *   loaded with `certificateFromFile` unless the user points the optional config key at the .pfx
 *   (the service returns `publicData` for a .pfx too and never says which was added);
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
    if (!(k in known) && !k.startsWith("odata."))
      ctx.hooksFor("certificate", thumbprint, variable, "", comments).unknown(k);
  }
  const args =
    cert.publicData && cert.certificateFormat !== "pfx"
      ? publicPartArgs(cert.publicData, thumbprint, variable, ctx, comments)
      : pfxArgs(thumbprint, variable, ctx);
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

/**
 * The public part is loaded by default (adoption compares it with the service's), and the user may
 * point the program at the .pfx instead: the service never says whether a private key was added.
 */
function publicPartArgs(
  publicData: string,
  thumbprint: string,
  variable: string,
  ctx: ConvertContext,
  comments: string[],
): Code {
  const file = `certificates/${thumbprint}.cer`;
  ctx.files.push({ path: file, contents: Buffer.from(publicData.replace(/\s/g, ""), "base64") });
  const fileKey = ctx.configKeys.allocate(`${variable}File`, "certificate");
  const secretKey = ctx.configKeys.allocate(`${variable}Password`, "certificate");
  ctx.optionalFiles.push({
    key: fileKey,
    description: `the .pfx of certificate sha1-${thumbprint} if it was added with its private key (default: ${file}, its public part)`,
  });
  ctx.optionalSecrets.push({ key: secretKey, description: `password of that .pfx (only with ${fileKey})` });
  comments.push(
    `The service returns only its public part (${file}); if it was added with its private key, set`,
    `${fileKey} to the .pfx and the secret ${secretKey} to its password.`,
  );
  return new Code(
    `{ ...certificateFromFile(config.get(${JSON.stringify(fileKey)}) ?? path.join(__dirname, "certificates", ${JSON.stringify(`${thumbprint}.cer`)})), ` +
      `password: config.getSecret(${JSON.stringify(secretKey)}), thumbprint: ${JSON.stringify(thumbprint)} }`,
  );
}

/** A certificate whose public part the service did not return: the user supplies the .pfx. */
function pfxArgs(thumbprint: string, variable: string, ctx: ConvertContext): Code {
  const fileKey = ctx.configKeys.allocate(`${variable}PfxPath`, "certificate");
  const secretKey = ctx.configKeys.allocate(`${variable}PfxPassword`, "certificate");
  ctx.requiredFiles.push({
    key: fileKey,
    description: `path of the .pfx file of certificate sha1-${thumbprint}`,
  });
  ctx.secrets.required.push({
    key: secretKey,
    description: `password of the .pfx file of certificate sha1-${thumbprint}`,
  });
  return new Code(
    `{ data: fs.readFileSync(config.require(${JSON.stringify(fileKey)})).toString("base64"), certificateFormat: "pfx", ` +
      `password: config.requireSecret(${JSON.stringify(secretKey)}), thumbprint: ${JSON.stringify(thumbprint)} }`,
  );
}
