import { mkdirSync, readdirSync, rmdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildSync } from "esbuild";

/** The folder of the test run's bundled CLI: one level below the project, as src/project-root.ts is. */
const DIR = resolve(".test-cli");

/**
 * The CLI (src/cli/main.ts) as one JavaScript file, for the ~60 CLI processes
 * of a test run. Through tsx, each process spends about 1.2 s of CPU resolving
 * and loading some 200 TypeScript modules before it does anything; bundled, it
 * starts in half the time, and the suite is CPU-bound on two cores. The bundle
 * is the same source, with packages left to node_modules, made once per run
 * (esbuild takes ~50 ms) so it can never be stale. The website's own process
 * and `npm run build` itself (progress.test.ts) still run through tsx, as a
 * user's build does.
 *
 * Returns the bundle's path and a function that removes it.
 */
export function bundleCli(): { path: string; remove: () => void } {
  mkdirSync(DIR, { recursive: true });
  // One file per run, so two runs in one checkout never share a bundle.
  const path = join(DIR, `main-${process.pid}.mjs`);
  buildSync({
    entryPoints: [resolve("src/cli/main.ts")],
    outfile: path,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  return {
    path,
    remove: () => {
      rmSync(path, { force: true });
      if (readdirSync(DIR).length === 0) rmdirSync(DIR);
    },
  };
}
