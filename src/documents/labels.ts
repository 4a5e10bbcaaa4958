import type { Requirement } from "../model/types.ts";

/** Dutch labels for the enumerations of the content model. */
export const REQUIREMENT_KINDS: { soort: Requirement["soort"]; titel: string }[] = [
  { soort: "uitsluitingsgrond", titel: "Uitsluitingsgronden" },
  { soort: "geschiktheidseis", titel: "Geschiktheidseisen" },
  { soort: "minimumeis", titel: "Minimumeisen" },
  { soort: "leveringsvoorwaarde", titel: "Leveringsvoorwaarden" },
  { soort: "contractvoorwaarde", titel: "Contractvoorwaarden" },
];

export const STATUS_LABEL = { concept: "Concept", definitief: "Definitief" } as const;
