/**
 * The values the Batch service fills in for properties a request left out, as one table for the
 * emulator (which must return them on GET, like the service) and the provider (which must treat
 * "omitted" and "set to the default" alike, so refresh shows only real drift).
 *
 * Why derived at load: the spec's descriptions state most defaults in a handful of phrasings
 * ("The default value is 0", "If omitted, the default is 'latest'"); reading them keeps the table in
 * step with the contract. Why an override list: some prose is ambiguous or wrong about what the
 * service *returns* (DataDisk caching reads "readwrite", the service answers "none"; retention
 * reads "7 days", the service answers the .NET TimeSpan.MaxValue), some defaults are conditional
 * (autoScaleEvaluationInterval only with autoscale; targetNodeCommunicationMode only once set), and
 * some the service fills in without the prose saying so (allowTaskPreemption, a start task's auto
 * user). Every override is checked against /work/shared/realservice recordings (file named beside it).
 */
import { specDocument } from "./validator";

/** .NET `TimeSpan.MaxValue` in canonical form: how the service spells "no limit". */
export const MAX_TIMESPAN = "P10675199DT2H48M5.4775807S";

type Json = Record<string, unknown>;
type Table = Record<string, Record<string, unknown>>;

interface PropSchema {
  $ref?: string;
  type?: string;
  format?: string;
  description?: string;
  items?: PropSchema;
}

/**
 * Enum values the service returns in another case than the spec lists them (the spec says
 * `spread`, the service answers `Spread`). Keyed by enum definition, then by spec value.
 * Seen in every pool GET of the recordings (nodeFillType) and in nodesdk node lists (storeLocation).
 */
export const SERVICE_ENUM_CASE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  BatchNodeFillType: { spread: "Spread", pack: "Pack" },
  BatchCertificateStoreLocation: { currentuser: "CurrentUser", localmachine: "LocalMachine" },
};

/** Defaults the prose states that the service does not fill in on GET (property names, any definition). */
const NOT_FILLED = new Set([
  // Returned only once a request set it (pysdk create-pools: absent from batch_ade's GET).
  "targetNodeCommunicationMode",
  // Returned only when autoscale is on; the emulator's pool model adds it then.
  "autoScaleEvaluationInterval",
  // A schedule keeps only what was sent (xplat: schedule {recurrenceInterval} alone).
  "startWindow",
  "recurrenceInterval",
  // Time-dependent or request-only.
  "expiryTime",
  "endTime",
  "terminateReason",
  "nodeDeallocationOption",
  "nodeDeallocateOption",
  "nodeDisableSchedulingOption",
  "nodeRebootOption",
  "nodeReimageOption",
  // Not a value (sentences about registries, tags, file modes, exit codes).
  "containerImageNames",
  "imageName",
  "registryServer",
  "fileMode",
  "filePattern",
  "sourceAddressPrefix",
  "networkSecurityGroupRules",
  "jobAction",
  "default",
  "version",
  "caching",
  "visibility",
  "linuxUserConfiguration",
  "windowsUserConfiguration",
  "useRollingUpgradePolicy",
  "virtualMachineImageId",
  "numberOfInstances",
]);

/** Reviewed additions and corrections, in the form the service returns (see the module comment). */
const OVERRIDES: Table = {
  // batchext/pysdk pool GETs: "version": "latest" (only for marketplace references; see CONDITIONAL).
  BatchVmImageReference: { version: "latest" },
  // pysdk/nodesdk dataDisks: {"caching": "none", "storageAccountType": "standard_lrs"}.
  DataDisk: { caching: "none" },
  // nodesdk node list: certificate references come back with all three visibilities.
  BatchCertificateReference: { visibility: ["starttask", "task", "remoteuser"] },
  // nodesdk inbound-endpoint pool: networkConfiguration {"dynamicVNetAssignmentScope": "none", ...}.
  NetworkConfiguration: { dynamicVNetAssignmentScope: "none" },
  // nodesdk pool: startTask {commandLine} comes back with userIdentity.autoUser {pool, nonadmin}.
  BatchStartTask: { userIdentity: { autoUser: { scope: "pool", elevationLevel: "nonadmin" } } },
  // pysdk job schedule: allowTaskPreemption false; nodesdk: constraints filled when omitted.
  BatchJobSpecification: {
    allowTaskPreemption: false,
    constraints: { maxWallClockTime: MAX_TIMESPAN, maxTaskRetryCount: 0 },
  },
  // A job a schedule creates carries its job specification, so the same holds for jobs.
  BatchJob: { allowTaskPreemption: false, constraints: { maxWallClockTime: MAX_TIMESPAN, maxTaskRetryCount: 0 } },
  BatchJobConstraints: { maxWallClockTime: MAX_TIMESPAN },
  // xplat job manager / preparation / release tasks: retentionTime and maxWallClockTime unlimited.
  BatchTaskConstraints: { maxWallClockTime: MAX_TIMESPAN, retentionTime: MAX_TIMESPAN },
  BatchJobReleaseTask: { retentionTime: MAX_TIMESPAN },
  // Every pool GET: taskSchedulingPolicy {"nodeFillType": "Spread"} although none was sent.
  BatchPool: { taskSchedulingPolicy: { nodeFillType: "Spread" }, enableInterNodeCommunication: false },
  BatchPoolSpecification: { taskSchedulingPolicy: { nodeFillType: "Spread" } },
};

/** Defaults that apply only when the object they belong to satisfies a condition. */
const CONDITIONAL: Readonly<Record<string, Readonly<Record<string, (owner: Json) => boolean>>>> = {
  // A custom image (virtualMachineImageId) has no marketplace version.
  BatchVmImageReference: { version: (owner) => owner.virtualMachineImageId === undefined },
};

/** Definitions whose GET mirrors another's defaults (create bodies are stored and returned). */
const SAME_AS: Readonly<Record<string, string>> = {
  BatchPoolCreateOptions: "BatchPool",
  BatchJobScheduleCreateOptions: "BatchJobSchedule",
  BatchJobCreateOptions: "BatchJob",
};

function definitions(): Record<string, Json> {
  return specDocument().definitions as Record<string, Json>;
}

function refName(ref: string | undefined): string | undefined {
  return ref?.startsWith("#/definitions/") ? ref.slice("#/definitions/".length) : undefined;
}

function propSchema(definition: string, property: string): PropSchema | undefined {
  const props = definitions()[definition]?.properties as Record<string, PropSchema> | undefined;
  return props?.[property];
}

/**
 * The spec definition name of `definition.property` when that property is an object (`$ref`) or a
 * list of objects (`items.$ref`), else undefined.
 */
export function propertyDefinition(definition: string, property: string): string | undefined {
  const schema = propSchema(definition, property);
  if (!schema) return undefined;
  return refName(schema.$ref) ?? (schema.type === "array" ? refName(schema.items?.$ref) : undefined);
}

/** "15 minutes" → PT15M, "7 days" → P7D, "infinite" → MAX_TIMESPAN. */
function proseDuration(text: string): string | undefined {
  if (/^infinite/i.test(text)) return MAX_TIMESPAN;
  const m = /^(\d+)\s+(minute|hour|day)s?/i.exec(text);
  if (!m) return undefined;
  const unit = m[2].toLowerCase();
  return unit === "day" ? `P${m[1]}D` : `PT${m[1]}${unit === "hour" ? "H" : "M"}`;
}

/** Reads the value out of the words that follow "default is" for a property of this schema. */
function proseValue(words: string, schema: PropSchema): unknown {
  const text = words.trim().replace(/^['"]|['".,;]+$/g, "");
  const first = text.split(/[\s,(]/)[0].replace(/['".,;]+$/g, "");
  const enumName = refName(schema.$ref);
  const enumValues = enumName ? (definitions()[enumName]?.enum as string[] | undefined) : undefined;
  if (enumValues) {
    const hit = enumValues.find((e) => e.toLowerCase() === first.toLowerCase());
    return hit === undefined ? undefined : (SERVICE_ENUM_CASE[enumName as string]?.[hit] ?? hit);
  }
  if (schema.type === "boolean") return first === "true" ? true : first === "false" ? false : undefined;
  if (schema.type === "integer" || schema.type === "number") {
    return /^-?\d+$/.test(first) ? Number(first) : undefined;
  }
  if (schema.type === "string" && schema.format === "duration") return proseDuration(text);
  if (schema.type === "string" && /^'[^']+'/.test(words.trim())) return /^'([^']+)'/.exec(words.trim())?.[1];
  // A bare single word closing the sentence ("The default value is My.").
  if (schema.type === "string" && !schema.format && /^[A-Za-z]+$/.test(text)) return text;
  return undefined;
}

const PHRASES = [
  /(?:^|\.\s+|\)\s+)(?:If (?:omitted|not specified),\s+)?the default(?: value)? is ([^.]+(?:\.\d+[^.]*)?)/i,
  /Defaults to ([^.]+)\./i,
  /assigns a default value of ('[^']+')/i,
];

/** Defaults stated by the spec's descriptions, for one definition (before overrides). */
function documented(definition: Json): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const props = (definition.properties ?? {}) as Record<string, PropSchema>;
  for (const [name, schema] of Object.entries(props)) {
    // Every phrase names a default; most of the ~950 descriptions do not, and skip the three regexes.
    if (NOT_FILLED.has(name) || !schema.description || !/default/i.test(schema.description)) continue;
    for (const phrase of PHRASES) {
      const m = phrase.exec(schema.description);
      if (!m) continue;
      const value = proseValue(m[1], schema);
      if (value !== undefined) out[name] = value;
      break;
    }
  }
  return out;
}

function buildTable(): Table {
  const table: Table = {};
  for (const [name, definition] of Object.entries(definitions())) {
    const own: Record<string, unknown> = { ...documented(definition), ...(OVERRIDES[name] ?? {}) };
    // xplat job manager/preparation/release tasks: every retention comes back unlimited.
    if ("retentionTime" in own) own.retentionTime = MAX_TIMESPAN;
    if (Object.keys(own).length > 0) table[name] = own;
  }
  for (const [alias, source] of Object.entries(SAME_AS)) {
    const merged = { ...(table[alias] ?? {}), ...(table[source] ?? {}) };
    if (Object.keys(merged).length > 0) table[alias] = merged;
  }
  return table;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.values(value as object).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/**
 * What the service fills in on GET for a property the request left out, by spec definition name
 * and property, in the case and canonical form the service returns (`nodeFillType: "Spread"`,
 * durations canonical). Object values are whole sub-objects the service creates when absent;
 * {@link fillDefaults} fills their own defaults as well.
 */
export const SERVICE_DEFAULTS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = deepFreeze(buildTable());

function specCase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(specCase);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, specCase(v)]));
  if (typeof value !== "string") return value;
  for (const cases of Object.values(SERVICE_ENUM_CASE)) {
    const hit = Object.entries(cases).find(([, serviceValue]) => serviceValue === value);
    if (hit) return hit[0];
  }
  return value;
}

/**
 * {@link SERVICE_DEFAULTS} with enum values in the spec's case (`spread`, `currentuser`), for code
 * that compares against values it normalised to the spec's enums (the provider's diff).
 */
export const SPEC_CASE_DEFAULTS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = deepFreeze(
  // specCase copies, so the frozen service table is its input (the table is built once per process).
  specCase(SERVICE_DEFAULTS) as Table,
);

function isPlainObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function fill(definition: string | undefined, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => fill(definition, item));
  if (!isPlainObject(value)) return value;
  const out: Json = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] = definition ? fill(propertyDefinition(definition, key), child) : structuredClone(child);
  }
  if (!definition) return out;
  const defaults = SERVICE_DEFAULTS[definition] ?? {};
  const conditions = CONDITIONAL[definition] ?? {};
  for (const [key, dflt] of Object.entries(defaults)) {
    if (out[key] !== undefined) continue;
    if (conditions[key] && !conditions[key](value)) continue;
    out[key] = fill(propertyDefinition(definition, key), structuredClone(dflt));
  }
  return out;
}

/**
 * A deep copy of `value`, read as the spec definition `definition`, with every service default
 * filled in at every depth (list items included). Properties the request set are kept as sent;
 * properties the definition does not declare are copied unchanged.
 */
export function fillDefaults(definition: string, value: unknown): unknown {
  return fill(definitions()[definition] ? definition : undefined, value);
}
