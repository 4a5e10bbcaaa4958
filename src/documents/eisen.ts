import { REQUIREMENT_KINDS } from "./labels.ts";
import type { Lookup } from "../model/lookup.ts";
import { requirementBody } from "./blocks/requirement.ts";
import { anchorFor, type Section } from "./section.ts";

/** The requirement catalogue: a chapter per kind, every requirement with proof and where it applies. */
export function eisenSections(L: Lookup): Section[] {
  return REQUIREMENT_KINDS.flatMap(({ soort, titel }) => {
    const reqs = L.model.requirements.filter((q) => q.soort === soort);
    if (!reqs.length) return [];
    return [
      {
        title: titel,
        anchor: `s-eisen-${soort}`,
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
