import type { Requirement } from "../model/types.ts";

/** Dutch labels for the enumerations of the content model. */
export const REQUIREMENT_KINDS: { soort: Requirement["soort"]; titel: string }[] = [
  { soort: "uitsluitingsgrond", titel: "Uitsluitingsgronden" },
  { soort: "geschiktheidseis", titel: "Geschiktheidseisen" },
  { soort: "minimumeis", titel: "Minimumeisen" },
  { soort: "leveringsvoorwaarde", titel: "Leveringsvoorwaarden" },
  { soort: "contractvoorwaarde", titel: "Contractvoorwaarden" },
];

/** How a bidder proves a requirement when the catalogue does not say. */
export const DEFAULT_PROOF: Record<Requirement["soort"], string> = {
  uitsluitingsgrond: "Een eigen verklaring in het Uniform Europees Aanbestedingsdocument (UEA), deel III.",
  geschiktheidseis: "Een eigen verklaring in het Uniform Europees Aanbestedingsdocument (UEA), deel IV; op ons verzoek de bewijsstukken.",
  minimumeis: "Een verklaring bij de inschrijving in Mercell.",
  leveringsvoorwaarde: "Geen bewijs bij inschrijving; wij toetsen dit tijdens de looptijd van de overeenkomst.",
  contractvoorwaarde: "Geen bewijs bij inschrijving; de voorwaarde geldt vanaf de ingangsdatum van de overeenkomst.",
};

export const PROCEDURE_LABEL: Record<"aanbesteding" | "toelating", string> = {
  aanbesteding: "aanbesteding met selectie",
  toelating: "toelating (geen maximum aantal contractanten)",
};

export const EDUCATION_LABEL: Record<string, string> = {
  "mbo-2": "mbo niveau 2",
  "mbo-3": "mbo niveau 3",
  "mbo-4": "mbo niveau 4",
  hbo: "hbo",
  "hbo-plus": "hbo+ (post-hbo)",
  wo: "wo",
};

export const FUNDING_LABEL: Record<string, string> = {
  inspanningsgericht: "inspanningsgericht",
  outputgericht: "outputgericht",
  taakgericht: "taakgericht",
};

export const UNIT_LABEL: Record<string, string> = {
  minuut: "minuut",
  uur: "uur",
  dagdeel: "dagdeel (4 uur)",
  etmaal: "etmaal",
  stuk: "stuk",
  euro: "euro",
};

export const DURATION_UNIT: Record<string, [string, string]> = {
  dagen: ["dag", "dagen"],
  weken: ["week", "weken"],
  maanden: ["maand", "maanden"],
  jaren: ["jaar", "jaar"],
};

export const STATUS_LABEL = { concept: "Concept", definitief: "Definitief" } as const;
