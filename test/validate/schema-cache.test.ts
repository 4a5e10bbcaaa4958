// The compiled schemas are kept on disk (ajv's standalone code) because
// compiling costs more than validating. A kept copy must never outlive the
// schema it was compiled from.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SCHEMA_DIR } from "../../src/content/schema-files.ts";
import { loadValidators } from "../../src/validate/schemas.ts";
import { loadOcdsValidators } from "../../src/notices/ocds/validate.ts";

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
    // Read back from disk (a mark added to the kept file shows it was read): the same verdicts.
    const [kept] = readdirSync(cache);
    writeFileSync(join(cache, kept), `${readFileSync(join(cache, kept), "utf8")}\nexports.gelezen = true;\n`);
    const again = loadValidators(schemas, cache);
    expect((again as unknown as { gelezen?: boolean }).gelezen).toBe(true);
    expect(readdirSync(cache)).toEqual([kept]);
    expect(again.glossary([{ id: "kort", term: "" }])).toBe(false);

    // A stricter term in the schema: a term of two letters is now refused.
    const file = join(schemas, "begrippen.schema.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"type": "string", "minLength": 1, "examples": ["Gezinshuis"]', '"type": "string", "minLength": 3, "examples": ["Gezinshuis"]'));
    const stricter = loadValidators(schemas, cache);
    expect(stricter.glossary([term])).toBe(false);
    expect(stricter.glossary.errors?.[0]).toMatchObject({ instancePath: "/0/term", keyword: "minLength", params: { limit: 3 } });
    // Compiled again, and the copy of the earlier schema is gone.
    expect(readdirSync(cache)).toHaveLength(1);
    expect(loadValidators(schemas, cache).glossary([term])).toBe(false);
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

  it("work the same for the OCDS schemas of the open data, formats included", () => {
    const cache = join(work, "ocds");
    const fresh = loadOcdsValidators(cache);
    const kept = loadOcdsValidators(cache);
    expect(kept).not.toBe(fresh);
    expect(Object.keys(kept)).toEqual(["pkg", "release"]);
    const release = { ocid: "x", id: "1", date: "15 februari 2024", tag: ["tender"], initiationType: "tender" };
    expect(fresh.release(release)).toBe(false);
    expect(kept.release(release)).toBe(false);
    expect(kept.release.errors).toEqual(fresh.release.errors);
    expect(kept.release.errors!.map((e) => `${e.instancePath} ${e.keyword}`)).toContain("/date format");
    expect(kept.pkg({ uri: "x" })).toBe(false);
  });
});
