/**
 * What the EU notice (eForms subtype 20) needs of the buyer beyond the rest of the
 * data: BT-501 KvK number, BT-512 postcode, BT-513 city, BT-503 telephone,
 * BT-506 e-mail and BT-507 NUTS code. One list for the validation rule and the build.
 */
import type { TenderFile } from "./types.generated.ts";

/** The missing fields, as `aanbestedende_dienst` keys (`adres.postcode`), in the order a team writes them. */
export function missingBuyerData(d: TenderFile["aanbestedende_dienst"]): string[] {
  return [
    d.kvk ? undefined : "kvk",
    d.adres?.postcode ? undefined : "adres.postcode",
    d.adres?.plaats ? undefined : "adres.plaats",
    d.contact?.telefoon ? undefined : "contact.telefoon",
    d.contact?.email ? undefined : "contact.email",
    d.nuts ? undefined : "nuts",
  ].filter((x): x is string => x !== undefined);
}

/** "`kvk`, `adres.postcode` en `nuts`" */
export const fieldList = (fields: string[]) =>
  fields.length === 1 ? `\`${fields[0]}\`` : `${fields.slice(0, -1).map((f) => `\`${f}\``).join(", ")} en \`${fields[fields.length - 1]}\``;
