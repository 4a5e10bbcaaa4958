import { AGREEMENT_ARTICLE_IDS } from "../content/agreement-articles.ts";
import { closest } from "../diagnostics/suggest.ts";
import type { Model } from "../model/types.ts";
import { templateIdsIn, templatePath, type TemplateKind } from "../templates/load.ts";
import { TemplateError } from "../templates/template-error.ts";
import { articleText, DATA_ARTICLE_TEMPLATE_IDS } from "./agreement/articles.ts";
import { LEIDRAAD_TEMPLATE_IDS, leidraadText } from "./bestek/provisions.ts";
import { lookup } from "../model/lookup.ts";

const EXPECTED: Record<TemplateKind, readonly string[]> = { leidraad: LEIDRAAD_TEMPLATE_IDS, overeenkomst: [...AGREEMENT_ARTICLE_IDS, ...DATA_ARTICLE_TEMPLATE_IDS], gunning: ["brief", "proces-verbaal"] };

/**
 * Fills in every template with this tender's facts (every leidraad text, every
 * article for every subtender), whether or not the documents print it, so a
 * broken template stops the build before anything is written, with its
 * `templates/…:line` message. A file in `templates/` that belongs to no
 * standard text is a mistake too (a misspelt id would silently never print).
 */
export function checkTemplates(model: Model): void {
  for (const kind of ["leidraad", "overeenkomst"] as const) {
    for (const id of templateIdsIn(kind)) {
      if (!EXPECTED[kind].includes(id)) {
        const guess = closest(id, EXPECTED[kind]);
        throw new TemplateError(templatePath(kind, id), 1, `geen standaardtekst heeft het id \`${id}\`${guess ? `; bedoelde u \`${guess}\`?` : ""}`);
      }
    }
  }
  const L = lookup(model);
  for (const id of LEIDRAAD_TEMPLATE_IDS) leidraadText(L, id);
  for (const s of model.subtenders) for (const id of [...AGREEMENT_ARTICLE_IDS, ...DATA_ARTICLE_TEMPLATE_IDS]) articleText(L, s, id);
}
