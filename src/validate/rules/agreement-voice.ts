import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { at, locate, nodeAt, type DataPath } from "../../load/locate.ts";
import type { YamlSource } from "../../load/source.ts";
import type { Rule } from "../rule.ts";

/** The leidraad's voice: the buyer as "wij", the bidder as "u". */
const VOICE = /(?<![\p{L}\p{N}])(wij|we|ons|onze|u|uw)(?![\p{L}\p{N}])/iu;

/** Where the word stands inside the value at `path`, else the value's start. */
function wordAt(source: YamlSource, path: DataPath, index: number, word: string) {
  const range = nodeAt(source, path)?.range;
  if (!range) return locate(source, path);
  const raw = source.text.slice(range[0], range[1]);
  // The parsed text and the YAML may differ (folding, quotes): look for the word as a word in the raw text.
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, "iu");
  const found = re.exec(raw);
  return at(source, range[0] + (found ? found.index : Math.min(index, raw.length)));
}

/**
 * A text of the team that the agreements print as well as the leidraad: the
 * agreement speaks of "de opdrachtgever" and "de opdrachtnemer", and a "wij" or
 * "u" there names no party (who is "u" in a contract both sign?). A warning at
 * the word, asking for the neutral form, which reads right in both documents.
 * The texts: `overeenkomst.toelichting` and `overeenkomst.indexatie.toelichting`,
 * a lot's or sub-lot's `toewijzing`, a toelating's `toetreding.toelichting`, and
 * the `tekst` of a leverings- or contractvoorwaarde.
 */
export const agreementVoice: Rule = {
  name: "wij/u in een tekst die ook in de overeenkomst staat",
  check(index) {
    const out: Diagnostic[] = [];
    const report = (source: YamlSource, path: DataPath, text: string | undefined, what: string, where: string) => {
      if (!text) return;
      const m = VOICE.exec(text);
      if (!m) return;
      out.push(
        warning(
          wordAt(source, path, m.index, m[1]),
          "wij-u-in-overeenkomst",
          `${what} staat ook in ${where}, en die spreekt van “de opdrachtgever” en “de opdrachtnemer”; daar zegt “${m[1]}” niet wie er bedoeld is. Schrijf de tekst neutraal, zodat hij in de leidraad en in de overeenkomst goed leest: “de opdrachtgever” in plaats van “wij” of “ons”, “de opdrachtnemer” of “de aanbieder” in plaats van “u”`,
        ),
      );
    };
    if (index.tender) {
      const { source, data } = index.tender;
      const o = data.overeenkomst;
      report(source, ["overeenkomst", "toelichting"], o.toelichting, "`overeenkomst.toelichting`", "elke overeenkomst (artikel Looptijd, verlenging en opzegging)");
      report(source, ["overeenkomst", "indexatie", "toelichting"], o.indexatie?.toelichting, "`overeenkomst.indexatie.toelichting`", "elke overeenkomst (artikel Tarieven, indexatie en betaling)");
    }
    for (const { source, data } of index.subtenders) {
      const agreement = data.procedure === "aanbesteding" ? `de raamovereenkomst van subtender \`${data.id}\`` : `de toelatingsovereenkomst van subtender \`${data.id}\``;
      data.percelen.forEach((lot, i) => {
        report(source, ["percelen", i, "toewijzing"], lot.toewijzing, `de \`toewijzing\` van perceel ${lot.nummer} (\`${lot.id}\`)`, agreement);
        lot.subpercelen?.forEach((sub, j) => report(source, ["percelen", i, "subpercelen", j, "toewijzing"], sub.toewijzing, `de \`toewijzing\` van subperceel ${sub.nummer} (\`${sub.id}\`)`, agreement));
      });
      report(source, ["toetreding", "toelichting"], data.toetreding?.toelichting, "`toetreding.toelichting`", agreement);
    }
    if (index.requirements) {
      const { source, data } = index.requirements;
      data.forEach((q, i) => {
        if (q.soort !== "leveringsvoorwaarde" && q.soort !== "contractvoorwaarde") return;
        report(source, [i, "tekst"], q.tekst, `de \`tekst\` van ${q.soort} \`${q.id}\``, "de overeenkomsten (artikel Leverings- en contractvoorwaarden)");
      });
    }
    return out;
  },
};
