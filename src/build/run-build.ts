import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CommonOptions } from "../cli/args.ts";
import { reportValidation } from "../cli/report.ts";
import { validateContent } from "../validate/validate-content.ts";
import { replaceAtomically } from "./atomic-output.ts";
import { renderSite } from "../site/render-site.ts";
import { renderAttachments } from "../pdf/render-attachments.ts";
import { compareModels } from "../diff/compare.ts";
import { InvalidSideError, modelOf, writeChangeReport } from "../diff/run-diff.ts";
import { CHANGES_CSS, renderChangesFragment } from "../diff/render-html.ts";
import type { ChangeReport } from "../diff/types.ts";

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
  // --compare REF: the overview of changes since that version, published with the build.
  let report: ChangeReport | undefined;
  if (options.compare) {
    try {
      report = compareModels(modelOf(options.compare, options.content).model, model, { from: options.compare, to: options.content });
    } catch (e) {
      process.stderr.write(`${(e as Error).message}\nBouwen gestopt. ${options.out}/ is niet gewijzigd.\n`);
      return e instanceof InvalidSideError ? 1 : 2;
    }
  }
  await replaceAtomically(options.out, async (dir) => {
    writeFileSync(join(dir, "model.json"), JSON.stringify(model, null, 2) + "\n");
    // PDFs first: the site offers them for download, from the manifest.
    const mercell = join(dir, "mercell");
    const manifest = await renderAttachments(model, mercell);
    const files = manifest.bestanden.map((b) => ({ ...b, inhoud: model.tender.bijlagen.find((a) => a.nummer === b.nummer)!.inhoud }));
    const changes = report && { titel: `Wijzigingen ten opzichte van versie ${report.from.versie}`, html: renderChangesFragment(report), css: CHANGES_CSS };
    if (report) await writeChangeReport(report, join(dir, "wijzigingen"));
    await renderSite(model, join(dir, "site"), { downloads: { dir: mercell, files }, changes });
  });
  process.stdout.write(`Gebouwd: ${options.out}/ (${model.products.length} producten, ${model.lots.length} percelen)\n`);
  return 0;
}
