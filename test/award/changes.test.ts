import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { changesText, compareAssessments } from "../../src/award/changes.ts";
import type { Assessment } from "../../src/model/types.ts";
import { rijnmondScored } from "../fixtures/gunning/scored.ts";

/**
 * A corrected score: the committee gave havenstad a 0 on samenwerking in B4c
 * and corrects it to 4. By hand: its total becomes 35 + 21 + 17,5 + 4 = 77,5,
 * so it is eligible and ranks 2nd behind tij-en-anker (97, still not eligible
 * for lack of B1); lindehof (70) and kompasroos (70) move to 3 and 4, meerwind
 * (62,5) to 5 and loses the third place. Every bidder on B4c gets another
 * letter (its rank, its outcome, or the winners it is told about); wijkkracht
 * did not bid on B4c and its letter stays the same.
 */
const dir = rijnmondScored();
afterAll(() => rmSync(dirname(dir), { recursive: true, force: true }));
const { model, assessments } = validateContent(dir);
const before = assessments[0];
const after: Assessment = JSON.parse(JSON.stringify(before));
after.inschrijvers.find((b) => b.id === "havenstad")!.inschrijvingen.find((b) => b.perceel === "crisisopvang-pleeggezin")!.scores!.samenwerking = 4;

describe("the change overview between two versions of a beoordeling", () => {
  it("names the corrected score and every letter that changes, with the outcomes that move", () => {
    const c = compareAssessments(model!, before, after);
    expect(c.inputs).toEqual(["havenstad, perceel B4c, samenwerking: score 0 → 4"]);
    expect(c.letters.map((l) => [l.bidderId, l.outcome])).toEqual([
      ["kompasroos", ["subperceel B4c Crisispleegzorg: gegund (rang 3) → gegund (rang 4)"]],
      ["meerwind", ["subperceel B4c Crisispleegzorg: gegund (rang 4) → niet-gegund (rang 5)"]],
      ["lindehof", ["subperceel B4c Crisispleegzorg: gegund (rang 2) → gegund (rang 3)"]],
      ["havenstad", ["subperceel B4c Crisispleegzorg: score-nul → gegund (rang 2)"]],
      ["tij-en-anker", []],
      ["zonnewijzer", ["subperceel B4c Crisispleegzorg: voorwaarde (rang 5) → voorwaarde (rang 6)"]],
    ]);
    expect(c.unchanged).toEqual(["wijkkracht"]);
    expect(changesText("prestatieaanbieders", c)).toContain("Deze brieven veranderen (6); verstuur ze opnieuw, met een nieuwe opschortende termijn:\n  - gunningsbeslissing-kompasroos.pdf (Stichting Kompasroos Jeugdhulp)\n      subperceel B4c Crisispleegzorg: gegund (rang 3) → gegund (rang 4)");
  });

  it("the same version twice: nothing changes", () => {
    const c = compareAssessments(model!, before, before);
    expect([c.inputs, c.letters, c.unchanged.length]).toEqual([[], [], 7]);
  });
});
