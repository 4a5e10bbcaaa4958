import { headingPages } from "../pdf/heading-pages.ts";
import { printedHtmlOf } from "./documents.ts";
import type { ChangeReport, Place, SectionChange } from "./types.ts";

/**
 * The page of every changed § or artikel, in both versions, and so of every
 * place a change lands: each changed document is printed once per version
 * (src/pdf/heading-pages.ts). Unchanged documents are not printed.
 */
export async function addPages(report: ChangeReport): Promise<void> {
  const documenten = report.documenten ?? [];
  const html = printedHtmlOf(documenten);
  if (!html) return;
  const changed = documenten.filter((d) => d.secties.length > 0);
  const queries = changed.flatMap((d) => [
    { html: html.before.get(d.inhoud) ?? "", anchors: d.secties.filter((s) => s.soort !== "toegevoegd").map((s) => s.anker) },
    { html: html.after.get(d.inhoud) ?? "", anchors: d.secties.filter((s) => s.soort !== "verwijderd").map((s) => s.anker) },
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
