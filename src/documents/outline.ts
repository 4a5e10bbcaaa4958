import type { Attachment, Model } from "../model/types.ts";
import { bestekSections } from "./bestek/index.ts";
import { attachmentFileName } from "./file-name.ts";
import { lookup } from "./lookup.ts";
import { numberSections, walk } from "./section.ts";

export interface LeidraadPlace {
  /** The leidraad among the attachments (its nummer and titel). */
  bijlage: Attachment;
  /** The section number, e.g. `6` or `2.4`. */
  section: string;
}

/**
 * Where each `teksten/` chapter stands in the aanbestedingsleidraad, by
 * chapter id. Questions in Mercell must name the paragraph of the published
 * PDF; the website shows it next to the same text. Numbered exactly as the
 * leidraad is (the same section plan), without rendering anything.
 */
export function leidraadPlaces(model: Model): Map<string, LeidraadPlace> {
  const places = new Map<string, LeidraadPlace>();
  const bijlage = model.tender.bijlagen.find((a) => a.inhoud === "bestek");
  if (!bijlage) return places;
  const others = model.tender.bijlagen
    .filter((a) => a !== bijlage)
    .map((a) => ({ nummer: a.nummer, titel: a.titel, bestand: attachmentFileName(a, model.tender.versie) }));
  for (const section of walk(numberSections(bestekSections(lookup(model), others)))) {
    for (const target of section.targets ?? []) {
      // The first place, as cross-references in the PDFs resolve (xref.ts).
      if (target.key.startsWith("hoofdstuk:") && !places.has(target.key.slice("hoofdstuk:".length))) places.set(target.key.slice("hoofdstuk:".length), { bijlage, section: section.number });
    }
  }
  return places;
}
