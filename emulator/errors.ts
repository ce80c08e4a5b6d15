/**
 * Error factory: one function per Batch error code, each producing the exact Batch wire format
 * (`odata.metadata`, `code`, `message: {lang, value}` with RequestId/Time lines, `values`).
 */

/** A key/value detail of a Batch error (`values` array of the wire format). */
export interface ErrorDetail {
  key: string;
  value: string;
}

/** An error the emulator answers with; serialized by {@link errorBody}. */
export class EmulatorError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly values: ErrorDetail[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Type guard for {@link EmulatorError}. */
export function isEmulatorError(e: unknown): e is EmulatorError {
  return e instanceof EmulatorError;
}

/** Serializes an error into Batch's JSON error body. `base` is the account URL (for odata.metadata). */
export function errorBody(err: EmulatorError, base: string, requestId: string, now: Date): string {
  return JSON.stringify({
    "odata.metadata": `${base}/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element`,
    code: err.code,
    message: { lang: "en-US", value: `${err.message}\nRequestId:${requestId}\nTime:${now.toISOString()}` },
    ...(err.values.length ? { values: err.values } : {}),
  });
}

const e = (status: number, code: string, message: string, values: ErrorDetail[] = []) =>
  new EmulatorError(status, code, message, values);

// --- authentication -------------------------------------------------------------------------------
/** 403: the SharedKey signature (or key, account, date) did not verify. */
export const authenticationFailed = (reason: string) =>
  e(
    403,
    "AuthenticationFailed",
    "Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.",
    [{ key: "AuthenticationErrorDetail", value: reason }],
  );
/** 401: a Bearer token was not accepted. */
export const invalidAuthenticationInfo = (reason: string) =>
  e(
    401,
    "InvalidAuthenticationInfo",
    "Server failed to authenticate the request. The authentication information was not provided in the correct format.",
    [{ key: "AuthenticationErrorDetail", value: reason }],
  );

// --- request shape ---------------------------------------------------------------------------------
/** 400: the api-version query parameter is not supported. */
export const unsupportedRequestVersion = (version: string) =>
  e(400, "UnsupportedRequestVersion", "The specified Request Version is not supported.", [
    { key: "QueryParameterName", value: "api-version" },
    { key: "QueryParameterValue", value: version },
  ]);
/** 400: a required query parameter (api-version) is missing. */
export const missingRequiredQueryParameter = (name: string) =>
  e(
    400,
    "MissingRequiredQueryParameter",
    "A query parameter that's mandatory for this request is not specified.",
    [{ key: "QueryParameterName", value: name }],
  );
/** 400: a query parameter has an invalid value (e.g. a malformed $filter). */
export const invalidQueryParameterValue = (name: string, value: string, reason: string) =>
  e(
    400,
    "InvalidQueryParameterValue",
    "Value for one of the query parameters specified in the request URI is invalid.",
    [
      { key: "QueryParameterName", value: name },
      { key: "QueryParameterValue", value },
      { key: "Reason", value: reason },
    ],
  );
/** 400: the body is not valid JSON or names a property the resource does not have. */
export const invalidRequestBody = (reason: string, property?: string) =>
  e(400, "InvalidRequestBody", "The specified Request Body is not syntactically valid.", [
    ...(property ? [{ key: "PropertyName", value: property }] : []),
    { key: "Reason", value: reason },
  ]);
/** 400: a required body property is missing. */
export const missingRequiredProperty = (property: string, path = property) =>
  e(400, "MissingRequiredProperty", "A required property was not specified in the request body.", [
    { key: "PropertyName", value: property },
    { key: "PropertyPath", value: path },
  ]);
/** 400: a body property has an invalid value. */
export const invalidPropertyValue = (property: string, reason: string, path = property, value?: string) =>
  e(
    400,
    "InvalidPropertyValue",
    "The value provided for one of the properties in the request body is invalid.",
    // The service's own checks name the offending value instead of its path (pysdk create-pools
    // subnetId and virtualMachineImageId, nodesdk virtualMachineImageId: PropertyName,
    // PropertyValue, Reason); the body's schema checks name the path.
    value !== undefined
      ? [
          { key: "PropertyName", value: property },
          { key: "PropertyValue", value },
          { key: "Reason", value: reason },
        ]
      : [
          { key: "PropertyName", value: property },
          { key: "PropertyPath", value: path },
          { key: "Reason", value: reason },
        ],
  );
/** 400: an autoscale formula could not be parsed. */
export const autoScalingFormulaSyntaxError = (reason: string) =>
  e(400, "AutoScalingFormulaSyntaxError", "The specified autoscale formula has a syntax error.", [
    { key: "Reason", value: reason },
  ]);
/** 404: no route for this path/method. */
export const resourceNotFound = () => e(404, "ResourceNotFound", "The specified resource does not exist.");
/** 405: the resource does not support this HTTP verb. */
export const unsupportedHttpVerb = (verb: string) =>
  e(405, "UnsupportedHttpVerb", "The resource doesn't support the specified HTTP verb.", [
    { key: "HttpVerb", value: verb },
  ]);
/** 412: an If-* precondition failed. */
/** 304: a GET/HEAD whose If-None-Match / If-Modified-Since says the caller's copy is current (no body). */
export const notModified = (headers: Record<string, string>) =>
  new EmulatorError(304, "NotModified", "The resource has not been modified.", [], headers);
/** 400: If-Match (or If-Unmodified-Since) combined with If-None-Match / If-Modified-Since. */
export const multipleConditionHeaders = () =>
  e(400, "MultipleConditionHeadersNotSupported", "Multiple condition headers are not supported.", [
    {
      key: "Reason",
      value: "Send If-Match/If-Unmodified-Since or If-None-Match/If-Modified-Since, not both kinds.",
    },
  ]);
export const conditionNotMet = () =>
  e(412, "ConditionNotMet", "The condition specified using HTTP conditional header(s) is not met.");
/** 500: unexpected emulator failure. */
export const internalError = () =>
  e(500, "InternalError", "Server encountered an internal error. Please try again after some time.");

// --- pools -------------------------------------------------------------------------------------------
/** 404 PoolNotFound. */
export const poolNotFound = () => e(404, "PoolNotFound", "The specified pool does not exist.");
/** 409 PoolExists. */
export const poolExists = () => e(409, "PoolExists", "The specified pool already exists.");
/** 409 PoolBeingDeleted. */
export const poolBeingDeleted = () =>
  e(409, "PoolBeingDeleted", "The specified pool has been marked for deletion and is being reclaimed.");
/** 409 PoolBeingResized: resize/autoscale changes require allocationState steady. */
export const poolBeingResized = () =>
  e(
    409,
    "PoolBeingResized",
    "The specified pool is currently being resized. The operation requires the pool allocation state to be steady.",
  );
/** 409 AutoScaleEnabled: manual resize is not allowed while autoscale is on. */
export const autoScaleEnabled = () =>
  e(
    409,
    "AutoScaleEnabled",
    "The specified operation is not allowed when automatic scaling is enabled for the pool.",
  );
/** 409 AutoScaleNotEnabled: evaluateautoscale needs autoscale on. */
export const autoScaleNotEnabled = () =>
  e(
    409,
    "AutoScaleNotEnabled",
    "The specified operation requires automatic scaling to be enabled for the pool.",
  );
/** 409 OperationInvalidForCurrentState: e.g. changing an empty-only property on a pool with nodes. */
export const operationInvalidForCurrentState = (reason: string, property?: string) =>
  e(
    409,
    "OperationInvalidForCurrentState",
    "The specified operation is not valid for the current state of the resource.",
    [...(property ? [{ key: "PropertyName", value: property }] : []), { key: "Reason", value: reason }],
  );
/** 409 InvalidCertificateReferences: a pool references a certificate that does not exist. */
export const invalidCertificateReferences = (thumbprint: string) =>
  e(409, "InvalidCertificateReferences", "One or more of the specified certificate references are invalid.", [
    { key: "Thumbprint", value: thumbprint },
  ]);

// --- nodes -------------------------------------------------------------------------------------------
/** 404 NodeNotFound. */
export const nodeNotFound = () => e(404, "NodeNotFound", "The specified node does not exist.");
/** 409 NodeBeingRebooted / NodeBeingReimaged / NodeBeingStarted / NodeBeingCreated: a node operation during a transition. */
export const nodeInTransition = (code: "Rebooted" | "Reimaged" | "Started" | "Created") =>
  e(
    409,
    `NodeBeing${code}`,
    `The specified operation is not permitted while the node is being ${code.toLowerCase()}.`,
  );
/** 409 NodeUserExists. */
export const nodeUserExists = () => e(409, "NodeUserExists", "The specified node user already exists.");
/** 404 NodeUserNotFound. */
export const nodeUserNotFound = () => e(404, "NodeUserNotFound", "The specified node user does not exist.");
/** 404 FileNotFound: a node file (or directory) that does not exist. */
export const fileNotFound = () => e(404, "FileNotFound", "The specified file does not exist.");
/** 416 InvalidRange: an ocp-range outside the file. */
export const invalidRange = () =>
  e(416, "InvalidRange", "The specified byte range is invalid for the given resource.");

// --- job schedules -------------------------------------------------------------------------------
/** 404 JobScheduleNotFound. */
export const jobScheduleNotFound = () =>
  e(404, "JobScheduleNotFound", "The specified job schedule does not exist.");
/** 404 JobNotFound. */
export const jobNotFound = () => e(404, "JobNotFound", "The specified job does not exist.");
/** 409 JobScheduleExists. */
export const jobScheduleExists = () =>
  e(409, "JobScheduleExists", "The specified job schedule already exists.");
/** 409 JobScheduleBeingDeleted. */
export const jobScheduleBeingDeleted = () =>
  e(
    409,
    "JobScheduleBeingDeleted",
    "The specified job schedule has been marked for deletion and is being deleted.",
  );
/** 409 JobScheduleBeingTerminated. */
export const jobScheduleBeingTerminated = () =>
  e(409, "JobScheduleBeingTerminated", "The specified job schedule is being terminated.");
/** 409 JobScheduleCompleted. */
export const jobScheduleCompleted = () =>
  e(409, "JobScheduleCompleted", "The specified job schedule has completed.");

// --- certificates ------------------------------------------------------------------------------------
/** 404 CertificateNotFound. */
export const certificateNotFound = () =>
  e(404, "CertificateNotFound", "The specified certificate does not exist.");
/** 409 CertificateExists. */
export const certificateExists = () =>
  e(409, "CertificateExists", "The specified certificate already exists.");
/** 409 CertificateBeingDeleted. */
export const certificateBeingDeleted = () =>
  e(
    409,
    "CertificateBeingDeleted",
    "The specified certificate has been marked for deletion and is being deleted.",
  );
/** 409 CertificateStateActive: canceldelete on a certificate that is not in deletefailed. */
export const certificateStateActive = () =>
  e(
    409,
    "CertificateStateActive",
    "The specified certificate is in active state; the operation is not allowed.",
  );

// --- injected faults -----------------------------------------------------------------------------
/** An error for an injected fault with the given status (503 ServerBusy, 500 InternalError, ...). */
export function faultError(status: number, headers: Record<string, string>): EmulatorError {
  const code =
    status === 503
      ? "ServerBusy"
      : status === 429
        ? "TooManyRequests"
        : status === 500
          ? "InternalError"
          : status === 408
            ? "OperationTimedOut"
            : "InjectedFault";
  return new EmulatorError(status, code, `Injected fault (status ${status}).`, [], headers);
}
/** 413: the body exceeds the emulator's limit. */
export const requestBodyTooLarge = () =>
  e(413, "RequestBodyTooLarge", "The request body is too large and exceeds the maximum permissible limit.");
