import { isNotFound } from "../errors";
import type {
  AutoScaleRun,
  BatchNodeRemoveOptions,
  BatchPool,
  BatchPoolCreateOptions,
  BatchPoolEnableAutoScaleOptions,
  BatchPoolReplaceOptions,
  BatchPoolResizeOptions,
  BatchPoolUpdateOptions,
} from "../models";
import type {
  ActionOptions,
  BatchResponse,
  CallOptions,
  CreateResponse,
  GetOptions,
  ListOptions,
} from "../options";
import { paginate } from "../paging";
import { actionFields, listQuery, readQuery, seg, type OperationRunner } from "./common";
import { createWithAdoption } from "./create";

const target = (id: string) => `pool "${id}"`;

/** Pool operations (`/pools`). Methods throw {@link BatchError} on failure. */
export class PoolOperations {
  /** @internal */
  constructor(private readonly r: OperationRunner) {}

  /** Pools_CreatePool. Safe to retry: see {@link CreateResponse.adopted}. */
  add(pool: BatchPoolCreateOptions, options?: CallOptions): Promise<CreateResponse> {
    return createWithAdoption(
      this.r,
      {
        operation: "Pools_CreatePool",
        target: target(pool.id),
        method: "POST",
        path: "/pools",
        body: pool,
        retryMode: "create",
        ...actionFields(options, false),
      },
      "PoolExists",
      async () => (await this.get(pool.id, { signal: options?.signal })).body,
    );
  }

  /** Pools_GetPool. Throws 404 PoolNotFound when absent (see {@link tryGet}). */
  get(poolId: string, options?: GetOptions): Promise<BatchResponse<BatchPool>> {
    return this.r.call<BatchPool>(
      {
        operation: "Pools_GetPool",
        target: target(poolId),
        method: "GET",
        path: `/pools/${seg(poolId)}`,
        query: readQuery(options),
        retryMode: "idempotent",
        ...actionFields(options, true),
      },
      [200],
    );
  }

  /** Like {@link get} but resolves `undefined` for 404. */
  async tryGet(poolId: string, options?: GetOptions): Promise<BatchResponse<BatchPool> | undefined> {
    try {
      return await this.get(poolId, options);
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  /** Pools_PoolExists (HEAD): true for 200, false for 404. */
  async exists(poolId: string, options?: ActionOptions): Promise<boolean> {
    const res = await this.r.call<undefined>(
      {
        operation: "Pools_PoolExists",
        target: target(poolId),
        method: "HEAD",
        path: `/pools/${seg(poolId)}`,
        retryMode: "idempotent",
        ...actionFields(options, true),
      },
      [200, 404],
    );
    return res.status === 200;
  }

  /** Pools_UpdatePool (PATCH): changes only the properties given. */
  patch(
    poolId: string,
    body: BatchPoolUpdateOptions,
    options?: ActionOptions,
  ): Promise<BatchResponse<undefined>> {
    return this.action("Pools_UpdatePool", "PATCH", poolId, "", body, options, true, "idempotent");
  }

  /** Pools_ReplacePoolProperties (POST updateproperties): replaces the updatable properties. No conditions in the spec. */
  updateProperties(
    poolId: string,
    body: BatchPoolReplaceOptions,
    options?: CallOptions,
  ): Promise<BatchResponse<undefined>> {
    // Replacing the whole set of properties is idempotent, so it may be retried like a PUT.
    return this.action(
      "Pools_ReplacePoolProperties",
      "POST",
      poolId,
      "/updateproperties",
      body,
      options,
      false,
      "idempotent",
    );
  }

  /** Pools_ResizePool. */
  resize(
    poolId: string,
    body: BatchPoolResizeOptions,
    options?: ActionOptions,
  ): Promise<BatchResponse<undefined>> {
    return this.action("Pools_ResizePool", "POST", poolId, "/resize", body, options, true);
  }

  /** Pools_StopPoolResize. */
  stopResize(poolId: string, options?: ActionOptions): Promise<BatchResponse<undefined>> {
    return this.action("Pools_StopPoolResize", "POST", poolId, "/stopresize", undefined, options, true);
  }

  /** Pools_EnablePoolAutoScale. */
  enableAutoScale(
    poolId: string,
    body: BatchPoolEnableAutoScaleOptions,
    options?: ActionOptions,
  ): Promise<BatchResponse<undefined>> {
    return this.action("Pools_EnablePoolAutoScale", "POST", poolId, "/enableautoscale", body, options, true);
  }

  /** Pools_DisablePoolAutoScale. No conditions in the spec. */
  disableAutoScale(poolId: string, options?: CallOptions): Promise<BatchResponse<undefined>> {
    return this.action(
      "Pools_DisablePoolAutoScale",
      "POST",
      poolId,
      "/disableautoscale",
      undefined,
      options,
      false,
    );
  }

  /** Pools_EvaluatePoolAutoScale: evaluates a formula without applying it (pool must have autoscale enabled). */
  evaluateAutoScale(
    poolId: string,
    autoScaleFormula: string,
    options?: CallOptions,
  ): Promise<BatchResponse<AutoScaleRun>> {
    // Pure evaluation has no side effect: retry like a read.
    return this.action(
      "Pools_EvaluatePoolAutoScale",
      "POST",
      poolId,
      "/evaluateautoscale",
      { autoScaleFormula },
      options,
      false,
      "idempotent",
    );
  }

  /** Pools_RemoveNodes. */
  removeNodes(
    poolId: string,
    body: BatchNodeRemoveOptions,
    options?: ActionOptions,
  ): Promise<BatchResponse<undefined>> {
    return this.action("Pools_RemoveNodes", "POST", poolId, "/removenodes", body, options, true);
  }

  /** Pools_DeletePool (202: deletion continues in the background; poll {@link tryGet} until 404). */
  delete(poolId: string, options?: ActionOptions): Promise<BatchResponse<undefined>> {
    return this.action("Pools_DeletePool", "DELETE", poolId, "", undefined, options, true, "idempotent");
  }

  /** Pools_ListPools: every pool, across pages. */
  list(options?: ListOptions): AsyncIterable<BatchPool> {
    return paginate<BatchPool>(this.r, {
      operation: "Pools_ListPools",
      method: "GET",
      path: "/pools",
      query: listQuery(options),
      retryMode: "idempotent",
      timeoutSeconds: options?.timeoutSeconds,
      signal: options?.signal,
    });
  }

  private action<T = undefined>(
    operation: string,
    method: "POST" | "PATCH" | "DELETE",
    poolId: string,
    suffix: string,
    body: unknown,
    options: ActionOptions | undefined,
    withConditions: boolean,
    retryMode: "idempotent" | "action" = "action",
  ): Promise<BatchResponse<T>> {
    return this.r.call<T>(
      {
        operation,
        target: target(poolId),
        method,
        path: `/pools/${seg(poolId)}${suffix}`,
        body,
        retryMode,
        ...actionFields(options, withConditions),
      },
      [200, 201, 202, 204],
    );
  }
}
