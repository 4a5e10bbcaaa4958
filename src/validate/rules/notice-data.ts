import { error, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import { didYouMean } from "../../diagnostics/suggest.ts";
import { cpvWithoutCheckDigit, dutchNuts3, socialServiceCpv } from "../../content/eforms-code-lists.ts";
import type { YamlSource } from "../../load/source.ts";
import { fieldList, missingBuyerData } from "../../content/notice-requirements.ts";
import type { Rule } from "../rule.ts";

/**
 * The notice data (content model v2) beyond the schemas' shapes: the NUTS code
 * is a Dutch NUTS-3 region, CPV codes are on the eForms list of social and
 * other specific services, estimated values are positive euros with cents at
 * most. The KvK number's eight digits are the schema's pattern.
 */
export const noticeData: Rule = {
  name: "aankondigingsgegevens",
  check(index) {
    const out: Diagnostic[] = [];
    const cpv = (source: YamlSource, path: (string | number)[], value: string | undefined) => {
      if (value === undefined) return;
      const list = socialServiceCpv();
      if (list.has(cpvWithoutCheckDigit(value))) return;
      out.push(error(locate(source, path), "cpv-onbekend", `CPV-code \`${value}\` staat niet op de eForms-lijst van sociale en andere specifieke diensten (SDK 1.15.1)${didYouMean(cpvWithoutCheckDigit(value), list.keys()) || "; de gebruikelijke code voor jeugdhulp is `85311300` (welzijnszorg voor kinderen en jongeren)"}`));
    };
    const value = (source: YamlSource, path: (string | number)[], euros: number | undefined) => {
      if (euros === undefined) return;
      if (euros <= 0) out.push(error(locate(source, path), "geraamde-waarde-niet-positief", `geraamde waarde ${euros} is geen positief bedrag; schrijf de waarde in euro's exclusief btw, bijvoorbeeld 4500000`));
      else if (Math.abs(euros * 100 - Math.round(euros * 100)) > 1e-6) out.push(error(locate(source, path), "geraamde-waarde-decimalen", `geraamde waarde ${euros} heeft meer dan twee decimalen; een bedrag is in euro's en centen`));
    };
    if (index.tender) {
      const { source, data } = index.tender;
      const nuts = data.aanbestedende_dienst.nuts;
      if (nuts !== undefined && !dutchNuts3().has(nuts)) {
        const list = dutchNuts3();
        out.push(error(locate(source, ["aanbestedende_dienst", "nuts"]), "nuts-onbekend", `NUTS-code \`${nuts}\` is geen Nederlandse NUTS-3-regio${didYouMean(nuts, list.keys()) || `; geldig zijn bijvoorbeeld ${[...list].slice(0, 3).map(([k, v]) => `${k} (${v})`).join(", ")}`}`));
      }
      // With `aankondiging` the notice is generated: the buyer's data the eForms notice requires (BT-501, BT-512, BT-513, BT-503, BT-506, BT-507).
      if (data.aankondiging) {
        const d = data.aanbestedende_dienst;
        const missing = missingBuyerData(d);
        if (missing.length) {
          out.push(error(locate(source, ["aanbestedende_dienst"]), "aankondiging-gegevens-ontbreken", `aanbestedende_dienst mist ${fieldList(missing)}; de EU-aankondiging (eForms, vanwege \`aankondiging\`) vraagt die gegevens van de aanbestedende dienst`));
        }
        // Only an aanbesteding has lots in the notice; a tender of toelatingen alone announces nothing (checked when every subtender file is valid).
        if (!index.invalidKinds.has("subtender") && index.subtenders.length && !index.subtenders.some((s) => s.data.procedure === "aanbesteding")) {
          out.push(error(locate(source, ["aankondiging"]), "aankondiging-zonder-aanbesteding", "`aankondiging` staat er, maar geen subtender is een aanbesteding: een toelating is geen overheidsopdracht en komt niet in een EU-aankondiging; haal `aankondiging` weg of voeg een subtender met `procedure: aanbesteding` toe"));
        }
        const phone = d.contact?.telefoon;
        if (phone && !/^((\(\+?[0-9]+\))|\+?[0-9]+)( - |-| )?(((\([0-9]+\))|[0-9]+)( - |-| )?)*([0-9]+)( )?$/.test(phone)) {
          out.push(error(locate(source, ["aanbestedende_dienst", "contact", "telefoon"]), "telefoon-vorm", `telefoonnummer \`${phone}\` heeft niet de vorm die eForms vraagt: cijfers met spaties of streepjes, eventueel met +, bijvoorbeeld "+31 53 000 0000"`));
        }
        const mail = d.contact?.email;
        if (mail && !/^[^\s@]+@([\p{L}\p{N}]([\p{L}\p{N}_-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}]{2,}$/u.test(mail)) {
          out.push(error(locate(source, ["aanbestedende_dienst", "contact", "email"]), "email-vorm", `e-mailadres \`${mail}\` is geen geldig e-mailadres, bijvoorbeeld inkoop@example.nl`));
        }
      }
      cpv(source, ["aankondiging", "cpv"], data.aankondiging?.cpv);
      value(source, ["aankondiging", "geraamde_waarde"], data.aankondiging?.geraamde_waarde);
    }
    for (const { source, data } of index.subtenders) {
      cpv(source, ["cpv"], data.cpv);
      data.percelen.forEach((lot, i) => {
        value(source, ["percelen", i, "geraamde_waarde"], lot.geraamde_waarde);
        lot.subpercelen?.forEach((sub, j) => value(source, ["percelen", i, "subpercelen", j, "geraamde_waarde"], sub.geraamde_waarde));
      });
    }
    return out;
  },
};
