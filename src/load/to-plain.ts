import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from "yaml";

/** Thrown when aliases expand beyond the limit. */
export class AliasLimitError extends Error {
  constructor() {
    super("alias limit");
  }
}

/**
 * Turns a parsed YAML document into plain data, as `doc.toJS()` does, but
 * only for what content files contain (maps with scalar keys, sequences,
 * scalars, aliases). `toJS` is generic (anchors kept as live objects, custom
 * tags, `Map` keys) and costs about half the parse time again on large
 * tenders; this walk costs a fraction of it. Aliases are expanded by copying,
 * at most `maxAliasCount` times per document, so an alias bomb stops early.
 */
export function toPlain(doc: Document, maxAliasCount: number): unknown {
  let aliases = 0;
  const convert = (node: unknown): unknown => {
    if (isScalar(node)) return node.value;
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? pair.key.value : convert(pair.key);
        const name = key === null || key === undefined ? "" : typeof key === "object" ? JSON.stringify(key) : String(key);
        // Own property even for "__proto__", like toJS: a key never changes the object's prototype.
        Object.defineProperty(out, name, { value: convert(pair.value), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    if (isSeq(node)) return node.items.map(convert);
    if (isAlias(node)) {
      if (++aliases > maxAliasCount) throw new AliasLimitError();
      return convert(node.resolve(doc) as Node | undefined);
    }
    return node === undefined ? null : node;
  };
  return convert(doc.contents);
}
