import { isNotFound } from "../errors";
import type {
  BatchJobSchedule,
  BatchJobScheduleCreateOptions,
  BatchJobScheduleUpdateOptions,
} from "../models";
import type {
  ActionOptions,
  BatchResponse,
  CallOptions,
  CreateResponse,
  ForceOptions,
  GetOptions,
  ListOptions,
} from "../options";
import { paginate } from "../paging";
import { actionFields, listQuery, readQuery, seg, type OperationRunner } from "./common";
import { createWithAdoption } from "./create";

const target = (id: string) => `job schedule "${id}"`;

/** Job schedule operations (`/jobschedules`). Methods throw {@link BatchError} on failure. */
export class JobScheduleOperations {
  /** @internal */
  constructor(private readonly r: OperationRunner) {}

  /** JobSchedules_CreateJobSchedule. Safe to retry: see {@link CreateResponse.adopted}. */
  add(body: BatchJobScheduleCreateOptions, options?: CallOptions): Promise<CreateResponse> {
    return createWithAdoption(
      this.r,
      {
        operation: "JobSchedules_CreateJobSchedule",
        target: target(body.id),
        method: "POST",
        path: "/jobschedules",
        body,
        retryMode: "create",
        ...actionFields(options, false),
      },
      "JobScheduleExists",
      async () => (await this.get(body.id, { signal: options?.signal })).body,
    );
  }

  /** JobSchedules_GetJobSchedule. */
  get(id: string, options?: GetOptions): Promise<BatchResponse<BatchJobSchedule>> {
    return this.r.call<BatchJobSchedule>(
      {
        operation: "JobSchedules_GetJobSchedule",
        target: target(id),
        method: "GET",
        path: `/jobschedules/${seg(id)}`,
        query: readQuery(options),
        retryMode: "idempotent",
        ...actionFields(options, true),
      },
      [200],
    );
  }

  /** Like {@link get} but resolves `undefined` for 404. */
  async tryGet(id: string, options?: GetOptions): Promise<BatchResponse<BatchJobSchedule> | undefined> {
    try {
      return await this.get(id, options);
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  /** JobSchedules_JobScheduleExists (HEAD). */
  async exists(id: string, options?: ActionOptions): Promise<boolean> {
    const res = await this.r.call<undefined>(
      {
        operation: "JobSchedules_JobScheduleExists",
        target: target(id),
        method: "HEAD",
        path: `/jobschedules/${seg(id)}`,
        retryMode: "idempotent",
        ...actionFields(options, true),
      },
      [200, 404],
    );
    return res.status === 200;
  }

  /** JobSchedules_UpdateJobSchedule (PATCH): changes only the properties given. */
  patch(
    id: string,
    body: BatchJobScheduleUpdateOptions,
    options?: ActionOptions,
  ): Promise<BatchResponse<undefined>> {
    return this.action("JobSchedules_UpdateJobSchedule", "PATCH", id, "", body, options, "idempotent");
  }

  /** JobSchedules_ReplaceJobSchedule (PUT): replaces schedule, jobSpecification and metadata. */
  replace(id: string, body: BatchJobSchedule, options?: ActionOptions): Promise<BatchResponse<undefined>> {
    return this.action("JobSchedules_ReplaceJobSchedule", "PUT", id, "", body, options, "idempotent");
  }

  /** JobSchedules_EnableJobSchedule. */
  enable(id: string, options?: ActionOptions): Promise<BatchResponse<undefined>> {
    return this.action("JobSchedules_EnableJobSchedule", "POST", id, "/enable", undefined, options);
  }

  /** JobSchedules_DisableJobSchedule. */
  disable(id: string, options?: ActionOptions): Promise<BatchResponse<undefined>> {
    return this.action("JobSchedules_DisableJobSchedule", "POST", id, "/disable", undefined, options);
  }

  /** JobSchedules_TerminateJobSchedule. */
  terminate(id: string, options?: ForceOptions): Promise<BatchResponse<undefined>> {
    return this.action(
      "JobSchedules_TerminateJobSchedule",
      "POST",
      id,
      "/terminate",
      undefined,
      options,
      "action",
      options?.force,
    );
  }

  /** JobSchedules_DeleteJobSchedule (202: deletion continues in the background). */
  delete(id: string, options?: ForceOptions): Promise<BatchResponse<undefined>> {
    return this.action(
      "JobSchedules_DeleteJobSchedule",
      "DELETE",
      id,
      "",
      undefined,
      options,
      "idempotent",
      options?.force,
    );
  }

  /** JobSchedules_ListJobSchedules. */
  list(options?: ListOptions): AsyncIterable<BatchJobSchedule> {
    return paginate<BatchJobSchedule>(this.r, {
      operation: "JobSchedules_ListJobSchedules",
      method: "GET",
      path: "/jobschedules",
      query: listQuery(options),
      retryMode: "idempotent",
      timeoutSeconds: options?.timeoutSeconds,
      signal: options?.signal,
    });
  }

  private action(
    operation: string,
    method: "POST" | "PATCH" | "PUT" | "DELETE",
    id: string,
    suffix: string,
    body: unknown,
    options: ActionOptions | undefined,
    retryMode: "idempotent" | "action" = "action",
    force?: boolean,
  ): Promise<BatchResponse<undefined>> {
    return this.r.call<undefined>(
      {
        operation,
        target: target(id),
        method,
        path: `/jobschedules/${seg(id)}${suffix}`,
        query: { force },
        body,
        retryMode,
        ...actionFields(options, true),
      },
      [200, 202, 204],
    );
  }
}
