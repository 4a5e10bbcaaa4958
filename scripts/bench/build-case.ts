// The whole build as a user runs it: `npm run build -- --content DIR --out TMP`
// as a child process. Usage: build-case.ts CONTENT-DIR
// Prints one JSON line: { ms, peakMb, largestProcessMb, ok }:
// - ms: wall time of the process;
// - peakMb: the peak of the summed resident memory of the whole process tree
//   (npm, node, Astro's workers, Chromium's processes), sampled every 100 ms
//   from /proc; shared pages count once per process, so this is an upper bound;
// - largestProcessMb: the largest single process (GNU time's "Maximum resident
//   set size"), when /usr/bin/time exists.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = process.argv[2];
if (!dir) throw new Error("gebruik: build-case.ts INHOUDSMAP");
const tmp = mkdtempSync(join(tmpdir(), "bench-build-"));
const PAGE = 4096;

/** Summed RSS (bytes) of `root` and all its descendants, read from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "latin1");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  let sum = 0;
  const todo = [root];
  while (todo.length) {
    const pid = todo.pop()!;
    try {
      sum += Number(readFileSync(`/proc/${pid}/statm`, "latin1").split(" ")[1]) * PAGE;
    } catch {
      // ended
    }
    todo.push(...(children.get(pid) ?? []));
  }
  return sum;
}

const hasTime = existsSync("/usr/bin/time");
const npmArgs = ["run", "build", "--", "--content", dir, "--out", join(tmp, "dist"), "--quiet"];
const t = performance.now();
const child = hasTime ? spawn("/usr/bin/time", ["-v", "npm", ...npmArgs], { stdio: ["ignore", "ignore", "pipe"] }) : spawn("npm", npmArgs, { stdio: ["ignore", "ignore", "pipe"] });
let stderr = "";
child.stderr!.on("data", (d) => (stderr += d));
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
const code: number = await new Promise((resolve) => child.on("close", (c) => resolve(c ?? 1)));
const ms = performance.now() - t;
clearInterval(sampler);
rmSync(tmp, { recursive: true, force: true });
const largest = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
if (code !== 0) process.stderr.write(stderr.slice(-2000));
console.log(JSON.stringify({ ms, peakMb: Math.round(peak / 2 ** 20), largestProcessMb: largest ? Math.round(Number(largest) / 1024) : null, ok: code === 0 }));
process.exit(0);
