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

/** A file's size as a reader reads it: `245 kB`, `1,2 MB`. */
export function downloadSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} MB`;
}

/** The number of pages of a download, or "–" for a Word or Excel file (those have no fixed pages). */
export function downloadPages(d: Pick<SiteDownload, "bestand" | "paginas">): string {
  return /\.(docx|xlsx)$/i.test(d.bestand) ? "–" : String(d.paginas);
}

/** The kind of file alone: "PDF", "Word-document", "Excel-werkblad". */
export function downloadFormat(d: Pick<SiteDownload, "bestand">): string {
  const ext = d.bestand.split(".").pop()?.toLowerCase();
  return ext === "docx" ? "Word-document" : ext === "xlsx" ? "Excel-werkblad" : "PDF";
}
