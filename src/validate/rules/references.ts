import { error, warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { attachmentKind } from "../../content/attachment-kinds.ts";
import { locate, type DataPath } from "../../load/locate.ts";
import type { YamlSource } from "../../load/source.ts";
import type { EntityKind } from "../../content/entity-kinds.ts";
import { checkReferences } from "../references.ts";
import type { Rule } from "../rule.ts";

/** Rule 2: every id reference in the YAML files resolves. */
export const references: Rule = {
  name: "verwijzingen",
  check(index, table) {
    const out: Diagnostic[] = [];
    const refs = (kind: EntityKind, ids: string | string[] | undefined, source: YamlSource, path: DataPath) =>
      out.push(...checkReferences(kind, ids, source, path, table, index));
    /**
     * A lot's (or sub-lot's) conditions name other products and lots. One that
     * names the lot itself, its own parent or sub-lot, or a product it offers is
     * met by bidding on the lot: it says nothing, and would make the lot a
     * prerequisite of itself on every product page.
     */
    type Conditions = { vereist_product?: string; vereist_perceel?: string }[] | undefined;
    const conditions = (list: Conditions, lotPath: DataPath, self: { label: string; products: string[]; family: string[] }, source: YamlSource) =>
      list?.forEach((v, k) => {
        const path = [...lotPath, "voorwaarden", k];
        refs("product", v.vereist_product, source, [...path, "vereist_product"]);
        refs("perceel", v.vereist_perceel, source, [...path, "vereist_perceel"]);
        if (v.vereist_perceel && self.family.includes(v.vereist_perceel)) {
          const what = v.vereist_perceel === self.family[0] ? "zichzelf" : `\`${v.vereist_perceel}\`, een deel van hetzelfde perceel`;
          out.push(error(locate(source, [...path, "vereist_perceel"]), "perceel-vereist-zichzelf", `${self.label} vereist ${what}; een voorwaarde noemt een ander perceel, waarvoor de inschrijver ook gecontracteerd moet zijn`));
        }
        if (v.vereist_product && self.products.includes(v.vereist_product)) {
          out.push(error(locate(source, [...path, "vereist_product"]), "perceel-vereist-eigen-product", `${self.label} biedt product \`${v.vereist_product}\` zelf aan en kan het dus niet als voorwaarde stellen; een voorwaarde noemt een product buiten dit perceel`));
        }
      });
    if (index.tender) {
      const { source, data } = index.tender;
      refs("eis", data.hoofdtender.eisen, source, ["hoofdtender", "eisen"]);
      refs("subtender", data.subtenders, source, ["subtenders"]);
      data.bijlagen?.forEach((b, i) => {
        if (b.inhoud === undefined) return;
        const kind = attachmentKind(b.inhoud);
        if (kind && "subtender" in kind) refs("subtender", kind.subtender, source, ["bijlagen", i, "inhoud"]);
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
        const subProducts = (lot.subpercelen ?? []).flatMap((sub) => sub.producten);
        const family = [lot.id, ...(lot.subpercelen ?? []).map((sub) => sub.id)];
        conditions(lot.voorwaarden, ["percelen", i], { label: `perceel ${lot.nummer}`, products: [...(lot.producten ?? []), ...subProducts], family }, source);
        lot.subpercelen?.forEach((sub, j) => {
          refs("product", sub.producten, source, ["percelen", i, "subpercelen", j, "producten"]);
          conditions(sub.voorwaarden, ["percelen", i, "subpercelen", j], { label: `subperceel ${sub.nummer}`, products: sub.producten, family: [sub.id, lot.id] }, source);
        });
      });
    }
    return out;
  },
};
