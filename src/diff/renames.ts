import type { Model } from "../model/types.ts";
import { attachmentKind, inhoudOf } from "../content/attachment-kinds.ts";
import type { EntityKind } from "../content/entity-kinds.ts";
import { findCrossReferences } from "../markdown/cross-references.ts";
import { compareEntities, type EntityKindSpec } from "./entities.ts";
import { chapterSpec, lotSpec, productSpec, requirementSpec, segmentSpec, subtenderSpec, termSpec } from "./specs.ts";

type Renames = Map<string, string>;

/** Old id → new id of the entities whose id changed and whose content did not. */
function renamesOf<T extends { id: string }>(before: T[], after: T[], spec: EntityKindSpec<T>): Renames {
  return new Map(compareEntities(before, after, spec).filter((c) => c.kind === "hernoemd").map((c) => [c.oudId!, c.id]));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const rename = (map: Renames) => (id: string) => map.get(id) ?? id;

/** The earlier version with its references following the renames, and the renames themselves. */
export interface Renamed {
  model: Model;
  /** Per kind: old id → new id. */
  renames: Partial<Record<EntityKind, Map<string, string>>>;
}

/**
 * The earlier version with every reference to a renamed entity rewritten to
 * its new id: in id lists (a lot's products, a subtender's requirements, a
 * product's lots, ...) and in Markdown cross-references. A rename is then
 * reported once, as a rename, and not again at every place that refers to it.
 * The renamed entities keep their old ids; compare.ts pairs them through
 * `renames`.
 *
 * Entities are matched from the leaves up (requirements, terms, segments and
 * chapters; then products, which refer to requirements; then lots, which refer
 * to products; then subtenders), each after the references it holds have been
 * rewritten, so that a renamed requirement does not hide a renamed product.
 */
export function followRenames(before: Model, after: Model): Renamed {
  const b: Model = structuredClone(before);
  const models = [after, b];
  const byKind: Partial<Record<EntityKind, Renames>> = {};

  byKind.eis = renamesOf(b.requirements, after.requirements, requirementSpec);
  byKind.begrip = renamesOf(b.terms, after.terms, termSpec);
  byKind.segment = renamesOf(b.segments, after.segments, segmentSpec);
  byKind.hoofdstuk = renamesOf(b.chapters, after.chapters, chapterSpec);
  const eis = rename(byKind.eis);
  const segment = rename(byKind.segment);
  b.tender.hoofdtender.eisen = b.tender.hoofdtender.eisen.map(eis);
  for (const p of b.products) {
    if (p.leveringsvoorwaarden) p.leveringsvoorwaarden = p.leveringsvoorwaarden.map(eis);
    p.segmentId = segment(p.segmentId);
  }

  byKind.product = renamesOf(b.products, after.products, productSpec(models));
  const product = rename(byKind.product);
  for (const p of b.products) {
    if (p.niet_stapelbaar_met) p.niet_stapelbaar_met = p.niet_stapelbaar_met.map(product);
    p.notCombinableWith = p.notCombinableWith.map(product);
  }
  for (const s of b.segments) s.productIds = s.productIds.map(product);
  for (const r of b.requirements) r.usedBy = r.usedBy.map((u) => (u.kind === "product" ? { ...u, id: product(u.id) } : u));
  for (const l of b.lots) {
    l.productIds = l.productIds.map(product);
    for (const v of l.voorwaarden) if (v.vereist_product) v.vereist_product = product(v.vereist_product);
  }

  const procedure = (lot: { subtenderId: string }) => (after.subtenders.find((s) => s.id === lot.subtenderId) ?? b.subtenders.find((s) => s.id === lot.subtenderId))?.procedure ?? "aanbesteding";
  byKind.perceel = renamesOf(b.lots, after.lots, lotSpec(models, procedure));
  const lot = rename(byKind.perceel);
  for (const l of b.lots) {
    for (const v of l.voorwaarden) {
      if (v.vereist_perceel) v.vereist_perceel = lot(v.vereist_perceel);
      v.statedOn = lot(v.statedOn);
    }
    if (l.parentId) l.parentId = lot(l.parentId);
    l.requiredByLotIds = l.requiredByLotIds.map(lot);
    l.subLotIds = l.subLotIds.map(lot);
  }
  for (const p of b.products) {
    p.lotIds = p.lotIds.map(lot);
    p.requiredByLotIds = p.requiredByLotIds.map(lot);
  }
  for (const s of b.subtenders) {
    if (s.eisen) s.eisen = s.eisen.map(eis);
    s.segmenten = s.segmenten.map(segment);
    s.lotIds = s.lotIds.map(lot);
  }

  byKind.subtender = renamesOf(b.subtenders, after.subtenders, subtenderSpec(models));
  const subtender = rename(byKind.subtender);
  for (const l of b.lots) l.subtenderId = subtender(l.subtenderId);
  for (const s of b.segments) s.subtenderIds = s.subtenderIds.map(subtender);
  for (const r of b.requirements) r.usedBy = r.usedBy.map((u) => (u.kind === "subtender" ? { ...u, id: subtender(u.id) } : u));
  b.tender.subtenderIds = b.tender.subtenderIds.map(subtender);
  for (const a of b.tender.bijlagen) {
    const kind = attachmentKind(a.inhoud);
    if (kind && "subtender" in kind) a.inhoud = inhoudOf({ ...kind, subtender: subtender(kind.subtender) });
  }

  rewriteCrossReferences(b, byKind);
  return { model: b, renames: byKind };
}

/** `[tekst](perceel:oud)` → `[tekst](perceel:nieuw)` in every text of the model, found as validation finds them. */
function rewriteCrossReferences(model: Model, byKind: Partial<Record<EntityKind, Renames>>): void {
  const rewrite = (text: string) => {
    let out = text;
    // From the last link back, so earlier offsets stay valid.
    for (const ref of findCrossReferences(text).reverse()) {
      const to = ref.kind && byKind[ref.kind]?.get(ref.id);
      if (!to) continue;
      const start = ref.offset + 1;
      // The target as written: the id may be percent-encoded, the kind in capitals.
      const written = new RegExp(`${ref.rawKind}:(?:${escapeRe(ref.id)}|${escapeRe(encodeURIComponent(ref.id))})(?=[\\s>)])`, "i");
      out = out.slice(0, start) + ref.raw.replace(written, `${ref.rawKind}:${to}`) + out.slice(start + ref.raw.length);
    }
    return out;
  };
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") return value.includes("](") ? rewrite(value) : value;
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = walk(v);
      return value;
    }
    return value;
  };
  walk(model);
}
