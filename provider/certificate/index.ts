/**
 * The Certificate dynamic provider implementation, loaded at call time by the serialized shim
 * (`dynamicShim("pulumi-azure-batch/provider/certificate")`, see `../core/shim.ts`).
 *
 * - id: `sha1-<THUMBPRINT>` (upper-case hex, as `check` computes it).
 * - every input change replaces (certificates are immutable); see `certificate/diff.ts`.
 * - outputs: the inputs (secrets kept from state: Batch never returns `data` or `password`) plus
 *   what Batch reports (`url`, `state`, `publicData`, …), as plain JSON.
 */
import type * as pulumi from "@pulumi/pulumi";
import type { BatchAccountInput } from "../core/config";
import { installProvider } from "../core/shim";
import type { BatchCertificate } from "../client/models";
import { checkCertificate, type CertificateInputs } from "./check";
import { certificateSecrets, withCertificateClient } from "./client";
import { createCertificate } from "./create";
import { deleteCertificate } from "./delete";
import { diffCertificate } from "./diff";
import { explainRetirement } from "./errors";
import { normalizeThumbprint, THUMBPRINT_ALGORITHM } from "./thumbprint";
import { throttledProgress, type CertificateWaitSettings } from "./wait";
import { progress } from "../core/connect";
import { toPlainJson } from "../core/normalize";

type Props = Record<string, unknown>;

/** The input properties kept in state (and handed back as inputs by `read`). */
export const INPUT_KEYS = ["data", "certificateFormat", "password", "thumbprint", "batchAccount"] as const;

/** The id of a certificate: `sha1-<THUMBPRINT>`. */
export function certificateId(thumbprint: string): string {
  return `${THUMBPRINT_ALGORITHM}-${thumbprint.toUpperCase()}`;
}

/** The thumbprint of an id made by {@link certificateId} (or of the state's `thumbprint`). */
export function thumbprintOfId(id: string, props?: Props): string {
  const fromProps = typeof props?.thumbprint === "string" ? normalizeThumbprint(props.thumbprint) : undefined;
  return fromProps ?? normalizeThumbprint(id.replace(/^sha1-/i, "")) ?? id;
}

function inputsOf(props: Props): Props {
  const out: Props = {};
  for (const k of INPUT_KEYS) if (props[k] !== undefined) out[k] = props[k];
  return out;
}

/** Outputs: the inputs plus the service's view of the certificate, as plain JSON. */
export function certificateOutputs(inputs: Props, live: BatchCertificate): Props {
  return toPlainJson<Props>({
    ...inputsOf(inputs),
    thumbprint: live.thumbprint
      ? (normalizeThumbprint(live.thumbprint) ?? inputs.thumbprint)
      : inputs.thumbprint,
    thumbprintAlgorithm: live.thumbprintAlgorithm ?? THUMBPRINT_ALGORITHM,
    url: live.url,
    state: live.state,
    stateTransitionTime: live.stateTransitionTime,
    previousState: live.previousState,
    previousStateTransitionTime: live.previousStateTransitionTime,
    publicData: live.publicData,
    deleteCertificateError: live.deleteCertificateError,
  });
}

/** Polling of the provider: defaults (or `AZURE_BATCH_POLL_INTERVAL_MS`), throttled progress lines. */
const WAIT: CertificateWaitSettings = { onProgress: throttledProgress(progress, 30_000) };

/**
 * Receives the stack config (`azure-batch:*`) once per provider process and installs the other
 * methods on the deserialized provider object (see `../core/shim.ts`).
 */
export async function configure(req: pulumi.dynamic.ConfigureRequest, target?: object): Promise<void> {
  await installProvider({ check, diff, create, read, update, delete: delete_ }, req, target);
}

/** Validates inputs and computes the thumbprint; see `certificate/check.ts`. */
export async function check(_olds: Props, news: Props): Promise<pulumi.dynamic.CheckResult> {
  return checkCertificate(news);
}

/** Any input change replaces; see `certificate/diff.ts`. */
export async function diff(_id: string, olds: Props, news: Props): Promise<pulumi.dynamic.DiffResult> {
  return diffCertificate(olds, news);
}

/** Adds the certificate (waiting out a `deleting` copy, adopting an identical one). */
export async function create(inputs: Props): Promise<pulumi.dynamic.CreateResult> {
  const i = inputs as unknown as CertificateInputs;
  const { live } = await withCertificateClient(
    i.batchAccount as BatchAccountInput | undefined,
    certificateSecrets(i as never),
    (client) => createCertificate(client, i, WAIT),
  );
  return { id: certificateId(i.thumbprint), outs: certificateOutputs(inputs, live) };
}

/** Reads the certificate; 404 → gone (empty id). Secrets come from state. */
export async function read(id: string, props: Props = {}): Promise<pulumi.dynamic.ReadResult> {
  const thumbprint = thumbprintOfId(id, props);
  const live = await withCertificateClient(
    props.batchAccount as BatchAccountInput | undefined,
    certificateSecrets(props as never),
    async (client) => {
      try {
        return (await client.certificates.tryGet(thumbprint))?.body;
      } catch (e) {
        throw explainRetirement(e);
      }
    },
  );
  if (!live) return { id: "", props: {} };
  const outs = certificateOutputs({ ...props, thumbprint }, live);
  return { id: certificateId(thumbprint), props: outs, inputs: inputsOf(outs) };
}

/**
 * Only connection details (e.g. a rotated account key) update in place; the certificate itself is
 * immutable and never changes here.
 */
export async function update(_id: string, olds: Props, news: Props): Promise<pulumi.dynamic.UpdateResult> {
  const outs: Props = { ...olds };
  delete outs.batchAccount;
  return { outs: toPlainJson<Props>({ ...outs, ...inputsOf(news) }) };
}

/** Deletes and waits until gone; a `deletefailed` is cancelled and reported (see `certificate/delete.ts`). */
export async function delete_(id: string, props: Props): Promise<void> {
  await withCertificateClient(
    props.batchAccount as BatchAccountInput | undefined,
    certificateSecrets(props as never),
    (client) => deleteCertificate(client, thumbprintOfId(id, props), WAIT),
  );
}

export { delete_ as delete };
