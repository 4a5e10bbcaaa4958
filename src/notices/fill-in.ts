/**
 * The team's fill-in sheet: every field we fill in the notice, with its BT id,
 * a Dutch label, the lot it belongs to and the value, for copying into the
 * platform's notice editor. Rendered from NoticeFacts, like the notice itself.
 */
import type { NoticeFacts } from "./facts.ts";
import { CRITERIA_SOURCE, FRAMEWORK, LEGAL_BASIS, NOTICE_SUBTYPE, NOTICE_TYPE, PROCEDURE_TYPE, PROCEDURE_TYPE_MULTI_STAGE, criterionDescription, procedureFeatures, dateAndTime } from "./eforms/contract-notice.ts";
import { formatDate, formatDateTime } from "../format/dates.ts";

export interface FillInRow {
  /** The part of the notice editor the field is in: notice, organisation, procedure, lots group or lot. */
  section: string;
  bt: string;
  label: string;
  /** LOT-0001 / GLO-0001, or empty for the notice and procedure. */
  lot: string;
  value: string;
}

export function fillInRows(f: NoticeFacts): FillInRow[] {
  const rows: FillInRow[] = [];
  let section = "Aankondiging";
  const add = (bt: string, label: string, value: string | number | undefined, lot = "") => {
    if (value !== undefined && value !== "") rows.push({ section, bt, label, lot, value: String(value) });
  };
  add("OPP-070", "Subtype aankondiging", `${NOTICE_SUBTYPE} (${NOTICE_TYPE})`);
  add("BT-02", "Soort aankondiging", `Aankondiging van een opdracht, sociale en andere specifieke diensten (${NOTICE_TYPE})`);
  add("BT-01", "Rechtsgrond", `Richtlijn 2014/24/EU (${LEGAL_BASIS})`);
  add("BT-701", "Identificatie van de aankondiging", f.noticeUuid);
  add("BT-757", "Versie van de aankondiging", "01");
  add("BT-05", "Datum van de aankondiging", formatDate(f.issueDate));
  add("BT-702", "Taal van de aankondiging", "Nederlands (NLD)");
  section = "Organisatie (koper)";
  add("BT-500", "Naam aanbestedende dienst", f.buyer.naam);
  add("BT-501", "KvK-nummer", f.buyer.kvk);
  add("BT-510", "Straat", f.buyer.straat);
  add("BT-512", "Postcode", f.buyer.postcode);
  add("BT-513", "Plaats", f.buyer.plaats);
  add("BT-507", "NUTS-code", f.nuts);
  add("BT-514", "Land", "Nederland (NLD)");
  add("BT-503", "Telefoon", f.buyer.telefoon);
  add("BT-506", "E-mail", f.buyer.email);
  add("BT-505", "Internetadres", f.buyer.website);
  section = "Procedure";
  add("BT-04", "Identificatie van de procedure", f.procedureUuid);
  add("BT-22", "Intern kenmerk", f.kenmerk);
  add("BT-21", "Titel", f.title);
  add("BT-24", "Beschrijving", f.description);
  add("BT-262", "Hoofd-CPV-code", f.cpv);
  add("BT-23", "Aard van de opdracht", "Diensten");
  add("BT-27", "Geraamde waarde (euro excl. btw)", f.value?.toFixed(2));
  add("BT-271", "Maximale waarde van de raamovereenkomsten (euro excl. btw)", f.maximum?.toFixed(2));
  add("BT-5071", "Plaats van uitvoering (NUTS)", f.nuts);
  add("BT-5141", "Land van uitvoering", "Nederland (NLD)");
  add("BT-105", "Soort procedure", f.stages.length ? `Andere procedure in meer fasen (${PROCEDURE_TYPE_MULTI_STAGE})` : `Andere procedure in één fase (${PROCEDURE_TYPE})`);
  add("BT-806", "Bron van de uitsluitingsgronden", `De aanbestedingsstukken (${CRITERIA_SOURCE})`);
  add("BT-88", "Kenmerken van de procedure", procedureFeatures(f));
  for (const g of f.groups) {
    section = `Groep van percelen ${g.noticeId}: ${g.title}`;
    add("BT-330", "Groep van percelen", g.noticeId, g.noticeId);
    add("BT-1375", "Percelen in de groep", g.lotIds.join(", "), g.noticeId);
    add("BT-21", "Titel", g.title, g.noticeId);
    add("BT-27", "Geraamde waarde (euro excl. btw)", g.value?.toFixed(2), g.noticeId);
    add("BT-271", "Maximale waarde van de raamovereenkomsten (euro excl. btw)", g.maximum?.toFixed(2), g.noticeId);
  }
  for (const l of f.lots) {
    section = `Perceel ${l.noticeId}: ${l.title}`;
    add("BT-137", "Perceel", l.noticeId, l.noticeId);
    add("BT-22", "Intern kenmerk perceel", l.internalId, l.noticeId);
    add("BT-21", "Titel", l.title, l.noticeId);
    add("BT-24", "Beschrijving", l.description, l.noticeId);
    add("BT-23", "Aard van de opdracht", "Diensten", l.noticeId);
    add("BT-262", "Hoofd-CPV-code", l.cpv, l.noticeId);
    add("BT-5071", "Plaats van uitvoering (NUTS)", f.nuts, l.noticeId);
    add("BT-5141", "Land van uitvoering", "Nederland (NLD)", l.noticeId);
    add("BT-27", "Geraamde waarde (euro excl. btw)", l.value?.toFixed(2), l.noticeId);
    add("BT-271", "Maximale waarde van de raamovereenkomst (euro excl. btw)", l.maximum?.toFixed(2), l.noticeId);
    add("BT-36", "Looptijd (maanden)", f.durationMonths, l.noticeId);
    if (f.renewalDescription) {
      add("BT-58", "Maximaal aantal verlengingen", f.renewals.length, l.noticeId);
      add("BT-57", "Beschrijving verlengingen", f.renewalDescription, l.noticeId);
    }
    add("BT-765", "Raamovereenkomst", `Raamovereenkomst zonder nieuwe mededinging (${FRAMEWORK})`, l.noticeId);
    add("BT-113", "Maximaal aantal deelnemers aan de raamovereenkomst", l.contractors, l.noticeId);
    for (const c of l.criteria) {
      add("BT-539", "Soort gunningscriterium", "Kwaliteit", l.noticeId);
      add("BT-734", "Naam gunningscriterium", c.naam, l.noticeId);
      add("BT-5421", `Soort weging ${c.naam}`, "Percentage, exact (per-exa)", l.noticeId);
      add("BT-541", `Weging ${c.naam}`, c.weging, l.noticeId);
      add("BT-540", `Omschrijving ${c.naam}`, criterionDescription(c), l.noticeId);
    }
    add("BT-71", "Voorbehouden deelname", "Geen (none)", l.noticeId);
    add("BT-736", "Voorbehouden uitvoering", "Nee (no)", l.noticeId);
    add("BT-821", "Bron van de selectiecriteria", `De aanbestedingsstukken (${CRITERIA_SOURCE})`, l.noticeId);
    add(f.stages.length ? "BT-1311" : "BT-131", f.stages.length ? "Uiterste datum en tijd verzoeken tot deelneming" : "Uiterste datum en tijd inschrijving", f.deadline && formatDateTime(`${f.deadline.slice(0, 10)}T${dateAndTime(f.deadline).time.slice(0, 5)}`), l.noticeId);
    add("BT-97", "Taal van de inschrijving", "Nederlands (NLD)", l.noticeId);
  }
  return rows;
}

const cell = (s: string) => (/[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The sheet as CSV with a semicolon (what Dutch spreadsheet settings open directly), UTF-8 with BOM. */
export function fillInCsv(rows: FillInRow[]): string {
  const lines = [["BT", "Veld", "Perceel", "Waarde"], ...rows.map((r) => [r.bt, r.label, r.lot, r.value])];
  return "\uFEFF" + lines.map((l) => l.map(cell).join(";")).join("\r\n") + "\r\n";
}
