/** What changed between two versions of a tender, grouped as the documents are. */
export interface ChangeReport {
  from: VersionInfo;
  to: VersionInfo;
  groups: ChangeGroup[];
  counts: { toegevoegd: number; verwijderd: number; gewijzigd: number; hernoemd: number; belangrijk: number };
  /**
   * The built documents compared section by section (src/diff/documents.ts):
   * absent when only the data was compared.
   */
  documenten?: DocumentChange[];
  /** Changed sections that no change in the data explains: text the build derives (a period from a date, a renumbering). */
  afgeleid?: SectionChange[];
}

/** Where a change lands in the built documents: the bijlage, and the § or artikel with its heading. */
export interface Place {
  bijlage: string;
  document: string;
  /** "§ 4.2.5" or "artikel 6". */
  plaats: string;
  kop: string;
  /** The heading's anchor in the document's HTML. */
  anker: string;
  /** The PDF page the § or artikel starts on in this version (absent for one that was removed). */
  pagina?: number;
  /** The page it started on in the earlier version (absent for a new one). */
  oudePagina?: number;
}

/** One document of the bundle in two versions. */
export interface DocumentChange {
  bijlage: string;
  /** The bijlage's number in the earlier version, when it moved. */
  oudeBijlage?: string;
  document: string;
  /** What the document is: `bestek`, `overeenkomst:<id>`, `bestand:<file>`, … */
  inhoud: string;
  status: "gewijzigd" | "alleen versie of datum" | "ongewijzigd" | "nieuw" | "vervallen";
  /** For a changed document: every § or artikel whose number, heading or text changed. */
  secties: SectionChange[];
}

/** A § or artikel whose number, heading or text differs between the versions. */
export interface SectionChange extends Place {
  soort: "gewijzigd" | "toegevoegd" | "verwijderd" | "hernummerd";
  oudePlaats?: string;
  oudeKop?: string;
  /** The section's own text, as printed. */
  voor?: string;
  na?: string;
  /** Word-level redline of the text (HTML with <del>/<ins>). */
  redline?: string;
  /** The entities the section describes (`perceel:x`), in either version. */
  keys: string[];
  /** The changes (W-01, …) that explain this section's change. */
  door?: string[];
  /**
   * For a derived change (in `afgeleid`) whose only changed words are numbers
   * and dates: the changed dates (milestones) it is likely derived from, those
   * the section names first ("uiterste inschrijfdatum").
   */
  vermoedelijkDoor?: string[];
}

export interface VersionInfo {
  /** How the user named this side: a git ref or a folder. */
  bron: string;
  versie: string;
  datum: string;
  kenmerk: string;
  titel: string;
  /** The aanbestedende dienst: the author in the overview PDF's metadata. */
  dienst: string;
}

export interface ChangeGroup {
  titel: string;
  changes: EntityChange[];
}

export type Ernst = "wezenlijk" | "redactioneel";

export type ChangeKind = "toegevoegd" | "verwijderd" | "gewijzigd" | "hernoemd";

export interface EntityChange {
  /** "W-01", "W-02", … in the order of the overview, so a Nota can cite a change. */
  nummer?: string;
  /** Every § or artikel of the built documents where this change lands. */
  waar?: Place[];
  kind: ChangeKind;
  /** Dutch kind of entity: product, perceel, gunningscriterium, ... */
  soort: string;
  id: string;
  /** For `hernoemd`: the old id. */
  oudId?: string;
  /** What the entity is part of, when its id alone does not say (a criterion's `subtender:x` or `perceel:x`). */
  binnen?: string;
  label: string;
  /** Flagged for legal review: contractor counts, weights and criteria, knock-out requirements, deadlines, tariffs. */
  belangrijk: boolean;
  /** How a procurement lawyer weighs it: `wezenlijk` exactly when `belangrijk`, else `redactioneel` (src/diff/severity.ts). */
  ernst?: Ernst;
  fields: FieldChange[];
}

export interface FieldChange {
  veld: string;
  /** Formatted as in the documents; absent when the field was added or removed. */
  voor?: string;
  na?: string;
  /** Word-level redline (HTML with <ins>/<del>) for prose fields. */
  redline?: string;
  /** Membership changes (products of a lot, requirements of a subtender). */
  toegevoegd?: string[];
  verwijderd?: string[];
  belangrijk: boolean;
}
