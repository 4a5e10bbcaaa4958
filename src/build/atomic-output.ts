import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, basename, join, resolve } from "node:path";

/**
 * Runs `produce` on a new temporary folder beside `out` and, only if it
 * succeeds, swaps it into place. A failed build leaves the previous output intact.
 */
export async function replaceAtomically(out: string, produce: (dir: string) => Promise<void>): Promise<void> {
  const target = resolve(out);
  mkdirSync(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.bouw-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  try {
    await produce(temp);
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
  const old = join(dirname(target), `.${basename(target)}.oud-${process.pid}`);
  if (existsSync(target)) renameSync(target, old);
  renameSync(temp, target);
  rmSync(old, { recursive: true, force: true });
}
