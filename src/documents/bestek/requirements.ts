import { p } from "../html.ts";
import { REQUIREMENT_KINDS } from "../labels.ts";
import type { Lookup } from "../../model/lookup.ts";
import { requirementBody } from "../blocks/requirement.ts";
import { anchorFor, type Section } from "../section.ts";

const INTRO: Partial<Record<string, string>> = {
  uitsluitingsgrond: "U verklaart met het Uniform Europees Aanbestedingsdocument (UEA) dat de volgende uitsluitingsgronden niet op u van toepassing zijn. De bewijsstukken vragen wij alleen op bij de inschrijvers aan wie wij willen gunnen en bij de aanbieders die wij willen toelaten, vóór wij de gunnings- of toelatingsbeslissing verzenden.",
  geschiktheidseis: "U toont aan dat u geschikt bent voor de opdracht. U verklaart dit eerst in het UEA; op ons verzoek levert u de bewijsstukken.",
  minimumeis: "Een inschrijving die niet aan een minimumeis voldoet, beoordelen wij niet verder.",
};

/**
 * Chapter "Eisen": the requirements of the hoofdtender and subtenders, grouped
 * by kind. Requirements only products impose (leveringsvoorwaarden) are in the
 * Eisen attachment and the productenboek, where references to them resolve.
 */
export function requirementSections(L: Lookup): Section[] {
  const inBestek = L.model.requirements.filter((q) => q.usedBy.some((u) => u.kind !== "product"));
  return REQUIREMENT_KINDS.flatMap(({ soort, titel }) => {
    const reqs = inBestek.filter((q) => q.soort === soort);
    if (!reqs.length) return [];
    return [
      {
        title: titel,
        anchor: `s-eisen-${soort}`,
        body: () => p(INTRO[soort] ?? ""),
        children: reqs.map(
          (q): Section => ({
            title: q.titel,
            anchor: anchorFor("eis", q.id),
            targets: [{ key: `eis:${q.id}`, label: q.titel }],
            body: (r) => requirementBody(L, q, r),
          }),
        ),
      },
    ];
  });
}
