import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Browser and PDF suites build whole tenders, two test files at a time on a
    // 2-core machine that may be busy with more: the margins are for that machine,
    // not for a quiet one (speed is measured by `npm run bench`, never here).
    testTimeout: 300_000,
    hookTimeout: 600_000,
    pool: "forks",
    // One temporary folder per run, removed at the end (test/global-setup.ts).
    globalSetup: ["test/global-setup.ts"],
  },
});
