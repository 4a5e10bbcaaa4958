import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

/**
 * One side of a comparison: a content folder as it is, or the content folder
 * of a git ref (`v1.0`, `HEAD~3`), exported into a temporary folder with
 * `git archive` so the working tree is never touched.
 */
export function contentFolderOf(side: string, contentPath: string): { dir: string; label: string } {
  if (existsSync(side) && statSync(side).isDirectory()) return { dir: side, label: side };
  const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  let top: string;
  try {
    top = git("rev-parse", "--show-toplevel");
  } catch {
    throw new Error(`\`${side}\` is geen map, en de huidige map is geen git-repository om een versie uit te lezen`);
  }
  try {
    git("rev-parse", "--verify", "--quiet", `${side}^{commit}`);
  } catch {
    throw new Error(`\`${side}\` is geen map en geen bekende git-versie (tag, branch of commit)`);
  }
  // The content path as seen from the repository root, also when run from a subfolder.
  const inRepo = relative(top, resolve(contentPath)) || ".";
  const out = mkdtempSync(join(tmpdir(), "versie-"));
  try {
    execFileSync("sh", ["-c", `git archive --format=tar "$1" -- "$2" | tar -x -C "$3"`, "sh", side, inRepo, out], { cwd: top, stdio: ["ignore", "pipe", "pipe"] });
  } catch {
    throw new Error(`versie \`${side}\` bevat geen inhoudsmap ${inRepo}/`);
  }
  return { dir: join(out, inRepo), label: side };
}
