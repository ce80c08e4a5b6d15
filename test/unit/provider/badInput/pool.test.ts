/**
 * Bad pool inputs, each refused by the Pool provider's `check` before any REST call, naming the
 * property and the fix, without quoting a secret (see corpus.ts).
 */
import { check } from "../../../../provider/pool/index";
import { UNKNOWN } from "../../../../provider/core/planner";
import { at, type BadCase, clone, expectRejected, SECRET, set } from "./corpus";

const BASE = {
  poolId: "bad-input-pool",
  vmSize: "Standard_D2s_v3",
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
  },
  targetDedicatedNodes: 1,
  userAccounts: [{ name: "worker", password: SECRET }],
  startTask: { commandLine: "/bin/true", environmentSettings: [{ name: "MODE", value: "x" }] },
  metadata: [{ name: "team", value: "render" }],
};

const SUBNET =
  "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default";
const VM = "virtualMachineConfiguration";
const IMAGE = `${VM}.imageReference`;
const nat = (over: Record<string, unknown>) => ({
  endpointConfiguration: {
    inboundNATPools: [
      {
        name: "ssh",
        protocol: "tcp",
        backendPort: 22,
        frontendPortRangeStart: 15000,
        frontendPortRangeEnd: 15100,
        ...over,
      },
    ],
  },
});
const nfs = (path: string) => ({
  nfsMountConfiguration: { source: "10.0.0.4:/data", relativeMountPath: path },
});

const CASES: BadCase[] = [
  set("displayName of 1,100 characters", "displayName", "d".repeat(1100)),
  set(
    "duplicate metadata names",
    "metadata",
    [
      { name: "a", value: "1" },
      { name: "a", value: "2" },
    ],
    "metadata[1]",
  ),
  set("a 100 KB metadata value", "metadata", [{ name: "blob", value: "x".repeat(100 * 1024) }], "metadata"),
  set("metadata as an object", "metadata", { team: "render" }, "metadata"),
  set("metadata item without value", "metadata", [{ name: "a" }], "metadata[0].value"),
  set(
    "duplicate user accounts",
    "userAccounts",
    [
      { name: "u", password: SECRET },
      { name: "u", password: SECRET },
    ],
    "userAccounts[1]",
  ),
  set(
    "user name over 20 characters",
    "userAccounts",
    [{ name: "u".repeat(21), password: SECRET }],
    "userAccounts[0].name",
  ),
  set("user without password", "userAccounts", [{ name: "u" }], "userAccounts[0].password"),
  set(
    "user elevation level unknown",
    "userAccounts",
    [{ name: "u", password: SECRET, elevationLevel: "root" }],
    "userAccounts[0].elevationLevel",
  ),
  set(
    "user with an unknown property holding a secret",
    "userAccounts",
    [{ name: "u", password: SECRET, passwd: SECRET }],
    "userAccounts[0].passwd",
  ),
  set(
    "duplicate start task environment settings",
    "startTask.environmentSettings",
    [{ name: "A" }, { name: "A", value: "2" }],
    "startTask.environmentSettings[1]",
  ),
  set("start task without commandLine", "startTask", { environmentSettings: [] }, "startTask.commandLine"),
  set("start task maxTaskRetryCount -2", "startTask.maxTaskRetryCount", -2),
  set("start task waitForSuccess as string", "startTask.waitForSuccess", "yes"),
  set(
    "start task userIdentity with username and autoUser",
    "startTask.userIdentity",
    { username: "worker", autoUser: { scope: "pool" } },
    "startTask.userIdentity.autoUser",
  ),
  set("taskSlotsPerNode 0", "taskSlotsPerNode", 0),
  set("taskSlotsPerNode 257", "taskSlotsPerNode", 257),
  set("taskSlotsPerNode 1.5", "taskSlotsPerNode", 1.5),
  set("subnetId not a resource id", "networkConfiguration.subnetId", "not-a-resource-id"),
  set(
    "subnetId of a VM",
    "networkConfiguration.subnetId",
    "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm",
    "networkConfiguration.subnetId",
  ),
  set(
    "subnetId without the subnet",
    "networkConfiguration.subnetId",
    SUBNET.replace(/\/subnets\/default$/, ""),
  ),
  set(
    "public IP id malformed",
    "networkConfiguration.publicIPAddressConfiguration",
    { provision: "usermanaged", ipAddressIds: ["1.2.3.4"] },
    "networkConfiguration.publicIPAddressConfiguration.ipAddressIds[0]",
  ),
  set(
    "NAT pool name starting with a hyphen",
    "networkConfiguration",
    nat({ name: "-ssh" }),
    "networkConfiguration.endpointConfiguration.inboundNATPools[0].name",
  ),
  set(
    "NAT pool reserved backend port",
    "networkConfiguration",
    nat({ backendPort: 29876 }),
    "networkConfiguration.endpointConfiguration.inboundNATPools[0].backendPort",
  ),
  set(
    "NAT pool frontend range in the reserved ports",
    "networkConfiguration",
    nat({ frontendPortRangeStart: 50100, frontendPortRangeEnd: 50200 }),
    "networkConfiguration.endpointConfiguration.inboundNATPools[0].frontendPortRangeStart",
  ),
  set(
    "NAT pool range under 40 ports",
    "networkConfiguration",
    nat({ frontendPortRangeEnd: 15010 }),
    "networkConfiguration.endpointConfiguration.inboundNATPools[0].frontendPortRangeEnd",
  ),
  set(
    "NAT pool without protocol",
    "networkConfiguration",
    nat({ protocol: undefined }),
    "networkConfiguration.endpointConfiguration.inboundNATPools[0].protocol",
  ),
  set(
    "NSG rule priority 100",
    "networkConfiguration",
    nat({ networkSecurityGroupRules: [{ priority: 100, access: "allow", sourceAddressPrefix: "*" }] }),
    "networkConfiguration.endpointConfiguration.inboundNATPools[0].networkSecurityGroupRules[0].priority",
  ),
  set(
    "network with an unknown property",
    "networkConfiguration",
    { subnet: SUBNET },
    "networkConfiguration.subnet",
  ),
  set('steadyTimeoutSeconds "soon"', "steadyTimeoutSeconds", "soon"),
  set("steadyTimeoutSeconds 0", "steadyTimeoutSeconds", 0),
  set("steadyTimeoutSeconds negative", "steadyTimeoutSeconds", -60),
  set("timeouts.steadySeconds as text", "timeouts", { steadySeconds: "1h" }, "timeouts.steadySeconds"),
  set("timeouts with an unknown timeout", "timeouts", { create: 60 }, "timeouts.create"),
  set("timeouts as a number", "timeouts", 60, "timeouts"),
  set('adopt "yes"', "adopt", "yes"),
  set("waitForSteady 1", "waitForSteady", 1),
  set('stopPendingResize "false"', "stopPendingResize", "false"),
  set("nodeDeallocationOption unknown", "nodeDeallocationOption", "kill"),
  set(
    "endpoint over plain http",
    "batchAccount",
    { endpoint: "http://myaccount.westeurope.batch.azure.com", accountKey: SECRET },
    "batchAccount.endpoint",
  ),
  set(
    "endpoint not a URL",
    "batchAccount",
    { endpoint: "myaccount.westeurope", accountKey: SECRET },
    "batchAccount.endpoint",
  ),
  set(
    "endpoint ftp",
    "batchAccount",
    { endpoint: "ftp://myaccount.batch.azure.com" },
    "batchAccount.endpoint",
  ),
  set("endpoint a number", "batchAccount", { endpoint: 8080 }, "batchAccount.endpoint"),
  set(
    "account key a number",
    "batchAccount",
    { endpoint: "https://a.westeurope.batch.azure.com", accountKey: 42 },
    "batchAccount.accountKey",
  ),
  set(
    "batchAccount with a misspelt key holding the key",
    "batchAccount",
    { endpoint: "https://a.westeurope.batch.azure.com", key: SECRET },
    "batchAccount.key",
  ),
  set("batchAccount as a string", "batchAccount", "https://a.westeurope.batch.azure.com", "batchAccount"),
  set(
    "batchAccount key without endpoint",
    "batchAccount",
    { accountName: "a", accountKey: SECRET },
    "batchAccount.endpoint",
  ),
  { title: "no virtualMachineConfiguration", change: (i) => delete i[VM], property: VM },
  { title: "no vmSize", change: (i) => delete i.vmSize, property: "vmSize" },
  set("vmSize a number", "vmSize", 5),
  set("no imageReference", `${VM}.imageReference`, undefined),
  set("no nodeAgentSKUId", `${VM}.nodeAgentSKUId`, undefined),
  set("empty imageReference", IMAGE, {}, `${IMAGE}.publisher`),
  set("imageReference without sku", IMAGE, { publisher: "canonical", offer: "ubuntu" }, `${IMAGE}.sku`),
  set(
    "virtualMachineImageId not an id",
    IMAGE,
    { virtualMachineImageId: "my-image" },
    `${IMAGE}.virtualMachineImageId`,
  ),
  set(
    "virtualMachineImageId with gallery instead of galleries",
    IMAGE,
    {
      virtualMachineImageId:
        "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/gallery/g/images/i/versions/1",
    },
    `${IMAGE}.virtualMachineImageId`,
  ),
  set(
    "virtualMachineImageId together with a marketplace image",
    `${IMAGE}.virtualMachineImageId`,
    "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/images/img",
    IMAGE,
  ),
  set("data disk lun 64", `${VM}.dataDisks`, [{ lun: 64, diskSizeGB: 10 }], `${VM}.dataDisks[0].lun`),
  set(
    "duplicate data disk luns",
    `${VM}.dataDisks`,
    [
      { lun: 1, diskSizeGB: 10 },
      { lun: 1, diskSizeGB: 20 },
    ],
    `${VM}.dataDisks[1]`,
  ),
  set("data disk of 0 GB", `${VM}.dataDisks`, [{ lun: 0, diskSizeGB: 0 }], `${VM}.dataDisks[0].diskSizeGB`),
  set(
    "duplicate extension names",
    `${VM}.extensions`,
    [
      { name: "e", publisher: "p", type: "t" },
      { name: "e", publisher: "p", type: "t2" },
    ],
    `${VM}.extensions[1]`,
  ),
  set(
    "container registry identity not an identity id",
    `${VM}.containerConfiguration`,
    {
      type: "dockerCompatible",
      containerRegistries: [
        { registryServer: "r.azurecr.io", identityReference: { resourceId: "my-identity" } },
      ],
    },
    `${VM}.containerConfiguration.containerRegistries[0].identityReference.resourceId`,
  ),
  set(
    "container type unknown",
    `${VM}.containerConfiguration`,
    { type: "podman" },
    `${VM}.containerConfiguration.type`,
  ),
  set("windowsConfiguration as a boolean", `${VM}.windowsConfiguration`, true),
  set(
    "mount with two file systems",
    "mountConfiguration",
    [
      {
        ...nfs("a"),
        cifsMountConfiguration: { username: "u", source: "//s/x", relativeMountPath: "b", password: SECRET },
      },
    ],
    "mountConfiguration[0]",
  ),
  set("empty mount entry", "mountConfiguration", [{}], "mountConfiguration[0]"),
  set("two mounts on one path", "mountConfiguration", [nfs("data"), nfs("data")], "mountConfiguration[1]"),
  set(
    "CIFS mount without username",
    "mountConfiguration",
    [{ cifsMountConfiguration: { source: "//s/x", relativeMountPath: "x", password: SECRET } }],
    "mountConfiguration[0].cifsMountConfiguration.username",
  ),
  set(
    "blob mount with an unknown property holding a key",
    "mountConfiguration",
    [
      {
        azureBlobFileSystemConfiguration: {
          accountName: "a",
          containerName: "c",
          relativeMountPath: "b",
          accountKey: SECRET,
          key: SECRET,
        },
      },
    ],
    "mountConfiguration[0].azureBlobFileSystemConfiguration.key",
  ),
  set("pool id of 65 characters", "poolId", "p".repeat(65), "poolId", "id"),
  set("pool id with a dot", "poolId", "my.pool", "poolId", "id"),
  set("unknown top-level property", "vmsize", "Standard_D2s_v3"),
  set("resizeTimeout PT1M", "resizeTimeout", "PT1M"),
  set("resizeTimeout in words", "resizeTimeout", "15 minutes"),
  {
    title: "autoScaleEvaluationInterval PT1M",
    change: (i) =>
      Object.assign(i, {
        targetDedicatedNodes: undefined,
        enableAutoScale: true,
        autoScaleFormula: "$TargetDedicatedNodes = 1;",
        autoScaleEvaluationInterval: "PT1M",
      }),
    property: "autoScaleEvaluationInterval",
  },
  {
    title: "autoscale without a formula",
    change: (i) => Object.assign(i, { targetDedicatedNodes: undefined, enableAutoScale: true }),
    property: "autoScaleFormula",
  },
  set("autoscale together with targetDedicatedNodes", "enableAutoScale", true, "targetDedicatedNodes"),
  set("autoScaleFormula without autoscale", "autoScaleFormula", "$TargetDedicatedNodes = 1;"),
  set("targetDedicatedNodes -1", "targetDedicatedNodes", -1),
  set('targetDedicatedNodes "two"', "targetDedicatedNodes", "two"),
  set("targetLowPriorityNodes 0.5", "targetLowPriorityNodes", 0.5),
  set("targetNodeCommunicationMode unknown", "targetNodeCommunicationMode", "fast"),
  set(
    "nodeFillType unknown",
    "taskSchedulingPolicy",
    { nodeFillType: "random" },
    "taskSchedulingPolicy.nodeFillType",
  ),
  set('enableInterNodeCommunication "true"', "enableInterNodeCommunication", "true"),
  set("resourceTags as a list", "resourceTags", ["a"]),
  set("upgradePolicy mode unknown", "upgradePolicy", { mode: "sometimes" }, "upgradePolicy.mode"),
];

describe("bad pool inputs are refused by check, naming the property and the fix", () => {
  test("the corpus is large enough", () => expect(CASES.length).toBeGreaterThanOrEqual(70));

  test("the valid base passes (so each case fails for its own change)", async () => {
    expect((await check({}, clone(BASE))).failures).toEqual([]);
  });

  test.each(CASES.map((c) => [c.title, c] as const))("%s", async (_title, c) => {
    const inputs = clone(BASE) as Record<string, unknown>;
    c.change(inputs);
    expectRejected((await check({}, inputs)).failures, c);
  });

  test("a pool without targetDedicatedNodes or targetLowPriorityNodes is valid (0 nodes)", async () => {
    const inputs = clone(BASE) as Record<string, unknown>;
    at(inputs, "targetDedicatedNodes", undefined);
    expect((await check({}, inputs)).failures).toEqual([]);
  });

  test("values not known yet (preview) are not reported", async () => {
    const inputs = clone(BASE) as Record<string, unknown>;
    at(inputs, `${IMAGE}.publisher`, UNKNOWN);
    at(inputs, "networkConfiguration", {
      subnetId: UNKNOWN,
      publicIPAddressConfiguration: { provision: "usermanaged", ipAddressIds: [UNKNOWN] },
    });
    inputs.metadata = [
      { name: UNKNOWN, value: "a" },
      { name: UNKNOWN, value: "b" },
    ];
    inputs.mountConfiguration = UNKNOWN;
    inputs.batchAccount = { endpoint: UNKNOWN, accountKey: UNKNOWN };
    inputs.steadyTimeoutSeconds = UNKNOWN;
    expect((await check({}, inputs)).failures).toEqual([]);
  });

  test("the emulator's loopback http endpoint and the accepted ARM id forms pass", async () => {
    const inputs = clone(BASE) as Record<string, unknown>;
    inputs.batchAccount = {
      endpoint: "http://127.0.0.1:8085/devbatch",
      accountName: "devbatch",
      accountKey: SECRET,
    };
    inputs.networkConfiguration = { subnetId: SUBNET.replace("Microsoft.Network", "microsoft.network") };
    inputs[VM] = {
      imageReference: {
        virtualMachineImageId:
          "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/i",
      },
      nodeAgentSKUId: "batch.node.ubuntu 22.04",
    };
    expect((await check({}, inputs)).failures).toEqual([]);
  });
});
