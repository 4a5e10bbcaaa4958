/**
 * Chromium names tagged-PDF structure elements after DOM node ids
 * (`/ID (node00000023)`), which count up across every document a renderer
 * has loaded, so they depend on which pool page printed what before. Even
 * their order is not fixed: Chromium hands out a node's id when something
 * first asks for it, and under load that happens in another order (seen on
 * the header cells of a table). We renumber them by the structure element
 * that carries each id, in object order, which is the same for the same
 * content: same length (no offset moves), and the /IDTree name tree, which
 * must stay sorted, is re-sorted in place (the same entries, so the same length).
 */
export function stabilizeNodeIds(pdf: string): string {
  const pattern = /\(node(\d{8})\)/g;
  const ids = [...new Set([...pdf.matchAll(pattern)].map((m) => Number(m[1])))];
  if (!ids.length) return pdf;
  // The object that carries each id: `N 0 obj <</Type /StructElem … /ID (nodeX)>>`.
  const owner = new Map<number, number>();
  for (const m of pdf.matchAll(/(\d+) 0 obj\s*<<\/Type \/StructElem([^]*?)endobj/g)) {
    const id = /\/ID \(node(\d{8})\)/.exec(m[2]);
    if (id && !owner.has(Number(id[1]))) owner.set(Number(id[1]), Number(m[1]));
  }
  const order = [...ids].sort((a, b) => (owner.get(a) ?? Infinity) - (owner.get(b) ?? Infinity) || a - b);
  const rank = new Map(order.map((id, i) => [id, i + 1]));
  const renamed = pdf.replace(pattern, (_, digits: string) => `(node${String(rank.get(Number(digits))).padStart(8, "0")})`);
  // A name tree node `[/Limits [(nodeA) (nodeZ)]] /Names [(nodeA) 12 0 R (nodeB) 7 0 R …]`: sort its
  // entries by their new names, and its limits are then its first and last name.
  return renamed.replace(/(\/Limits \[\(node\d{8}\) \(node\d{8}\)\]\s*)?\/Names \[((?:\(node\d{8}\) \d+ 0 R ?)+)\]/g, (whole, limits: string | undefined, body: string) => {
    const entries = [...body.matchAll(/\(node\d{8}\) \d+ 0 R/g)].map((m) => m[0]).sort();
    const sorted = entries.join(" ") + (body.endsWith(" ") ? " " : "");
    if (sorted.length !== body.length) return whole;
    const name = (entry: string) => entry.slice(0, entry.indexOf(")") + 1);
    const newLimits = limits ? limits.replace(/\[\(node\d{8}\) \(node\d{8}\)\]/, `[${name(entries[0])} ${name(entries[entries.length - 1])}]`) : "";
    return `${newLimits}/Names [${sorted}]`;
  });
}
