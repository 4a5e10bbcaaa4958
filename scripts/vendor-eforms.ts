/**
 * Copies what the notices need from the official eForms SDK 1.15.1 and OCDS
 * schemas into vendor/ (maintenance only: builds and tests read vendor/, never
 * the source folder). Usage:
 *   npx tsx scripts/vendor-eforms.ts ../shared/vendor
 *
 * fields/fields.json (2 MB, every business term of every notice subtype) is
 * reduced to fields-20.json and fields-33.json: per field its id, parent node,
 * XPath, type, pattern, code list, and only the mandatory/forbidden constraints
 * that name subtype 20 (the contract notice) or 33 (the award notice, written
 * by `npm run gunning`), plus the XML structure nodes. Everything else is
 * copied unchanged.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const source = process.argv[2];
if (!source) {
  process.stderr.write("gebruik: tsx scripts/vendor-eforms.ts <map met eforms-sdk-1.15.1/ en ocds/>\n");
  process.exit(2);
}
const target = join(import.meta.dirname, "..", "vendor");
const sdk = join(source, "eforms-sdk-1.15.1");
const outSdk = join(target, "eforms-sdk-1.15.1");

/** Code lists the notice uses or its field rules check (src/notices/eforms/field-rules.ts). */
const CODE_LISTS = [
  "award-criterion-type", "contract-nature", "country", "cpv_social-service-cpv", "framework-agreement", "language_eu-official-language",
  "legal-basis", "notice-subtype", "notice-type", "number-weight", "nuts_nuts-nld-lvl3", "procurement-procedure-type", "reserved-procurement",
  "timeperiod_duration-unit", "buyer-legal-type", "main-activity", "usage", "applicability",
  // The award notice (subtype 33).
  "winner-selection-status", "received-submission-type",
];

function copy(from: string, to: string) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

for (const f of ["LICENSE", "VERSION"]) copy(join(sdk, f), join(outSdk, f));
for (const main of ["UBL-ContractNotice-2.3.xsd", "UBL-ContractAwardNotice-2.3.xsd"]) copy(join(sdk, "schemas/maindoc", main), join(outSdk, "schemas/maindoc", main));
for (const f of readdirSync(join(sdk, "schemas/common"))) copy(join(sdk, "schemas/common", f), join(outSdk, "schemas/common", f));
for (const c of CODE_LISTS) copy(join(sdk, "codelists", `${c}.gc`), join(outSdk, "codelists", `${c}.gc`));
for (const example of ["cn-social_24.xml", "can-social_24.xml"]) copy(join(sdk, "examples/notices", example), join(outSdk, "examples/notices", example));
// The patterns of schematron phase eforms-20 (complete-validation.sch lists them per phase).
const PHASE_20 = ["1a", "1b-20", "2a-20", "2b", "3a", "3b", "3b-20", "4-20", "4m", "5", "5m"];
for (const p of PHASE_20) copy(join(sdk, "schematrons/static", `validation-stage-${p}.sch`), join(outSdk, "schematrons/static", `validation-stage-${p}.sch`));
copy(join(sdk, "schematrons/static/complete-validation.sch"), join(outSdk, "schematrons/static/complete-validation.sch"));

interface Constraint { noticeTypes?: string[]; condition?: string; value: unknown; severity: string }
interface Field {
  id: string; parentNodeId: string; name: string; btId: string; xpathAbsolute: string; type: string;
  pattern?: { value: string }; codeList?: { value: { id: string; type?: string; parentId?: string } };
  mandatory?: { value: boolean; constraints?: Constraint[] }; forbidden?: { value: boolean; constraints?: Constraint[] };
  attributeOf?: string;
}
const fields = JSON.parse(readFileSync(join(sdk, "fields/fields.json"), "utf8")) as { sdkVersion: string; xmlStructure: { id: string; parentId?: string; xpathAbsolute: string; repeatable: boolean }[]; fields: Field[] };
for (const subtype of ["20", "33"]) {
const forSubtype = (c?: { value: boolean; constraints?: Constraint[] }) => {
  if (!c) return undefined;
  const cs = (c.constraints ?? []).filter((k) => k.noticeTypes?.includes(subtype)).map((k) => ({ ...(k.condition ? { condition: k.condition } : {}), value: k.value }));
  return c.value || cs.length ? { value: c.value, constraints: cs } : undefined;
};
const subset = {
  source: `eForms SDK 1.15.1, fields/fields.json, reduced to subtype ${subtype} by scripts/vendor-eforms.ts`,
  sdkVersion: fields.sdkVersion,
  xmlStructure: fields.xmlStructure.map(({ id, parentId, xpathAbsolute, repeatable }) => ({ id, parentId, xpathAbsolute, repeatable })),
  fields: fields.fields.map((f) => ({
    id: f.id, btId: f.btId, name: f.name, parentNodeId: f.parentNodeId, xpathAbsolute: f.xpathAbsolute, type: f.type,
    ...(f.attributeOf ? { attributeOf: f.attributeOf } : {}),
    ...(f.pattern ? { pattern: f.pattern.value } : {}),
    ...(f.codeList ? { codeList: f.codeList.value.id } : {}),
    ...(forSubtype(f.mandatory) ? { mandatory: forSubtype(f.mandatory) } : {}),
    ...(forSubtype(f.forbidden) ? { forbidden: forSubtype(f.forbidden) } : {}),
  })),
};
mkdirSync(join(outSdk, "fields"), { recursive: true });
writeFileSync(join(outSdk, `fields/fields-${subtype}.json`), JSON.stringify(subset) + "\n");
}

const ocds = join(source, "ocds");
for (const f of ["LICENSE-ocds-standard", "LICENSE-ocds-eforms-profile", "release-package-schema-1.1.5.json", "release-schema-1.1.5.json", "release-schema-eforms-patched.json"]) {
  copy(join(ocds, f), join(target, "ocds", f));
}
process.stdout.write(`vendor/ bijgewerkt uit ${source}\n`);
