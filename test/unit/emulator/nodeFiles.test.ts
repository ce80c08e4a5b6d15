/** What a start task's echo writes, as a node's shell would (the emulator runs no programs). */
import { nodeFiles, normalizeFilePath, startTaskOutput } from "../../../emulator/model/nodeFiles";

test("cmd keeps the space before the redirection and ends lines with CRLF (as recorded)", () => {
  const out = startTaskOutput("cmd /c echo hello > hello.txt", true);
  expect([...out.files]).toEqual([["startup/wd/hello.txt", "hello \r\n"]]);
});

test("sh expands the AZ_BATCH_* directories, drops quotes, appends with >>", () => {
  const out = startTaskOutput(
    `/bin/bash -c "echo 'a b' > \${AZ_BATCH_NODE_SHARED_DIR}/x.txt && echo c >> $AZ_BATCH_NODE_SHARED_DIR/x.txt; echo out"`,
    false,
  );
  expect(Object.fromEntries(out.files)).toEqual({ "shared/x.txt": "a b\nc\n" });
  expect(out.stdout).toBe("out\n");
});

test("writes outside the Batch directories and other programs leave no file", () => {
  expect(startTaskOutput("/bin/sh -c 'echo x > /etc/motd'", false).files.size).toBe(0);
  expect(startTaskOutput("/bin/sh -c 'apt-get install -y foo'", false).files.size).toBe(0);
  expect(startTaskOutput("python run.py > out.txt", false).files.size).toBe(0);
  expect(
    startTaskOutput("cmd /c echo %AZ_BATCH_NODE_ROOT_DIR% > root.txt", true).files.get("startup/wd/root.txt"),
  ).toBe("D:\\batch\\tasks \r\n");
});

test("the tree: layout, start-task files once the node is ready, deletions (directories recursively)", () => {
  const node = {
    id: "n",
    isDedicated: true,
    allocatedAt: 0,
    readyAt: 100,
    seq: 1,
    startCommand: "/bin/sh -c 'echo done > x.txt'",
  };
  const paths = (now: number) => nodeFiles(node, false, now).map((e) => e.path);
  expect(paths(50)).toEqual(["applications", "fsmounts", "shared", "startup", "volatile", "workitems"]);
  expect(paths(100)).toEqual(
    expect.arrayContaining(["startup/wd", "startup/wd/x.txt", "startup/stdout.txt", "startup/stderr.txt"]),
  );
  expect(nodeFiles({ ...node, deleted: ["startup/wd"] }, false, 100).map((e) => e.path)).not.toContain(
    "startup/wd/x.txt",
  );
  expect(normalizeFilePath("\\startup\\wd\\x.txt")).toBe("startup/wd/x.txt");
});
