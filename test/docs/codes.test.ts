import { readFileSync, rmSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { codesReference, CODES_PATH } from "../../scripts/codes-reference.ts";
import { PRODUCT_CATEGORIES } from "../../src/content/product-categories.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { applyCase } from "../fixtures/invalid/apply-case.ts";

describe("docs/codes.md: the allowed codes, generated from the schemas", () => {
  it("is the committed file (run `npm run gen:codes` after changing a schema or the iJw list)", () => {
    expect(readFileSync(CODES_PATH, "utf8")).toBe(codesReference());
  });

  it("lists the iJw categories with their names, and the values of registratie, eenheid and opleidingsniveau", () => {
    const text = codesReference();
    expect(text).toContain("| `43` | jeugdhulp verblijf inclusief behandeling |");
    expect(text).toContain("| `40` | persoonlijke verzorging |");
    expect(text).toContain("| `producten[].personeel.registratie` | `skj`, `big`, `nvrg`, `nip`, `nvo`, `kabiz` |");
    expect(text).toContain("| `producten[].personeel.minimaal_opleidingsniveau` | `mbo-2`, `mbo-3`, `mbo-4`, `hbo`, `hbo-plus`, `wo` |");
    expect(text).toContain("| `producten[].bekostiging.eenheid` | `minuut`, `uur`, `dagdeel`, `etmaal`, `stuk`, `euro` |");
    expect(text).toContain("| `producten[].maximale_duur.eenheid` | `dagen`, `weken`, `maanden`, `jaren` |");
  });
});

/** The messages of the small tender with `productcategorie: "54"` of gezinstherapie replaced by `value` (written as YAML). */
function categoryMessages(value: string): string[] {
  const dir = applyCase({ name: value, edits: [{ file: "segmenten/ambulant.yaml", replace: 'productcategorie: "54"', with: `productcategorie: ${value}` }] });
  try {
    return validateContent(dir).diagnostics.map((d) => `${relative(dir, d.file)}:${d.line}:${d.column}: ${d.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the codes in the schema, for the editor", () => {
  it("lists every iJw productcategorie with its name, as the editor completes them (enum with enumDescriptions)", () => {
    const schema = JSON.parse(readFileSync("schemas/segment.schema.json", "utf8"));
    const field = schema.$defs.product.properties.productcategorie;
    // Codelist JZ020 without the 2015 transition codes 31–38.
    expect(field.enum).toEqual(["40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "54"]);
    expect(field.enumDescriptions[field.enum.indexOf("45")]).toBe("jeugdhulp ambulant");
    // The same list as the one the documents name the categories from.
    expect(Object.fromEntries(field.enum.map((code: string, i: number) => [code, field.enumDescriptions[i]]))).toEqual(PRODUCT_CATEGORIES);
    expect(field.enumDescriptions[field.enum.indexOf("43")]).toBe("jeugdhulp verblijf inclusief behandeling");
    const personeel = schema.$defs.product.properties.personeel.properties;
    expect(personeel.registratie.items.enumDescriptions).toHaveLength(personeel.registratie.items.enum.length);
    expect(personeel.minimaal_opleidingsniveau.enumDescriptions).toHaveLength(personeel.minimaal_opleidingsniveau.enum.length);
  });
});

describe("an unknown productcategorie: bedoelde u …?", () => {
  it("a regional productcode in its place points at the category it starts with", () => {
    const [message, ...rest] = categoryMessages('"54G20"');
    expect(rest).toEqual([]);
    expect(message).toMatch(/^segmenten\/ambulant\.yaml:14:23: productcategorie `54G20` staat niet in de iJw-codelijst JZ020; geldig zijn 40 \(persoonlijke verzorging\), .*; bedoelde u `54` \(jeugd-ggz\)\?$/);
  });

  it("the category's name in words points at its code", () => {
    expect(categoryMessages("verblijf met behandeling")[0]).toMatch(/; bedoelde u `43` \(jeugdhulp verblijf inclusief behandeling\)\?$/);
    expect(categoryMessages("verblijf zonder behandeling")[0]).toMatch(/; bedoelde u `44` \(jeugdhulp verblijf exclusief behandeling\)\?$/);
  });

  it("an unknown number gets the list and no guess: a code one digit off means something else", () => {
    const [message] = categoryMessages('"33"');
    expect(message).toContain("productcategorie `33` staat niet in de iJw-codelijst JZ020; geldig zijn 40 (persoonlijke verzorging), 41 (dagbehandeling)");
    expect(message).not.toContain("bedoelde u");
  });
});
