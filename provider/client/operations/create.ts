import { compareCreated } from "../compareCreated";
import { BatchError, errorFromResponse } from "../errors";
import type { CreateResponse } from "../options";
import type { OperationSpec } from "../pipeline/types";
import { responseMeta } from "../responseMeta";
import type { OperationRunner } from "./common";

/**
 * Runs a create (POST add). The pipeline retries it; if an earlier attempt was uncertain (network error
 * or 5xx after the request may have reached the service) and the final answer is 409 `existsCode`,
 * the object is read back and compared with what was sent: equal → success with `adopted: true`;
 * different → the 409 is thrown with an explanation. A 409 without an uncertain earlier attempt is a
 * plain conflict (someone else owns that id) and is thrown as is.
 */
export async function createWithAdoption(
  runner: OperationRunner,
  spec: OperationSpec,
  existsCode: string,
  readBack: () => Promise<unknown>,
): Promise<CreateResponse> {
  const res = await runner.raw(spec);
  const meta = responseMeta(res);
  if (res.status === 201 || res.status === 200) return { ...meta, body: undefined, adopted: false };
  const err = errorFromResponse({ ...meta, status: res.status, bodyText: res.bodyText, ...spec });
  if (res.status !== 409 || err.code !== existsCode || !res.earlierAttemptUncertain) throw err;
  const got = await readBack();
  const mismatches = compareCreated(spec.body, got);
  if (mismatches.length === 0) return { ...meta, status: 201, body: undefined, adopted: true };
  const shown = mismatches
    .slice(0, 5)
    .map((m) => m.path)
    .join(", ");
  throw new BatchError({
    status: 409,
    code: err.code,
    batchMessage: err.batchMessage,
    values: err.values,
    requestId: err.requestId,
    clientRequestId: err.clientRequestId,
    operation: spec.operation,
    target: spec.target,
    hint:
      `An earlier attempt of this create had an uncertain outcome and the retry found an existing object ` +
      `that differs from what was sent (${shown}); it was not created by this request. ` +
      `Choose another id, or delete/import the existing object`,
  });
}
