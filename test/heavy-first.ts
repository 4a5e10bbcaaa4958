import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The test files that take longest on two cores (README, "Tijd per bestand"), longest first. On a
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
