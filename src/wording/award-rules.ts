import type { Chapter, Subtender } from "../model/types.ts";
import { DEFAULT_SCALE } from "../content/default-scale.ts";

/**
 * The award rules in words, for every renderer (leidraad, subtender
 * attachments, website), so no two places state them differently. Plain
 * text: renderers escape and wrap it.
 */

type Scale = NonNullable<Subtender["beoordelingsschaal"]>;

export { DEFAULT_SCALE } from "../content/default-scale.ts";

/** The scale that applies: the subtender's own, else the standard scale. */
export const scaleOf = (subtender: Subtender): { scale: Scale; standard: boolean } =>
  subtender.beoordelingsschaal?.length ? { scale: subtender.beoordelingsschaal, standard: false } : { scale: DEFAULT_SCALE, standard: true };

/** The highest score on the scale that applies. */
export const maxScore = (subtender: Subtender) => Math.max(...scaleOf(subtender).scale.map((s) => s.score));

/** How criterion scores become a ranking and fill a lot's contractor count; generated so it always matches the weights. */
export function rankingRules(subtender: Subtender, hasSubLots: boolean): string[] {
  const max = maxScore(subtender);
  const { scale: applied, standard } = scaleOf(subtender);
  const scores = applied.map((s) => s.score);
  // Only the scale's scores can be given (a 3 on a 0/2/4/… scale cannot); say so.
  const scale = `één van de scores ${scores.slice(0, -1).join(", ")} of ${scores[scores.length - 1]} uit de ${standard ? "standaardbeoordelingsschaal" : "beoordelingsschaal"}`;
  return [
    `Per criterium kent de beoordelingscommissie ${scale} toe. De score telt mee naar verhouding van de weging: de bijdrage van een criterium is de score gedeeld door ${max}, maal de weging. De totaalscore is de som van die bijdragen; het maximum is 100 punten.`,
    `Wij ronden scores en bijdragen niet af. Per ${hasSubLots ? "perceel en subperceel" : "perceel"} rangschikken wij de inschrijvingen van de hoogste naar de laagste totaalscore. De inschrijvers met de hoogste totaalscores krijgen het ${hasSubLots ? "perceel of subperceel" : "perceel"} gegund, tot het aantal contractanten ervan is bereikt.`,
  ];
}

/**
 * The page limit of the plan van aanpak and how a criterion's own limit fits
 * in it; undefined when the subtender asks for no plan. Bids are ranked per
 * sub-lot, so a lot with sub-lots asks one plan per sub-lot.
 */
export function planRule(subtender: Subtender, hasSubLots: boolean): string | undefined {
  if (!subtender.plan_van_aanpak) return undefined;
  const per = hasSubLots ? "Per perceel waarop u inschrijft, en bij een perceel met subpercelen per subperceel," : "Per perceel waarop u inschrijft,";
  return `${per} levert u één plan van aanpak van ten hoogste ${subtender.plan_van_aanpak.max_a4} A4; wij beoordelen en rangschikken ieder plan afzonderlijk. Heeft een criterium een eigen maximale omvang, dan geldt die binnen dat totaal voor het deel van het plan over dat criterium. Wat voorbij het maximum staat, beoordelen wij niet.`;
}

/** The id of the `teksten/` chapter that replaces the default tie-break everywhere. */
export const TIE_BREAK_CHAPTER = "gelijke-scores";

export const DEFAULT_TIE_BREAK =
  "Hebben inschrijvers op een perceel dezelfde totaalscore, dan bepalen wij hun volgorde in de hele rangorde, ook voor de opvolging van een inschrijver die afvalt, met de criteria die voor dat perceel gelden: de inschrijver met de hoogste score op het criterium met de grootste weging gaat voor. Is ook die score gelijk, dan kijken wij naar het criterium met de op één na grootste weging, enzovoort; van twee criteria met dezelfde weging telt eerst het criterium dat hoger in de tabel staat. Blijven de inschrijvingen gelijk, dan bepaalt een notaris de volgorde door loting; de betrokken inschrijvers mogen daarbij aanwezig zijn.";

/** The tie-break: the authors' own chapter (title and Markdown) when there is one, else the default rule. */
export function tieBreak(chapters: Chapter[]): { title: string; markdown?: string; text?: string; chapter?: Chapter } {
  const own = chapters.find((c) => c.id === TIE_BREAK_CHAPTER);
  return own ? { title: own.titel, markdown: own.markdown, chapter: own } : { title: "Gelijke scores", text: DEFAULT_TIE_BREAK };
}
