import { createHash } from "node:crypto";
import { indexPdf, latin1, ref } from "../load/pdf-structure.ts";
import { stabilizeNodeIds } from "./stable-ids.ts";

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** YYYY-MM-DD: the date of the tender version, never the build clock. */
  date: string;
}

export const CREATOR = "jeugdhulp-aanbesteding";
export const PRODUCER = "Chromium (Skia/PDF) via puppeteer-core";

/** A PDF text string as UTF-16BE hex with BOM: safe for any character, no escaping rules. */
function pdfText(s: string): string {
  let hex = "FEFF";
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, "0").toUpperCase();
  return `<${hex}>`;
}

/** `D:YYYYMMDD000000+00'00'` — the same length as the dates Chromium writes, so they can be patched in place. */
const pdfDate = (date: string) => `D:${date.slice(0, 10).replace(/-/g, "")}000000+00'00'`;

/**
 * Makes Chromium's PDF reproducible and adds the metadata: the creation and
 * modification dates Chromium takes from the clock are overwritten in place
 * with the tender date (same length, so no offset moves), structure ids are
 * renumbered (see stable-ids.ts), then an incremental
 * update appends a new Info dictionary and a trailer with a content-derived /ID.
 */
export function finalizePdf(input: Uint8Array, meta: PdfMetadata): Buffer {
  const stamp = pdfDate(meta.date);
  const patched = stabilizeNodeIds(latin1(input)).replace(/\/(CreationDate|ModDate)\s*\(D:[^)]*\)/g, (whole, key: string) => {
    const replacement = `/${key} (${stamp})`;
    // A date in an unexpected format keeps its length class; only same-length patches keep the xref valid.
    return replacement.length === whole.length ? replacement : whole;
  });
  const base = Buffer.from(patched, "latin1");
  const pdf = indexPdf(base);
  const size = Number(/\/Size\s+(\d+)/.exec(pdf.trailer)?.[1]);
  const root = ref(pdf.trailer, "Root");
  if (!size || root === undefined) throw new Error("PDF van Chromium heeft een onverwachte trailer");
  const id = createHash("md5").update(base).digest("hex").toUpperCase();

  const sep = base[base.length - 1] === 0x0a ? "" : "\n";
  const objOffset = base.length + sep.length;
  const obj =
    `${size} 0 obj\n<</Title ${pdfText(meta.title)}\n/Author ${pdfText(meta.author)}\n/Subject ${pdfText(meta.subject)}\n/Keywords ${pdfText(meta.keywords)}\n` +
    `/Creator ${pdfText(CREATOR)}\n/Producer ${pdfText(PRODUCER)}\n/CreationDate (${stamp})\n/ModDate (${stamp})>>\nendobj\n`;
  const xrefOffset = objOffset + obj.length;
  const update =
    `${sep}${obj}xref\n${size} 1\n${String(objOffset).padStart(10, "0")} 00000 n \n` +
    `trailer\n<</Size ${size + 1}\n/Root ${root} 0 R\n/Info ${size} 0 R\n/ID [<${id}> <${id}>]\n/Prev ${pdf.startxref}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([base, Buffer.from(update, "latin1")]);
}
