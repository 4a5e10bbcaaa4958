import type { ContentIndex } from "../load/content-index.ts";
import { defaultAttachments } from "./default-attachments.ts";
import { resolveNotas } from "./notas.ts";
import type { LotConditionInput } from "../content/types.generated.ts";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { createHash } from "node:crypto";
import { checkOwnFile } from "../content/own-files.ts";
import { isEncryptedPdf } from "../load/pdf-structure.ts";
import type { Attachment, Chapter, Lot, Model, Product, Requirement, Segment, Subtender } from "./types.ts";

/**
 * Builds the resolved model from content that passed validation. This is the
 * one place that follows references; renderers only look things up in the result.
 */
export function resolveModel(index: ContentIndex): Model {
  const tenderFile = index.tender!.data;
  const subtenderFiles = tenderFile.subtenders.map((id) => index.subtenders.find((s) => s.data.id === id)!.data);

  const lots: Lot[] = [];
  const subtenders: Subtender[] = subtenderFiles.map(({ percelen, gunningscriteria, ...rest }) => {
    const criteria = gunningscriteria ?? [];
    for (const lot of percelen) {
      const own = lot.gunningscriteria;
      // A bidder on a sub-lot meets the lot's conditions and then the sub-lot's own.
      const stated = (lotId: string, list: LotConditionInput[] | undefined) => (list ?? []).map((v) => ({ ...v, statedOn: lotId }));
      const subLots: Lot[] = (lot.subpercelen ?? []).map((s) => ({
        id: s.id, nummer: s.nummer, naam: s.naam, omschrijving: s.omschrijving, groep: lot.groep,
        subtenderId: rest.id, parentId: lot.id, subLotIds: [], productIds: s.producten, requiredByLotIds: [],
        aantal_contractanten: s.aantal_contractanten, voorwaarden: [...stated(lot.id, lot.voorwaarden), ...stated(s.id, s.voorwaarden)],
        toewijzing: s.toewijzing, geraamde_waarde: s.geraamde_waarde, maximale_waarde: s.maximale_waarde,
        // A sub-lot never has criteria of its own: it follows its lot's (own or the subtender's).
        gunningscriteria: own ?? criteria, eigenGunningscriteria: false,
      }));
      lots.push({
        id: lot.id, nummer: lot.nummer, naam: lot.naam, groep: lot.groep, omschrijving: lot.omschrijving,
        subtenderId: rest.id, subLotIds: subLots.map((s) => s.id), requiredByLotIds: [],
        productIds: lot.producten ?? [...new Set(subLots.flatMap((s) => s.productIds))],
        aantal_contractanten: lot.aantal_contractanten, voorwaarden: stated(lot.id, lot.voorwaarden),
        toewijzing: lot.toewijzing, geraamde_waarde: lot.geraamde_waarde, maximale_waarde: lot.maximale_waarde,
        gunningscriteria: own ?? criteria, eigenGunningscriteria: own !== undefined,
      }, ...subLots);
    }
    return { ...rest, gunningscriteria: criteria, lotIds: percelen.map((l) => l.id) };
  });

  const lotById = new Map(lots.map((l) => [l.id, l]));
  const lotsByProduct = new Map<string, string[]>();
  for (const lot of lots) {
    // A parent lot lists its sub-lots' products; the sub-lots are where they are bought.
    if (lot.subLotIds.length > 0) continue;
    for (const p of lot.productIds) lotsByProduct.set(p, [...(lotsByProduct.get(p) ?? []), lot.id]);
  }

  const segmentOrder = orderSegments(index, subtenderFiles.flatMap((s) => s.segmenten));
  const segments: Segment[] = [];
  const products: Product[] = [];
  for (const { data } of segmentOrder) {
    const { producten, ...rest } = data;
    // Which subtenders buy this segment is what their lots buy, not what they declare in `segmenten`.
    const buying = new Set(producten.flatMap((p) => (lotsByProduct.get(p.id) ?? []).map((lotId) => lotById.get(lotId)!.subtenderId)));
    segments.push({ ...rest, productIds: producten.map((p) => p.id), subtenderIds: subtenderFiles.map((s) => s.id).filter((id) => buying.has(id)) });
    for (const p of producten) products.push({ ...p, segmentId: data.id, lotIds: lotsByProduct.get(p.id) ?? [], notCombinableWith: [], requiredByLotIds: [] });
  }
  const productById = new Map(products.map((p) => [p.id, p]));
  // Each condition is recorded once, on what it names: a product, or a lot as a whole.
  for (const lot of lots) {
    for (const v of lot.voorwaarden) {
      if (v.statedOn !== lot.id) continue;
      const target = v.vereist_product ? productById.get(v.vereist_product) : lotById.get(v.vereist_perceel ?? "");
      if (target && !target.requiredByLotIds.includes(lot.id)) target.requiredByLotIds.push(lot.id);
    }
  }
  for (const p of products) {
    for (const other of p.niet_stapelbaar_met ?? []) {
      const q = productById.get(other);
      if (!q) continue;
      if (!p.notCombinableWith.includes(other)) p.notCombinableWith.push(other);
      if (!q.notCombinableWith.includes(p.id)) q.notCombinableWith.push(p.id);
    }
  }

  const requirements: Requirement[] = (index.requirements?.data ?? []).map((r) => ({ ...r, usedBy: [] }));
  const byId = new Map(requirements.map((r) => [r.id, r]));
  const use = (ids: string[] | undefined, kind: Requirement["usedBy"][number]["kind"], id: string) =>
    ids?.forEach((r) => byId.get(r)?.usedBy.push({ kind, id }));
  use(tenderFile.hoofdtender.eisen, "hoofdtender", tenderFile.id);
  for (const s of subtenderFiles) use(s.eisen, "subtender", s.id);
  for (const p of products) use(p.leveringsvoorwaarden, "product", p.id);

  const chapters: Chapter[] = index.chapters
    .map(({ chapter, front }) => ({ id: chapter.id, titel: front.data.titel, volgorde: front.data.volgorde, document: front.data.document ?? "bestek", markdown: chapter.body.trim(), bestand: relative(index.dir, chapter.path), regel: chapter.bodyLine + leadingLines(chapter.body) }))
    .sort((a, b) => a.volgorde - b.volgorde || a.id.localeCompare(b.id));

  const { bijlagen, subtenders: subtenderIds, ...tenderRest } = tenderFile;
  return {
    tender: { ...tenderRest, subtenderIds, bijlagen: bijlagen ? bijlagen.map((b) => attachment(index.dir, b)) : defaultAttachments(subtenders, index.notas.map((n) => n.data).sort((a, b) => a.nummer - b.nummer)) },
    subtenders,
    segments,
    products,
    lots,
    requirements,
    terms: index.glossary?.data ?? [],
    chapters,
    notas: resolveNotas(index, { subtenders, lots, products, segments, requirements }),
  };
}

/** Segments in the order subtenders first mention them (how the tender is read), the rest by id. */
function orderSegments(index: ContentIndex, mentioned: string[]) {
  const rank = new Map<string, number>();
  mentioned.forEach((id) => rank.has(id) || rank.set(id, rank.size));
  return [...index.segments].sort((a, b) => (rank.get(a.data.id) ?? 1e9) - (rank.get(b.data.id) ?? 1e9) || a.data.id.localeCompare(b.data.id));
}

/** A bijlage as written; an own file gets where it is, its type, its hash and size (the rules have checked it). */
function attachment(dir: string, b: NonNullable<ContentIndex["tender"]>["data"]["bijlagen"] extends (infer T)[] | undefined ? T : never): Attachment {
  if (b.bestand === undefined) return { nummer: b.nummer, titel: b.titel, inhoud: b.inhoud as Exclude<Attachment["inhoud"], "bestand"> };
  const checked = checkOwnFile(dir, b.bestand, isEncryptedPdf);
  if (!checked.ok) throw new Error(`bijlage ${b.nummer}: ${checked.message}`);
  const bytes = readFileSync(checked.real);
  return {
    nummer: b.nummer,
    titel: b.titel,
    inhoud: "bestand",
    bestand: b.bestand,
    bron: checked.real,
    extensie: checked.extensie,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes: bytes.length,
  };
}

/** How many lines of a chapter's body come before its first non-blank line (trimmed away). */
function leadingLines(body: string): number {
  return (/^\s*/.exec(body)![0].match(/\n/g) ?? []).length;
}
