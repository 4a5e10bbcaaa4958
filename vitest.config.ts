import { defineConfig } from "vitest/config";
import HeavyFirst from "./test/heavy-first.ts";

// `npm run test:full` (TEST_FULL=1): the property tests at full strength (test/full-run.ts)
// and the `*.full.test.ts` files, which render generated tenders of a thousand products.
const full = process.env.TEST_FULL === "1";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: full ? ["**/node_modules/**"] : ["**/node_modules/**", "test/**/*.full.test.ts"],
    // Browser and PDF suites run on a 2-core machine that may be busy with more:
    // the margins are for that machine, not for a quiet one (speed is measured by
    // `npm run bench`, never here).
    testTimeout: 300_000,
    hookTimeout: 600_000,
    pool: "forks",
    // Two test files at a time: vitest's default is one fewer than the cores, so 1 on 2 cores.
    // Most of a test's time is spent waiting on Chromium, pdftotext or a child build.
    // No fresh process and module graph per file (`isolate: false`), in either pool: loading
    // the model's modules again for each file cost about a sixth of the suite's CPU. Files
    // must leave no state behind them: a test that sets an environment variable removes it
    // in afterEach, browsers close in afterAll, and the shared builds are read only (the
    // global setup checks every byte at the end). Pure unit files (no browser, no child
    // process, no files written) share one thread.
    poolOptions: { forks: { minForks: 1, maxForks: 2, isolate: false }, threads: { isolate: false, minThreads: 1, maxThreads: 1 } },
    poolMatchGlobs: [
      ["test/format/**", "threads"],
      ["test/content/**", "threads"],
      ["test/model/**", "threads"],
      ["test/editor/**", "threads"],
      ["test/diff/compare.test.ts", "threads"],
      ["test/diff/questions.test.ts", "threads"],
      ["test/documents/outline.test.ts", "threads"],
      ["test/validate/to-plain.test.ts", "threads"],
      ["test/validate/collect-all.test.ts", "threads"],
      ["test/browser/which-chromium.test.ts", "threads"],
      ["test/validate/types-in-sync.test.ts", "threads"],
      ["test/site/download-facts.test.ts", "threads"],
      ["test/site/search-keywords.test.ts", "threads"],
    ],
    fileParallelism: true,
    // The longest files first, so both forks finish together (test/heavy-first.ts).
    sequence: { sequencer: HeavyFirst },
    // One temporary folder per run, and the shared tenders built once (test/global-setup.ts).
    globalSetup: ["test/global-setup.ts"],
  },
});
