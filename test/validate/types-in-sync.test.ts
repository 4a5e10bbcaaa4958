import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateContentTypes, GENERATED_TYPES_PATH } from "../../src/content/generate-types.ts";

describe("TypeScript types of the content files", () => {
  it("follow from the JSON Schemas (run `npm run gen:types` after changing a schema)", async () => {
    expect(readFileSync(GENERATED_TYPES_PATH, "utf8")).toBe(await generateContentTypes());
  });
});
