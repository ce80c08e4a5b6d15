/**
 * The rules the Batch spec states only in prose (descriptions), which a JSON-schema validator cannot
 * see: string lengths, number ranges, names that must be unique within a list, ARM resource-id
 * forms, ids, and mutually exclusive properties. The body is walked along its spec definition, so a
 * rule written once for a definition (say `UserAccount`) applies wherever that definition occurs
 * (a pool, or the auto-pool of a job schedule). Values not known yet (preview) are skipped.
 */
import { getDefinition } from "../../../spec/validator";
import { armIdProblem, type ArmIdKind } from "./armId";
import { isUnknownValue, reason, shown, type Fail } from "./reason";

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema };
type Obj = Record<string, unknown>;

/** Letters, digits, hyphens and underscores, at most 64: the ID rule of pools, jobs and tasks. */
export const BATCH_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** The description's bounds of one number property. */
interface Range {
  min: number;
  max?: number;
  /** How the bound reads in the fix, e.g. "an integer from 1 to 256". */
  fix: string;
}

const MAX_LENGTH: Record<string, number> = {
  "*.displayName": 1024,
  "UserAccount.name": 20,
  "BatchAutoPoolSpecification.autoPoolIdPrefix": 20,
};

const RETRIES: Range = { min: -1, fix: "use -1 (retry without limit), 0 (no retries) or a positive number" };

const RANGES: Record<string, Range> = {
  "BatchPoolCreateOptions.taskSlotsPerNode": { min: 1, max: 256, fix: "use a whole number from 1 to 256" },
  "BatchPoolSpecification.taskSlotsPerNode": { min: 1, max: 256, fix: "use a whole number from 1 to 256" },
  "BatchPoolCreateOptions.targetDedicatedNodes": { min: 0, fix: "use a whole number of 0 or more" },
  "BatchPoolCreateOptions.targetLowPriorityNodes": { min: 0, fix: "use a whole number of 0 or more" },
  "BatchPoolSpecification.targetDedicatedNodes": { min: 0, fix: "use a whole number of 0 or more" },
  "BatchPoolSpecification.targetLowPriorityNodes": { min: 0, fix: "use a whole number of 0 or more" },
  "BatchStartTask.maxTaskRetryCount": RETRIES,
  "BatchJobConstraints.maxTaskRetryCount": RETRIES,
  "BatchTaskConstraints.maxTaskRetryCount": RETRIES,
  "BatchJobSpecification.priority": { min: -1000, max: 1000, fix: "use a whole number from -1000 to 1000" },
  "DataDisk.lun": { min: 0, max: 63, fix: "use a whole number from 0 to 63" },
  "DataDisk.diskSizeGB": { min: 1, fix: "use a whole number of gigabytes, 1 or more" },
  "BatchOsDisk.diskSizeGB": { min: 1, fix: "use a whole number of gigabytes, 1 or more" },
  "BatchInboundNatPool.backendPort": {
    min: 1,
    max: 65535,
    fix: "use a port from 1 to 65535 other than 29876 and 29877",
  },
  "BatchInboundNatPool.frontendPortRangeStart": {
    min: 1,
    max: 65534,
    fix: "use a port from 1 to 65534 outside 50000-55000",
  },
  "BatchInboundNatPool.frontendPortRangeEnd": {
    min: 1,
    max: 65534,
    fix: "use a port from 1 to 65534 outside 50000-55000",
  },
  "NetworkSecurityGroupRule.priority": { min: 150, max: 4096, fix: "use a whole number from 150 to 4096" },
  "BatchJobManagerTask.requiredSlots": { min: 1, fix: "use a whole number of 1 or more" },
};

/** List items whose key must be unique within the list ("must be unique" in the descriptions). */
const UNIQUE: Record<string, { key: (item: Obj) => unknown; label: string }> = {
  BatchMetadataItem: { key: (i) => i.name, label: "name" },
  EnvironmentSetting: { key: (i) => i.name, label: "name" },
  UserAccount: { key: (i) => i.name, label: "name" },
  DataDisk: { key: (i) => i.lun, label: "lun" },
  BatchInboundNatPool: { key: (i) => i.name, label: "name" },
  VMExtension: { key: (i) => i.name, label: "name" },
  MountConfiguration: { key: mountPath, label: "relativeMountPath" },
};

const ARM_IDS: Record<string, ArmIdKind> = {
  "NetworkConfiguration.subnetId": "subnet",
  "BatchVmImageReference.virtualMachineImageId": "image",
  "BatchNodeIdentityReference.resourceId": "userAssignedIdentity",
  "ServiceArtifactReference.id": "galleryImageVersion",
};

const IDS = ["BatchJobManagerTask.id", "BatchJobPreparationTask.id", "BatchJobReleaseTask.id"];

/** The mounts' four kinds, exactly one of which a MountConfiguration holds. */
const MOUNT_KINDS = [
  "azureBlobFileSystemConfiguration",
  "nfsMountConfiguration",
  "cifsMountConfiguration",
  "azureFileShareConfiguration",
];

function mountPath(item: Obj): unknown {
  for (const k of MOUNT_KINDS) {
    const m = item[k];
    if (m && typeof m === "object") return (m as Obj).relativeMountPath;
  }
  return undefined;
}

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const given = (v: unknown): boolean => v !== undefined && v !== null;

function refName(schema: Schema | undefined): string | undefined {
  return schema?.$ref?.replace("#/definitions/", "");
}

function join(base: string, key: string | number): string {
  return typeof key === "number" ? `${base}[${key}]` : base ? `${base}.${key}` : key;
}

/** Applies the prose rules of definition `definition` to `value`, reporting at dotted paths. */
export function checkSpecRules(definition: string, value: unknown, fail: Fail, base = ""): void {
  walkObject(definition, value, fail, base);
}

function walkObject(def: string, value: unknown, fail: Fail, path: string): void {
  if (!isObj(value)) return;
  const schema = getDefinition(def) as Schema | undefined;
  if (!schema) return;
  crossRules(def, value, fail, path);
  for (const [key, v] of Object.entries(value)) {
    if (!given(v) || isUnknownValue(v)) continue;
    const at = join(path, key);
    valueRules(def, key, v, fail, at);
    const prop = schema.properties?.[key];
    const child = refName(prop);
    if (child) walkObject(child, v, fail, at);
    const item = refName(prop?.items);
    if (item && Array.isArray(v)) {
      listRules(item, v, fail, at);
      v.forEach((entry, i) => walkObject(item, entry, fail, join(at, i)));
    }
  }
}

function valueRules(def: string, key: string, v: unknown, fail: Fail, at: string): void {
  const max = MAX_LENGTH[`${def}.${key}`] ?? MAX_LENGTH[`*.${key}`];
  if (max !== undefined && typeof v === "string" && [...v].length > max) {
    fail(at, reason(at, `is ${[...v].length} characters long`, `shorten it to at most ${max} characters`));
  }
  const range = RANGES[`${def}.${key}`];
  if (range && typeof v === "number") {
    const bad =
      !Number.isInteger(v) ||
      v < range.min ||
      (range.max !== undefined && v > range.max) ||
      (key === "backendPort" && (v === 29876 || v === 29877)) ||
      (key.startsWith("frontendPortRange") && v >= 50000 && v <= 55000);
    if (bad) fail(at, reason(at, `is ${v}`, range.fix));
  }
  const arm = ARM_IDS[`${def}.${key}`];
  if (arm && typeof v === "string") {
    const forms = armIdProblem(arm, v);
    if (forms) fail(at, reason(at, `is not a valid resource id (${shown(v)})`, `use the form ${forms}`));
  }
  if (def === "BatchPublicIpAddressConfiguration" && key === "ipAddressIds" && Array.isArray(v)) {
    v.forEach((id, i) => {
      const forms =
        typeof id === "string" && !isUnknownValue(id) ? armIdProblem("publicIpAddress", id) : undefined;
      if (forms) {
        const p = join(at, i);
        fail(p, reason(p, `is not a valid resource id (${shown(id)})`, `use the form ${forms}`));
      }
    });
  }
  if (IDS.includes(`${def}.${key}`) && typeof v === "string" && !BATCH_ID_PATTERN.test(v)) {
    fail(
      at,
      reason(
        at,
        `is ${shown(v)}`,
        "use 1 to 64 letters, digits, hyphens or underscores (no other characters)",
      ),
    );
  }
}

/**
 * The service refuses oversized metadata (error MetadataTooLarge) without documenting the limit; 64 KiB
 * of names and values together is far above any recorded use, so only clearly oversized lists fail.
 */
export const MAX_METADATA_BYTES = 64 * 1024;

function listRules(item: string, list: unknown[], fail: Fail, at: string): void {
  if (item === "BatchMetadataItem") {
    const bytes = list.reduce<number>((n, e) => {
      if (!isObj(e)) return n;
      const text = [e.name, e.value].filter((v) => typeof v === "string").join("");
      return n + Buffer.byteLength(text, "utf8");
    }, 0);
    if (bytes > MAX_METADATA_BYTES) {
      fail(
        at,
        reason(
          at,
          `holds ${bytes} bytes of names and values (the service refuses oversized metadata with MetadataTooLarge)`,
          `keep it under ${MAX_METADATA_BYTES / 1024} KiB: store large values elsewhere (e.g. a blob) and put a reference here`,
        ),
      );
    }
  }
  const rule = UNIQUE[item];
  if (!rule) return;
  const seen = new Map<unknown, number>();
  list.forEach((entry, i) => {
    if (!isObj(entry)) return;
    const key = rule.key(entry);
    if (!given(key) || isUnknownValue(key)) return;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return;
    }
    const p = join(at, i);
    fail(
      p,
      reason(
        p,
        `repeats the ${rule.label} ${shown(key)} of ${join(at, first)}`,
        `give each entry of ${at} its own ${rule.label} (they must be unique), or merge the two`,
      ),
    );
  });
}

function crossRules(def: string, value: Obj, fail: Fail, path: string): void {
  if (def === "BatchVmImageReference") imageReferenceRules(value, fail, path);
  if (def === "MountConfiguration") {
    const kinds = MOUNT_KINDS.filter((k) => given(value[k]));
    if (kinds.length !== 1) {
      fail(
        path,
        reason(
          path,
          kinds.length === 0 ? "names no file system" : `sets ${kinds.join(" and ")} together`,
          `set exactly one of ${MOUNT_KINDS.join(", ")} per entry`,
        ),
      );
    }
  }
  if (def === "UserIdentity" && given(value.username) && given(value.autoUser)) {
    const p = join(path, "autoUser");
    fail(p, reason(p, "is set together with username", "keep exactly one of username or autoUser"));
  }
  if (def === "BatchInboundNatPool") natPoolRules(value, fail, path);
  // "This property must be specified" (an auto pool's description), which the schema cannot require.
  if (def === "BatchPoolSpecification" && !given(value.virtualMachineConfiguration)) {
    const p = join(path, "virtualMachineConfiguration");
    fail(
      p,
      reason(
        p,
        "is required",
        'add it, e.g. virtualMachineConfiguration: { imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" }, nodeAgentSKUId: "batch.node.ubuntu 22.04" }',
      ),
    );
  }
}

function imageReferenceRules(value: Obj, fail: Fail, path: string): void {
  const marketplace = ["publisher", "offer", "sku"].filter((k) => given(value[k]));
  const custom = ["virtualMachineImageId", "sharedGalleryImageId", "communityGalleryImageId"].filter((k) =>
    given(value[k]),
  );
  const fix =
    'name a Marketplace image with publisher, offer and sku (e.g. { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" }), or exactly one of virtualMachineImageId, sharedGalleryImageId or communityGalleryImageId';
  if (custom.length > 1 || (custom.length === 1 && marketplace.length > 0)) {
    fail(path, reason(path, `sets ${[...marketplace, ...custom].join(", ")} together`, fix));
  } else if (custom.length === 0 && marketplace.length < 3) {
    const missing = ["publisher", "offer", "sku"].filter((k) => !marketplace.includes(k));
    const p = join(path, missing[0]);
    fail(p, reason(p, `is missing (an image reference needs ${missing.join(", ")})`, fix));
  }
}

function natPoolRules(value: Obj, fail: Fail, path: string): void {
  const { frontendPortRangeStart: start, frontendPortRangeEnd: end, name } = value;
  if (typeof start === "number" && typeof end === "number" && end - start < 39) {
    const p = join(path, "frontendPortRangeEnd");
    fail(
      p,
      reason(p, `is ${end}: the range from ${start} holds fewer than 40 ports`, `use ${start + 39} or more`),
    );
  }
  if (
    typeof name === "string" &&
    !isUnknownValue(name) &&
    !/^[A-Za-z0-9]([A-Za-z0-9_.-]{0,75}[A-Za-z0-9_])?$/.test(name)
  ) {
    const p = join(path, "name");
    fail(
      p,
      reason(
        p,
        `is ${shown(name)}`,
        "use up to 77 letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore",
      ),
    );
  }
}
