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

let schemaFiles: { main: { fileName: string; contents: string }; preload: { fileName: string; contents: string }[] } | undefined;

function schemas() {
  if (!schemaFiles) {
    const common = join(SDK_DIR, "schemas", "common");
    // The main schema imports "../common/X.xsd"; xmllint resolves that against the main file's name.
    schemaFiles = {
      main: { fileName: "maindoc/UBL-ContractNotice-2.3.xsd", contents: readFileSync(join(SDK_DIR, "schemas", "maindoc", "UBL-ContractNotice-2.3.xsd"), "utf8") },
      preload: readdirSync(common).map((f) => ({ fileName: `common/${f}`, contents: readFileSync(join(common, f), "utf8") })),
    };
  }
  return schemaFiles;
}

/** The XSD errors of a ContractNotice document; empty when it is valid. */
export async function validateAgainstXsd(xml: string): Promise<XsdProblem[]> {
  const { main, preload } = schemas();
  const result = await validateXML({ xml: [{ fileName: "notice.xml", contents: xml }], schema: [main], preload, maxMemoryPages: 4096 });
  if (result.valid) return [];
  const problems = result.errors.map((e) => ({ line: e.loc?.lineNumber, message: e.message.trim() }));
  return problems.length ? problems : [{ line: undefined, message: result.rawOutput.trim() || "onbekende fout van xmllint" }];
}
