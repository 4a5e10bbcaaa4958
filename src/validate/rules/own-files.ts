import { error, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import { checkOwnFile } from "../../content/own-files.ts";
import { readFileSync } from "node:fs";
import { declaredPageCount, isEncryptedPdf } from "../../load/pdf-structure.ts";
import type { Rule } from "../rule.ts";

/**
 * A bijlage with `bestand`: the team's own PDF, DOCX or XLSX. It must be in
 * the content folder (the bundle is built from that folder alone), a file of
 * an allowed type under Mercell's limit, and a PDF must open without a password.
 * The message points at the path in aanbesteding.yaml.
 */
export const ownFiles: Rule = {
  name: "eigen bestanden",
  check(index) {
    const out: Diagnostic[] = [];
    if (!index.tender) return out;
    const { source, data } = index.tender;
    data.bijlagen?.forEach((b, i) => {
      if (b.bestand === undefined) return;
      const result = checkOwnFile(index.dir, b.bestand, isEncryptedPdf);
      const at = locate(source, ["bijlagen", i, "bestand"]);
      if (!result.ok) return void out.push(error(at, result.code, result.message));
      // The manifest states a PDF's pages and `npm run verify` recounts them: a page tree we cannot read is refused now, not at publication.
      if (result.extensie === "pdf") {
        try {
          declaredPageCount(readFileSync(result.real));
        } catch (e) {
          out.push(error(at, "bestand-pdf-onleesbaar", `PDF \`${b.bestand}\` is beschadigd: het aantal pagina's is niet te lezen (${(e as Error).message}); sla het opnieuw op als PDF`));
        }
      }
    });
    return out;
  },
};
