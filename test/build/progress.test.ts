// `npm run build` says what it does, stays silent with --quiet, and leaves
// nothing behind when it is killed. One build of the small fixture serves as
// the "previous output" for the kill and the stale-folder tests.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Manifest } from "../../src/pdf/manifest.ts";
import { runCli } from "../run-cli.ts";

const ARGS = ["--import", "tsx", "src/cli/main.ts", "build"];
const cli = (args: string[]) => spawnSync(process.execPath, [...ARGS, ...args], { encoding: "utf8" });

/** Every file under `dir` with its SHA-256: equal snapshots mean byte-identical folders. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(files.map((e) => [join(e.parentPath, e.name).slice(dir.length), createHash("sha256").update(readFileSync(join(e.parentPath, e.name))).digest("hex")]));
}

/** pid → [parent pid, command name, state] for every process, from /proc. */
function processTable(): Map<number, { ppid: number; comm: string; state: string }> {
  const table = new Map<number, { ppid: number; comm: string; state: string }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(entry), { ppid: Number(ppid), comm: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")), state });
    } catch {
      // The process ended while we looked.
    }
  }
  return table;
}

function descendants(pid: number): { pid: number; comm: string }[] {
  const table = processTable();
  const found: { pid: number; comm: string }[] = [];
  const walk = (parent: number) => {
    for (const [child, info] of table) {
      if (info.ppid === parent) {
        found.push({ pid: child, comm: info.comm });
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

/** Running, not a zombie waiting to be reaped. */
const running = (pid: number) => {
  const info = processTable().get(pid);
  return info !== undefined && info.state !== "Z";
};

const until = async (what: string, check: () => boolean, ms = 90_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`wachten op ${what} duurde te lang`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe("npm run build", () => {
  let work: string;
  let out: string;
  let content: string;
  let first: ReturnType<typeof cli>;
  // The killed build's own scratch files (PDF work folder, Chromium profile) go here, not into /tmp.
  let scratch: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "voortgang-"));
    content = join(work, "inhoud");
    out = join(work, "uit");
    scratch = mkdtempSync(join(tmpdir(), "voortgang-tmp-"));
    cpSync("test/fixtures/klein", content, { recursive: true });
    first = cli(["--content", content, "--out", out]);
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  /** A build of the fixture into the first build's output, running, to be interrupted. */
  function startBuild() {
    const child = spawn(process.execPath, [...ARGS, "--content", content, "--out", out], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, TMPDIR: scratch } });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    return { child, exited, stderr: () => stderr };
  }

  it("prints one line per stage, in order, with counts that match the output", () => {
    expect(first.status, first.stderr).toBe(0);
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

    const model = JSON.parse(readFileSync(join(out, "model.json"), "utf8"));
    expect(validated.map(Number)).toEqual([model.products.length, model.lots.length, 0]);
    const manifest: Manifest = JSON.parse(readFileSync(join(out, "mercell", "manifest.json"), "utf8"));
    const pdfFiles = readdirSync(join(out, "mercell")).filter((f) => f.endsWith(".pdf"));
    expect(pdfFiles).toHaveLength(manifest.bestanden.length);
    expect(pdfs.map(Number)).toEqual([manifest.bestanden.length, manifest.bestanden.reduce((n, b) => n + b.paginas, 0)]);
    const pages = readdirSync(join(out, "site"), { recursive: true, encoding: "utf8" }).filter((f) => basename(f) === "index.html");
    expect(pages.length).toBeGreaterThan(1);
    expect(Number(site[0])).toBe(pages.length);
    expect(built).toEqual([out, String(model.products.length), String(model.lots.length)]);
  });

  it("killed with SIGTERM while it renders: previous output untouched, no temporary folder, no Chromium left", async () => {
    expect(first.status, first.stderr).toBe(0);
    const before = snapshot(out);
    const { child, exited, stderr } = startBuild();
    const temp = join(work, `.uit.bouw-${child.pid}`);
    // Rendering PDFs: the temporary folder exists and Chromium runs under the build.
    let tree: { pid: number; comm: string }[] = [];
    await until("Chromium", () => existsSync(temp) && (tree = descendants(child.pid!)).some((p) => /chrom/i.test(p.comm)));
    child.kill("SIGTERM");
    expect(await exited, stderr()).toBe(143);
    expect(stderr()).toContain("Bouwen afgebroken (SIGTERM)");
    expect(readdirSync(work).sort()).toEqual(["inhoud", "uit"]);
    expect(snapshot(out)).toEqual(before);
    // Chromium and its helpers were killed with the build (give the kernel a moment to deliver SIGKILL).
    await until("Chromium om te stoppen", () => !tree.some((p) => running(p.pid)), 5_000).catch(() => undefined);
    expect(tree.filter((p) => running(p.pid))).toEqual([]);
  });

  it("when the website's own process dies (killed, out of memory): the build fails and says so, previous output untouched, nothing left running or behind", async () => {
    expect(first.status, first.stderr).toBe(0);
    const before = snapshot(out);
    const { child, exited, stderr } = startBuild();
    // The child that renders the website (src/site/website-child.ts), found by its command line.
    const commandLine = (pid: number) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8");
      } catch {
        return "";
      }
    };
    let website: number | undefined;
    let tree: { pid: number; comm: string }[] = [];
    await until("het websiteproces", () => (website = (tree = descendants(child.pid!)).find((p) => commandLine(p.pid).includes("website-child"))?.pid) !== undefined);
    process.kill(website!, "SIGKILL");
    expect(await exited, stderr()).toBe(1);
    expect(stderr()).toContain("De website kon niet worden gebouwd (SIGKILL)");
    expect(stderr()).not.toContain("interne fout");
    expect(stderr()).toContain("Bouwen gestopt. ");
    expect(readdirSync(work).sort()).toEqual(["inhoud", "uit"]);
    expect(snapshot(out)).toEqual(before);
    // Astro's working folders of this build are gone too.
    const astroWork = join("node_modules", ".cache", "jeugdhulp-site");
    expect(existsSync(astroWork) ? readdirSync(astroWork).filter((d) => d.startsWith(`${child.pid}`)) : []).toEqual([]);
    await until("alle processen om te stoppen", () => !descendants(child.pid!).length && !tree.some((p) => running(p.pid)), 5_000).catch(() => undefined);
    expect(tree.filter((p) => running(p.pid))).toEqual([]);
  });

  it("stopped by a notice that cannot be made (--aankondiging without the buyer's data): says why, leaves the previous output and no website folder behind", async () => {
    expect(first.status, first.stderr).toBe(0);
    const before = snapshot(out);
    const r = await runCli(["build", "--content", content, "--out", out, "--aankondiging"], { env: { TMPDIR: scratch } });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain("De aankondiging kan niet worden gemaakt: aanbestedende_dienst in aanbesteding.yaml mist `kvk`");
    expect(r.stderr).toContain(`Bouwen gestopt. ${out}/ is niet gewijzigd.`);
    expect(r.stderr).not.toContain("website");
    expect(readdirSync(work).sort()).toEqual(["inhoud", "uit"]);
    expect(snapshot(out)).toEqual(before);
    const astroWork = join("node_modules", ".cache", "jeugdhulp-site");
    const running = existsSync(astroWork) ? readdirSync(astroWork).filter((d) => d.endsWith("-website")) : [];
    // Only other builds' website folders may be there (tests run in parallel), none of a process that is gone.
    expect(running.filter((d) => { try { process.kill(Number.parseInt(d, 10), 0); return false; } catch { return true; } })).toEqual([]);
  });

  it("with --quiet prints nothing, and clears folders of dead builds but not of running ones", () => {
    const dead = 999_999;
    expect(() => process.kill(dead, 0), `pid ${dead} bestaat op deze machine`).toThrow();
    for (const name of [`.uit.bouw-${dead}`, `.uit.oud-${dead}`, `.uit.bouw-${process.pid}`]) {
      mkdirSync(join(work, name));
      writeFileSync(join(work, name, "half.txt"), name);
    }
    const quiet = cli(["--content", content, "--out", out, "--quiet"]);
    expect(quiet.status, quiet.stderr).toBe(0);
    expect(quiet.stdout).toBe("");
    expect(readdirSync(work).sort()).toEqual([`.uit.bouw-${process.pid}`, "inhoud", "uit"]);
    expect(readFileSync(join(work, `.uit.bouw-${process.pid}`, "half.txt"), "utf8")).toBe(`.uit.bouw-${process.pid}`);
    expect(existsSync(join(out, "model.json"))).toBe(true);
  });
});
