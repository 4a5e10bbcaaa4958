// The compiled schemas are kept on disk (ajv's standalone code) because
// compiling costs more than validating. A kept copy must never outlive the
// schema it was compiled from.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SCHEMA_DIR } from "../../src/content/schema-files.ts";
import { loadValidators } from "../../src/validate/schemas.ts";

const work = mkdtempSync(join(tmpdir(), "schema-cache-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the kept compiled schemas", () => {
  it("are compiled again when a schema changes, and reused while it does not", () => {
    const schemas = join(work, "schemas");
    const cache = join(work, "cache");
    cpSync(SCHEMA_DIR, schemas, { recursive: true });
    const term = { id: "kort", term: "Jh", definitie: "Jeugdhulp." };

    const first = loadValidators(schemas, cache);
    expect(first.glossary([term])).toBe(true);
    expect(readdirSync(cache)).toHaveLength(1);
    // Read back from disk: the same verdicts and the same error details the messages are made from.
    const again = loadValidators(schemas, cache);
    expect(readdirSync(cache)).toHaveLength(1);
    expect(again.glossary([{ id: "kort", term: "" }])).toBe(false);

    // A stricter term in the schema: a term of two letters is now refused.
    const file = join(schemas, "begrippen.schema.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"type": "string", "minLength": 1, "examples": ["Gezinshuis"]', '"type": "string", "minLength": 3, "examples": ["Gezinshuis"]'));
    const stricter = loadValidators(schemas, cache);
    expect(stricter.glossary([term])).toBe(false);
    expect(stricter.glossary.errors?.[0]).toMatchObject({ instancePath: "/0/term", keyword: "minLength", params: { limit: 3 } });
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it("give the same errors, with the schema details the messages quote, as freshly compiled ones", () => {
    const cache = join(work, "vergelijk");
    const fresh = loadValidators(SCHEMA_DIR, cache);
    const kept = loadValidators(SCHEMA_DIR, cache);
    expect(kept).not.toBe(fresh);
    const bad = [{ id: "Geen Id", term: "", definitie: 3, extra: true }];
    expect(fresh.glossary(bad)).toBe(false);
    expect(kept.glossary(bad)).toBe(false);
    expect(kept.glossary.errors).toEqual(fresh.glossary.errors);
    expect(kept.glossary.errors!.length).toBeGreaterThanOrEqual(4);
  });
});
