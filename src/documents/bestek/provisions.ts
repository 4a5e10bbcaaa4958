import type { ElementContent } from "hast";
import type { Chapter } from "../../model/types.ts";
import { LEIDRAAD_TEMPLATE_IDS, PROVISION_IDS } from "../../content/standard-chapters.ts";
import { leidraadProvisions } from "../../load/provisions.ts";
import { parseTemplate, renderParsed } from "../../templates/engine.ts";
import { renderStandardText, type StandardText } from "../../templates/load.ts";
import type { Lookup } from "../../model/lookup.ts";
import type { Renderer } from "../render-context.ts";
import { chapterTarget, type Section } from "../section.ts";
import { leidraadFacts } from "./facts.ts";

/**
 * The standard provisions every leidraad has, whatever the authors wrote. Their
 * text is a template a lawyer edits, `templates/leidraad/<id>.md`, filled in
 * with the facts of the tender (facts.ts). A `teksten/` chapter with the same
 * id replaces the template's text (its title and Markdown stand in its place),
 * so a team can word a provision itself without losing its place in the
 * document. The README lists the ids.
 *
 * Texts are plain Dutch in our own words, written for the light regime for
 * social and other specific services (Aanbestedingswet 2012, art. 2.38-2.39)
 * and the Gids Proportionaliteit.
 */

export interface Provision {
  /** The id a `teksten/` chapter uses to replace the default. */
  id: string;
  title: string;
  body: (r: Renderer) => ElementContent[];
}

/** The ids of all standard provisions: a `teksten/` chapter with one of them replaces it instead of standing on its own. */
export { PROVISION_IDS };

/**
 * Every built-in template of the leidraad (src/content/standard-chapters.ts);
 * with the provisions a lawyer added, src/load/provisions.ts.
 */
export { LEIDRAAD_TEMPLATE_IDS };
export type LeidraadTemplateId = (typeof LEIDRAAD_TEMPLATE_IDS)[number];

/** `templates/leidraad/<id>.md` with the tender's facts filled in: a built-in text or an added provision. */
export const leidraadText = (L: Lookup, id: string): StandardText => renderStandardText("leidraad", id, leidraadFacts(L));

/** A provision from its template: the title is the template's heading, the body its Markdown, rendered like a team's own chapter. */
export function provision(L: Lookup, id: string): Provision {
  const text = leidraadText(L, id);
  return { id, title: text.title, body: (r) => r.view.md(text.markdown) };
}

/**
 * The authors' own text of a standard provision, with the placeholders of the
 * template it replaces filled in (`{{ vervaltermijn.laatste_dag | datum }}`):
 * an own text can keep what the law needs without copying a date by hand. A
 * placeholder error is reported at the chapter's file and line.
 */
export function ownProvisionMarkdown(L: Lookup, own: Chapter): string {
  if (!own.markdown.includes("{{") && !own.markdown.includes("{%")) return own.markdown;
  const shown = own.bestand ?? `teksten/${own.id}.md`;
  const before = "\n".repeat(Math.max(0, (own.regel ?? 1) - 1));
  return renderParsed(parseTemplate(before + own.markdown, shown), leidraadFacts(L), shown).markdown.trim();
}

/** A provision as a section: the authors' chapter with the same id when there is one, else the template's text. */
export function provisionSection(provision: Provision, chapters: Chapter[], L?: Lookup): Section {
  const own = chapters.find((c) => c.id === provision.id);
  const anchor = leidraadProvisions().anchor(provision.id);
  return own
    ? { title: own.titel, anchor, targets: [chapterTarget(own)], body: (r) => r.view.md(L ? ownProvisionMarkdown(L, own) : own.markdown) }
    : { title: provision.title, anchor, targets: [{ key: `hoofdstuk:${provision.id}`, label: provision.title }], body: provision.body };
}

/** The provision with `id` where it stands: the template's text, or the authors' chapter that replaces it. */
export const standardSection = (L: Lookup, id: string, chapters: Chapter[]): Section => {
  // The authors' own text stands in the template's place: no need to fill the template in.
  const own = chapters.find((c) => c.id === id);
  return own ? provisionSection({ id, title: own.titel, body: () => [] }, chapters, L) : provisionSection(provision(L, id), chapters);
};
