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


export const STATUS_LABEL = { concept: "Concept", definitief: "Definitief" } as const;
