import type { Chapter, Subtender } from "../model/types.ts";
import { DEFAULT_SCALE } from "../content/default-scale.ts";
import { partParagraphs, partText } from "../templates/parts.ts";

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

/** The highest total score: the weights of a subtender's criteria add up to it (rule weights in src/validate). */
export const MAX_TOTAL_SCORE = 100;

/** The highest score on the scale that applies. */
export const maxScore = (subtender: Subtender) => Math.max(...scaleOf(subtender).scale.map((s) => s.score));

/** How criterion scores become a ranking and fill a lot's contractor count; generated so it always matches the weights. */
export function rankingRules(subtender: Subtender, hasSubLots: boolean): string[] {
  const max = maxScore(subtender);
  const { scale: applied, standard } = scaleOf(subtender);
  const scores = applied.map((s) => s.score);
  return partParagraphs("gunning-rangschikking", { scores, standaardschaal: standard, hoogste_score: max, maximum: MAX_TOTAL_SCORE, subpercelen: hasSubLots });
}

/**
 * The page limit of the plan van aanpak and how a criterion's own limit fits
 * in it; undefined when the subtender asks for no plan. Bids are ranked per
 * sub-lot, so a lot with sub-lots asks one plan per sub-lot.
 */
export function planRule(subtender: Subtender, hasSubLots: boolean): string | undefined {
  if (!subtender.plan_van_aanpak) return undefined;
  return partText("gunning-plan-van-aanpak", { max_a4: subtender.plan_van_aanpak.max_a4, subpercelen: hasSubLots });
}

/** The id of the `teksten/` chapter that replaces the default tie-break everywhere. */
export const TIE_BREAK_CHAPTER = "gelijke-scores";

/** The default tie-break (templates/tekstdelen/gunning-gelijke-scores.md), plain text. */
export const defaultTieBreak = (): string => partText("gunning-gelijke-scores", {});

/** The tie-break: the authors' own chapter (title and Markdown) when there is one, else the default rule. */
export function tieBreak(chapters: Chapter[]): { title: string; markdown?: string; text?: string; chapter?: Chapter } {
  const own = chapters.find((c) => c.id === TIE_BREAK_CHAPTER);
  return own ? { title: own.titel, markdown: own.markdown, chapter: own } : { title: "Gelijke scores", text: defaultTieBreak() };
}
