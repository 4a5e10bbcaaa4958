import { error, warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import { AGREEMENT_ARTICLE_IDS, DATA_ARTICLES, FIRST_NEW_ARTICLE, isStandardArticle, newArticleNumber, standardArticleNumber } from "../../content/agreement-articles.ts";
import type { ContentIndex } from "../../load/content-index.ts";
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
    out.push(...agreementChapters(index.chapters));
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

/**
 * A `teksten/` chapter with `document: overeenkomst` replaces a standard article
 * (by its id) or adds article n (`artikel-<n>`, numbered on after the standard
 * articles without gaps). Anything else would silently be lost: report it.
 */
function agreementChapters(chapters: ContentIndex["chapters"]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const own = chapters.filter(({ front }) => front.data?.document === "overeenkomst");
  const at = (path: string) => ({ file: path, line: 1, column: 1 });
  const added: { n: number; path: string }[] = [];
  for (const { chapter } of own) {
    if (isStandardArticle(chapter.id)) continue;
    const n = newArticleNumber(chapter.id);
    const choices = `een standaardartikel vervangt u met zijn id (${AGREEMENT_ARTICLE_IDS.map((id) => `\`${id}\``).join(", ")}); een nieuw artikel heet \`artikel-${FIRST_NEW_ARTICLE}\`, \`artikel-${FIRST_NEW_ARTICLE + 1}\`, …`;
    if (n === undefined) {
      out.push(error(at(chapter.path), "onbekend-artikel-overeenkomst", `hoofdstuk \`${chapter.id}\` met \`document: overeenkomst\` is geen artikel van de overeenkomst: ${choices}${didYouMean(chapter.id, [...AGREEMENT_ARTICLE_IDS])}`));
    } else if (n <= DATA_ARTICLES) {
      out.push(error(at(chapter.path), "artikel-uit-gegevens", `artikel ${n} van de overeenkomst volgt uit de gegevens van de aanbesteding (artikel 1 tot en met ${DATA_ARTICLES}) en is niet te vervangen; ${choices}`));
    } else if (n < FIRST_NEW_ARTICLE) {
      const id = AGREEMENT_ARTICLE_IDS.find((a) => standardArticleNumber(a) === n)!;
      out.push(error(at(chapter.path), "artikel-is-standaardartikel", `artikel ${n} van de overeenkomst is het standaardartikel \`${id}\`; noem het hoofdstuk \`${id}\` om het te vervangen, of \`artikel-${FIRST_NEW_ARTICLE}\` of hoger voor een nieuw artikel`));
    } else added.push({ n, path: chapter.path });
  }
  // New articles run on from the standard ones: 16, 17, … without a gap.
  added.sort((a, b) => a.n - b.n);
  added.forEach(({ n, path }, i) => {
    const expected = FIRST_NEW_ARTICLE + i;
    if (n !== expected) out.push(error(at(path), "artikelnummer-sluit-niet-aan", `nieuw artikel ${n} van de overeenkomst sluit niet aan: het volgende nieuwe artikel is artikel ${expected}; noem het hoofdstuk \`artikel-${expected}\``));
  });
  return out;
}
