import { error, warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import type { Rule } from "../rule.ts";

/** Domains reserved for examples (RFC 2606 and the Dutch habit of example.nl): never a buyer's. */
const EXAMPLE_DOMAIN = /(^|\.)example\.(nl|com|org|net)$/i;

/** Dutch area codes of two digits (after the 0); every other fixed-line area code has three. */
const TWO_DIGIT_AREA = new Set(["10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45", "46", "50", "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79"]);

/** The domain of an e-mail address or a web address, or undefined. */
function domainOf(value: string): string | undefined {
  const mail = /@([^@\s>]+)$/.exec(value.trim());
  if (mail) return mail[1];
  const web = /^(?:https?:\/\/)?([^/:?#\s]+)/i.exec(value.trim());
  return web?.[1];
}

/**
 * A phone number whose subscriber part is only zeros, such as "+31 10 000 0000"
 * or "0596 000000": what is left after the country code (+31, 0031 or the
 * trunk 0) and the area code (two or three digits, 6 for a mobile number).
 * A foreign number is read by its groups: the country code and the area code
 * are its first two.
 */
export function isPlaceholderPhone(phone: string): boolean {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, "");
  if (!digits) return false;
  let national: string;
  if (trimmed.startsWith("+") || digits.startsWith("00")) {
    const international = digits.replace(/^00/, "");
    if (!international.startsWith("31")) {
      const groups = trimmed.replace(/^\+|^00/, "").split(/[\s-]+/).filter(Boolean);
      const rest = groups.slice(2).join("").replace(/\D/g, "");
      return rest.length > 0 && /^0+$/.test(rest);
    }
    // "+31 (0)10 …" keeps the trunk 0 in brackets.
    national = international.slice(2).replace(/^0/, "");
  } else national = digits.replace(/^0/, "");
  const area = national.startsWith("6") ? 1 : TWO_DIGIT_AREA.has(national.slice(0, 2)) ? 2 : 3;
  const subscriber = national.slice(area);
  return subscriber.length > 0 && /^0+$/.test(subscriber);
}

/**
 * Placeholders where the buyer's own data belongs: an e-mail or web address
 * at example.nl, example.com, example.org (or example.net), and a phone
 * number of only zeros after the country and area code. In a `definitief`
 * tender they are published to every bidder and in the EU notice: an error;
 * in a `concept` a warning. With `aankondiging`, the open data (OCDS) needs the
 * publisher's registered ocid prefix; without `aankondiging.ocid_prefix` the
 * release carries the placeholder prefix: a warning at `aankondiging`.
 */
export const placeholders: Rule = {
  name: "plaatshouders in plaats van echte gegevens",
  check(index) {
    if (!index.tender) return [];
    const { source, data } = index.tender;
    const out: Diagnostic[] = [];
    const final = data.status === "definitief";
    const report = final ? error : warning;
    const consequence = final
      ? "een definitieve aanbesteding publiceert dit aan alle inschrijvers en in de EU-aankondiging"
      : "voordat de aanbesteding definitief wordt, moet hier het echte gegeven staan; in een definitieve aanbesteding is dit een fout";
    const contact = data.aanbestedende_dienst.contact;
    for (const field of ["email", "website"] as const) {
      const value = contact?.[field];
      const domain = value ? domainOf(value) : undefined;
      if (!value || !domain || !EXAMPLE_DOMAIN.test(domain)) continue;
      const what = field === "email" ? "e-mailadres" : "website";
      out.push(report(locate(source, ["aanbestedende_dienst", "contact", field]), "plaatshouder-contact", `${what} \`${value}\` van de aanbestedende dienst is een voorbeeldadres (${domain.toLowerCase()}), geen adres van de aanbestedende dienst; ${consequence}: vul het echte ${what === "website" ? "webadres" : "adres, bijvoorbeeld de functionele mailbox van het inkoopteam"} in`));
    }
    const phone = contact?.telefoon;
    if (phone && isPlaceholderPhone(phone)) {
      out.push(report(locate(source, ["aanbestedende_dienst", "contact", "telefoon"]), "plaatshouder-contact", `telefoonnummer \`${phone}\` van de aanbestedende dienst bestaat na het land- en netnummer alleen uit nullen: een plaatshouder, geen nummer; ${consequence}: vul het echte nummer van het inkoopteam in`));
    }
    if (data.aankondiging && data.aankondiging.ocid_prefix === undefined) {
      out.push(warning(locate(source, ["aankondiging"]), "ocid-prefix-ontbreekt", "`aankondiging` staat er, maar zonder `ocid_prefix`: de open data (OCDS) krijgen de plaatshouder `ocds-000000` als prefix van de ocid, zodat niemand ze aan de publicerende organisatie kan koppelen; vraag een eigen prefix aan bij de Open Contracting Partnership en zet het in `aankondiging.ocid_prefix`, bijvoorbeeld `ocds-a1b2c3`"));
    }
    return out;
  },
};
