import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CommonOptions } from "../cli/args.ts";
import { reportValidation } from "../cli/report.ts";
import { validateContent } from "../validate/validate-content.ts";
import { replaceAtomically } from "./atomic-output.ts";
import { renderSite } from "../site/render-site.ts";
import { renderAttachments } from "../pdf/render-attachments.ts";

/**
 * `npm run build`: validate, then render everything into a fresh folder that
 * replaces the output only when all stages succeeded.
 */
export async function runBuild(options: CommonOptions): Promise<number> {
  const result = validateContent(options.content);
  if (!reportValidation(result, { ...options, quietWhenClean: true })) {
    process.stderr.write(`Bouwen gestopt: de inhoud bevat fouten. ${options.out}/ is niet gewijzigd.\n`);
    return 1;
  }
  const model = result.model!;
  await replaceAtomically(options.out, async (dir) => {
    writeFileSync(join(dir, "model.json"), JSON.stringify(model, null, 2) + "\n");
    // PDFs first: the site offers them for download, from the manifest.
    const mercell = join(dir, "mercell");
    const manifest = await renderAttachments(model, mercell);
    const files = manifest.bestanden.map((b) => ({ ...b, inhoud: model.tender.bijlagen.find((a) => a.nummer === b.nummer)!.inhoud }));
    await renderSite(model, join(dir, "site"), { downloads: { dir: mercell, files } });
  });
  process.stdout.write(`Gebouwd: ${options.out}/ (${model.products.length} producten, ${model.lots.length} percelen)\n`);
  return 0;
}
