import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import type { Rule } from "../rule.ts";

/**
 * A subtender that lists a segment in `segmenten` while none of its lots or
 * sub-lots buys a product of that segment: the leidraad would list the segment
 * under that opdracht, and a bidder looks there for work that is not bought.
 * A warning at the segment in the list.
 */
export const segmentWithoutLots: Rule = {
  name: "segment waaruit de subtender niets inkoopt",
  check(index) {
    const segmentOf = new Map(index.segments.flatMap((s) => s.data.producten.map((p) => [p.id, s.data.id] as const)));
    const known = new Set(index.segments.map((s) => s.data.id));
    const out: Diagnostic[] = [];
    for (const { source, data } of index.subtenders) {
      const bought = new Set(data.percelen.flatMap((l) => [...(l.producten ?? []), ...(l.subpercelen ?? []).flatMap((s) => s.producten)]).map((p) => segmentOf.get(p)));
      data.segmenten.forEach((seg, i) => {
        if (!known.has(seg) || bought.has(seg)) return;
        out.push(warning(locate(source, ["segmenten", i]), "segment-zonder-percelen", `subtender \`${data.id}\` noemt segment \`${seg}\`, maar geen van zijn percelen koopt een product uit dat segment in; de leidraad noemt het segment dan onder deze subtender terwijl er niets uit wordt ingekocht: haal \`${seg}\` uit \`segmenten\`, of zet een product uit dat segment in een perceel`));
      });
    }
    return out;
  },
};
