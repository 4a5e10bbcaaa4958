import { AGREEMENT_ARTICLE_IDS } from "../content/agreement-articles.ts";
import { closest } from "../diagnostics/suggest.ts";
import type { Model } from "../model/types.ts";
import { templateIdsIn, templatePath, type TemplateKind } from "../templates/load.ts";
import { TemplateError } from "../templates/template-error.ts";
import { articleText, DATA_ARTICLE_TEMPLATE_IDS } from "./agreement/articles.ts";
import { leidraadText } from "./bestek/provisions.ts";
import { leidraadProvisions } from "../load/provisions.ts";
import { lookup } from "../model/lookup.ts";
import { partSource, TEXT_PART_IDS } from "../templates/parts.ts";
import { entryText, sameEndDate } from "../wording/admission.ts";
import { agreementFacts, noVolumeGuaranteeText } from "../wording/agreement.ts";
import { defaultTieBreak, planRule, rankingRules } from "../wording/award-rules.ts";
import { phaseSentences } from "../wording/phases.ts";
import { procedureSummary } from "../views/subtender.ts";
import { precedenceText } from "../wording/nota.ts";

const EXPECTED: Record<Exclude<TemplateKind, "leidraad">, readonly string[]> = { overeenkomst: [...AGREEMENT_ARTICLE_IDS, ...DATA_ARTICLE_TEMPLATE_IDS], gunning: ["brief", "proces-verbaal"], tekstdelen: TEXT_PART_IDS };

/**
 * Fills in every template with this tender's facts (every leidraad text, every
 * article for every subtender), whether or not the documents print it, so a
 * broken template stops the build before anything is written, with its
 * `templates/…:line` message. A file in `templates/` that belongs to no
 * standard text is a mistake too (a misspelt id would silently never print);
 * in `templates/leidraad/` it is one unless it says where it stands, as an
 * added provision (src/load/provisions.ts reports both).
 */
export function checkTemplates(model: Model): void {
  const provisions = leidraadProvisions();
  for (const kind of ["overeenkomst", "tekstdelen"] as const) {
    for (const id of templateIdsIn(kind)) {
      if (!EXPECTED[kind].includes(id)) {
        const guess = closest(id, EXPECTED[kind]);
        throw new TemplateError(templatePath(kind, id), 1, `geen standaardtekst heeft het id \`${id}\`${guess ? `; bedoelde u \`${guess}\`?` : ""}`);
      }
    }
  }
  checkTextParts(model);
  const L = lookup(model);
  for (const id of provisions.templateIds) leidraadText(L, id);
  for (const s of model.subtenders) for (const id of [...AGREEMENT_ARTICLE_IDS, ...DATA_ARTICLE_TEMPLATE_IDS]) articleText(L, s, id);
}

/**
 * The text parts (templates/tekstdelen/) the site's pages use as well, filled
 * in for every subtender in each wording, so a broken part stops the build
 * here, with its line, and not halfway through the site. The parts only the
 * documents use are filled in when the documents are made, before anything
 * is written.
 */
function checkTextParts(model: Model): void {
  for (const id of TEXT_PART_IDS) partSource(id);
  defaultTieBreak();
  sameEndDate();
  precedenceText("de aanbestedingsleidraad");
  for (const voice of ["wij", "opdrachtgever"] as const) {
    agreementFacts(model.tender, voice);
    for (const budgets of [true, false]) noVolumeGuaranteeText(budgets, voice);
  }
  for (const s of model.subtenders) {
    procedureSummary(s);
    phaseSentences(s);
    entryText(s, "leidraad");
    entryText(s, "overeenkomst");
    for (const subLots of [true, false]) {
      rankingRules(s, subLots);
      planRule(s, subLots);
    }
  }
}
