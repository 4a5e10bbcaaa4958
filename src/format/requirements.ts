import type { RequirementsFile } from "../content/types.generated.ts";

/** An eis as eisen.yaml writes it (the model's Requirement has these fields too). */
type Requirement = RequirementsFile[number];

/**
 * How a bidder proves a requirement, for every renderer. The authors' `bewijs`
 * when they wrote one. Otherwise only what follows from the kind itself (the
 * UEA is the self-declaration for exclusion grounds and suitability; delivery
 * and contract conditions are not proven at bidding); a minimum requirement
 * without `bewijs` says nothing here, and validation warns about it.
 */
export function proofOf(req: Pick<Requirement, "soort" | "bewijs">): string | undefined {
  return req.bewijs ?? KIND_PROOF[req.soort];
}

const KIND_PROOF: Partial<Record<Requirement["soort"], string>> = {
  uitsluitingsgrond: "Een eigen verklaring in het Uniform Europees Aanbestedingsdocument (UEA), deel III.",
  geschiktheidseis: "Een eigen verklaring in het Uniform Europees Aanbestedingsdocument (UEA), deel IV; op ons verzoek de bewijsstukken.",
  leveringsvoorwaarde: "Geen bewijs bij inschrijving; wij toetsen dit tijdens de looptijd van de overeenkomst.",
  contractvoorwaarde: "Geen bewijs bij inschrijving; de voorwaarde geldt vanaf de ingangsdatum van de overeenkomst.",
};
