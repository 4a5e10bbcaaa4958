import { describe, expect, it } from "vitest";
import { compareModels } from "../../src/diff/compare.ts";
import { renderChangesSummary } from "../../src/diff/render-text.ts";
import type { EntityChange } from "../../src/diff/types.ts";
import { modelAfter } from "../fixtures/invalid/apply-case.ts";

/** The small tender with a first nota, and a later version of it. */
const nota = (vragen: string) => ({ file: "nota-van-inlichtingen/1.yaml", write: `nummer: 1\ndatum: 2025-09-22\nvragen:\n${vragen}` });
const q11 = (antwoord: string) => `  - nummer: "1.1"\n    referentie: Vraag 17\n    over: [perceel:spoedteams]\n    vraag: Hoe snel moet een spoedteam ter plaatse zijn?\n    antwoord: ${antwoord}\n`;
const q12 = `  - nummer: "1.2"\n    over: [product:spoedbed]\n    vraag: Telt de dag van vertrek mee?\n    antwoord: Nee.\n    wijziging: Het productenboek zegt dat de dag van vertrek niet telt.\n`;

describe("the change overview and the Nota van Inlichtingen", () => {
  const before = modelAfter(nota(q11("Binnen twee uur.")));
  const after = modelAfter(nota(q11("Binnen drie uur.") + q12));
  const report = compareModels(before, after);
  const group = report.groups.find((g) => g.titel === "Nota's van Inlichtingen");
  const change = (id: string): EntityChange => group!.changes.find((c) => c.id === id)!;

  it("reports an added question, as belangrijk when its answer changes the documents", () => {
    expect(group).toBeDefined();
    expect(change("1.2")).toMatchObject({ kind: "toegevoegd", soort: "vraag", label: "Vraag 1.2 (Nota van Inlichtingen 1)", belangrijk: true });
  });

  it("reports a changed answer as belangrijk, with the old and the new words", () => {
    const c = change("1.1");
    expect(c).toMatchObject({ kind: "gewijzigd", belangrijk: true });
    const answer = c.fields.find((f) => f.veld === "antwoord")!;
    expect(answer.belangrijk).toBe(true);
    expect(answer.redline).toContain('<del><span class="merk" aria-hidden="true">[-</span>twee<span class="merk" aria-hidden="true">-]</span></del>');
    expect(answer.redline).toContain('<ins><span class="merk" aria-hidden="true">{+</span>drie<span class="merk" aria-hidden="true">+}</span></ins>');
    expect(renderChangesSummary(report)).toContain("Vraag 1.1 (Nota van Inlichtingen 1)");
  });

  it("reports nothing when the notas are the same", () => {
    expect(compareModels(before, modelAfter(nota(q11("Binnen twee uur.")))).groups).toEqual([]);
  });
});
