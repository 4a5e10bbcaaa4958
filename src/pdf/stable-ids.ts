/**
 * Chromium names tagged-PDF structure elements after DOM node ids
 * (`/ID (node00000023)`), which count up across every document a renderer
 * has loaded, so they depend on which pool page printed what before. We
 * renumber them by rank: same length (no offset moves), same order (the
 * /IDTree name tree stays sorted), same for the same content.
 */
export function stabilizeNodeIds(pdf: string): string {
  const pattern = /\(node(\d{8})\)/g;
  const ids = [...new Set([...pdf.matchAll(pattern)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  const rank = new Map(ids.map((id, i) => [id, i + 1]));
  return pdf.replace(pattern, (_, digits: string) => `(node${String(rank.get(Number(digits))).padStart(8, "0")})`);
}
