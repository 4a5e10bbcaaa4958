import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate, type DataPath } from "../../load/locate.ts";
import type { YamlSource } from "../../load/source.ts";
import { formatEuro } from "../../format/money.ts";
import type { Rule } from "../rule.ts";

/** How many times a budget of this frequency is paid in a year; `totaal` and none are no yearly budget. */
const PER_YEAR: Record<string, number> = { dag: 365, week: 52, maand: 12, jaar: 1 };

/**
 * Art. 2.15 Aanbestedingswet 2012: the estimated value counts the maximum
 * term with every extension. Where the numbers show it, a (sub-)lot's
 * `geraamde_waarde` covers the fixed yearly budgets (taakgericht) of its
 * products over the initial term but not over the maximum term: the estimate
 * has left out the extensions. A warning at the geraamde waarde, with the sums.
 */
export const estimateExtensions: Rule = {
  name: "geraamde waarde zonder de verlengingen",
  check(index) {
    const o = index.tender?.data.overeenkomst;
    if (!o?.verlengingen?.length) return [];
    const initial = o.looptijd_maanden;
    const maximum = initial + o.verlengingen.reduce((a, b) => a + b, 0);
    const yearly = new Map<string, number>();
    for (const seg of index.segments) {
      for (const p of seg.data.producten) {
        const b = p.bekostiging;
        if (b.vorm === "taakgericht" && b.frequentie && PER_YEAR[b.frequentie]) yearly.set(p.id, b.tarief * PER_YEAR[b.frequentie]);
      }
    }
    const out: Diagnostic[] = [];
    const check = (source: YamlSource, path: DataPath, what: string, estimate: number | undefined, products: string[]) => {
      if (estimate === undefined) return;
      const perYear = products.reduce((sum, p) => sum + (yearly.get(p) ?? 0), 0);
      if (!perYear) return;
      const overInitial = (perYear * initial) / 12;
      const overMaximum = (perYear * maximum) / 12;
      if (estimate < overInitial - 0.005 || estimate >= overMaximum - 0.005) return;
      out.push(warning(locate(source, [...path, "geraamde_waarde"]), "geraamde-waarde-zonder-verlengingen", `de \`geraamde_waarde\` van ${what} (${formatEuro(estimate)}) dekt de vaste budgetten van zijn producten (${formatEuro(perYear)} per jaar) over de looptijd van ${initial} maanden (${formatEuro(overInitial)}), maar niet over de maximale looptijd met verlengingen van ${maximum} maanden (${formatEuro(overMaximum)}); de geraamde waarde telt de verlengingen mee (art. 2.15 Aanbestedingswet 2012): verhoog haar tot ten minste ${formatEuro(overMaximum)}`));
    };
    for (const { source, data } of index.subtenders) {
      if (data.procedure !== "aanbesteding") continue;
      data.percelen.forEach((lot, i) => {
        const all = lot.subpercelen ? lot.subpercelen.flatMap((s) => s.producten) : (lot.producten ?? []);
        check(source, ["percelen", i], `perceel ${lot.nummer} (\`${lot.id}\`)`, lot.geraamde_waarde, [...new Set(all)]);
        lot.subpercelen?.forEach((sub, j) => check(source, ["percelen", i, "subpercelen", j], `subperceel ${sub.nummer} (\`${sub.id}\`)`, sub.geraamde_waarde, sub.producten));
      });
    }
    return out;
  },
};
