import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { isMap, isSeq, parseDocument, type Node } from "yaml";
import { describe, expect, it } from "vitest";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { runs } from "../full-run.ts";

const SOURCES = ["test/fixtures/klein", "content", "examples/rijnmond"];

function filesOf(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesOf(p, base) : [p.slice(base.length + 1)];
  });
}

/** Every path to a node in a YAML document (maps by key, sequences by index). */
function nodePaths(node: unknown, path: (string | number)[] = []): (string | number)[][] {
  const out = [path];
  if (isMap(node)) for (const pair of node.items) out.push(...nodePaths(pair.value, [...path, String((pair.key as { value?: unknown })?.value)]));
  else if (isSeq(node)) node.items.forEach((item, i) => out.push(...nodePaths(item, [...path, i])));
  return out;
}

const SCALARS = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom("", "x", "1.0", "2024-13-45", "perceel:", "[a](product:b)", "\u0000", "ñ€😀"));

type TextMutation = { kind: "truncate" | "insert-text"; at: number; text: string };
type TreeMutation =
  | { kind: "delete" | "duplicate"; pick: number }
  | { kind: "set"; pick: number; value: unknown }
  | { kind: "insert-key"; pick: number; key: string; value: unknown };
type Mutation = TextMutation | TreeMutation;
const isTextMutation = (m: Mutation): m is TextMutation => m.kind === "truncate" || m.kind === "insert-text";

const MUTATION: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom("delete" as const, "duplicate" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("set" as const), pick: fc.nat(), value: SCALARS }),
  fc.record({ kind: fc.constant("insert-key" as const), pick: fc.nat(), key: fc.oneof(fc.string(), fc.constantFrom("id", "aantal_contractant", "weging")), value: SCALARS }),
  fc.record({ kind: fc.constantFrom("truncate" as const, "insert-text" as const), at: fc.nat(), text: fc.string({ unit: "binary", maxLength: 8 }) }),
);

function mutate(text: string, m: Mutation): string {
  if (isTextMutation(m)) {
    if (m.kind === "truncate") return text.slice(0, m.at % (text.length + 1));
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.text + text.slice(at);
  }
  return mutateTree(text, m);
}

function mutateTree(text: string, m: TreeMutation): string {
  const doc = parseDocument(text);
  // Structural mutations need a readable document; earlier text mutations may have broken it.
  if (doc.errors.length > 0) return text + "\n";
  const paths = nodePaths(doc.contents);
  const path = paths[m.pick % paths.length];
  if (path.length === 0) return text;
  if (m.kind === "delete") doc.deleteIn(path);
  else if (m.kind === "set") doc.setIn(path, m.value);
  else if (m.kind === "duplicate") {
    const parent = doc.getIn(path.slice(0, -1), true) as Node | undefined;
    if (isSeq(parent)) parent.items.push(doc.getIn(path, true) as never);
  } else if (m.kind === "insert-key") {
    const target = doc.getIn(path, true);
    if (isMap(target)) target.set(m.key, m.value);
  }
  return doc.toString();
}

describe("the validator on mutated content", () => {
  for (const source of SOURCES) {
    it(`never throws and every diagnostic has a real position (${source})`, async () => {
      // A source that went missing fails here, instead of the property quietly not being tested.
      expect(existsSync(source), `${source} ontbreekt`).toBe(true);
      const files = filesOf(source).filter((f) => /\.(yaml|md)$/.test(f));
      expect(files.length).toBeGreaterThan(3);
      const work = mkdtempSync(join(tmpdir(), "eigenschap-"));
      try {
        await fc.assert(
          fc.asyncProperty(fc.nat(), fc.array(MUTATION, { minLength: 1, maxLength: 3 }), async (fileIndex, mutations) => {
            // Let the test worker answer vitest between runs: a long synchronous loop makes it time out.
            await new Promise((r) => setImmediate(r));
            const dir = join(work, "inhoud");
            rmSync(dir, { recursive: true, force: true });
            cpSync(source, dir, { recursive: true });
            const file = files[fileIndex % files.length];
            let text = readFileSync(join(dir, file), "utf8");
            for (const m of mutations) text = mutate(text, m);
            writeFileSync(join(dir, file), text);

            const result = validateContent(dir);
            for (const d of result.diagnostics) {
              expect(d.file, JSON.stringify(d)).toBeTruthy();
              expect(d.line, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
              expect(d.column, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
              // Diagnostics name files as the content folder was given (here an absolute path); the file is there.
              const path = resolve(d.file);
              expect(existsSync(path) && statSync(path).isFile(), JSON.stringify(d)).toBe(true);
              const lines = readFileSync(path, "utf8").split("\n").length;
              expect(d.line, JSON.stringify(d)).toBeLessThanOrEqual(lines);
              expect(d.message.length, JSON.stringify(d)).toBeGreaterThan(10);
            }
            // Valid content yields a model; invalid content yields an error that says why.
            expect(result.model !== undefined || result.errorCount > 0).toBe(true);
          }),
          { numRuns: runs(50, 150), seed: 20240215 },
        );
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  }
});
