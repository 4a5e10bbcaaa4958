import type { EntityKind } from "../content/entity-kinds.ts";

export const CROSS_REFERENCE_KINDS: readonly EntityKind[] = ["product", "perceel", "eis", "segment", "subtender", "begrip", "hoofdstuk"];

export interface CrossReference {
  /** Offset of the `](` that starts the link target, within the text. */
  offset: number;
  /** The link target as written, e.g. `(perceel:crisispleegzorg)`. */
  raw: string;
  rawKind: string;
  /** Undefined when the prefix is not a known kind (a typo such as `perceeel:`). */
  kind?: EntityKind;
  id: string;
}

const LINK_TARGET = /\]\(\s*<?([A-Za-z][A-Za-z0-9+.-]*):([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g;
/** Schemes of ordinary web links; everything else that looks like a kind is checked. */
const WEB_SCHEMES = new Set(["http", "https", "mailto", "tel", "ftp", "javascript", "data", "vbscript", "file"]);

/**
 * Finds the cross-references `[tekst](soort:id)` in Markdown. A light scan rather
 * than a full parse: validation runs on every keystroke-save and a parse of all
 * prose would cost more than reading the YAML.
 */
export function findCrossReferences(markdown: string): CrossReference[] {
  const out: CrossReference[] = [];
  if (!markdown.includes("](")) return out;
  for (const m of markdown.matchAll(LINK_TARGET)) {
    const rawKind = m[1].toLowerCase();
    if (WEB_SCHEMES.has(rawKind)) continue;
    const kind = (CROSS_REFERENCE_KINDS as string[]).includes(rawKind) ? (rawKind as EntityKind) : undefined;
    out.push({ offset: m.index!, raw: m[0].slice(1), rawKind, kind, id: decodeURIComponent(m[2]) });
  }
  return out;
}

/** Splits a link target `perceel:id` into kind and id, for renderers. */
export function parseCrossReference(href: string): { kind: EntityKind; id: string } | undefined {
  const m = /^([a-z]+):(.+)$/.exec(href);
  if (!m || !(CROSS_REFERENCE_KINDS as string[]).includes(m[1])) return undefined;
  return { kind: m[1] as EntityKind, id: m[2] };
}
