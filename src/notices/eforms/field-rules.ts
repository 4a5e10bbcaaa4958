/**
 * The subtype-20 rules we can check from the SDK's fields.json (vendored as
 * fields-20.json): every field mandatory for subtype 20 without a condition is
 * present (in every instance of its nearest repeatable node), no field
 * forbidden for subtype 20 without a condition appears, and every value that
 * is present matches its pattern and, when we vendor its code list, a code of
 * that list. Conditional rules (EFX expressions) are the schematron's.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { codeList } from "../../content/eforms-code-lists.ts";
import { SDK_DIR } from "./sdk.ts";
import { parseXml, type Node } from "./xml-parse.ts";
import { UnsupportedXPath, evaluate, lineOf, stringValue, type Item } from "./xpath.ts";

interface Rule { value: boolean; constraints: { condition?: string; value: unknown }[] }
export interface FieldDef {
  id: string; btId: string; name: string; parentNodeId: string; xpathAbsolute: string; type: string;
  pattern?: string; codeList?: string; mandatory?: Rule; forbidden?: Rule;
}
interface NodeDef { id: string; parentId?: string; xpathAbsolute: string; repeatable: boolean }

/** The notice subtypes whose field rules are vendored: 20 (contract notice), 33 (award notice, `npm run gunning`). */
export type Subtype = "20" | "33";

const sdk = new Map<Subtype, { fields: FieldDef[]; nodes: Map<string, NodeDef> }>();
export function fieldDefinitions(subtype: Subtype = "20") {
  let defs = sdk.get(subtype);
  if (!defs) {
    const raw = JSON.parse(readFileSync(join(SDK_DIR, "fields", `fields-${subtype}.json`), "utf8")) as { fields: FieldDef[]; xmlStructure: NodeDef[] };
    defs = { fields: raw.fields, nodes: new Map(raw.xmlStructure.map((n) => [n.id, n])) };
    sdk.set(subtype, defs);
  }
  return defs;
}

/** True when the rule holds for subtype 20 regardless of other fields. */
const always = (r: Rule | undefined) => {
  if (!r) return false;
  const own = r.constraints.filter((c) => !c.condition);
  return own.length ? own.some((c) => c.value === true) : r.value === true && r.constraints.length === 0;
};

/** Our code-list ids → the vendored subset that holds the codes we may use. */
const CODE_LIST_FILES: Record<string, string> = {
  cpv: "cpv_social-service-cpv", "nuts-lvl3": "nuts_nuts-nld-lvl3", nuts: "nuts_nuts-nld-lvl3",
  language: "language_eu-official-language", "eu-official-language": "language_eu-official-language",
};
function codesOf(id: string): Map<string, string> | undefined {
  const file = CODE_LIST_FILES[id] ?? id;
  return existsSync(join(SDK_DIR, "codelists", `${file}.gc`)) ? codeList(file) : undefined;
}

export interface FieldProblem {
  field: string;
  line?: number;
  message: string;
}

export interface FieldReport {
  problems: FieldProblem[];
  /** Fields whose value we checked against a pattern or code list, or whose presence we checked. */
  checked: number;
  /** Fields whose XPath is beyond our subset: not checked. */
  unsupported: string[];
}

const patterns = new Map<string, RegExp>();
const patternOf = (p: string) => {
  let re = patterns.get(p);
  if (!re) patterns.set(p, (re = new RegExp(p, "u")));
  return re;
};

/** Nearest repeatable node of a field (or the root). */
function repeatableAncestor(f: FieldDef, subtype: Subtype): NodeDef | undefined {
  const { nodes } = fieldDefinitions(subtype);
  for (let n = nodes.get(f.parentNodeId); n; n = n.parentId ? nodes.get(n.parentId) : undefined) if (n.repeatable) return n;
  return undefined;
}

/** Checks a notice (XML text) against the field rules of its subtype: 20 for the contract notice, 33 for the award notice. */
export function checkFieldRules(xml: string, subtype: Subtype = "20"): FieldReport {
  const root: Node = parseXml(xml);
  const problems: FieldProblem[] = [];
  const unsupported: string[] = [];
  let checked = 0;
  for (const f of fieldDefinitions(subtype).fields) {
    const mandatory = always(f.mandatory);
    const forbidden = always(f.forbidden);
    if (!mandatory && !forbidden && !f.pattern && !f.codeList) continue;
    let items: Item[];
    try {
      items = evaluate(f.xpathAbsolute, [], root);
      if (mandatory) {
        const scope = repeatableAncestor(f, subtype);
        if (!scope || !f.xpathAbsolute.startsWith(scope.xpathAbsolute + "/")) {
          if (!items.length) problems.push({ field: f.id, message: `verplicht veld ${f.id} (${f.name}) ontbreekt: ${f.xpathAbsolute}` });
        } else {
          const relative = f.xpathAbsolute.slice(scope.xpathAbsolute.length + 1);
          for (const inst of evaluate(scope.xpathAbsolute, [], root)) {
            if (!evaluate(relative, [inst]).length) problems.push({ field: f.id, line: lineOf(inst), message: `verplicht veld ${f.id} (${f.name}) ontbreekt in ${scope.id} op regel ${lineOf(inst)}: ${relative}` });
          }
        }
      }
    } catch (e) {
      if (e instanceof UnsupportedXPath) {
        unsupported.push(f.id);
        continue;
      }
      throw e;
    }
    checked++;
    if (forbidden && items.length) problems.push({ field: f.id, line: lineOf(items[0]), message: `veld ${f.id} (${f.name}) is verboden in subtype ${subtype} en staat op regel ${lineOf(items[0])}` });
    const pattern = f.pattern ? patternOf(f.pattern) : undefined;
    const codes = f.codeList ? codesOf(f.codeList) : undefined;
    for (const it of items) {
      const v = stringValue(it).trim();
      if (pattern && !pattern.test(v)) problems.push({ field: f.id, line: lineOf(it), message: `veld ${f.id} (${f.name}) op regel ${lineOf(it)}: \`${v}\` past niet in het patroon ${f.pattern}` });
      if (codes && !codes.has(v)) problems.push({ field: f.id, line: lineOf(it), message: `veld ${f.id} (${f.name}) op regel ${lineOf(it)}: \`${v}\` staat niet in codelijst ${f.codeList}` });
    }
  }
  return { problems, checked, unsupported };
}
