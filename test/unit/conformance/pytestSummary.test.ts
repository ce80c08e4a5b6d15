import { parsePytestSummary } from "../../integration/conformance/pytestRun";

describe("parsePytestSummary", () => {
  it("reads the -rA short summary, parameters included, ignoring other lines", () => {
    const output = [
      "tests/test_batch.py::TestBatch::test_x[sync] PASSED   [ 50%]",
      "=========================== short test summary info ============================",
      "PASSED tests/test_batch.py::TestBatch::test_batch_certificates[sync]",
      "FAILED tests/test_batch.py::TestBatch::test_batch_certificates[async] - azure.core.exceptions...",
      "ERROR tests/test_batch.py::TestBatch::test_batch_files[sync] - devtools_testutils...",
      "SKIPPED [1] tests/test_batch.py:12: reason",
      "1 failed, 1 passed in 1.45s",
    ].join("\n");
    expect(Object.fromEntries(parsePytestSummary(output))).toEqual({
      "tests/test_batch.py::TestBatch::test_batch_certificates[sync]": "PASSED",
      "tests/test_batch.py::TestBatch::test_batch_certificates[async]": "FAILED",
      "tests/test_batch.py::TestBatch::test_batch_files[sync]": "ERROR",
    });
  });
});
