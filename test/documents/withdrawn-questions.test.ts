// A nota whose question numbers skip one says why, in the number's place.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDocuments } from "../../src/documents/build-documents.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";

const work = mkdtempSync(join(tmpdir(), "vervallen-vragen-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const question = (nummer: string) => `  - nummer: "${nummer}"\n    over: [perceel:spoedteams]\n    vraag: Vraag ${nummer} over spoedteams?\n    antwoord: Antwoord op ${nummer}.\n`;

function kleinWithNota(nota: string) {
  const dir = join(work, String(Math.random()).slice(2));
  cpSync("test/fixtures/klein", dir, { recursive: true });
  mkdirSync(join(dir, "nota-van-inlichtingen"));
  writeFileSync(join(dir, "nota-van-inlichtingen", "1.yaml"), nota);
  return validateContent(dir);
}

describe("a question number left out on purpose", () => {
  const result = kleinWithNota(`nummer: 1\ndatum: 2025-09-29\nvervallen_vragen:\n  - { nummer: "1.3", reden: Samengevoegd met vraag 1.2. }\nvragen:\n${question("1.1")}${question("1.2")}${question("1.4")}`);

  it("passes without a warning when the nota lists it under vervallen_vragen", () => {
    expect(result.model).toBeDefined();
    expect(result.diagnostics.filter((d) => d.code === "vraagnummer-ontbreekt")).toEqual([]);
  });

  it("is printed in its place among the questions, with its reason", () => {
    const nota = buildDocuments(result.model!).find((d) => d.attachment.inhoud === "nota-van-inlichtingen:1")!;
    const text = nota.html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    const order = ["Vraag 1.1", "Vraag 1.2", "Vraag 1.3 Vervallen. Samengevoegd met vraag 1.2.", "Vraag 1.4"].map((t) => text.indexOf(t));
    expect(order.every((i) => i >= 0), text).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
