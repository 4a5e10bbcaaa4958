import { buildDocuments } from "../documents/build-documents.ts";
import type { Model } from "../model/types.ts";
import { headingPages } from "../pdf/heading-pages.ts";
import { printedHtmlOf } from "./documents.ts";
import { notaChangesOf } from "./nota-changes.ts";
import type { ChangeReport, Place, SectionChange } from "./types.ts";

/**
 * The page of every changed § or artikel, in both versions, and so of every
 * place a change lands: each changed document is printed once per version
 * (src/pdf/heading-pages.ts). Unchanged documents are not printed. When
 * `publishing` (a build with --compare), the new version's documents print as
 * the bundle prints them, and the bundle takes those PDFs.
 */
export async function addPages(report: ChangeReport, options: { publishing?: boolean } = {}): Promise<void> {
  const documenten = report.documenten ?? [];
  const html = printedHtmlOf(documenten);
  if (!html) return;
  const changed = documenten.filter((d) => d.secties.length > 0);
  const queries = changed.flatMap((d) => [
    { html: html.before.get(d.inhoud) ?? "", anchors: d.secties.filter((s) => s.soort !== "toegevoegd").map((s) => s.anker) },
    { html: html.after.get(d.inhoud) ?? "", anchors: d.secties.filter((s) => s.soort !== "verwijderd").map((s) => s.anker), publish: options.publishing },
  ]);
  const pages = await headingPages(queries);
  const bySection = new Map<string, SectionChange>();
  changed.forEach((d, i) => {
    const [was, now] = [pages[2 * i], pages[2 * i + 1]];
    for (const s of d.secties) {
      if (s.soort !== "verwijderd") s.pagina = now.get(s.anker);
      if (s.soort !== "toegevoegd") s.oudePagina = was.get(s.anker);
      bySection.set(`${s.bijlage}#${s.anker}`, s);
    }
  });
  const copy = (p: Place) => {
    const s = bySection.get(`${p.bijlage}#${p.anker}`);
    if (s?.pagina !== undefined) p.pagina = s.pagina;
    if (s?.oudePagina !== undefined) p.oudePagina = s.oudePagina;
  };
  for (const c of report.groups.flatMap((g) => g.changes)) (c.waar ?? []).forEach(copy);
}

/** Rounds of printing the nota before its own pages must have settled: each round only moves numbers in its text. */
const MAX_NOTA_ROUNDS = 3;

/**
 * The pages of places in the nota published with this version, as that nota
 * prints in a build with --compare: it lists the changes itself (its section
 * "Wijzigingen in de aanbestedingsstukken"), so its later §§ (the questions)
 * move by that section's length. The nota is printed with the changes and
 * its own places read again, until the page numbers it states are the pages
 * it has; the other documents do not depend on the overview.
 */
export async function settleNotaPages(report: ChangeReport, model: Model): Promise<void> {
  for (let round = 0; round < MAX_NOTA_ROUNDS; round++) {
    const notaChanges = notaChangesOf(report, model);
    if (!notaChanges) return;
    const [doc] = buildDocuments(model, { notaChanges, only: `nota-van-inlichtingen:${notaChanges.nota}` });
    if (!doc) return;
    const inNota = (p: Place) => p.bijlage === doc.attachment.nummer;
    // Places with a page in this version whose heading the nota as printed has (a removed § has no page).
    const places = [...report.groups.flatMap((g) => g.changes).flatMap((c) => c.waar ?? []), ...(report.afgeleid ?? []), ...(report.documenten ?? []).flatMap((d) => d.secties)]
      .filter((p) => inNota(p) && p.pagina !== undefined && doc.html.includes(` id="${p.anker}"`));
    if (!places.length) return;
    // Printed as the bundle prints it: the last round's print is the nota the bundle publishes.
    const [pages] = await headingPages([{ html: doc.html, anchors: [...new Set(places.map((p) => p.anker))], publish: true }]);
    let moved = false;
    for (const p of places) {
      const page = pages.get(p.anker)!;
      if (p.pagina !== page) {
        p.pagina = page;
        moved = true;
      }
    }
    if (!moved) return;
  }
}
