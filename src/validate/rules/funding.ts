import { error, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import { didYouMean } from "../../diagnostics/suggest.ts";
import type { Rule } from "../rule.ts";

/** Which units each iJw payment variant may use. */
const UNITS_PER_FORM: Record<string, string[]> = {
  inspanningsgericht: ["minuut", "uur", "dagdeel", "etmaal", "stuk"],
  outputgericht: ["stuk", "euro"],
  taakgericht: ["euro"],
};

/** Rule 6: bekostiging matches the iJw variants, tariffs have cents at most, productcategorie is on the iJw list. */
export const funding: Rule = {
  name: "bekostiging",
  check(index) {
    const out: Diagnostic[] = [];
    for (const { source, data } of index.segments) {
      data.producten.forEach((p, i) => {
        const path = ["producten", i, "bekostiging"];
        const { vorm, eenheid, frequentie, tarief } = p.bekostiging;
        if (!UNITS_PER_FORM[vorm].includes(eenheid)) {
          out.push(error(locate(source, [...path, "eenheid"]), "bekostiging-eenheid", `bekostigingsvorm ${vorm} past niet bij eenheid \`${eenheid}\`; ${vorm} gebruikt ${UNITS_PER_FORM[vorm].map((u) => `\`${u}\``).join(", ")}`));
        }
        if (vorm === "taakgericht" && !frequentie) {
          out.push(error(locate(source, path), "bekostiging-frequentie", "taakgerichte bekostiging (budget of lumpsum) heeft een `frequentie` nodig: dag, week, maand, jaar of totaal"));
        }
        // Compare in cents with a tolerance: 131.20 is 131.19999… as a float.
        if (Math.abs(tarief * 100 - Math.round(tarief * 100)) > 1e-6) {
          out.push(error(locate(source, [...path, "tarief"]), "tarief-decimalen", `tarief ${tarief} heeft meer dan twee decimalen; een tarief is een bedrag in euro's en centen, bijvoorbeeld 72.50`));
        }
      });
    }
    return out;
  },
};
