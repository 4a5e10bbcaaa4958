/**
 * The resolved tender: the one typed model every renderer (site, PDFs, diff)
 * uses. Content fields keep their Dutch names from the content model; the
 * relations that resolving adds have English names. It is plain data (ids,
 * no cycles) so it can be written to dist/model.json and compared.
 */
import type { AssessmentFile, CriterionInput, LotConditionInput, ProductInput, RequirementsFile, GlossaryFile, SegmentFile, SubtenderFile, TenderFile } from "../content/types.generated.ts";
import type { OwnFileExtension } from "../content/own-files.ts";
import type { EntityKind } from "../content/entity-kinds.ts";

import type { Markdown } from "../content/text.ts";
/** Markdown source text (src/model/text.ts); views turn it into hast with `markdownTree`. */
export type { Markdown, PlainText } from "../content/text.ts";

export interface Model {
  tender: Tender;
  /** In the order of `subtenders` in aanbesteding.yaml. */
  subtenders: Subtender[];
  /** In the order of their first mention by a subtender, then by id. */
  segments: Segment[];
  /** Grouped by segment, in file order within each segment. */
  products: Product[];
  /** Every lot and sub-lot, in subtender order; a sub-lot follows its parent. */
  lots: Lot[];
  requirements: Requirement[];
  terms: Term[];
  /** Bestek chapters sorted by `volgorde`. */
  chapters: Chapter[];
  /** The Notas van Inlichtingen, by number (1, 2, …); each with its questions in natural number order. */
  notas: Nota[];
}

export interface Tender extends Omit<TenderFile, "bijlagen" | "subtenders"> {
  /** The attachments, from aanbesteding.yaml or the default set. */
  bijlagen: Attachment[];
  subtenderIds: string[];
}

/** An attachment the product writes, or a file of the team's own (`bestand`). */
export type Attachment = GeneratedAttachment | FileAttachment;

export interface GeneratedAttachment {
  nummer: string;
  titel: string;
  inhoud: "bestek" | "productenboek" | "eisen" | "checklist" | `subtender:${string}` | `overeenkomst:${string}` | `nota-van-inlichtingen:${number}`;
  bestand?: undefined;
}

/** A PDF, DOCX or XLSX the team supplies; copied as it is into the bundle. */
export interface FileAttachment {
  nummer: string;
  titel: string;
  /** Always "bestand": code that asks what an attachment holds need not test for a missing `inhoud`. */
  inhoud: "bestand";
  /** The path as written in aanbesteding.yaml, relative to the content folder. */
  bestand: string;
  /** Where the file is on disk (absolute, symbolic links resolved); only the renderer reads it, and dist/model.json leaves it out. */
  bron: string;
  extensie: OwnFileExtension;
  sha256: string;
  bytes: number;
}


export const isFileAttachment = (a: Attachment): a is FileAttachment => a.inhoud === "bestand";

export interface Segment extends Omit<SegmentFile, "producten"> {
  productIds: string[];
  /** Subtenders with a lot that buys a product of this segment, in subtender order (empty: no lot buys it). */
  subtenderIds: string[];
}

export interface Product extends ProductInput {
  segmentId: string;
  /** Lots and sub-lots that offer this product. */
  lotIds: string[];
  /**
   * Products this one cannot be combined with, in both directions: the
   * authors write `niet_stapelbaar_met` on one product, a reader of either
   * product needs to see it.
   */
  notCombinableWith: string[];
  /**
   * Lots whose condition names this product (`vereist_product`). A condition
   * that names a whole lot is on that lot (`Lot.requiredByLotIds`);
   * `prerequisitesOf` (src/wording/lots.ts) gives both.
   */
  requiredByLotIds: string[];
}

export interface Subtender extends Omit<SubtenderFile, "percelen" | "gunningscriteria"> {
  gunningscriteria: Criterion[];
  /** Top-level lots, in file order (sub-lots are reachable through `subLotIds`). */
  lotIds: string[];
}

export type Criterion = CriterionInput;

export interface Lot {
  id: string;
  nummer: string;
  naam: string;
  groep?: string;
  omschrijving?: Markdown;
  subtenderId: string;
  /** Set on a sub-lot: the lot it belongs to. */
  parentId?: string;
  subLotIds: string[];
  /** Products of this lot; for a lot with sub-lots, those of its sub-lots. */
  productIds: string[];
  /** Lots and sub-lots whose own condition names this lot (`vereist_perceel`): their bidders must hold this lot as a whole. */
  requiredByLotIds: string[];
  /** Absent in a toelating (no maximum) and on a lot whose sub-lots carry the counts. */
  aantal_contractanten?: number;
  /**
   * Every condition a bidder on this lot must meet: on a sub-lot, its lot's
   * conditions first, then its own. `statedOn` tells which lot states each.
   */
  voorwaarden: LotCondition[];
  /** How work is divided among the contractors of this lot (Markdown), as the authors wrote it. */
  toewijzing?: Markdown;
  /** Estimated value over the maximum term, euro excl. btw. */
  geraamde_waarde?: number;
  /** The ceiling of this lot's framework agreements over the maximum term with every extension, euro excl. btw (aanbesteding only). */
  maximale_waarde?: number;
  /** The criteria that apply: the lot's own, else its parent's, else the subtender's. */
  gunningscriteria: Criterion[];
  /** True when `gunningscriteria` are this lot's own override (never on a sub-lot: it follows its lot). */
  eigenGunningscriteria: boolean;
}

export interface LotCondition extends LotConditionInput {
  /** The lot or sub-lot whose `voorwaarden` list this condition. */
  statedOn: string;
}

export interface Requirement extends Omit<RequirementsFile[number], never> {
  /** Who imposes it: the hoofdtender, subtenders, products (leveringsvoorwaarden). */
  usedBy: { kind: "hoofdtender" | "subtender" | "product"; id: string }[];
}

export type Term = GlossaryFile[number];

export interface Chapter {
  id: string;
  titel: string;
  volgorde: number;
  /** `bestek`: a chapter of the leidraad; `overeenkomst`: an article of every agreement (src/content/agreement-articles.ts). */
  document: "bestek" | "overeenkomst";
  markdown: Markdown;
  /** The file inside the content folder (`teksten/20-rechtsbescherming.md`) and the line `markdown` starts on: where a placeholder error in it is reported. */
  bestand?: string;
  regel?: number;
}

/** One Nota van Inlichtingen (nota-van-inlichtingen/<n>.yaml). */
export interface Nota {
  nummer: number;
  /** Publication date, JJJJ-MM-DD. */
  datum: string;
  /** The version of the documents published with this nota (content model v3). */
  versie?: string;
  /** In natural number order: 2.2 before 2.10 (src/format/nota.ts). */
  vragen: Question[];
  /** Question numbers left out on purpose, with the reason the nota prints in their place. */
  vervallen: { nummer: string; reden: string }[];
}

/** What a question concerns: a cross-reference target. */
export interface QuestionSubject {
  kind: EntityKind;
  id: string;
}

export interface Question {
  nummer: string;
  /** The number of the nota that publishes it. */
  notaNummer: number;
  referentie?: string;
  ontvangen?: string;
  over: QuestionSubject[];
  /** What the answer changes in the data (content model v3); empty when it only clarifies. */
  wijzigt: QuestionSubject[];
  paragraaf?: string;
  vraag: Markdown;
  /** Absent while the question is "in behandeling" (only in a concept). */
  antwoord?: Markdown;
  wijziging?: Markdown;
  /** Subtenders the question concerns, directly or through a lot, product or segment: for filtering on the site. */
  subtenderIds: string[];
  /** Lots the question concerns, directly or through a product or sub-lot. */
  lotIds: string[];
  /** Products the question concerns, directly or through a lot. */
  productIds: string[];
}

/**
 * The committee's scores of one subtender's bids (beoordeling/<subtender>.yaml,
 * content model v3). Confidential: deliberately not part of `Model`, so no
 * writer of the site, the bundle or open data can reach it; only the award
 * writer (src/award/) gets it, from the validation result.
 */
export interface Assessment extends AssessmentFile {
  /** The file, as messages name it. */
  bestand: string;
}
