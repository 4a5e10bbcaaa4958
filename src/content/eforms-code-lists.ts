/**
 * The eForms code lists (genericode files of the vendored SDK 1.15.1 in
 * vendor/eforms-sdk-1.15.1/codelists/): code → Dutch label. Read once per
 * process. Validation uses the Dutch NUTS-3 list and the social-services CPV
 * list; the notice generator and its checks use the rest.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../project-root.ts";

const CODE_LIST_DIR = join(PROJECT_ROOT, "vendor", "eforms-sdk-1.15.1", "codelists");
const cache = new Map<string, Map<string, string>>();

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** Code → Dutch label (or the English name when there is no Dutch one) of a vendored code list, by its file name without .gc. */
export function codeList(name: string): Map<string, string> {
  let list = cache.get(name);
  if (!list) {
    list = new Map();
    const text = readFileSync(join(CODE_LIST_DIR, `${name}.gc`), "utf8");
    for (const row of text.matchAll(/<Row>([\s\S]*?)<\/Row>/g)) {
      const values = new Map<string, string>();
      for (const v of row[1].matchAll(/<Value ColumnRef="([^"]+)">\s*<SimpleValue>([^<]*)<\/SimpleValue>/g)) values.set(v[1], unescape(v[2].trim()));
      const code = values.get("code");
      if (code) list.set(code, values.get("nld_label") ?? values.get("Name") ?? values.get("eng_label") ?? code);
    }
    cache.set(name, list);
  }
  return list;
}

/** The Dutch NUTS-3 regions (NL112 Delfzijl en omgeving, ..., NL213 Twente, ...). */
export const dutchNuts3 = () => codeList("nuts_nuts-nld-lvl3");
/** CPV codes of the social and other specific services (Directive 2014/24/EU, annex XIV). */
export const socialServiceCpv = () => codeList("cpv_social-service-cpv");
/** A CPV code as the code lists write it: eight digits, without the check digit. */
export const cpvWithoutCheckDigit = (cpv: string) => cpv.replace(/-\d$/, "");
/** The main CPV code when `aankondiging.cpv` is absent: 85311300, welfare services for children and young people. */
export const DEFAULT_CPV = "85311300";
