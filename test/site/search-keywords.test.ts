import { describe, expect, it } from "vitest";
import { compoundKeywords, searchVocabulary, withSearchKeywords } from "../../src/site/search-keywords.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";

describe("compound words for search", () => {
  const model = validateContent("content").model!;
  const vocabulary = searchVocabulary(model);

  it("takes its known terms from product, lot, segment and glossary names", () => {
    expect(vocabulary.has("pleegzorg")).toBe(true); // product Pleegzorg
    expect(vocabulary.has("verblijf")).toBe(true); // perceel 2 Verblijf
    expect(vocabulary.has("crisis")).toBe(true); // segment Crisis
    expect(vocabulary.has("en")).toBe(false);
  });

  it("finds a known term inside a compound, not a word the text already has", () => {
    expect(compoundKeywords("Crisispleegzorg en Netwerkpleegzorg", vocabulary)).toEqual(["crisis", "pleegzorg"]);
    expect(compoundKeywords("Crisisverblijf", vocabulary)).toContain("verblijf");
    // "Pleegzorg" itself is in the text: nothing to add for it.
    expect(compoundKeywords("Pleegzorg en crisispleegzorg", vocabulary)).not.toContain("pleegzorg");
    expect(compoundKeywords("Een bed voor acute opvang.", vocabulary)).toEqual([]);
  });

  it("adds a hidden, weighted line to each part of a page Pagefind makes a sub-result of, between the marks the search page cuts from excerpts", () => {
    const html = `<body><main data-pagefind-body=""><h1>Crisispleegzorg</h1><p>Tekst.</p><h2 id="a">Deel</h2><p>Over crisisverblijf.</p></main></body>`;
    const out = withSearchKeywords(html, vocabulary);
    expect(out).toContain('<p>Tekst.</p><span hidden data-pagefind-weight="5"> ⟦ crisis pleegzorg ⟧ </span><h2 id="a">');
    expect(out).toContain('<p>Over crisisverblijf.</p><span hidden data-pagefind-weight="0.5"> ⟦ crisis verblijf ⟧ </span></main>');
    // A page outside the search index stays as it is.
    expect(withSearchKeywords("<main><h1>Crisispleegzorg</h1></main>", vocabulary)).toBe("<main><h1>Crisispleegzorg</h1></main>");
  });
});
