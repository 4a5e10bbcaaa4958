import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { toPlain } from "../../src/load/to-plain.ts";

const parse = (text: string) => parseDocument(text, { uniqueKeys: true });

describe("turning parsed YAML into data", () => {
  it("gives the same data as the yaml library for any content-like value", () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, tie("leaf"), tie("list"), tie("map")),
      leaf: fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null)),
      list: fc.array(tie("node"), { maxLength: 4 }),
      map: fc.dictionary(fc.string(), tie("node"), { maxKeys: 4 }),
    })).node;
    fc.assert(
      fc.property(value, fc.boolean(), (v, flow) => {
        const doc = parse(stringify(v, { collectionStyle: flow ? "flow" : "block" }));
        expect(toPlain(doc, 100)).toEqual(doc.toJS());
      }),
      { seed: 20261207 },
    );
  });

  it("expands aliases as copies and never lets a key change an object's prototype", () => {
    const doc = parse("basis: &b {tarief: 72.5}\nkopie: *b\n__proto__: {polluted: true}\n");
    const data = toPlain(doc, 100) as Record<string, any>;
    expect(data.kopie).toEqual({ tarief: 72.5 });
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toContain("__proto__");
    expect(({} as any).polluted).toBeUndefined();
  });

  it("stops an alias bomb and a self-referencing alias instead of expanding them", () => {
    const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) bomb.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(", ")}]`);
    expect(() => toPlain(parse(bomb.join("\n")), 100)).toThrow("alias limit");
    expect(() => toPlain(parse("a: &a [*a]"), 100)).toThrow("alias limit");
  });
});
