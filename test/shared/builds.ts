/**
 * The tenders every test run builds once, with the real CLI, in the global
 * setup (test/global-setup.ts), and hands to the test files by name. A test
 * file reads a shared build and never writes into it: the setup hashes each
 * output after building and again at the end of the run, and fails the run
 * when a byte changed. A test that needs a variant of its own (an edit, a
 * killed build, a failure) still builds that variant itself.
 */
import { cpSync } from "node:fs";
import { inject } from "vitest";
import type { SharedBuild, SharedName } from "./recipes.ts";

export { DEAD_PID, type SharedBuild, type SharedName } from "./recipes.ts";

declare module "vitest" {
  export interface ProvidedContext {
    builds: Record<SharedName, SharedBuild>;
  }
}


/** A shared build by name; a build that failed fails the test that needs it, with what the CLI said. */
export function shared(name: SharedName): SharedBuild {
  const build = inject("builds")[name];
  if (!build) throw new Error(`de gedeelde bouw «${name}» is niet gemaakt (SHARED_BUILDS=${process.env.SHARED_BUILDS ?? ""})`);
  if (build.status !== 0) throw new Error(`de gedeelde bouw «${name}» mislukte (${build.status}):\n${build.stdout}\n${build.stderr}`);
  return build;
}

/** A copy of a shared build's output, for a test that changes or replaces it. */
export function copyOf(build: SharedBuild, to: string): string {
  cpSync(build.out, to, { recursive: true });
  return to;
}
