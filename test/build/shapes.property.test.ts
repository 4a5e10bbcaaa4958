import { rmSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, it } from "vitest";
import { checkPdfs, checkSite } from "./shape-checks.ts";
import { buildTender } from "../site/build-fixtures.ts";
import { runs } from "../full-run.ts";
import { HARD_SHAPE, tenderShape, toTender, writeTender, type ExpectedTender } from "../validate/tender-shapes.ts";

/** What is checked of one generated tender after a real `build` with the CLI. */
async function checkBuild(t: ExpectedTender) {
  const content = writeTender(t);
  let out: string | undefined;
  try {
    out = await buildTender(content);
    checkSite(join(out, "site"), t);
    checkPdfs(out, t);
  } finally {
    if (out) rmSync(out, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  }
}

describe("een volledige build van aanbestedingen van allerlei vorm", () => {
  // A full build (Astro, Pagefind, Chromium for every PDF) takes about 10 s on 2 cores, so
  // this property runs only a few tenders, from a fixed seed so a run can be repeated;
  // test/validate/shapes.property.test.ts covers the same generator with many runs.
  // Besides them it always builds HARD_SHAPE, the hardest texts at once (fast-check `examples`).
  // Interrupted runs (slow machine, long shrinking) count as failures, never as a pass.
  // By default one generated tender besides HARD_SHAPE; the full run (TEST_FULL=1) three.
  it("toont elk label, elke naam en het kenmerk letterlijk op de website, in de PDF's en hun metadata en in het manifest", async () => {
    await fc.assert(
      fc.asyncProperty(tenderShape, (shape) => checkBuild(toTender(shape))),
      { numRuns: runs(1, 3), seed: 20260115, examples: [[HARD_SHAPE]], interruptAfterTimeLimit: 1_200_000, markInterruptAsFailure: true },
    );
  }, 1_500_000);
});
