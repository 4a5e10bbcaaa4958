import { formatCategory, formatMaximumDuration, formatLevel, formatRegisters, formatTariff, FUNDING_FORM } from "../../format/funding.ts";
import { keepAmountsTogether } from "../../format/money.ts";
import type { Product } from "../../model/types.ts";
import { esc, facts } from "../html.ts";
import type { Lookup } from "../lookup.ts";
import type { Renderer } from "../render-context.ts";
import { lotLabel } from "./lots.ts";
import { prerequisitesOf } from "../../format/lots.ts";

/** The bekostigingsvorm and, when given, how the tariff is applied. */
function funding(p: Product, r: Renderer): string {
  const b = p.bekostiging;
  return `${FUNDING_FORM[b.vorm]}${b.toelichting ? `<div class="note">${r.inline(b.toelichting)}</div>` : ""}`;
}

function staff(p: Product, r: Renderer): string {
  const reg = p.personeel.registratie?.length ? `; registratie in ${formatRegisters(p.personeel.registratie)}` : "";
  return `minimaal ${formatLevel(p.personeel.minimaal_opleidingsniveau)}${reg}${p.personeel.toelichting ? `<div class="note">${r.inline(p.personeel.toelichting)}</div>` : ""}`;
}

/** The productenboek facts of one product, in the order the website shows them. */
export function productFacts(L: Lookup, p: Product, r: Renderer): string {
  const duration = p.maximale_duur && formatMaximumDuration(p.maximale_duur);
  return [
    facts([
      ["Productcategorie", esc(formatCategory(p.productcategorie))],
      ["Productcode", p.productcode && esc(p.productcode)],
      ["Omschrijving", r.inline(p.omschrijving)],
      ["Doelgroep", r.inline(p.doelgroep)],
      ["Resultaat", p.resultaat && r.inline(p.resultaat)],
      ["Personeel", staff(p, r)],
      ["Groepsgrootte", p.groepsgrootte_max !== undefined ? `ten hoogste ${p.groepsgrootte_max}` : undefined],
      ["Maximale duur", duration],
      ["Bekostiging", funding(p, r)],
      // The same wording as the website and the change overview (src/format/funding.ts).
      ["Tarief", `${keepAmountsTogether(esc(formatTariff(p.bekostiging)))} (tariefjaar ${p.bekostiging.tariefjaar})`],
      ["Leveringsvoorwaarden", p.leveringsvoorwaarden?.length ? p.leveringsvoorwaarden.map((id) => r.link("eis", id, L.requirement(id).titel)).join("; ") : undefined],
      ["Niet te combineren met", p.notCombinableWith.length ? p.notCombinableWith.map((id) => r.link("product", id, L.product(id).naam)).join(", ") : undefined],
      ["Percelen", p.lotIds.length ? p.lotIds.map((id) => r.link("perceel", id, lotLabel(L.lot(id)))).join("; ") : "niet in een perceel opgenomen"],
      ["Voorwaarde voor", prerequisites(L, p, r)],
      ["Voorwaarden van het perceel", lotConditions(L, p, r)],
    ]),
  ].join("");
}

/** The conditions of the lots that offer this product, as the website's product page lists them. */
function lotConditions(L: Lookup, p: Product, r: Renderer): string | undefined {
  const items = p.lotIds.map((id) => L.lot(id)).filter((lot) => lot.voorwaarden.length > 0).map((lot) =>
    `voor ${r.link("perceel", lot.id, lotLabel(lot))}: u moet ook gecontracteerd zijn voor ${lot.voorwaarden.map((v) => (v.vereist_product ? r.link("product", v.vereist_product, `het product ${L.product(v.vereist_product).naam}`) : r.link("perceel", v.vereist_perceel!, lotLabel(L.lot(v.vereist_perceel!))))).join(" en ")}`);
  return items.length ? items.join("; ") : undefined;
}

/** "wie subperceel B4c … gegund wil krijgen, moet ook gecontracteerd zijn voor perceel B1 Pleegzorg, waarin dit product valt" (src/format/lots.ts). */
function prerequisites(L: Lookup, p: Product, r: Renderer): string | undefined {
  const items = prerequisitesOf(p, L.lot).map(({ requiringLotId, viaLotId }) => {
    const who = `wie ${r.link("perceel", requiringLotId, lotLabel(L.lot(requiringLotId)))} gegund wil krijgen`;
    return viaLotId
      ? `${who}, moet ook gecontracteerd zijn voor ${r.link("perceel", viaLotId, lotLabel(L.lot(viaLotId)))}, waarin dit product valt`
      : `${who}, moet ook voor dit product gecontracteerd zijn`;
  });
  return items.length ? items.join("; ") : undefined;
}
