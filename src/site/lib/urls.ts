import type { EntityKind } from "../../content/entity-kinds.ts";
import { questionAnchor } from "../../format/nota.ts";

/** The one place that maps an entity to its URL; ids are stable, so URLs are too. */
export const url = {
  home: () => "/",
  segments: () => "/segmenten/",
  segment: (id: string) => `/segmenten/${id}/`,
  product: (id: string) => `/producten/${id}/`,
  subtenders: () => "/subtenders/",
  subtender: (id: string) => `/subtenders/${id}/`,
  lot: (id: string) => `/percelen/${id}/`,
  requirements: () => "/eisen/",
  requirement: (id: string) => `/eisen/#${id}`,
  terms: () => "/begrippen/",
  term: (id: string) => `/begrippen/#${id}`,
  planning: () => "/planning/",
  chapters: () => "/bestek/",
  chapter: (id: string) => `/bestek/${id}/`,
  agreement: (subtenderId: string) => `/overeenkomsten/${subtenderId}/`,
  search: () => "/zoeken/",
  /** What a bidder hands in, per chosen lot. */
  checklist: () => "/inschrijven/",
  /** Every attachment with its number, pages, size and version date. */
  downloads: () => "/downloads/",
  /** Internal: the fill-in sheet for the notice editor; only with `aankondiging` in the data. */
  notice: () => "/aankondiging/",
  /** The OCDS release package, beside the attachments. */
  openData: () => "/downloads/ocds-release-package.json",
  /** A subtender's lots side by side. */
  compare: (subtenderId: string) => `/subtenders/${subtenderId}/vergelijken/`,
  changes: () => "/wijzigingen/",
  /** Every question of the Notas van Inlichtingen with its answer. */
  questions: () => "/vragen/",
  /** One question on that page: `/vragen/#vraag-2-10`. */
  question: (nummer: string) => `/vragen/#${questionAnchor(nummer)}`,
  download: (file: string) => `/downloads/${file}`,
};

const BY_KIND: Record<EntityKind, (id: string) => string> = {
  product: url.product,
  perceel: url.lot,
  eis: url.requirement,
  segment: url.segment,
  subtender: url.subtender,
  begrip: url.term,
  hoofdstuk: url.chapter,
};

export const urlOf = (kind: EntityKind, id: string) => BY_KIND[kind](id);
