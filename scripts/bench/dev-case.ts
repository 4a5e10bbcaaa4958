// The live preview (`npm run dev`): from saving a YAML file to the browser
// showing the change. Usage: dev-case.ts CONTENT-DIR [RUNS]
//
// Copies the content folder to a temporary folder, starts the preview on it as a
// child process (on a port the system hands out when the preview binds it: port
// 0), opens a product's page in Chromium, and then, RUNS times after one
// warm-up, saves that product's YAML with a new name and waits until the
// reloaded page's heading shows it.
// Prints one JSON line: { medianMs, maxMs, runs, phases }:
// - runs: every run's time from the write to the reloaded page's load event
//   with the new name in its <h1>;
// - phases (medians): when the preview printed its verdict (the change seen,
//   debounced and validated), when the browser asked for the page again (site
//   data written and the reload sent), and the load event.
// Goals (issue 15): under 1.5 s for the example, under 3 s at N = 1,000.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, HTTPRequest } from "puppeteer-core";
import { launchChromium } from "../../src/browser/launch.ts";
import { median } from "./measure.ts";

const [dir, runsArg = "5"] = process.argv.slice(2);
if (!dir) throw new Error("gebruik: dev-case.ts INHOUDSMAP [RUNS]");
const RUNS = Number(runsArg);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** Longer than any reload may take: a run that does not show the change fails the case. */
const TIMEOUT_MS = 60_000;

const content = mkdtempSync(join(tmpdir(), "bench-dev-"));
// The copy goes whatever happens, also when the case fails before the preview started.
process.on("exit", () => rmSync(content, { recursive: true, force: true }));
cpSync(dir, content, { recursive: true });

/** The first product in the segment files: its file, id and the `naam:` line to edit. */
function firstProduct(): { file: string; id: string; naamLine: string } {
  const segDir = join(content, "segmenten");
  for (const name of readdirSync(segDir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const file = join(segDir, name);
    const lines = readFileSync(file, "utf8").split("\n");
    const at = lines.findIndex((l) => /^\s*-\s+id:\s*\S/.test(l));
    if (at < 0) continue;
    const id = lines[at].replace(/^\s*-\s+id:\s*/, "").replace(/["']/g, "").trim();
    // The product's own naam: the first `naam:` indented deeper than the list dash, before the next item.
    const indent = lines[at].indexOf("-") + 2;
    for (let i = at + 1; i < lines.length && !/^\s*-\s+id:/.test(lines[i]); i++) {
      if (new RegExp(`^ {${indent}}naam:\\s*\\S`).test(lines[i])) return { file, id, naamLine: lines[i] };
    }
  }
  throw new Error(`geen product met een naam gevonden in ${segDir}`);
}


const product = firstProduct();
const original = readFileSync(product.file, "utf8");
// What `npm run dev -- --content DIR` runs, on any free port (the CLI asks for 4321): the preview prints which.
const server = spawn(process.execPath, ["--import", "tsx", "-e", `import("./src/site/dev-server.ts").then((m) => m.runDevServer(${JSON.stringify(content)}, 0))`], {
  cwd: ROOT,
  detached: true, // its own process group, so everything it started stops with it
  stdio: ["ignore", "pipe", "pipe"],
});
let log = "";
/** Called with the time of each verdict the preview prints after a change ("[12:00:00] ..."). */
let onVerdict: (() => void) | undefined;
server.stdout!.on("data", (d: Buffer) => {
  log += d;
  if (/\n\[\d{1,2}:\d{2}:\d{2}\]/.test(d.toString())) onVerdict?.();
});
server.stderr!.on("data", (d: Buffer) => (log += d));

let browser: Browser | undefined;
const kill = (signal: NodeJS.Signals) => {
  try {
    process.kill(-server.pid!, signal);
  } catch {
    // already gone
  }
};
// If this process ends before the preview was stopped politely, the preview's whole group goes with it.
process.on("exit", () => kill("SIGKILL"));
/** Stops the preview (it removes its own data file on SIGTERM), outright after 5 s. */
async function stop() {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((r) => server.once("exit", r));
  kill("SIGTERM");
  const timer = setTimeout(() => kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
  kill("SIGKILL"); // anything it started that is still running
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

async function until<T>(what: () => Promise<T | undefined> | T | undefined, label: string): Promise<T> {
  const end = Date.now() + TIMEOUT_MS;
  for (;;) {
    const value = await Promise.resolve().then(what).catch(() => undefined);
    if (value !== undefined) return value;
    if (server.exitCode !== null) throw new Error(`de preview stopte:\n${log}`);
    if (Date.now() > end) throw new Error(`${label} duurde langer dan ${TIMEOUT_MS / 1000} s:\n${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const times: number[] = [];
const verdicts: number[] = [];
const requests: number[] = [];
try {
  const base = await until(() => /Productenboek: (http:\/\/127\.0\.0\.1:\d+)\//.exec(log)?.[1], "het starten van de preview");
  const url = `${base}/producten/${product.id}/`;
  browser = await launchChromium();
  const page = await browser.newPage();
  // The first request lists the pages (and may wait for the first compile); not part of any run.
  await page.goto(url, { waitUntil: "load", timeout: TIMEOUT_MS });
  const heading = () => page.$eval("h1", (h) => h.textContent ?? "").catch(() => "");
  if (!(await heading())) throw new Error(`de productpagina ${url} heeft geen kop:\n${log}`);

  for (let run = 0; run <= RUNS; run++) {
    const marker = `bench-${process.pid}-${run}`;
    let verdictAt = 0;
    let requestAt = 0;
    onVerdict = () => (verdictAt ||= performance.now());
    const onRequest = (r: HTTPRequest) => {
      if (r.isNavigationRequest() && r.frame() === page.mainFrame()) requestAt ||= performance.now();
    };
    page.on("request", onRequest);
    const text = original.replace(product.naamLine, `${product.naamLine} ${marker}`);
    const t = performance.now();
    writeFileSync(product.file, text);
    // A full reload is a navigation; wait for loads until one shows the new name.
    for (;;) {
      const remaining = TIMEOUT_MS - (performance.now() - t);
      if (remaining <= 0) throw new Error(`de nieuwe naam verscheen niet binnen ${TIMEOUT_MS / 1000} s:\n${log}`);
      await page.waitForNavigation({ waitUntil: "load", timeout: remaining }).catch(() => undefined);
      if ((await heading()).includes(marker)) break;
    }
    const ms = performance.now() - t;
    page.off("request", onRequest);
    onVerdict = undefined;
    if (run > 0) {
      times.push(ms);
      if (verdictAt) verdicts.push(verdictAt - t);
      if (requestAt) requests.push(requestAt - t);
    }
    // Let the watcher's debounce settle before the next save.
    await new Promise((r) => setTimeout(r, 300));
  }
} finally {
  await browser?.close().catch(() => undefined);
  await stop();
}
const round = (x: number) => Math.round(x);
console.log(
  JSON.stringify({
    medianMs: round(median(times)),
    maxMs: round(Math.max(...times)),
    runs: times.map(round),
    phases: { validatedMs: verdicts.length ? round(median(verdicts)) : null, reloadRequestMs: requests.length ? round(median(requests)) : null, shownMs: round(median(times)) },
  }),
);
process.exit(0);
