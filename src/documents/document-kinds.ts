import type { ElementContent } from "hast";
import { attachmentKind, type AttachmentKind } from "../content/attachment-kinds.ts";
import type { GeneratedAttachment, Model } from "../model/types.ts";
import { agreementSections } from "./agreement/index.ts";
import { bestekSections } from "./bestek/index.ts";
import { checklistIntro, checklistSections } from "./checklist.ts";
import { eisenSections } from "./eisen.ts";
import type { Lookup } from "../model/lookup.ts";
import { notaSections, type NotaChanges } from "./nota.ts";
import { productenboekIntro, productenboekSections } from "./productenboek.ts";
import type { Section } from "./section.ts";
import { subtenderSections } from "./subtender.ts";
import type { LeidraadPlan } from "./xref.ts";

/** What planning one attachment needs besides the model. */
export interface PlanningContext {
  /** The attachment being planned. */
  attachment: GeneratedAttachment;
  /** Every file of the bundle: number, title and file name. */
  files: { nummer: string; titel: string; bestand: string }[];
  /** The changes a nota publishes, when the build compared with the version it amends. */
  notaChanges?: NotaChanges;
  /** The leidraad as planned, for bodies (rendered after planning) that cite its §§. */
  leidraad: () => LeidraadPlan;
}

/** One generated document's outline and how it prints. */
export interface DocumentParts {
  sections: Section[];
  /** Heading depth the table of contents lists; 0: no TOC. */
  tocDepth: number;
  /** What stands above the first section (hast). */
  intro?: ElementContent[];
  /** Top-level sections are articles ("Artikel 1"): an agreement. */
  articles?: boolean;
  /** The document's own date (a nota's publication date); absent: the tender version's. */
  datum?: string;
}

type Generated = Exclude<AttachmentKind, { soort: "bestand" }>;
type Planner<S extends Generated["soort"]> = (L: Lookup, kind: Extract<Generated, { soort: S }>, ctx: PlanningContext) => DocumentParts;

/**
 * Every kind of document the product writes, and how it is planned: the one
 * registry the bundle plan (build-documents.ts) consults.
 */
const DOCUMENT_KINDS: { [S in Generated["soort"]]: Planner<S> } = {
  // The leidraad lists the other documents; it does not name itself among its own bijlagen.
  bestek: (L, _, { attachment, files }) => ({ sections: bestekSections(L, files.filter((f) => f.nummer !== attachment.nummer)), tocDepth: 2 }),
  productenboek: (L) => ({ sections: productenboekSections(L), tocDepth: 2, intro: productenboekIntro(L) }),
  eisen: (L) => ({ sections: eisenSections(L), tocDepth: 2 }),
  checklist: (L) => ({ sections: checklistSections(L), tocDepth: 2, intro: checklistIntro(L) }),
  // Subtender attachments are a few pages; a TOC would be longer than it helps.
  subtender: (L, { subtender }) => ({ sections: subtenderSections(L, subtender), tocDepth: 0 }),
  // An agreement lists its articles, not the conditions inside them.
  overeenkomst: (L, { subtender }) => ({ sections: agreementSections(L, subtender), tocDepth: 1, articles: true }),
  "nota-van-inlichtingen": (L, { nota }, { leidraad, notaChanges }) => ({ sections: notaSections(L, nota, leidraad, notaChanges), tocDepth: 1, datum: ownDate(L.model, nota) }),
};

/** The outline of one generated attachment, by its kind. */
export function planAttachment(L: Lookup, ctx: PlanningContext): DocumentParts {
  const kind = attachmentKind(ctx.attachment.inhoud) as Generated;
  const plan = DOCUMENT_KINDS[kind.soort] as Planner<Generated["soort"]>;
  return plan(L, kind as never, ctx);
}

/** A document's own date: a Nota's publication date; undefined for the rest, which carry the version's date. */
export function documentDate(model: Model, inhoud: string): string | undefined {
  const kind = attachmentKind(inhoud);
  return kind && "nota" in kind ? ownDate(model, kind.nota) : undefined;
}

const ownDate = (model: Model, nota: number) => model.notas.find((n) => n.nummer === nota)?.datum;
