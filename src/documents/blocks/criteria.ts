import type { Chapter, Criterion, Subtender } from "../../model/types.ts";
import type { Section } from "../section.ts";
import { esc, table } from "../html.ts";
import type { Renderer } from "../render-context.ts";

/** Criteria with weights (adding up to 100 %, checked by validation), page limits and what is asked. */
export function criteriaTable(criteria: Criterion[], r: Renderer): string {
  const rows = criteria.map((c) => [esc(c.naam), `${c.weging}%`, c.max_a4 ? `${c.max_a4} A4` : "–", r.inline(c.omschrijving)]);
  const total = criteria.reduce((sum, c) => sum + c.weging, 0);
  rows.push(["<strong>Totaal</strong>", `<strong>${total}%</strong>`, "", ""]);
  return table(["Gunningscriterium", "Weging", "Max. omvang", "Wat wij beoordelen"], rows, { numeric: [1, 2], widths: ["33%", "10%", "12%", "45%"] });
}

export function scaleTable(subtender: Subtender): string {
  if (!subtender.beoordelingsschaal?.length) return "";
  return table(
    ["Score", "Betekenis"],
    subtender.beoordelingsschaal.map((s) => [String(s.score), esc(s.omschrijving)]),
    { numeric: [0], widths: ["12%", "88%"] },
  );
}

/** The highest score on the scale (10 when the subtender has no scale). */
export const maxScore = (subtender: Subtender) => Math.max(...(subtender.beoordelingsschaal ?? [{ score: 10 }]).map((s) => s.score));

/** How criterion scores become a ranking and fill a lot's contractor count; generated so it always matches the weights. */
export function rankingText(subtender: Subtender, hasSubLots: boolean): string {
  const max = maxScore(subtender);
  return `<p>Per criterium stelt de beoordelingscommissie een score vast op de beoordelingsschaal (0 tot en met ${max}). De score telt mee naar verhouding van de weging: de bijdrage van een criterium is de score gedeeld door ${max}, maal de weging. De totaalscore is de som van die bijdragen; het maximum is 100 punten.</p>
<p>Per ${hasSubLots ? "perceel en subperceel" : "perceel"} rangschikken wij de inschrijvingen van de hoogste naar de laagste totaalscore. De inschrijvers met de hoogste totaalscores krijgen het perceel gegund, tot het aantal contractanten van dat perceel is bereikt.</p>`;
}

/** The default tie-break; a `teksten/` chapter with the id `gelijke-scores` replaces it (see tieBreakSection). */
const TIE_BREAK = `<p>Hebben twee of meer inschrijvers op de grens van het aantal contractanten dezelfde totaalscore, dan gaat de inschrijver met de hoogste score op het criterium met de grootste weging voor. Is ook die score gelijk, dan kijken wij naar het criterium met de op één na grootste weging, enzovoort. Blijven de inschrijvingen gelijk, dan beslist loting in aanwezigheid van een notaris.</p>`;

/**
 * The tie-break rule as a section: the authors' own chapter `gelijke-scores`
 * when there is one (its title and text), else the default rule. One place,
 * so the leidraad and the subtender attachments never state different rules.
 */
export function tieBreakSection(chapters: Chapter[]): Section {
  const own = chapters.find((c) => c.id === TIE_BREAK_CHAPTER);
  return own
    ? { title: own.titel, anchor: "s-gunning-gelijk", body: (r) => r.md(own.markdown) }
    : { title: "Gelijke scores", anchor: "s-gunning-gelijk", body: () => TIE_BREAK };
}

export const TIE_BREAK_CHAPTER = "gelijke-scores";
