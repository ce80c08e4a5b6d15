import {
  BatchError,
  errorFromResponse,
  isBatchError,
  isConditionNotMet,
  isConflict,
  isNotFound,
} from "../../../provider/client/errors";

const body = JSON.stringify({
  "odata.metadata": "https://x/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element",
  code: "PoolNotSteady",
  message: {
    lang: "en-US",
    value: "The specified pool is not in steady state.\nRequestId:abc\nTime:2024-11-05T10:20:30Z",
  },
  values: [{ key: "Reason", value: "resizing" }],
});

describe("BatchError", () => {
  it("parses a Batch error body into fields and an actionable message", () => {
    const e = errorFromResponse({
      status: 409,
      bodyText: body,
      operation: "Pools_UpdatePool",
      target: 'pool "p1"',
      requestId: "rid-1",
      clientRequestId: "cid-1",
    });
    expect(e).toBeInstanceOf(BatchError);
    expect(isBatchError(e)).toBe(true);
    expect(e).toMatchObject({
      status: 409,
      code: "PoolNotSteady",
      batchMessage: "The specified pool is not in steady state.\nRequestId:abc\nTime:2024-11-05T10:20:30Z",
      values: { Reason: "resizing" },
      requestId: "rid-1",
      clientRequestId: "cid-1",
      operation: "Pools_UpdatePool",
    });
    expect(e.message).toBe(
      'Batch Pools_UpdatePool on pool "p1" failed: 409 PoolNotSteady: The specified pool is not in steady state.' +
        " [Reason=resizing] (request-id rid-1, client-request-id cid-1)",
    );
    expect(isConflict(e, "PoolNotSteady")).toBe(true);
    expect(isNotFound(e)).toBe(false);
  });

  it("explains 412 ConditionNotMet", () => {
    const e = errorFromResponse({
      status: 412,
      bodyText: "",
      operation: "Pools_UpdatePool",
      target: 'pool "p1"',
    });
    expect(e.code).toBe("ConditionNotMet");
    expect(isConditionNotMet(e)).toBe(true);
    expect(e.message).toContain("changed on the Batch service since it was read");
    expect(e.message).toContain("pulumi refresh");
  });

  it("handles empty and non-JSON bodies", () => {
    expect(errorFromResponse({ status: 404, bodyText: "", operation: "Pools_PoolExists" }).code).toBe(
      "NotFound",
    );
    const e = errorFromResponse({
      status: 502,
      bodyText: "<html>bad gateway</html>",
      operation: "Pools_GetPool",
    });
    expect(e.code).toBe("ServerError");
    expect(e.batchMessage).toBe("<html>bad gateway</html>");
  });

  it("type guard rejects other errors", () => {
    expect(isBatchError(new Error("x"))).toBe(false);
    expect(isBatchError({ status: 404, code: "x" })).toBe(false);
  });

  it("never carries secrets in the message", () => {
    const e = errorFromResponse({
      status: 400,
      bodyText: JSON.stringify({
        code: "InvalidPropertyValue",
        message: {
          value:
            'Bad value "password": "hunter2" with header SharedKey devbatch:abcDEF123= and Bearer eyJ0.eyJ.sig',
        },
      }),
      operation: "Pools_CreatePool",
    });
    expect(e.message).not.toContain("hunter2");
    expect(e.message).not.toContain("abcDEF123");
    expect(e.message).not.toContain("eyJ0");
  });
});
