/**
 * Azure Resource Manager resource ids as the Batch service checks them. The forms are the ones the
 * spec's descriptions give and the service's own 400 messages list (recorded in
 * /work/shared/realservice: "The specified resource id must be of the format …"); provider
 * namespaces and types are matched case-insensitively, as ARM does.
 */

/** One accepted form: the provider namespace and the type/name segments after it. */
interface ArmForm {
  /** A readable template for the message. */
  template: string;
  /** Matches the part after `/subscriptions/{s}/resourceGroups/{g}/providers/`. */
  tail: RegExp;
}

const SEGMENT = "[^/\\s]+";
const PREFIX = new RegExp(`^/subscriptions/${SEGMENT}/resourceGroups/${SEGMENT}/providers/(.+)$`, "i");
const ARM_PREFIX_TEMPLATE = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/";

const form = (template: string, pattern: string): ArmForm => ({
  template: `${ARM_PREFIX_TEMPLATE}${template}`,
  tail: new RegExp(`^${pattern.replace(/\{\w+\}/g, SEGMENT)}$`, "i"),
});

/** The kinds of resource id a Batch body refers to, with their accepted forms. */
export const ARM_ID_KINDS = {
  subnet: [
    form(
      "Microsoft.Network/virtualNetworks/{network}/subnets/{subnet}",
      "Microsoft\\.Network/virtualNetworks/{n}/subnets/{s}",
    ),
    form(
      "Microsoft.ClassicNetwork/virtualNetworks/{network}/subnets/{subnet}",
      "Microsoft\\.ClassicNetwork/virtualNetworks/{n}/subnets/{s}",
    ),
  ],
  image: [
    form("Microsoft.Compute/images/{imageName}", "Microsoft\\.Compute/images/{i}"),
    form(
      "Microsoft.Compute/galleries/{galleryName}/images/{imageName}[/versions/{version}]",
      "Microsoft\\.Compute/galleries/{g}/images/{i}(/versions/{v})?",
    ),
  ],
  userAssignedIdentity: [
    form(
      "Microsoft.ManagedIdentity/userAssignedIdentities/{identityName}",
      "Microsoft\\.ManagedIdentity/userAssignedIdentities/{i}",
    ),
  ],
  publicIpAddress: [
    form("Microsoft.Network/publicIPAddresses/{ipName}", "Microsoft\\.Network/publicIPAddresses/{i}"),
  ],
  galleryImageVersion: [
    form(
      "Microsoft.Compute/galleries/{galleryName}/serviceArtifacts/{artifactName}/vmArtifactsProfiles/{profile}",
      "Microsoft\\.Compute/galleries/{g}/serviceArtifacts/{a}/vmArtifactsProfiles/{p}",
    ),
  ],
} as const satisfies Record<string, readonly ArmForm[]>;

/** A kind of ARM id. */
export type ArmIdKind = keyof typeof ARM_ID_KINDS;

/**
 * Checks an ARM id; returns undefined when it has one of the kind's forms, else the forms to use
 * (for the message's fix).
 */
export function armIdProblem(kind: ArmIdKind, value: string): string | undefined {
  const tail = PREFIX.exec(value.trim())?.[1];
  const forms: readonly ArmForm[] = ARM_ID_KINDS[kind];
  if (tail !== undefined && forms.some((f) => f.tail.test(tail.replace(/\/+$/, "")))) return undefined;
  return forms.map((f) => f.template).join(" or ");
}
