/**
 * XSD validation of an eForms notice against the vendored SDK schemas, with
 * libxml2's xmllint compiled to WebAssembly (xmllint-wasm: no native build,
 * no network). The schema files are read once per process.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";
import { SDK_DIR } from "./sdk.ts";

export interface XsdProblem {
  line: number | undefined;
  message: string;
}

type File = { fileName: string; contents: string };
let preloaded: File[] | undefined;
const mains = new Map<string, File>();

/** The root schemas of the notices we write: the contract notice (subtype 20) and the award notice (subtype 33). */
export type NoticeRoot = "ContractNotice" | "ContractAwardNotice";

function schemas(root: NoticeRoot) {
  const common = join(SDK_DIR, "schemas", "common");
  preloaded ??= readdirSync(common).map((f) => ({ fileName: `common/${f}`, contents: readFileSync(join(common, f), "utf8") }));
  // The main schema imports "../common/X.xsd"; xmllint resolves that against the main file's name.
  let main = mains.get(root);
  if (!main) mains.set(root, (main = { fileName: `maindoc/UBL-${root}-2.3.xsd`, contents: readFileSync(join(SDK_DIR, "schemas", "maindoc", `UBL-${root}-2.3.xsd`), "utf8") }));
  return { main, preload: preloaded };
}

/** The XSD errors of a notice (a ContractNotice unless `root` says otherwise); empty when it is valid. */
export async function validateAgainstXsd(xml: string, root: NoticeRoot = "ContractNotice"): Promise<XsdProblem[]> {
  const { main, preload } = schemas(root);
  const result = await validateXML({ xml: [{ fileName: "notice.xml", contents: xml }], schema: [main], preload, maxMemoryPages: 4096 });
  if (result.valid) return [];
  const problems = result.errors.map((e) => ({ line: e.loc?.lineNumber, message: e.message.trim() }));
  return problems.length ? problems : [{ line: undefined, message: result.rawOutput.trim() || "onbekende fout van xmllint" }];
}
