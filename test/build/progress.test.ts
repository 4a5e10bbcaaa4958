// `npm run build` says what it does, stays silent with --quiet, and leaves
// nothing behind when it is killed. The run's shared build of the small
// fixture (test/shared/builds.ts) gives the progress lines, and a copy of its
// output is the "previous output" for the kill tests, each in a folder of its
// own; the shared hostile build ran with --quiet beside folders of a dead
// build and of a running one.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { constants, tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { Manifest } from "../../src/pdf/manifest.ts";
import { cliArgv } from "../run-cli.ts";
import { copyOf, DEAD_PID, shared } from "../shared/builds.ts";

/** Astro's working folders of the builds on this machine: `<pid>` and `<pid>-website` (src/site/render-site.ts). */
const ASTRO_WORK = join("node_modules", ".cache", "jeugdhulp-site");

/** Every file under `dir` with its SHA-256: equal snapshots mean byte-identical folders. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(files.map((e) => [join(e.parentPath, e.name).slice(dir.length), createHash("sha256").update(readFileSync(join(e.parentPath, e.name))).digest("hex")]));
}

/** A process as /proc shows it. `start` (clock ticks after boot) tells it from a later process that got the same pid. */
interface Proc {
  pid: number;
  ppid: number;
  comm: string;
  state: string;
  start: string;
}

/** Every process, from /proc. */
function processTable(): Map<number, Proc> {
  const table = new Map<number, Proc>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // After "pid (comm) ": state, ppid, …; starttime is field 22 of stat(5), the 20th after comm.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(entry), { pid: Number(entry), ppid: Number(fields[1]), comm: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")), state: fields[0], start: fields[19] });
    } catch {
      // The process ended while we looked.
    }
  }
  return table;
}

function descendants(pid: number): Proc[] {
  const table = processTable();
  const found: Proc[] = [];
  const walk = (parent: number) => {
    for (const info of table.values()) {
      if (info.ppid === parent) {
        found.push(info);
        walk(info.pid);
      }
    }
  };
  walk(pid);
  return found;
}

/** The processes of `seen` that still run: the same pid and start time, and not a zombie waiting to be reaped. */
function stillRunning(seen: Proc[]): Proc[] {
  const table = processTable();
  return seen.filter((p) => {
    const now = table.get(p.pid);
    return now !== undefined && now.start === p.start && now.state !== "Z" && now.state !== "X";
  });
}

/** Processes whose command line names one of `folders`: whatever a build started, however it was detached. */
function processesUsing(folders: string[]): string[] {
  const found: string[] = [];
  for (const info of processTable().values()) {
    if (info.pid === process.pid || info.state === "Z") continue;
    let cmdline = "";
    try {
      cmdline = readFileSync(`/proc/${info.pid}/cmdline`, "utf8").replaceAll("\0", " ");
    } catch {
      continue;
    }
    if (folders.some((f) => cmdline.includes(`${f}/`))) found.push(`${info.pid} ${cmdline.slice(0, 200)}`);
  }
  return found;
}

const until = async (what: string, check: () => boolean, ms = 90_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`wachten op ${what} duurde te lang`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** The exit of a process as its parent sees it: a code, or the signal that ended it. */
const exitOf = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on("exit", (code, signal) => r({ code, signal })));

/** Everything each test started, stopped if it still runs when the test ends (a failed test). Only our own children, never a pid found elsewhere. */
const started: { child: ChildProcess; group: boolean }[] = [];
/** Each test's own folders, removed after it. */
const folders: string[] = [];
afterEach(() => {
  for (const { child, group } of started.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    // Still running, so its pid (and, for a group leader, its group) is still its own.
    if (group) process.kill(-child.pid!, "SIGKILL");
    else child.kill("SIGKILL");
  }
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
});

/**
 * A folder of the test's own with the fixture's content (`inhoud`) and, as
 * `uit`, a copy of the shared build of it: the previous output a build must
 * leave alone when it is stopped. `scratch` is the build's TMPDIR (PDF work
 * folder, Chromium profile).
 */
function freshWork() {
  const work = mkdtempSync(join(tmpdir(), "voortgang-"));
  const scratch = mkdtempSync(join(tmpdir(), "voortgang-tmp-"));
  folders.push(work, scratch);
  const content = join(work, "inhoud");
  const out = join(work, "uit");
  cpSync("test/fixtures/klein", content, { recursive: true });
  copyOf(shared("klein"), out);
  return { work, scratch, content, out, before: snapshot(out) };
}

/** A build of the fixture into the copied output, running (node and the CLI, as `npm run build` ends up), to be interrupted. */
function startBuild(at: ReturnType<typeof freshWork>, extra: string[] = [], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, cliArgv(["build", "--content", at.content, "--out", at.out, ...extra]), { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, TMPDIR: at.scratch, ...env } });
  started.push({ child, group: false });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  return { child, exited: exitOf(child), stderr: () => stderr };
}

/** Neither of this build's Astro working folders is left; only its own are looked at (other builds run beside it). */
function expectNoAstroWorkOf(pid: number) {
  expect([`${pid}`, `${pid}-website`].filter((d) => existsSync(join(ASTRO_WORK, d)))).toEqual([]);
}

/** Nothing the build started still runs: the processes seen under it, and any process naming its folders. */
async function expectNothingRunning(tree: Proc[], at: { work: string; scratch: string }) {
  // Give the kernel a moment to deliver the last SIGKILLs.
  await until("alle processen om te stoppen", () => !stillRunning(tree).length && !processesUsing([at.work, at.scratch]).length, 10_000).catch(() => undefined);
  expect(stillRunning(tree).map((p) => `${p.pid} ${p.comm}`)).toEqual([]);
  expect(processesUsing([at.work, at.scratch])).toEqual([]);
}

describe("npm run build", () => {
  it("prints one line per stage, in order, with counts that match the output", () => {
    const first = shared("klein");
    // Not a terminal: no live line, no \r or escape codes in a CI log.
    expect(first.stdout).not.toMatch(/[\r\x1b]/);
    const lines = first.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    const [validated, pdfs, site, built] = lines.map((l, i) => {
      const pattern = [
        /^✓ gevalideerd: (\d+) producten?, (\d+) percel(?:en)?, (\d+) waarschuwing(?:en)? \(\d+,\d s\)$/,
        /^✓ PDF's: (\d+) bestand(?:en)?, (\d+) pagina(?:'s)? \(\d+,\d s\)$/,
        /^✓ website: (\d+) pagina(?:'s)? \(\d+,\d s\)$/,
        /^Gebouwd: (.+)\/ in \d+,\d s \((\d+) producten?, (\d+) percel(?:en)?\)$/,
      ][i];
      const match = pattern.exec(l);
      expect(match, `regel ${i + 1}: ${l}`).not.toBeNull();
      return match!.slice(1);
    });

    const model = JSON.parse(readFileSync(join(first.out, "model.json"), "utf8"));
    expect(validated.map(Number)).toEqual([model.products.length, model.lots.length, 0]);
    const manifest: Manifest = JSON.parse(readFileSync(join(first.out, "mercell", "manifest.json"), "utf8"));
    const pdfFiles = readdirSync(join(first.out, "mercell")).filter((f) => f.endsWith(".pdf"));
    expect(pdfFiles).toHaveLength(manifest.bestanden.length);
    expect(pdfs.map(Number)).toEqual([manifest.bestanden.length, manifest.bestanden.reduce((n, b) => n + b.paginas, 0)]);
    const pages = readdirSync(join(first.out, "site"), { recursive: true, encoding: "utf8" }).filter((f) => basename(f) === "index.html");
    expect(pages.length).toBeGreaterThan(1);
    expect(Number(site[0])).toBe(pages.length);
    expect(built).toEqual([first.out, String(model.products.length), String(model.lots.length)]);
  });

  // SIGINT reaches the build process itself in the Ctrl-C case below.
  it.each(["SIGTERM"] as const)("killed with %s while it renders: previous output untouched, no temporary folder, nothing left running", async (signal) => {
    const at = freshWork();
    const { child, exited, stderr } = startBuild(at);
    const temp = join(at.work, `.uit.bouw-${child.pid}`);
    // Rendering PDFs: the temporary folder exists and Chromium runs under the build.
    let tree: Proc[] = [];
    await until("Chromium", () => existsSync(temp) && (tree = descendants(child.pid!)).some((p) => /chrom/i.test(p.comm)));
    tree = descendants(child.pid!);
    child.kill(signal);
    expect(await exited, stderr()).toEqual({ code: 128 + constants.signals[signal], signal: null });
    expect(stderr()).toContain(`Bouwen afgebroken (${signal}). ${at.out}/ is niet gewijzigd.`);
    expect(readdirSync(at.work).sort()).toEqual(["inhoud", "uit"]);
    expect(snapshot(at.out)).toEqual(at.before);
    expectNoAstroWorkOf(child.pid!);
    await expectNothingRunning(tree, at);
  });

  // The real command and its processes (npm, the shell it runs the script in, node): stopped by
  // `kill <pid of npm>` (a CI job's timeout, a supervisor), with either signal, or by Ctrl-C in a
  // terminal, which sends SIGINT to every process of the foreground group at once.
  it.each([
    ["SIGTERM", "npm"],
    ["SIGINT", "the process group (Ctrl-C)"],
  ] as const)("`npm run build` stopped with %s to %s while it renders: previous output untouched, no temporary folder, nothing left running", async (signal, to) => {
    // `npm run build` first checks the setup (scripts/ensure-setup.mjs), which would reinstall
    // node_modules under the running tests if package-lock.json were newer than the installation.
    expect(statSync("node_modules/.package-lock.json").mtimeMs, "node_modules is ouder dan package-lock.json: voer eerst `npm ci` uit").toBeGreaterThanOrEqual(statSync("package-lock.json").mtimeMs);
    const at = freshWork();
    // Its own process group, as a command typed in a terminal has.
    const npm = spawn("npm", ["run", "build", "--", "--content", at.content, "--out", at.out], { cwd: resolve("."), detached: true, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, TMPDIR: at.scratch } });
    started.push({ child: npm, group: true });
    let stderr = "";
    npm.stderr!.on("data", (d) => (stderr += d));
    const exited = exitOf(npm);
    // The build's temporary folder is named after the process that builds.
    const building = () => readdirSync(at.work).find((f) => f.startsWith(".uit.bouw-"));
    let tree: Proc[] = [];
    await until("Chromium", () => building() !== undefined && (tree = descendants(npm.pid!)).some((p) => /chrom/i.test(p.comm)));
    tree = descendants(npm.pid!);
    const builder = Number(building()!.slice(".uit.bouw-".length));
    expect(tree.map((p) => p.pid), "het bouwproces draait onder npm").toContain(builder);

    if (to === "npm") npm.kill(signal);
    else process.kill(-npm.pid!, signal);
    const exit = await exited;
    expect(exit.code === 128 + constants.signals[signal] || exit.signal === signal, `${JSON.stringify(exit)}\n${stderr}`).toBe(true);
    expect(stderr).toContain(`Bouwen afgebroken (${signal}). ${at.out}/ is niet gewijzigd.`);
    expect(readdirSync(at.work).sort()).toEqual(["inhoud", "uit"]);
    expect(snapshot(at.out)).toEqual(at.before);
    expectNoAstroWorkOf(builder);
    await expectNothingRunning(tree, at);
  });

  it("when the website's own process dies (killed, out of memory): the build fails and says so, previous output untouched, nothing left running or behind", async () => {
    const at = freshWork();
    // The website's process kills itself as it starts on the pages (website-dies.mjs): no pid is looked up and killed from here.
    const dies = pathToFileURL(resolve("test/build/website-dies.mjs")).href;
    const { child, exited, stderr } = startBuild(at, [], { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${dies}`.trim() });
    let tree: Proc[] = [];
    // Record what runs under the build until it ends, to check afterwards that all of it stopped.
    const watching = setInterval(() => {
      for (const p of descendants(child.pid!)) if (!tree.some((t) => t.pid === p.pid && t.start === p.start)) tree.push(p);
    }, 50);
    const exit = await exited.finally(() => clearInterval(watching));
    expect(exit, stderr()).toEqual({ code: 1, signal: null });
    expect(stderr()).toContain("De website kon niet worden gebouwd (SIGKILL)");
    expect(stderr()).not.toContain("interne fout");
    expect(stderr()).toContain(`Bouwen gestopt. ${at.out}/ is niet gewijzigd.`);
    expect(readdirSync(at.work).sort()).toEqual(["inhoud", "uit"]);
    expect(snapshot(at.out)).toEqual(at.before);
    expectNoAstroWorkOf(child.pid!);
    await expectNothingRunning(tree, at);
  });

  it("stopped by a notice that cannot be made (--aankondiging without the buyer's data): says why, leaves the previous output and no website folder behind", async () => {
    const at = freshWork();
    const { child, exited, stderr } = startBuild(at, ["--aankondiging"]);
    expect(await exited, stderr()).toEqual({ code: 1, signal: null });
    expect(stderr()).toContain("De aankondiging kan niet worden gemaakt: aanbestedende_dienst in aanbesteding.yaml mist `kvk`");
    expect(stderr()).toContain(`Bouwen gestopt. ${at.out}/ is niet gewijzigd.`);
    expect(stderr()).not.toContain("website");
    expect(readdirSync(at.work).sort()).toEqual(["inhoud", "uit"]);
    expect(snapshot(at.out)).toEqual(at.before);
    expectNoAstroWorkOf(child.pid!);
  });

  it("with --quiet prints nothing, and clears folders of dead builds but not of running ones", () => {
    const quiet = shared("vijandig");
    const { dir, dead, live } = quiet.around!;
    expect(() => process.kill(DEAD_PID, 0), `pid ${DEAD_PID} bestaat op deze machine`).toThrow();
    expect(dead).toEqual([`.uit.bouw-${DEAD_PID}`, `.uit.oud-${DEAD_PID}`]);
    expect(quiet.status, quiet.stderr).toBe(0);
    expect(quiet.stdout).toBe("");
    // The folder of a running build (the run's setup process, still running) stays, with its file.
    expect(readdirSync(dir).sort()).toEqual([...live, "uit"]);
    expect(readFileSync(join(dir, live[0], "half.txt"), "utf8")).toBe(live[0]);
    expect(existsSync(join(quiet.out, "model.json"))).toBe(true);
  });
});
