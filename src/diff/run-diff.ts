import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatText } from "../diagnostics/format.ts";
import type { Model } from "../model/types.ts";
import { validateContent } from "../pipeline/validate-content.ts";
import { compareTender } from "./compare-tender.ts";
import { addPages } from "./pages.ts";
import { contentFolderOf } from "./read-side.ts";
import { renderChangesHtml } from "./render-html.ts";
import { renderChangesPdf } from "./render-pdf.ts";
import { renderChangesSummary } from "./render-text.ts";
import type { ChangeReport } from "./types.ts";

export class InvalidSideError extends Error {}

/** Reads and validates one side; a side with errors stops the comparison. */
export function modelOf(side: string, contentPath: string): { model: Model; label: string } {
  const { dir, label } = contentFolderOf(side, contentPath);
  const result = validateContent(dir);
  if (!result.model) throw new InvalidSideError(`Versie ${label} is ongeldig:\n${formatText(result.diagnostics)}`);
  return { model: result.model, label };
}

/** Writes wijzigingen.html, .json and .pdf into `outDir`. */
export async function writeChangeReport(report: ChangeReport, outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const html = renderChangesHtml(report);
  writeFileSync(join(outDir, "wijzigingen.html"), html);
  writeFileSync(join(outDir, "wijzigingen.json"), JSON.stringify(report, null, 2) + "\n");
  writeFileSync(join(outDir, "wijzigingen.pdf"), await renderChangesPdf(report, html));
}

/** `npm run diff -- FROM TO [--out DIR]` */
export async function runDiff(from: string, to: string, options: { content: string; out: string }): Promise<number> {
  let before, after;
  try {
    before = modelOf(from, options.content);
    after = modelOf(to, options.content);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return e instanceof InvalidSideError ? 1 : 2;
  }
  const report = compareTender(before.model, after.model, { from: before.label, to: after.label });
  await addPages(report);
  await writeChangeReport(report, options.out);
  process.stdout.write(`${renderChangesSummary(report)}\nGeschreven: ${options.out}/wijzigingen.html, .pdf en .json\n`);
  return 0;
}
