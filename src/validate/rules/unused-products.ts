import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import type { Rule } from "../rule.ts";

/** Rule 7: a product in no lot of any listed subtender cannot be bought (a warning). */
export const unusedProducts: Rule = {
  name: "producten zonder perceel",
  check(index) {
    // With a broken subtender file the lots are unknown: a warning here would be noise.
    if (index.invalidKinds.has("subtender") || index.invalidKinds.has("tender")) return [];
    const listed = index.tender ? new Set(index.tender.data.subtenders) : undefined;
    const offered = new Set<string>();
    for (const { data } of index.subtenders) {
      if (listed && !listed.has(data.id)) continue;
      for (const lot of data.percelen) {
        lot.producten?.forEach((p) => offered.add(p));
        lot.subpercelen?.forEach((s) => s.producten.forEach((p) => offered.add(p)));
      }
    }
    const out: Diagnostic[] = [];
    for (const { source, data } of index.segments) {
      data.producten.forEach((p, i) => {
        if (!offered.has(p.id)) {
          out.push(warning(locate(source, ["producten", i, "id"]), "product-zonder-perceel", `product \`${p.id}\` staat in geen enkel perceel en kan dus niet worden ingekocht; neem het op in een perceel van een subtender`));
        }
      });
    }
    return out;
  },
};
