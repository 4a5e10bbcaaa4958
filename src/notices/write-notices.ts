/**
 * Writes the notices of a tender with `aankondiging` into the output:
 * aankondiging/eforms-aankondiging.xml (eForms subtype 20), aankondiging/invulhulp.csv
 * and open-data/ocds-release-package.json. Both documents are validated first
 * (XSD, subtype-20 field rules, OCDS schema); an invalid one stops the build
 * with the validator's messages.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Model } from "../model/types.ts";
import { fieldList, missingBuyerData } from "../content/notice-requirements.ts";
import { noticeFacts } from "./facts.ts";
import { contractNoticeXml } from "./eforms/contract-notice.ts";
import { validateAgainstXsd } from "./eforms/xsd.ts";
import { checkFieldRules } from "./eforms/field-rules.ts";
import { ocdsReleasePackage } from "./ocds/release.ts";
import { validateOcdsPackage } from "./ocds/validate.ts";
import { fillInCsv, fillInRows } from "./fill-in.ts";

export class InvalidNoticeError extends Error {}

export interface NoticeOutput {
  lots: number;
  groups: number;
  fields: number;
}

/** True when the tender asks for the notices (`aankondiging` in aanbesteding.yaml). */
export const wantsNotices = (model: Model) => model.tender.aankondiging !== undefined;

/** The notice XML and the OCDS package, validated; throws InvalidNoticeError with every message. */
export async function buildNotices(model: Model) {
  // Validation checks this at file:line when `aankondiging` is in the data; `build --aankondiging` may ask without it.
  const missing = missingBuyerData(model.tender.aanbestedende_dienst);
  if (missing.length) throw new InvalidNoticeError(`De aankondiging kan niet worden gemaakt: aanbestedende_dienst in aanbesteding.yaml mist ${fieldList(missing)}.`);
  const facts = noticeFacts(model);
  if (!facts.lots.length) throw new InvalidNoticeError("De aankondiging kan niet worden gemaakt: geen subtender is een aanbesteding, en een toelating komt niet in een EU-aankondiging.");
  const xml = contractNoticeXml(facts);
  const ocds = ocdsReleasePackage(facts, model.tender.versie);
  // xmllint runs in a worker thread: let it work while the field rules and the OCDS schema are checked here.
  const xsd = validateAgainstXsd(xml);
  const fields = checkFieldRules(xml).problems;
  const schema = validateOcdsPackage(ocds);
  const problems = [
    ...(await xsd).map((p) => `eforms-aankondiging.xml${p.line ? `:${p.line}` : ""}: ${p.message}`),
    ...fields.map((p) => `eforms-aankondiging.xml${p.line ? `:${p.line}` : ""}: ${p.message}`),
    ...schema.map((p) => `ocds-release-package.json: ${p}`),
  ];
  if (problems.length) throw new InvalidNoticeError(`De aankondiging is ongeldig:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  return { facts, xml, ocds, rows: fillInRows(facts) };
}

export async function writeNotices(model: Model, outDir: string): Promise<NoticeOutput> {
  const { facts, xml, ocds, rows } = await buildNotices(model);
  mkdirSync(join(outDir, "aankondiging"), { recursive: true });
  mkdirSync(join(outDir, "open-data"), { recursive: true });
  writeFileSync(join(outDir, "aankondiging", "eforms-aankondiging.xml"), xml);
  writeFileSync(join(outDir, "aankondiging", "invulhulp.csv"), fillInCsv(rows));
  writeFileSync(join(outDir, "open-data", "ocds-release-package.json"), JSON.stringify(ocds, null, 2) + "\n");
  return { lots: facts.lots.length, groups: facts.groups.length, fields: rows.length };
}
