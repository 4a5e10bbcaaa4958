import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import { criterionQuestionText, QUESTION_TEXT_LIMIT, requirementQuestionText } from "../../markdown/platform-questions.ts";
import type { Rule } from "../rule.ts";

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

const tooLong = (what: string, length: number) =>
  `de vraagtekst van ${what} is ${thousands(length)} tekens lang; het inschrijfplatform neemt als open tekst ten hoogste ${thousands(QUESTION_TEXT_LIMIT)} tekens over (werkmap voor de inrichting), en de werkmap kapt hem daar af. Kort de tekst in, of zet de details in een bijlage en verwijs daarnaar`;

/**
 * Every eis and gunningscriterium becomes a question in the buyer's workbook
 * (src/export/workbook.ts); its question text, as plain text, must fit the
 * platform's limit for open text. Measured with the same functions the
 * workbook uses.
 */
export const questionLength: Rule = {
  name: "lengte van de vraagtekst",
  check(index) {
    const out: Diagnostic[] = [];
    if (index.requirements) {
      const { source, data } = index.requirements;
      data.forEach((r, i) => {
        const length = requirementQuestionText(r).length;
        if (length > QUESTION_TEXT_LIMIT) out.push(warning(locate(source, [i, "tekst"]), "vraagtekst-te-lang", tooLong(`eis \`${r.id}\``, length)));
      });
    }
    for (const { source, data } of index.subtenders) {
      const sets = [{ criteria: data.gunningscriteria, path: ["gunningscriteria"] as (string | number)[] }];
      data.percelen.forEach((lot, j) => sets.push({ criteria: lot.gunningscriteria, path: ["percelen", j, "gunningscriteria"] }));
      for (const { criteria, path } of sets) {
        criteria?.forEach((c, k) => {
          const length = criterionQuestionText(c).length;
          if (length > QUESTION_TEXT_LIMIT) out.push(warning(locate(source, [...path, k, "omschrijving"]), "vraagtekst-te-lang", tooLong(`gunningscriterium \`${c.id}\``, length)));
        });
      }
    }
    return out;
  },
};
