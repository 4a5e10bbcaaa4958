/**
 * The subset of XPath that the SDK's field paths use: child steps with
 * prefixed names or *, attributes, text(), .., and predicates that test a
 * path's existence, compare it with a literal or a list of literals, or
 * negate that with not(). Anything else throws UnsupportedXPath, so a caller
 * knows which fields it could not check.
 */
import type { Node } from "./xml-parse.ts";

export class UnsupportedXPath extends Error {}

export type Item = Node | { attr: string; value: string; owner: Node };

export const isNode = (i: Item): i is Node => "children" in i;
export const stringValue = (i: Item): string => (isNode(i) ? i.text + i.children.map(stringValue).join("") : i.value);
export const lineOf = (i: Item): number => (isNode(i) ? i.line : i.owner.line);

/** Splits `s` at `sep` outside brackets, parentheses and quotes. */
function splitTop(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "[" || c === "(") depth++;
    else if (c === "]" || c === ")") depth--;
    else if (depth === 0 && s.startsWith(sep, i)) {
      parts.push(s.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** A step's name test and its predicates. */
function parseStep(step: string): { test: string; predicates: string[] } {
  const open = step.indexOf("[");
  if (open < 0) return { test: step.trim(), predicates: [] };
  const test = step.slice(0, open).trim();
  const predicates: string[] = [];
  let depth = 0;
  let quote = "";
  let start = -1;
  for (let i = open; i < step.length; i++) {
    const c = step[i];
    if (quote) {
      if (c === quote) quote = "";
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === "[") {
      if (depth++ === 0) start = i + 1;
    } else if (c === "]") {
      if (--depth === 0) predicates.push(step.slice(start, i));
    } else if (depth === 0 && c.trim()) throw new UnsupportedXPath(step);
  }
  return { test, predicates };
}

const literal = (s: string): string | undefined => {
  const t = s.trim();
  return /^'[^']*'$|^"[^"]*"$/.test(t) ? t.slice(1, -1) : undefined;
};

function predicate(expr: string, ctx: Node): boolean {
  const e = expr.trim();
  if (/^not\(/.test(e) && e.endsWith(")") && splitTop(e.slice(4, -1), ")").length === 1) return !predicate(e.slice(4, -1), ctx);
  if (splitTop(e, " and ").length > 1 || splitTop(e, " or ").length > 1 || splitTop(e, "!=").length > 1) throw new UnsupportedXPath(e);
  const eq = splitTop(e, "=");
  if (eq.length === 2) {
    const right = eq[1].trim();
    const values = right.startsWith("(") && right.endsWith(")") ? splitTop(right.slice(1, -1), ",").map(literal) : [literal(right)];
    if (values.some((v) => v === undefined)) throw new UnsupportedXPath(e);
    return evaluate(eq[0], [ctx]).some((i) => values.includes(stringValue(i)));
  }
  if (eq.length > 2) throw new UnsupportedXPath(e);
  return evaluate(e, [ctx]).length > 0;
}

function step(items: Item[], raw: string): Item[] {
  const { test, predicates } = parseStep(raw);
  let out: Item[] = [];
  for (const it of items) {
    if (!isNode(it)) continue;
    if (test === "text()") out.push({ attr: "#text", value: it.text, owner: it });
    else if (test === "..") {
      if (it.parent) out.push(it.parent);
    } else if (test.startsWith("@")) {
      const v = it.attrs[test.slice(1)];
      if (v !== undefined) out.push({ attr: test.slice(1), value: v, owner: it });
    } else if (/^[\w.-]+:[\w.-]+$|^\*$/.test(test)) out.push(...it.children.filter((c) => test === "*" || c.name === test));
    else throw new UnsupportedXPath(raw);
  }
  for (const p of predicates) out = out.filter((n) => isNode(n) && predicate(p, n));
  return out;
}

/** Evaluates a relative path against context nodes, or an absolute one (`/*` is the root) when `root` is given. */
export function evaluate(path: string, context: Item[], root?: Node): Item[] {
  let p = path.trim();
  let items = context;
  if (p.startsWith("/")) {
    if (!root) throw new UnsupportedXPath(path);
    const steps = splitTop(p.slice(1), "/");
    items = step([{ name: "#document", attrs: {}, children: [root], text: "", line: 0 }], steps[0]);
    p = steps.slice(1).join("/");
    if (!p) return items;
  }
  for (const s of splitTop(p, "/")) items = step(items, s);
  return items;
}
