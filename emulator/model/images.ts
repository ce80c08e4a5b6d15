/**
 * The images the emulated account supports (what GET /supportedimages lists) and the checks a pool
 * create applies to its image: a marketplace image must be listed (with a matching node agent SKU),
 * and ARM ids (virtualMachineImageId, subnetId) must have one of the forms the service accepts.
 *
 * The list holds current images plus the older ones the recordings in /work/shared/realservice
 * created pools from (Ubuntu 16.04/18.04, Windows Server 2012 R2/2016), so those bodies replay.
 */
import { invalidPropertyValue } from "../errors";

/** One entry of GET /supportedimages (BatchSupportedImage). */
export interface SupportedImage {
  nodeAgentSKUId: string;
  imageReference: { publisher: string; offer: string; sku: string; version: string };
  osType: "linux" | "windows";
  verificationType: "verified" | "unverified";
  /** The version "latest" resolves to, reported as exactVersion on nodes. */
  exactVersion: string;
  batchSupportEndOfLife?: string;
}

const img = (
  nodeAgentSKUId: string,
  publisher: string,
  offer: string,
  sku: string,
  exactVersion: string,
  batchSupportEndOfLife?: string,
): SupportedImage => ({
  nodeAgentSKUId,
  imageReference: { publisher, offer, sku, version: "latest" },
  osType: nodeAgentSKUId.includes("windows") ? "windows" : "linux",
  verificationType: "verified",
  exactVersion,
  ...(batchSupportEndOfLife ? { batchSupportEndOfLife } : {}),
});

/** The emulator's supported-image catalogue. */
export const SUPPORTED_IMAGES: readonly SupportedImage[] = [
  img("batch.node.ubuntu 22.04", "canonical", "0001-com-ubuntu-server-jammy", "22_04-lts", "22.04.202407010"),
  img("batch.node.ubuntu 22.04", "canonical", "ubuntu", "22_04-lts", "22.04.202407010"),
  img("batch.node.ubuntu 20.04", "canonical", "0001-com-ubuntu-server-focal", "20_04-lts", "20.04.202407010"),
  img("batch.node.ubuntu 24.04", "canonical", "ubuntu-24_04-lts", "server", "24.04.202407010"),
  img(
    "batch.node.ubuntu 18.04",
    "canonical",
    "ubuntuserver",
    "18.04-lts",
    "18.04.202209020",
    "2023-05-31T00:00:00Z",
  ),
  img(
    "batch.node.ubuntu 16.04",
    "canonical",
    "ubuntuserver",
    "16.04-lts",
    "16.04.202109280",
    "2021-04-30T00:00:00Z",
  ),
  img("batch.node.el 8", "almalinux", "almalinux", "8-gen1", "8.10.2024070100"),
  img(
    "batch.node.windows amd64",
    "microsoftwindowsserver",
    "windowsserver",
    "2022-datacenter",
    "20348.2582.240703",
  ),
  img(
    "batch.node.windows amd64",
    "microsoftwindowsserver",
    "windowsserver",
    "2019-datacenter",
    "17763.6054.240703",
  ),
  img(
    "batch.node.windows amd64",
    "microsoftwindowsserver",
    "windowsserver",
    "2016-datacenter-smalldisk",
    "14393.7159.240703",
  ),
  img(
    "batch.node.windows amd64",
    "microsoftwindowsserver",
    "windowsserver",
    "2012-r2-datacenter",
    "9600.20520.220807",
    "2023-10-10T00:00:00Z",
  ),
];

const same = (a: unknown, b: string) => typeof a === "string" && a.toLowerCase() === b.toLowerCase();

/** The catalogue entry of a marketplace image reference (case-insensitive), if listed. */
export function findImage(ref: Record<string, unknown>): SupportedImage | undefined {
  return SUPPORTED_IMAGES.find(
    (i) =>
      same(ref.publisher, i.imageReference.publisher) &&
      same(ref.offer, i.imageReference.offer) &&
      same(ref.sku, i.imageReference.sku),
  );
}

const GUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const SEG = "[^/]+";
const RG = `/subscriptions/(${GUID})/resourceGroups/${SEG}/providers`;
const IMAGE_ID = new RegExp(
  `^${RG}/Microsoft\\.Compute/(?:images/${SEG}|galleries/${SEG}/images/${SEG}(?:/versions/${SEG})?)$`,
  "i",
);
const SUBNET_ID = new RegExp(`^${RG}/Microsoft\\.Network/virtualNetworks/${SEG}/subnets/${SEG}$`, "i");
const IMAGE_FORMS =
  "The specified resource id must be of the format /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/images/{imageName}, /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/galleries/{galleryName}/images/{galleryImageName}/versions/{galleryImageVersionName}, or /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Compute/galleries/{galleryName}/images/{galleryImageName}";
const SUBNET_FORM =
  "The specified subnetId must be of the format /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/{vnetName}/subnets/{subnetName}";
/** No Azure subscription has the nil GUID: an id in it is always in "another" subscription. */
const NIL_GUID = "00000000-0000-0000-0000-000000000000";

function otherSubscription(subscription: string, accountSubscription: string | undefined): boolean {
  return accountSubscription
    ? subscription.toLowerCase() !== accountSubscription.toLowerCase()
    : subscription === NIL_GUID;
}

function rejectArmId(property: string, value: string, reason: string): never {
  throw invalidPropertyValue(property, reason, property, value);
}

/**
 * Checks an ARM resource id of a pool body: its form, then that it lies in the account's
 * subscription (`accountSubscription`; when unset only the nil GUID counts as another one).
 */
export function checkArmId(
  property: "virtualMachineImageId" | "subnetId",
  value: string,
  accountSubscription: string | undefined,
): void {
  const m = (property === "subnetId" ? SUBNET_ID : IMAGE_ID).exec(value);
  if (!m) rejectArmId(property, value, property === "subnetId" ? SUBNET_FORM : IMAGE_FORMS);
  if (otherSubscription(m[1], accountSubscription))
    rejectArmId(
      property,
      value,
      `The specified ${property} is in a different subscription and cannot be used with the current Batch account in subscription ${accountSubscription ?? "of this emulator"}`,
    );
}

/** Checks the image of a pool's virtualMachineConfiguration (400 InvalidPropertyValue naming it). */
export function checkImage(vmc: Record<string, unknown>, accountSubscription: string | undefined): void {
  const ref = (vmc.imageReference ?? {}) as Record<string, unknown>;
  if (typeof ref.virtualMachineImageId === "string") {
    checkArmId("virtualMachineImageId", ref.virtualMachineImageId, accountSubscription);
    return;
  }
  if (ref.sharedGalleryImageId !== undefined || ref.communityGalleryImageId !== undefined) return;
  const image = findImage(ref);
  if (!image)
    throw invalidPropertyValue(
      "imageReference",
      `The image ${String(ref.publisher)}/${String(ref.offer)}/${String(ref.sku)} is not supported by this account: pick one GET /supportedimages lists.`,
      "virtualMachineConfiguration.imageReference",
    );
  if (!same(vmc.nodeAgentSKUId, image.nodeAgentSKUId))
    throw invalidPropertyValue(
      "nodeAgentSKUId",
      `The image ${image.imageReference.publisher}/${image.imageReference.offer}/${image.imageReference.sku} requires the node agent SKU '${image.nodeAgentSKUId}'.`,
      "virtualMachineConfiguration.nodeAgentSKUId",
    );
}
