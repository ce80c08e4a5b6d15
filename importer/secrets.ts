/**
 * The secrets the service never returns (user and registry passwords, mount keys): each becomes
 * `config.requireSecret("<key>")` in the generated program, and is listed for the README and the
 * command's output. The importer never writes a secret's value: it has none.
 */
import { Code, type Value } from "./code";
import { camelCase, NameAllocator } from "./names";
import type { WalkPlace } from "./specWalk";

/** One stack config secret the user must set before `pulumi up`. */
export interface RequiredSecret {
  /** The config key, without the project namespace (`pulumi config set --secret <key>`). */
  key: string;
  /** What it is, e.g. `password of user account "admin" of pool "render"`. */
  description: string;
}

/**
 * Which write-only property each definition needs when the service returned the object without it.
 * `when` says whether the object needs one at all (a registry reached by managed identity has no
 * password; a blob container may use a SAS key or an identity instead of the account key).
 */
const WRITE_ONLY: Record<
  string,
  { property: string; what: string; when?: (o: Record<string, Value>) => boolean }
> = {
  UserAccount: { property: "password", what: "password of user account" },
  ContainerRegistryReference: {
    property: "password",
    what: "password of container registry user",
    when: (o) => o.username !== undefined && o.identityReference === undefined,
  },
  AzureBlobFileSystemConfiguration: {
    property: "accountKey",
    what: "storage account key (or use sasKey) of blob container mount",
    when: (o) => o.sasKey === undefined && o.identityReference === undefined,
  },
  AzureFileShareConfiguration: { property: "accountKey", what: "storage account key of file share mount" },
  CifsMountConfiguration: { property: "password", what: "password of CIFS mount" },
};

/** Collects the secrets of one import and hands out their config keys. */
export class SecretPlaceholders {
  /** Every secret asked for, in the order met. */
  readonly required: RequiredSecret[] = [];

  /**
   * @param keys the allocator of the import's config keys (shared with file paths, so keys never clash)
   */
  constructor(private readonly keys: NameAllocator) {}

  /**
   * Adds `config.requireSecret(...)` to `out` when its definition has a write-only secret that the
   * service did not return.
   *
   * @param owner the variable name of the resource (prefix of the key) and its description
   */
  complete(owner: { variable: string; label: string }, place: WalkPlace, out: Record<string, Value>): void {
    const rule = place.definition === undefined ? undefined : WRITE_ONLY[place.definition];
    if (!rule || out[rule.property] !== undefined || (rule.when && !rule.when(out))) return;
    const key = this.keys.allocate(
      camelCase(`${owner.variable} ${place.path.replace(/\[|\]|\./g, " ")} ${rule.property}`),
      "secret",
    );
    const label =
      typeof out.name === "string"
        ? ` "${out.name}"`
        : typeof out.username === "string"
          ? ` "${out.username}"`
          : "";
    this.required.push({ key, description: `${rule.what}${label} (${place.path}) of ${owner.label}` });
    out[rule.property] = new Code(`config.requireSecret(${JSON.stringify(key)})`);
  }
}
