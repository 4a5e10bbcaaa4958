import { error, warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate, type DataPath } from "../../load/locate.ts";
import type { YamlSource } from "../../load/source.ts";
import type { EntityKind } from "../entities.ts";
import { checkReferences } from "../references.ts";
import type { Rule } from "../rule.ts";

/** Rule 2: every id reference in the YAML files resolves. */
export const references: Rule = {
  name: "verwijzingen",
  check(index, table) {
    const out: Diagnostic[] = [];
    const refs = (kind: EntityKind, ids: string | string[] | undefined, source: YamlSource, path: DataPath) =>
      out.push(...checkReferences(kind, ids, source, path, table, index));
    if (index.tender) {
      const { source, data } = index.tender;
      refs("eis", data.hoofdtender.eisen, source, ["hoofdtender", "eisen"]);
      refs("subtender", data.subtenders, source, ["subtenders"]);
      data.bijlagen?.forEach((b, i) => {
        if (b.inhoud.startsWith("subtender:")) refs("subtender", b.inhoud.slice("subtender:".length), source, ["bijlagen", i, "inhoud"]);
      });
      const listed = new Set(data.subtenders);
      for (const sub of index.subtenders) {
        if (!listed.has(sub.data.id)) {
          out.push(warning(locate(sub.source, ["id"]), "subtender-niet-opgenomen", `subtender \`${sub.data.id}\` staat niet in \`subtenders\` van aanbesteding.yaml en verschijnt daardoor nergens; voeg hem daar toe`));
        }
      }
    }
    for (const { source, data } of index.segments) {
      data.producten.forEach((p, i) => {
        refs("eis", p.leveringsvoorwaarden, source, ["producten", i, "leveringsvoorwaarden"]);
        refs("product", p.niet_stapelbaar_met, source, ["producten", i, "niet_stapelbaar_met"]);
        const self = p.niet_stapelbaar_met?.indexOf(p.id) ?? -1;
        if (self >= 0) {
          out.push(error(locate(source, ["producten", i, "niet_stapelbaar_met", self]), "niet-stapelbaar-met-zichzelf", `product \`${p.id}\` staat in zijn eigen \`niet_stapelbaar_met\`; noem daar alleen andere producten`));
        }
      });
    }
    for (const { source, data } of index.subtenders) {
      refs("segment", data.segmenten, source, ["segmenten"]);
      refs("eis", data.eisen, source, ["eisen"]);
      data.percelen.forEach((lot, i) => {
        refs("product", lot.producten, source, ["percelen", i, "producten"]);
        lot.subpercelen?.forEach((sub, j) => refs("product", sub.producten, source, ["percelen", i, "subpercelen", j, "producten"]));
        lot.voorwaarden?.forEach((v, k) => {
          refs("product", v.vereist_product, source, ["percelen", i, "voorwaarden", k, "vereist_product"]);
          refs("perceel", v.vereist_perceel, source, ["percelen", i, "voorwaarden", k, "vereist_perceel"]);
        });
      });
    }
    return out;
  },
};
