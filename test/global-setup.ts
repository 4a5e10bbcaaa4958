import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { fileHashes } from "./file-hashes.ts";
import { runCli } from "./run-cli.ts";
import { bundleCli } from "./shared/cli-bundle.ts";
import { RECIPES, type SharedBuild, type SharedName } from "./shared/recipes.ts";
import { compiledSite } from "../src/site/compiled-site.ts";

/** Shared tenders built at once; two cores, and each build runs Chromium beside its website process. */
const AT_ONCE = 2;

/**
 * Every temporary folder of a test run goes into one folder of its own, removed
 * when the run ends, whatever the tests (and the CLIs, browsers and servers
 * they start, which inherit TMPDIR) left behind after a failure.
 *
 * Then the shared tenders (test/shared/builds.ts) are built once, two at a
 * time, and handed to the test files. At the end, each must still be byte for
 * byte what its build wrote: a test that wrote into one would make the other
 * tests depend on their order.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const root = mkdtempSync(join(tmpdir(), "jeugdhulp-tests-"));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  // Every CLI process of the run (here and in the test files, which inherit the environment) runs one bundle.
  // Page numbers recorded by the prints of this run only (src/pdf/page-index.ts): a comparison in a test reads
  // those of the shared builds, never those of an earlier run.
  process.env.JEUGDHULP_PAGINA_CACHE = join(root, "paginas");
  const cli = bundleCli();
  process.env.JEUGDHULP_TEST_CLI = cli.path;

  // The site's pages compiled once, before the builds that render them two at a time.
  await compiledSite();

  const builds = {} as Record<SharedName, SharedBuild>;
  // While working on one test file, `SHARED_BUILDS=klein,voorbeeld npx vitest run <file>` builds only those.
  const only = process.env.SHARED_BUILDS?.split(",").map((s) => s.trim()).filter(Boolean);
  const queue = RECIPES.filter((r) => !only || only.includes(r.name));
  const worker = async () => {
    for (let recipe = queue.shift(); recipe; recipe = queue.shift()) {
      const work = join(root, `gedeeld-${recipe.name}`);
      mkdirSync(work);
      const planned = recipe.prepare(work);
      const r = await runCli(planned.args, { cwd: planned.cwd });
      builds[recipe.name] = { name: recipe.name, ...planned, status: r.status, stdout: r.stdout, stderr: r.stderr };
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  const hashes = new Map(Object.values(builds).filter((b) => b.status === 0).map((b) => [b.name, fileHashes(b.out)]));
  project.provide("builds", builds);

  return () => {
    const changed: string[] = [];
    for (const [name, before] of hashes) {
      const after = fileHashes(builds[name].out);
      const differing = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
      if (differing.length) changed.push(`${name}: ${differing.slice(0, 5).join(", ")}${differing.length > 5 ? ` en ${differing.length - 5} meer` : ""}`);
    }
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    delete process.env.JEUGDHULP_PAGINA_CACHE;
    cli.remove();
    delete process.env.JEUGDHULP_TEST_CLI;
    if (changed.length) throw new Error(`Een test schreef in een gedeelde bouw (alleen lezen):\n${changed.join("\n")}`);
  };
}
