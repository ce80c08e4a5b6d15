import type { BatchResponse } from "./options";
import type { PipelineResponse } from "./pipeline/types";

/** The Batch response headers kept on every {@link BatchResponse}. */
export function responseMeta(res: PipelineResponse): Omit<BatchResponse<never>, "body"> {
  return {
    status: res.status,
    etag: res.headers["etag"],
    lastModified: res.headers["last-modified"],
    requestId: res.headers["request-id"],
    clientRequestId: res.headers["client-request-id"],
  };
}
