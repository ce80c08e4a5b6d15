/**
 * Public API of the Batch data-plane REST client (`pulumi-azure-batch/provider/client`).
 *
 * ```ts
 * const client = new BatchClient({ endpoint, auth: { kind: "sharedKey", accountName, accountKey } });
 * const { body: pool, etag } = await client.pools.get("p1");
 * await client.pools.patch("p1", { metadata: [] }, { conditions: { ifMatch: etag } });
 * for await (const p of client.pools.list({ filter: "startswith(id,'web')" })) console.log(p.id);
 * await client.close();
 * ```
 */
export { BatchClient } from "./batchClient";
export {
  BATCH_API_VERSION,
  BATCH_SCOPE,
  type ActionOptions,
  type BatchAuth,
  type BatchClientOptions,
  type BatchResponse,
  type CallOptions,
  type CreateResponse,
  type ForceOptions,
  type GetOptions,
  type ListOptions,
  type RequestConditions,
  type RetryOptions,
} from "./options";
export {
  BatchError,
  CONDITION_NOT_MET_HINT,
  errorFromResponse,
  isBatchError,
  isConditionNotMet,
  isConflict,
  isNotFound,
  type BatchErrorInit,
} from "./errors";
export { PoolOperations } from "./operations/pools";
export { NodeOperations } from "./operations/nodes";
export { JobScheduleOperations } from "./operations/jobSchedules";
export {
  CertificateOperations,
  type CertificateActionOptions,
  type CertificateGetOptions,
} from "./operations/certificates";
export { compareCreated, type CreatedMismatch } from "./compareCreated";
export { waitFor, sleep, type WaitOptions } from "./wait";
export { isLoopbackHost, parseEndpoint, type ParsedEndpoint } from "./endpoint";
export { sharedKeyAuthorization, sharedKeyStringToSign, type SignableRequest } from "./auth/sharedKey";
export { redactBody, redactText, redactValue } from "./redact";
export type { OperationSpec, PipelineResponse, RetryMode } from "./pipeline/types";
export type * from "./models";
