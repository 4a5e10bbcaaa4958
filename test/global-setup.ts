import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Every temporary folder of a test run goes into one folder of its own, removed
 * when the run ends, whatever the tests (and the CLIs, browsers and servers
 * they start, which inherit TMPDIR) left behind after a failure.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "jeugdhulp-tests-"));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
