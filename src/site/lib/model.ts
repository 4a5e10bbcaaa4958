import { readFileSync, statSync } from "node:fs";
import type { Lot, Model, Product, Requirement, Segment, Subtender } from "../../model/types.ts";
import type { SiteBestek } from "./bestek.ts";
import type { NotaChanges } from "../../documents/nota.ts";
import type { SiteQuestion } from "./questions.ts";
import type { SiteDownload } from "./downloads.ts";
import { useTemplateSources } from "../../templates/load.ts";


export interface SiteData {
  model: Model;
  downloads: SiteDownload[];
  /** Set by `npm run dev` when the content has errors: shown on every page instead of silently stale pages. */
  errors?: string[];
  /** Set by `npm run build -- --compare REF`: the change overview to publish. */
  changes?: {
    titel: string;
    html: string;
    css: string;
    /** The earlier version compared with: an entry of its own in the feed. */
    from?: { versie: string; datum: string };
    /** The changes the nota of this version publishes, derived from the comparison (src/diff/nota-changes.ts). */
    nota?: NotaChanges;
    /** Per changed entity (`perceel:x`, `product:y`): the numbers of its changes (W-01, …), so its page can say it changed. */
    perEntity?: Record<string, string[]>;
  };
  /** The whole aanbestedingsleidraad, numbered and rendered for the web from the plan the PDF prints (lib/bestek.ts). */
  bestek: SiteBestek;
  /** Every question of the Notas van Inlichtingen with what it concerns in words and links (lib/questions.ts). */
  questions: SiteQuestion[];
  /** The text parts (templates/tekstdelen/<id>.md) by id: the pages word phases, award rules and more with them, and read no project file. */
  textParts: Record<string, string>;
}

/**
 * The site reads the resolved model that the build wrote (never the YAML), once
 * per rendering, with lookups by id so every page costs the same whatever N is.
 * The compiled pages stay loaded between renderings in one process (a test, the
 * live preview rewriting the file after every edit), so the file is known by
 * its path, time and size, not by the process.
 */
let cached: { data: SiteData; lookup: ReturnType<typeof buildLookup>; key: string } | undefined;

export function site() {
  const path = process.env.JEUGDHULP_MODEL;
  if (!path) throw new Error("JEUGDHULP_MODEL is niet gezet: bouw de site met `npm run build` of `npm run dev`.");
  const stat = statSync(path);
  const key = `${path}\0${stat.mtimeMs}\0${stat.size}`;
  if (!cached || cached.key !== key) {
    const data = JSON.parse(readFileSync(path, "utf8")) as SiteData;
    useTemplateSources("tekstdelen", data.textParts);
    cached = { data, lookup: buildLookup(data.model), key };
  }
  return { ...cached.data, ...cached.lookup };
}

function buildLookup(model: Model) {
  const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
  return {
    products: byId<Product>(model.products),
    lots: byId<Lot>(model.lots),
    segments: byId<Segment>(model.segments),
    subtenders: byId<Subtender>(model.subtenders),
    requirements: byId<Requirement>(model.requirements),
    terms: byId(model.terms),
  };
}
