import { formatEuro } from "../../format/money.ts";
import type { Product } from "../../model/types.ts";
import { dutchList, esc, facts } from "../html.ts";
import { DURATION_UNIT, EDUCATION_LABEL, FUNDING_LABEL, UNIT_LABEL } from "../labels.ts";
import type { Lookup } from "../lookup.ts";
import type { Renderer } from "../render-context.ts";
import { lotLabel } from "./lots.ts";

function tariff(p: Product): string {
  const b = p.bekostiging;
  const per = b.eenheid === "euro" ? (b.frequentie && b.frequentie !== "totaal" ? ` per ${b.frequentie}` : " (totaalbedrag)") : ` per ${UNIT_LABEL[b.eenheid]}`;
  return `${formatEuro(b.tarief)}${per} (tariefjaar ${b.tariefjaar})`;
}

function funding(p: Product, r: Renderer): string {
  const b = p.bekostiging;
  const frequency = b.eenheid !== "euro" && b.frequentie ? `, ${UNIT_LABEL[b.eenheid]} per ${b.frequentie}` : "";
  return `${FUNDING_LABEL[b.vorm]}${frequency}${b.toelichting ? `<div class="note">${r.inline(b.toelichting)}</div>` : ""}`;
}

function staff(p: Product, r: Renderer): string {
  const reg = p.personeel.registratie?.length ? `; registratie ${dutchList(p.personeel.registratie.map((x) => x.toUpperCase()))}` : "";
  return `minimaal ${EDUCATION_LABEL[p.personeel.minimaal_opleidingsniveau]}${reg}${p.personeel.toelichting ? `<div class="note">${r.inline(p.personeel.toelichting)}</div>` : ""}`;
}

/** The productenboek facts of one product, in the order the website shows them. */
export function productFacts(L: Lookup, p: Product, r: Renderer): string {
  const duration = p.maximale_duur && `${p.maximale_duur.waarde} ${DURATION_UNIT[p.maximale_duur.eenheid][p.maximale_duur.waarde === 1 ? 0 : 1]} (maximum)`;
  return [
    facts([
      ["Productcategorie", esc(p.productcategorie)],
      ["Productcode", p.productcode && esc(p.productcode)],
      ["Omschrijving", r.inline(p.omschrijving)],
      ["Doelgroep", r.inline(p.doelgroep)],
      ["Resultaat", p.resultaat && r.inline(p.resultaat)],
      ["Personeel", staff(p, r)],
      ["Groepsgrootte", p.groepsgrootte_max !== undefined ? `ten hoogste ${p.groepsgrootte_max}` : undefined],
      ["Maximale duur", duration],
      ["Bekostiging", funding(p, r)],
      ["Tarief", tariff(p)],
      ["Leveringsvoorwaarden", p.leveringsvoorwaarden?.length ? p.leveringsvoorwaarden.map((id) => r.link("eis", id, L.requirement(id).titel)).join("; ") : undefined],
      ["Niet te combineren met", p.niet_stapelbaar_met?.length ? p.niet_stapelbaar_met.map((id) => r.link("product", id, L.product(id).naam)).join(", ") : undefined],
      ["Percelen", p.lotIds.length ? p.lotIds.map((id) => r.link("perceel", id, lotLabel(L.lot(id)))).join("; ") : "niet in een perceel opgenomen"],
    ]),
  ].join("");
}
