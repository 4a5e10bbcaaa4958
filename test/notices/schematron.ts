/**
 * Runs schematron phase `eforms-20` of the vendored eForms SDK 1.15.1 on a notice,
 * with SaxonJS evaluating the rules' XPath 2.0 directly (no XSLT compilation step,
 * so no Java). Schematron semantics as the SDK's rules use them: the variables of
 * the schema and of each pattern, in order; within a pattern a node is checked by
 * the first rule whose context matches it; every failed assert is reported with
 * its id and role (ERROR, WARN).
 *
 * Used by the tests only: a run takes several seconds, too slow for every build.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import SaxonJS from "saxon-js";
import { SDK_DIR } from "../../src/notices/eforms/sdk.ts";

export const PHASE_20 = ["1a", "1b-20", "2a-20", "2b", "3a", "3b", "3b-20", "4-20", "4m", "5", "5m"];

const NS: Record<string, string> = {
  xs: "http://www.w3.org/2001/XMLSchema",
  cbc: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
  cac: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  ext: "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2",
  efac: "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1",
  efext: "http://data.europa.eu/p27/eforms-ubl-extensions/1",
  efbc: "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1",
  can: "urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2",
  cn: "urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2",
  pin: "urn:oasis:names:specification:ubl:schema:xsd:PriorInformationNotice-2",
  fn: "http://www.w3.org/2005/xpath-functions",
};

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const attributes = (s: string) => Object.fromEntries([...s.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1], unescape(m[2] ?? m[3])]));
const ATTRS = `((?:\\s+[\\w-]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*`;

interface Assert { id: string; role: string; test: string }
interface Rule { context: string; asserts: Assert[] }
interface Pattern { id: string; lets: { name: string; value: string }[]; rules: Rule[] }

let patterns: Pattern[] | undefined;
function phase20(): Pattern[] {
  patterns ??= PHASE_20.map((p) => {
    const text = readFileSync(join(SDK_DIR, "schematrons", "static", `validation-stage-${p}.sch`), "utf8");
    const head = text.split(/<rule\b/)[0];
    return {
      id: p,
      lets: [...head.matchAll(new RegExp(`<let${ATTRS}/>`, "g"))].map((m) => attributes(m[1]) as { name: string; value: string }),
      rules: [...text.matchAll(new RegExp(`<rule${ATTRS}>([\\s\\S]*?)</rule>`, "g"))].map((m) => {
        if (/<let\b/.test(m[2])) throw new Error(`variabele in een regel van ${p}: niet ondersteund`);
        return {
          context: attributes(m[1]).context,
          asserts: [...m[2].matchAll(new RegExp(`<assert${ATTRS}>`, "g"))].map((a) => attributes(a[1]) as unknown as Assert),
        };
      }),
    };
  });
  return patterns;
}

export interface SchematronFailure { id: string; role: string }
export interface SchematronReport { asserts: number; failures: SchematronFailure[] }

export async function runPhase20(xml: string): Promise<SchematronReport> {
  const doc = await SaxonJS.getResource({ text: xml, type: "xml" });
  const x = (expr: string, context: unknown, params: Record<string, unknown>) =>
    SaxonJS.XPath.evaluate(expr, context, { namespaceContext: NS, params, resultForm: "array" }) as unknown[];
  // The schema's own variables (complete-validation.sch).
  const schema: Record<string, unknown> = {
    noticeSubType: x("/*/ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efac:NoticeSubType/cbc:SubTypeCode/text()", doc, {})[0],
    isChangeNotice: x("boolean(/*/ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efac:Changes/efbc:ChangedNoticeIdentifier)", doc, {})[0],
  };
  let asserts = 0;
  const failures: SchematronFailure[] = [];
  for (const pattern of phase20()) {
    const params = { ...schema };
    for (const l of pattern.lets) params[l.name] = x(l.value, doc, params);
    const checked = new Set<unknown>();
    for (const rule of pattern.rules) {
      const nodes = x(rule.context.startsWith("/") ? rule.context : `//${rule.context}`, doc, params).filter((n) => !checked.has(n));
      nodes.forEach((n) => checked.add(n));
      for (const a of rule.asserts) {
        asserts++;
        for (const n of nodes) if (!(x(`boolean(${a.test})`, n, params)[0] as boolean)) failures.push({ id: a.id, role: a.role });
      }
    }
  }
  return { asserts, failures };
}
