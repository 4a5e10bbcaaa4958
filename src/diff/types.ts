/** What changed between two versions of a tender, grouped as the documents are. */
export interface ChangeReport {
  from: VersionInfo;
  to: VersionInfo;
  groups: ChangeGroup[];
  counts: { toegevoegd: number; verwijderd: number; gewijzigd: number; hernoemd: number; belangrijk: number };
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

export type ChangeKind = "toegevoegd" | "verwijderd" | "gewijzigd" | "hernoemd";

export interface EntityChange {
  kind: ChangeKind;
  /** Dutch kind of entity: product, perceel, gunningscriterium, ... */
  soort: string;
  id: string;
  /** For `hernoemd`: the old id. */
  oudId?: string;
  label: string;
  /** Flagged for legal review: contractor counts, weights and criteria, knock-out requirements, deadlines, tariffs. */
  belangrijk: boolean;
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
