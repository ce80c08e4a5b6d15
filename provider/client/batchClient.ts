import { parseEndpoint, type ParsedEndpoint } from "./endpoint";
import { BatchError, errorFromResponse } from "./errors";
import { BATCH_API_VERSION, type BatchClientOptions, type BatchResponse } from "./options";
import { CertificateOperations } from "./operations/certificates";
import type { OperationRunner } from "./operations/common";
import { JobScheduleOperations } from "./operations/jobSchedules";
import { NodeOperations } from "./operations/nodes";
import { PoolOperations } from "./operations/pools";
import { logStep } from "./pipeline/log";
import { retryStep } from "./pipeline/retry";
import { serializeRequest, type SerializeContext } from "./pipeline/serialize";
import { signStep } from "./pipeline/sign";
import { Transport } from "./pipeline/send";
import {
  composeSteps,
  TransportError,
  type Next,
  type OperationSpec,
  type PipelineResponse,
} from "./pipeline/types";
import { redactText } from "./redact";
import { responseMeta } from "./responseMeta";

const PACKAGE_UA = `pulumi-azure-batch/0.1.0 node/${process.versions.node}`;

/**
 * Client for the Azure Batch data plane (api-version 2024-07-01.20.0). One instance per account
 * endpoint; it keeps one keep-alive connection pool, so reuse it and call {@link close} when done.
 *
 * Pipeline per operation: serialize → log → retry → sign → send (sign and send run once per attempt).
 */
export class BatchClient {
  /** Pools: create, read, update, resize, autoscale, delete, list. */
  readonly pools: PoolOperations;
  /** Compute nodes of a pool: list, get, remote login settings. */
  readonly nodes: NodeOperations;
  /** Job schedules: create, read, update, replace, enable/disable/terminate, delete, list. */
  readonly jobSchedules: JobScheduleOperations;
  /** Certificates (deprecated by Batch, still served): add, get, list, delete, cancel deletion. */
  readonly certificates: CertificateOperations;
  /** The validated endpoint (origin, path-style base path, account name). */
  readonly endpoint: ParsedEndpoint;

  private readonly transport: Transport;
  private readonly pipeline: Next;
  private readonly ctx: SerializeContext;

  /** Validates the options (endpoint scheme, credentials) before any request is made. */
  constructor(options: BatchClientOptions) {
    if (!options || typeof options !== "object")
      throw new TypeError("BatchClient needs options { endpoint, auth }");
    if (!options.auth)
      throw new TypeError("BatchClient options.auth is required (sharedKey, tokenCredential or bearer)");
    this.endpoint = parseEndpoint(options.endpoint);
    this.ctx = {
      endpoint: this.endpoint,
      apiVersion: BATCH_API_VERSION,
      defaultTimeoutSeconds: options.timeoutSeconds,
      userAgent: options.userAgent ? `${options.userAgent} ${PACKAGE_UA}` : PACKAGE_UA,
    };
    this.transport = new Transport(this.endpoint.origin, {
      connections: options.connections ?? 16,
      requestTimeoutMs: options.requestTimeoutMs ?? 60_000,
    });
    const logger = options.logger;
    const steps = [
      ...(logger ? [logStep(logger)] : []),
      retryStep(options.retry, logger ? (l) => logger(redactText(l)) : undefined),
      signStep(options.auth),
    ];
    this.pipeline = composeSteps(steps, this.transport.send);
    const runner: OperationRunner = { call: (s, e) => this.call(s, e), raw: (s) => this.raw(s) };
    this.pools = new PoolOperations(runner);
    this.nodes = new NodeOperations(runner);
    this.jobSchedules = new JobScheduleOperations(runner);
    this.certificates = new CertificateOperations(runner);
  }

  /**
   * Runs any Batch operation (escape hatch for operations without a typed method) and returns the raw
   * response whatever its status. Network failures throw {@link BatchError} with status 0.
   */
  async raw(spec: OperationSpec): Promise<PipelineResponse> {
    const req = serializeRequest(spec, this.ctx);
    try {
      return await this.pipeline(req);
    } catch (e) {
      if (e instanceof TransportError) {
        throw new BatchError({
          status: 0,
          code: e.code,
          batchMessage: e.message,
          operation: spec.operation,
          target: spec.target,
          clientRequestId: req.headers["client-request-id"],
          hint: "The Batch endpoint could not be reached or the connection failed; check the endpoint and network",
          cause: e,
        });
      }
      throw e;
    }
  }

  /** Runs an operation, resolving for the `expected` statuses and throwing {@link BatchError} otherwise. */
  async call<T>(spec: OperationSpec, expected: number[]): Promise<BatchResponse<T>> {
    const res = await this.raw(spec);
    const meta = responseMeta(res);
    if (!expected.includes(res.status)) {
      throw errorFromResponse({ ...meta, status: res.status, bodyText: res.bodyText, ...spec });
    }
    return { ...meta, body: parseBody(res) as T };
  }

  /** Closes the connection pool. The client cannot be used afterwards. */
  close(): Promise<void> {
    return this.transport.close();
  }
}

function parseBody(res: PipelineResponse): unknown {
  if (!res.bodyText) return undefined;
  const ct = res.headers["content-type"] ?? "";
  if (ct.includes("json") || /^\s*[[{]/.test(res.bodyText)) {
    try {
      return JSON.parse(res.bodyText);
    } catch {
      return res.bodyText;
    }
  }
  return res.bodyText;
}
