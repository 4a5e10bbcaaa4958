/** A file of the bundle as the site offers it for download (from the manifest, or planned while the PDFs print). */
export interface SiteDownload {
  nummer: string;
  titel: string;
  bestand: string;
  bytes: number;
  paginas: number;
  inhoud: string;
  /** The document's own date, as in the manifest: a Nota's publication date, else the date of the version. */
  datum: string;
}


/**
 * A download's size and pages exist only once it is printed. `npm run build`
 * renders the site while the PDFs print; until then a download carries
 * PENDING for both, every description below writes a token in their place,
 * and `fillDownloadFacts` (src/site/download-facts.ts) replaces each token
 * with the same function's output for the printed file.
 */
export const PENDING = -1;

type Fact = "kind" | "size" | "pages";
const pending = (d: Pick<SiteDownload, "bytes" | "paginas">) => d.bytes === PENDING || d.paginas === PENDING;
/** Only letters, digits, `-`, `.` and `:` (no character a page escapes): `bestand` is a slug with an extension. */
const token = (d: Pick<SiteDownload, "bestand">, fact: Fact) => `@@jh-download:${d.bestand}:${fact}@@`;
/** Matches every token; group 1 is the file name, group 2 the fact. */
export const PENDING_FACT = /@@jh-download:([^:@\s]+):(kind|size|pages)@@/g;

/**
 * How a download is described next to its link: a PDF with its pages, a
 * team's own Word or Excel file by its kind (those have no fixed pages).
 */
export function downloadKind(d: Pick<SiteDownload, "bestand" | "paginas" | "bytes">): string {
  const ext = d.bestand.split(".").pop()?.toLowerCase();
  if (ext === "docx") return "Word-document";
  if (ext === "xlsx") return "Excel-werkblad";
  if (pending(d)) return token(d, "kind");
  return `PDF, ${d.paginas} ${d.paginas === 1 ? "pagina" : "pagina's"}`;
}

/** A file's size as a reader reads it: `245 kB`, `1,2 MB`. */
export function downloadSize(d: Pick<SiteDownload, "bestand" | "paginas" | "bytes">): string {
  if (pending(d)) return token(d, "size");
  if (d.bytes < 1024 * 1024) return `${Math.max(1, Math.round(d.bytes / 1024))} kB`;
  return `${(d.bytes / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} MB`;
}

/** The number of pages of a download, or "–" for a Word or Excel file (those have no fixed pages). */
export function downloadPages(d: Pick<SiteDownload, "bestand" | "paginas" | "bytes">): string {
  if (/\.(docx|xlsx)$/i.test(d.bestand)) return "–";
  return pending(d) ? token(d, "pages") : String(d.paginas);
}

/** What a token stands for, from the printed file: the same function as the page would have called. */
export function downloadFact(d: SiteDownload, fact: string): string {
  return fact === "kind" ? downloadKind(d) : fact === "size" ? downloadSize(d) : downloadPages(d);
}

/** The kind of file alone: "PDF", "Word-document", "Excel-werkblad". */
export function downloadFormat(d: Pick<SiteDownload, "bestand">): string {
  const ext = d.bestand.split(".").pop()?.toLowerCase();
  return ext === "docx" ? "Word-document" : ext === "xlsx" ? "Excel-werkblad" : "PDF";
}
