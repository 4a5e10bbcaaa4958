import type { Lot, Product } from "../model/types.ts";
import { dutchList } from "../format/lists.ts";

/**
 * How every renderer names a lot: "perceel B1 Pleegzorg", "subperceel B4c
 * Crisispleegzorg". The label is shown exactly as the team wrote it.
 */
export const lotName = (lot: Pick<Lot, "parentId" | "nummer" | "naam">) => `${lot.parentId ? "subperceel" : "perceel"} ${lot.nummer} ${lot.naam}`;

/** The same, opening a title or a line. */
export const lotTitle = (lot: Pick<Lot, "parentId" | "nummer" | "naam">) => {
  const name = lotName(lot);
  return name.charAt(0).toUpperCase() + name.slice(1);
};

/** A lot whose contractors must also hold this product: directly, or through a lot that offers it. */
export interface Prerequisite {
  /** The lot that states the condition. */
  requiringLotId: string;
  /** Set when the condition names a lot (this product's lot, or the lot its sub-lot belongs to) rather than the product. */
  viaLotId?: string;
}

/** Every lot that requires this product, in the order of the model: first by product, then through its lots. */
export function prerequisitesOf(p: Pick<Product, "requiredByLotIds" | "lotIds">, lot: (id: string) => Lot): Prerequisite[] {
  const out: Prerequisite[] = p.requiredByLotIds.map((id) => ({ requiringLotId: id }));
  const seen = new Set<string>();
  for (const id of p.lotIds) {
    const own = lot(id);
    for (const via of [own, ...(own.parentId ? [lot(own.parentId)] : [])]) {
      if (seen.has(via.id)) continue;
      seen.add(via.id);
      for (const requiring of via.requiredByLotIds) out.push({ requiringLotId: requiring, viaLotId: via.id });
    }
  }
  return out;
}

/** What a condition asks, in words: "perceel B1 Pleegzorg" or "het product Pleegzorg". */
export function requiredText(v: { vereist_product?: string; vereist_perceel?: string }, lot: (id: string) => Lot, productName: (id: string) => string): string {
  return v.vereist_product ? `het product ${productName(v.vereist_product)}` : lotName(lot(v.vereist_perceel!));
}

/** The conditions a lot states itself, in one line for a table row: "voorwaarde: ook gecontracteerd voor perceel B1 Pleegzorg". */
export function ownConditionsLine(l: Lot, lot: (id: string) => Lot, productName: (id: string) => string): string | undefined {
  const own = l.voorwaarden.filter((v) => v.statedOn === l.id);
  if (!own.length) return undefined;
  const items = own.map((v) => requiredText(v, lot, productName));
  return `voorwaarde: ook gecontracteerd voor ${dutchList(items)}`;
}
