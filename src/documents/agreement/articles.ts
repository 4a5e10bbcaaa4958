import type { ElementContent } from "hast";
import { h } from "hastscript";
import { AGREEMENT_ARTICLE_IDS, type AgreementArticleId } from "../../content/agreement-articles.ts";
import type { Subtender } from "../../model/types.ts";
import { renderStandardText, type StandardText } from "../../templates/load.ts";
import type { Lookup } from "../../model/lookup.ts";
import type { Renderer } from "../render-context.ts";
import { agreementFacts } from "./facts.ts";

/**
 * The standard articles of every agreement, in plain Dutch and our own words.
 * Their text is a template a lawyer edits, `templates/overeenkomst/<id>.md`,
 * filled in with the facts of the subtender (facts.ts). A `teksten/` chapter
 * with that id and `document: overeenkomst` in its front matter replaces its
 * text (index.ts). Where the text makes a choice the inkoopteam should weigh
 * (an insured amount, a period), the template says so in `{% keuze %}`; a
 * concept shows that as a note, a definitive document shows the text only.
 */
export interface StandardArticle {
  id: AgreementArticleId;
  title: string;
  body: (r: Renderer) => ElementContent[];
}

/**
 * The fixed prose of articles 1–8, which follow from the data: a template each
 * (`templates/overeenkomst/<id>.md`), which index.ts puts around the data
 * (tables, lists, the team's toelichting). A team does not replace these: their
 * facts are the tender's data. `opdrachtnemers` is article 4 of a
 * raamovereenkomst, `toelating` that of a toelatingsovereenkomst;
 * `maximale-waarde` is the part of article 5 on the ceilings.
 */
export const DATA_ARTICLE_TEMPLATE_IDS = ["opdrachtnemers", "toelating", "looptijd", "tarieven", "maximale-waarde"] as const;
export type DataArticleTemplateId = (typeof DATA_ARTICLE_TEMPLATE_IDS)[number];

/** `templates/overeenkomst/<id>.md` with the facts of subtender `s` filled in. */
export const articleText = (L: Lookup, s: Subtender, id: AgreementArticleId | DataArticleTemplateId): StandardText => renderStandardText("overeenkomst", id, agreementFacts(L, s));

/** A choice for the team, visible only while the tender is a concept. */
function choiceNote(id: AgreementArticleId, choice: string | undefined, r: Renderer): ElementContent[] {
  if (!choice) return [];
  return [
    h("p.note", [
      h("strong", "Keuze voor het inkoopteam:"),
      " ",
      ...r.view.inline(choice),
      " Een eigen tekst zet u in ",
      h("span.file", "teksten/"),
      " als hoofdstuk ",
      h("span.file", id),
      " met ",
      h("span.file", "document: overeenkomst"),
      ".",
    ]),
  ];
}

/** The standard articles of the agreement of `s`; those a team replaced are left unrendered (index.ts puts the team's text in their place). */
export function standardArticles(L: Lookup, s: Subtender, replaced: (id: AgreementArticleId) => boolean = () => false): StandardArticle[] {
  const concept = L.model.tender.status === "concept";
  return AGREEMENT_ARTICLE_IDS.map((id) => {
    if (replaced(id)) return { id, title: id, body: () => [] };
    const text = articleText(L, s, id);
    return { id, title: text.title, body: (r) => [...r.view.md(text.markdown), ...(concept ? choiceNote(id, text.choice, r) : [])] };
  });
}
