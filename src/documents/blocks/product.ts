import { formatCategory, formatDuration, formatLevel, formatRegisters, formatTariff, FUNDING_FORM } from "../../format/funding.ts";
import { keepAmountsTogether } from "../../format/money.ts";
import type { Product } from "../../model/types.ts";
import { esc, facts } from "../html.ts";
import type { Lookup } from "../lookup.ts";
import type { Renderer } from "../render-context.ts";
import { lotLabel } from "./lots.ts";

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
  const duration = p.maximale_duur && formatDuration(p.maximale_duur);
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
      ["Voorwaarde voor", p.requiredByLotIds.length ? `wie ${p.requiredByLotIds.map((id) => r.link("perceel", id, lotLabel(L.lot(id)))).join(" of ")} gegund wil krijgen, moet ook voor dit product gecontracteerd zijn` : undefined],
    ]),
  ].join("");
}
