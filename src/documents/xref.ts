import type { Attachment } from "../model/types.ts";
import type { CrossReferenceTarget } from "../markdown/render.ts";
import { walk, type NumberedSection } from "./section.ts";

interface Place {
  number: string;
  label: string;
  anchor: string;
}

export interface PlannedDocument {
  attachment: Attachment;
  sections: NumberedSection[];
}

/** The leidraad as the bundle plans it: what the website shows and a Nota's questions cite. */
export interface LeidraadPlan {
  /** The leidraad among the attachments; absent when the tender publishes none. */
  bijlage?: Attachment;
  /** The leidraad's sections, numbered exactly as the PDF prints them, bodies not yet rendered. */
  doc: PlannedDocument;
  /** Where every entity is described in the attachments, as the PDFs resolve cross-references. */
  index: XrefIndex;
}

/**
 * Where every entity is described, per document. A reference resolves to the
 * section in the same document, else to the leidraad, else to the first
 * attachment that describes it; across documents it names the bijlage.
 */
export class XrefIndex {
  private places = new Map<PlannedDocument, Map<string, Place>>();

  constructor(private documents: PlannedDocument[]) {
    for (const doc of documents) {
      const map = new Map<string, Place>();
      for (const s of walk(doc.sections)) {
        for (const t of s.targets ?? []) {
          if (!map.has(t.key)) map.set(t.key, { number: s.number, label: t.label, anchor: t.anchor ?? s.anchor });
        }
      }
      this.places.set(doc, map);
    }
  }

  /** The anchor of an entity in `doc`, when `doc` describes it. */
  anchorIn(doc: PlannedDocument, key: string): string | undefined {
    return this.places.get(doc)?.get(key)?.anchor;
  }

  resolve(doc: PlannedDocument, key: string): CrossReferenceTarget {
    const own = this.places.get(doc)?.get(key);
    if (own) return { href: `#${own.anchor}`, see: { section: own.number, label: own.label } };
    const order = [...this.documents].sort((a, b) => rank(a) - rank(b));
    for (const other of order) {
      const place = this.places.get(other)?.get(key);
      if (place && other !== doc) {
        // No link: a relative link to another PDF breaks once Mercell renames the download.
        return { see: { document: `bijlage ${other.attachment.nummer} ${other.attachment.titel}`, section: place.number, label: place.label } };
      }
    }
    return {};
  }
}

const rank = (d: PlannedDocument) => (d.attachment.inhoud === "bestek" ? 0 : 1);
