import { error, warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import { AGREEMENT_ARTICLE_IDS, AGREEMENT_CHAPTER_PREFIX, isAgreementChapter } from "../../content/agreement-articles.ts";
import { didYouMean } from "../../diagnostics/suggest.ts";
import type { Rule } from "../rule.ts";

/** Longest term (in months) that can do without an agreed indexation. */
export const MONTHS_WITHOUT_INDEXATION = 12;

/**
 * The agreement: a term (with all extensions) over a year says how the tariffs
 * are indexed; a fixed percentage comes with its percentage, and only then.
 */
export const agreement: Rule = {
  name: "overeenkomst en indexatie",
  check(index) {
    const out: Diagnostic[] = [];
    // A chapter `overeenkomst-<id>` replaces a standard article of the agreement; a typo would silently become a chapter of the leidraad.
    for (const { chapter } of index.chapters) {
      if (!chapter.id.startsWith(AGREEMENT_CHAPTER_PREFIX) || isAgreementChapter(chapter.id)) continue;
      const ids = AGREEMENT_ARTICLE_IDS.map((id) => `${AGREEMENT_CHAPTER_PREFIX}${id}`);
      out.push(error({ file: chapter.path, line: 1, column: 1 }, "onbekend-artikel-overeenkomst", `hoofdstuk \`${chapter.id}\` vervangt geen standaardartikel van de overeenkomst; een hoofdstuk overeenkomst-<id> gebruikt een van ${ids.map((id) => `\`${id}\``).join(", ")}${didYouMean(chapter.id, ids)}`));
    }
    if (!index.tender) return out;
    const { source, data } = index.tender;
    const { looptijd_maanden, verlengingen = [], indexatie } = data.overeenkomst;
    const maximum = looptijd_maanden + verlengingen.reduce((s, v) => s + v, 0);
    if (!indexatie && maximum > MONTHS_WITHOUT_INDEXATION) {
      const parts = verlengingen.length ? ` (${[looptijd_maanden, ...verlengingen].join(" + ")})` : "";
      out.push(warning(locate(source, ["overeenkomst"], "key"), "indexatie-ontbreekt", `de overeenkomst loopt met verlengingen ten hoogste ${maximum} maanden${parts}, maar \`overeenkomst\` heeft geen \`indexatie\`; leg vast hoe de tarieven jaarlijks worden aangepast, bijvoorbeeld \`indexatie: { methode: ova, peildatum: 1 oktober }\` (het OVA-advies), of schrijf \`methode: geen\` als de tarieven de hele looptijd vastliggen`));
    }
    if (indexatie) {
      const path = ["overeenkomst", "indexatie"];
      if (indexatie.percentage !== undefined && indexatie.methode !== "vast-percentage") {
        out.push(error(locate(source, [...path, "percentage"], "key"), "indexatie-percentage-zonder-vast", `indexatie met methode \`${indexatie.methode}\` heeft een \`percentage\`; een percentage hoort alleen bij \`methode: vast-percentage\`: verwijder \`percentage\` of kies die methode`));
      }
      if (indexatie.methode === "vast-percentage" && indexatie.percentage === undefined) {
        out.push(error(locate(source, [...path, "methode"]), "indexatie-percentage-ontbreekt", "indexatie met `methode: vast-percentage` mist het `percentage`; geef het jaarlijkse percentage, bijvoorbeeld `percentage: 2.5`"));
      }
    }
    return out;
  },
};
