import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The test files that take longest on two cores (README, "Tijd per bestand", and what their
 * beforeAll costs besides), longest first. On a
 * fresh clone vitest knows no durations and starts the largest files first; a long file that starts
 * last keeps one fork busy while the other has nothing left. Files not named here follow in
 * vitest's own order (the durations of an earlier run, or else size).
 */
const HEAVY = [
  "test/site/site.test.ts",
  "test/site/finding.test.ts",
  "test/site/dev-server.test.ts",
  "test/build/progress.test.ts",
  "test/diff/nota-round.test.ts",
  "test/build/reproducible.test.ts",
  "test/pdf/attachments.test.ts",
  "test/diff/diff-cli.test.ts",
  "test/documents/templates.test.ts",
  "test/validate/never-crashes.property.test.ts",
  "test/pdf/toc.test.ts",
  "test/build/atomic-build.test.ts",
  // Shorter, or long mostly in a beforeAll the per-file times do not show (a build, the Java checker).
  "test/notices/eforms.test.ts",
  "test/build/notices.test.ts",
  "test/site/html-validity.test.ts",
  "test/examples/rijnmond-shaped.test.ts",
  "test/pdf/bundle.test.ts",
  "test/cli/nieuw.test.ts",
  "test/build/shapes.property.test.ts",
  "test/site/checklist-complete.test.ts",
  "test/validate/cli.test.ts",
  "test/validate/bad-input.test.ts",
];

export default class HeavyFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = HEAVY.indexOf(relative(this.ctx.config.root, f.moduleId).replaceAll("\\", "/"));
      return i < 0 ? HEAVY.length : i;
    };
    // Array.prototype.sort is stable: files of equal rank keep vitest's order.
    return ordered.sort((a, b) => rank(a) - rank(b));
  }
}
