import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, basename, join, resolve } from "node:path";
import { onExit } from "./interrupt.ts";

/** `.dist.bouw-1234` (being built) and `.dist.oud-1234` (the previous output, on its way out), beside `dist`. */
const tempName = (target: string, kind: "bouw" | "oud", pid: number) => join(dirname(target), `.${basename(target)}.${kind}-${pid}`);

/**
 * Runs `produce` on a new temporary folder beside `out` and, only if it
 * succeeds, swaps it into place. A failed build leaves the previous output intact.
 *
 * The temporary folder is also removed when the process exits while `produce`
 * runs (a signal the CLI turns into process.exit, see interrupt.ts). Folders
 * left by builds that could not clean up (SIGKILL, power loss) are removed at
 * the start of the next build.
 */
export async function replaceAtomically(out: string, produce: (dir: string) => Promise<void>): Promise<void> {
  const target = resolve(out);
  mkdirSync(dirname(target), { recursive: true });
  removeStaleFolders(target);
  const temp = tempName(target, "bouw", process.pid);
  // Retries: a helper process (Pagefind) may still be writing into it when the process exits.
  const removeTemp = () => rmSync(temp, { recursive: true, force: true, maxRetries: 3 });
  removeTemp();
  mkdirSync(temp, { recursive: true });
  const forget = onExit(removeTemp);
  try {
    await produce(temp);
  } catch (e) {
    removeTemp();
    throw e;
  } finally {
    forget();
  }
  // From here on everything is synchronous: no signal handler can run in between.
  const old = tempName(target, "oud", process.pid);
  if (existsSync(target)) renameSync(target, old);
  renameSync(temp, target);
  rmSync(old, { recursive: true, force: true });
}

const TEMP_FOLDER = /^\.(.+)\.(bouw|oud)-(\d+)$/;

/**
 * Removes the `.<name>.bouw-<pid>` and `.<name>.oud-<pid>` folders beside `out`
 * whose build process no longer runs. Folders of running builds (another
 * terminal) are left alone. If the output itself is missing and a dead build
 * had moved it aside (it stopped between the two renames above), it is put
 * back instead: a build that then fails leaves the previous output, as it says.
 *
 * A folder named after this process's own pid is a dead build's too: this
 * process has not started one yet (a pid comes round again, and in a
 * container every run may get the same one).
 */
export function removeStaleFolders(out: string): void {
  const target = resolve(out);
  const parent = dirname(target);
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return;
  }
  for (const entry of entries) {
    const match = TEMP_FOLDER.exec(entry);
    const pid = Number(match?.[3]);
    if (!match || match[1] !== basename(target) || (pid !== process.pid && isRunning(pid))) continue;
    const path = join(parent, entry);
    if (match[2] === "oud" && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
  }
}

/** Whether a process with this id exists; in doubt (no permission, not a valid id) it does. */
function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid < 1) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== "ESRCH";
  }
}
