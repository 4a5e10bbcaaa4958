import { isMap, isPair, isScalar, isSeq, type Node } from "yaml";
import type { SourcePosition } from "../diagnostics/diagnostic.ts";
import type { YamlSource } from "./source.ts";

export type DataPath = readonly (string | number)[];

/**
 * Where a data path is in the YAML source.
 * - `value`: the value at the path (a broken reference points at the referring value);
 * - `key`: the key of the last segment (an unknown key points at the key itself);
 * Falls back to the nearest existing ancestor, so every diagnostic has a position.
 */
export function locate(source: YamlSource, path: DataPath, target: "value" | "key" = "value"): SourcePosition {
  let node: unknown = source.doc.contents;
  let best: [number, number] | undefined = rangeOf(node);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (last && target === "key") {
        best = rangeOf(pair.key) ?? best;
        break;
      }
      node = pair.value;
      // A key with an empty value has no value node: point at the key.
      best = rangeOf(node) ?? rangeOf(pair.key) ?? best;
    } else if (isSeq(node) && typeof seg === "number") {
      node = node.items[seg];
      if (node === undefined) break;
      best = rangeOf(node) ?? best;
    } else break;
  }
  return at(source, best?.[0] ?? 0);
}

/** Position of a character offset in the source file. */
export function at(source: YamlSource, offset: number): SourcePosition {
  const { line, col } = source.lineCounter.linePos(offset);
  return { file: source.path, line: line + source.lineOffset, column: col };
}

/** The YAML node at a data path, if any (used to place positions inside block scalars). */
export function nodeAt(source: YamlSource, path: DataPath): Node | undefined {
  const node = source.doc.getIn(path as (string | number)[], true);
  return node && typeof node === "object" ? (node as Node) : undefined;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
}
