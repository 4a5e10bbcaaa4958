import type { SiteDownload } from "./model.ts";

/**
 * How a download is described next to its link: a PDF with its pages, a
 * team's own Word or Excel file by its kind (those have no fixed pages).
 */
export function downloadKind(d: Pick<SiteDownload, "bestand" | "paginas">): string {
  const ext = d.bestand.split(".").pop()?.toLowerCase();
  if (ext === "docx") return "Word-document";
  if (ext === "xlsx") return "Excel-werkblad";
  return `PDF, ${d.paginas} ${d.paginas === 1 ? "pagina" : "pagina's"}`;
}
