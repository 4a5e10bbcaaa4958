import { nodes, para } from "../hast.ts";
import { partText } from "../../templates/parts.ts";
import { REQUIREMENT_KINDS } from "../labels.ts";
import type { Lookup } from "../../model/lookup.ts";
import { requirementBody } from "../blocks/requirement.ts";
import { anchorFor, type Section } from "../section.ts";

/** The kinds with a paragraph above their requirements (templates/tekstdelen/leidraad-eisen-soort.md). */
const WITH_INTRO = new Set(["uitsluitingsgrond", "geschiktheidseis", "minimumeis"]);

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
        body: () => (WITH_INTRO.has(soort) ? nodes(para(partText("leidraad-eisen-soort", { soort }))) : []),
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
