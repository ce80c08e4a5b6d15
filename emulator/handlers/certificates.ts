/**
 * Certificate operations: create, get, list, delete, canceldelete. The certificate data and password are
 * never stored, so they can never be returned. State machine (lazy): deleting → gone, or → deletefailed
 * when pools still reference the certificate; canceldelete → active.
 */
import type { Ctx, HandlerResult } from "../context";
import { iso, newETag } from "../etag";
import {
  certificateBeingDeleted,
  certificateExists,
  certificateNotFound,
  certificateStateActive,
  invalidPropertyValue,
  missingRequiredProperty,
} from "../errors";
import type { Advance } from "../model/pools";
import type { Entity } from "../store/Store";
import { bodyOf, entityResponse, listResponse, view } from "./common";
import { findPool } from "./pools";
import forge from "node-forge";

function key(alg: string, thumbprint: string): string {
  return `${alg}-${thumbprint.replace(/\s/g, "")}`.toLowerCase();
}

function setState(c: Entity, state: string, at: number): void {
  c.previousState = c.state;
  c.previousStateTransitionTime = c.stateTransitionTime;
  c.state = state;
  c.stateTransitionTime = iso(at);
}

/** Certificates carry their version in internal fields (the wire model has no eTag property). */
function changed(ctx: Ctx, c: Entity): void {
  c._eTag = newETag(ctx.now);
  c._lastModified = iso(ctx.now);
  ctx.state.store.touch();
}

/** Pools (not yet gone) whose certificateReferences include the certificate. */
function referencingPools(ctx: Ctx, c: Entity): string[] {
  const tp = String(c.thumbprint).toLowerCase();
  return ctx.state.store
    .list(ctx.account as string, "pools")
    .map((p) => findPool(ctx, p.id as string))
    .filter((p): p is Entity => p !== undefined)
    .filter((p) =>
      ((p.certificateReferences as Entity[] | undefined) ?? []).some(
        (r) => String(r.thumbprint).toLowerCase() === tp,
      ),
    )
    .map((p) => p.id as string);
}

function advance(ctx: Ctx, c: Entity): Advance {
  if (c.state !== "deleting" || ctx.now < Number(c._deleteEndsAt)) return "same";
  const pools = referencingPools(ctx, c);
  if (pools.length === 0) return "gone";
  setState(c, "deletefailed", Number(c._deleteEndsAt));
  c.deleteCertificateError = {
    code: "PoolsReferencingCertificate",
    message: "The specified certificate is being used by the below mentioned pool(s)",
    values: pools.map((p) => ({ name: "Pools", value: p })),
  };
  delete c._deleteEndsAt;
  return "changed";
}

function find(ctx: Ctx, k: string): Entity | undefined {
  const account = ctx.account as string;
  const c = ctx.state.store.get(account, "certificates", k);
  if (!c) return undefined;
  const r = advance(ctx, c);
  if (r === "gone") {
    ctx.state.store.delete(account, "certificates", k);
    return undefined;
  }
  if (r === "changed") ctx.state.store.touch();
  return c;
}

function requireCertificate(ctx: Ctx): Entity {
  const [alg, tp] = ctx.params;
  const c = find(ctx, key(alg, tp));
  if (!c) throw certificateNotFound();
  return c;
}

/**
 * The real service sends no ETag and no Last-Modified on any certificate response (recorded:
 * create, GET, list, delete), so neither does the emulator; the version is kept internally only.
 */
function result(status: number): HandlerResult {
  return { status };
}

/**
 * The public certificate of a pfx, as base64 DER (what Batch returns as `publicData`), or
 * undefined when the pfx cannot be opened with the password (it is then not exposed at all).
 */
function publicDataOfPfx(data: string, password: string | undefined): string | undefined {
  try {
    const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.decode64(data)), password ?? "");
    const bag = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag]?.[0];
    if (!bag?.cert) return undefined;
    return forge.util.encode64(forge.asn1.toDer(forge.pki.certificateToAsn1(bag.cert)).getBytes());
  } catch {
    return undefined;
  }
}

/** POST /certificates — Certificates_CreateCertificate. */
export function createCertificate(ctx: Ctx): HandlerResult {
  const body = bodyOf(ctx);
  if (String(body.thumbprintAlgorithm).toLowerCase() !== "sha1")
    throw invalidPropertyValue("thumbprintAlgorithm", "The thumbprint algorithm must be sha1.");
  // Batch keeps and reports thumbprints in lower case whatever case they were sent in.
  const thumbprint = String(body.thumbprint).replace(/\s/g, "").toLowerCase();
  if (!/^[0-9a-fA-F]{1,40}$/.test(thumbprint))
    throw invalidPropertyValue("thumbprint", "The thumbprint must be up to 40 hex digits.");
  const format = (body.certificateFormat as string | undefined) ?? "pfx";
  const data = String(body.data);
  if (Buffer.from(data, "base64").length > 10 * 1024)
    throw invalidPropertyValue("data", "The certificate data must be at most 10KB.");
  if (format === "cer" && body.password !== undefined)
    throw invalidPropertyValue(
      "password",
      "The password must be omitted when the certificate format is cer.",
    );
  if (format === "pfx" && body.password === undefined) throw missingRequiredProperty("password");
  const k = key("sha1", thumbprint);
  if (find(ctx, k)) throw certificateExists();
  const now = ctx.now;
  const c: Entity = {
    thumbprint,
    thumbprintAlgorithm: "sha1",
    url: `${ctx.base}/certificates(thumbprintAlgorithm=sha1,thumbprint=${thumbprint})`,
    state: "active",
    stateTransitionTime: iso(now),
  };
  // A .cer is entirely public; of a pfx only its certificate, never the key.
  const publicData = format === "cer" ? data : publicDataOfPfx(data, body.password as string | undefined);
  if (publicData !== undefined) c.publicData = publicData;
  changed(ctx, c);
  ctx.state.store.put(ctx.account as string, "certificates", k, c);
  // The service spells the keys of the new certificate's address in PascalCase here (and only here).
  const address = `${ctx.base}/certificates(ThumbprintAlgorithm=sha1,Thumbprint=${thumbprint})`;
  return { ...result(201), dataServiceId: address, headers: { Location: address } };
}

/** GET /certificates(thumbprintAlgorithm=..,thumbprint=..) — Certificates_GetCertificate. */
export function getCertificate(ctx: Ctx): HandlerResult {
  const c = requireCertificate(ctx);
  const r = entityResponse(ctx, c, view(c), "certificates");
  return { ...r, entity: undefined };
}

/** GET /certificates — Certificates_ListCertificates. */
export function listCertificates(ctx: Ctx): HandlerResult {
  const all = ctx.state.store
    .list(ctx.account as string, "certificates")
    .map((c) => find(ctx, key(String(c.thumbprintAlgorithm), String(c.thumbprint))))
    .filter((c): c is Entity => c !== undefined);
  return listResponse(
    ctx,
    all.map(view),
    (v) => key(String(v.thumbprintAlgorithm), String(v.thumbprint)),
    "certificates",
  );
}

/** DELETE /certificates(...) — Certificates_DeleteCertificate: deleting → gone or deletefailed. */
export function deleteCertificate(ctx: Ctx): HandlerResult {
  const c = requireCertificate(ctx);
  if (c.state === "deleting") throw certificateBeingDeleted();
  setState(c, "deleting", ctx.now);
  delete c.deleteCertificateError;
  c._deleteEndsAt = ctx.now + ctx.state.timings.certificateDeleteMs;
  changed(ctx, c);
  return result(202);
}

/** POST /certificates(...)/canceldelete — Certificates_CancelCertificateDeletion: deletefailed → active. */
export function cancelCertificateDeletion(ctx: Ctx): HandlerResult {
  const c = requireCertificate(ctx);
  if (c.state === "deleting") throw certificateBeingDeleted();
  if (c.state !== "deletefailed") throw certificateStateActive();
  setState(c, "active", ctx.now);
  delete c.deleteCertificateError;
  changed(ctx, c);
  return result(204);
}
