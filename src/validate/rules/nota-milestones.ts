import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import { formatDate } from "../../format/dates.ts";
import { countOf } from "../../format/numbers.ts";
import type { Rule } from "../rule.ts";

/** A planning milestone that announces a Nota van Inlichtingen, by its id or its name. */
const isNotaMilestone = (m: { id: string; mijlpaal: string }) => m.id.startsWith("nota-van-inlichtingen") || /nota van inlichtingen/i.test(m.mijlpaal);

/**
 * The planning's milestones for Notas van Inlichtingen against the notas
 * published (nota-van-inlichtingen/): more notas than milestones, or a nota
 * dated before the milestone of its number, means the planning the bidders
 * read no longer tells them when answers come. Warnings; no notas yet is fine.
 */
export const notaMilestones: Rule = {
  name: "mijlpalen voor Nota's van Inlichtingen",
  check(index) {
    if (!index.tender || !index.notas.length) return [];
    const { source, data } = index.tender;
    const milestones = data.planning.map((m, i) => ({ m, i })).filter(({ m }) => isNotaMilestone(m));
    if (!milestones.length) return [];
    const notas = [...index.notas].sort((a, b) => a.data.nummer - b.data.nummer);
    const out: Diagnostic[] = [];
    if (notas.length > milestones.length) {
      const last = milestones[milestones.length - 1];
      out.push(warning(locate(source, ["planning", last.i, "mijlpaal"]), "nota-mijlpalen-te-weinig", `de planning heeft ${countOf(milestones.length, "mijlpaal", "mijlpalen")} voor een Nota van Inlichtingen (${milestones.map(({ m }) => `\`${m.id}\``).join(", ")}), maar er ${notas.length === 1 ? "is" : "zijn"} ${countOf(notas.length, "nota", "nota's")} gepubliceerd (${notas.map((n) => n.data.nummer).join(", ")}); geef elke nota een eigen mijlpaal, bijvoorbeeld \`{ id: nota-van-inlichtingen-${milestones.length + 1}, mijlpaal: Publicatie Nota van Inlichtingen ${milestones.length + 1}, datum: ${notas[milestones.length].data.datum} }\`, zodat de planning zegt wanneer de antwoorden komen`));
    }
    notas.forEach((nota, k) => {
      const planned = milestones[k];
      if (!planned) return;
      const day = planned.m.datum.slice(0, 10);
      if (nota.data.datum >= day) return;
      out.push(warning(locate(nota.source, ["datum"]), "nota-voor-mijlpaal", `Nota van Inlichtingen ${nota.data.nummer} is gedateerd ${formatDate(nota.data.datum)}, vóór de mijlpaal \`${planned.m.id}\` (${planned.m.mijlpaal}, ${formatDate(day)}) in aanbesteding.yaml; pas de datum van de mijlpaal aan, zodat de planning zegt wanneer de nota werkelijk verscheen`));
    });
    return out;
  },
};
