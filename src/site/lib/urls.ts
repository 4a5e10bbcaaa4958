import type { EntityKind } from "../../validate/entities.ts";

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
  search: () => "/zoeken/",
  changes: () => "/wijzigingen/",
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
