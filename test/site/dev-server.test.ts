import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../src/browser/launch.ts";

const servers: ChildProcess[] = [];
afterAll(() => servers.forEach((s) => s.kill("SIGTERM")));

async function until<T>(what: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await what().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error("de live preview reageerde niet op tijd");
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Starts `npm run dev` on a copy of the small fixture tender, after `prepare` edits the copy. */
function startPreview(prepare: (content: string) => void = () => {}) {
  const content = mkdtempSync(join(tmpdir(), "dev-"));
  cpSync("test/fixtures/klein", content, { recursive: true });
  prepare(content);
  const port = 4400 + Math.floor(Math.random() * 400);
  const output = { log: "" };
  const server = spawn(process.execPath, ["--import", "tsx", "-e", `import("./src/site/dev-server.ts").then((m) => m.runDevServer(${JSON.stringify(content)}, ${port}))`], { stdio: ["ignore", "pipe", "pipe"] });
  servers.push(server);
  server.stdout!.on("data", (d) => (output.log += d));
  server.stderr!.on("data", (d) => (output.log += d));
  const page = (path: string) => fetch(`http://127.0.0.1:${port}${path}`).then((r) => r.text());
  return { content, server, output, page, port };
}

const edit = (file: string, from: string, to: string) => writeFileSync(file, readFileSync(file, "utf8").replace(from, to));

describe("npm run dev (live preview)", () => {
  it("shows an edit, shows a validation error with file:line, and keeps running", async () => {
    const { content, server, output, page, port } = startPreview();

    const first = await until(async () => ((await page("/producten/spoedbed/")).includes("€ 412,35 per etmaal") ? true : undefined));
    expect(first).toBe(true);

    // A reader with the page open sees the new tariff without reloading it.
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      // networkidle: the page has connected to the preview for updates, as an open page has.
      await tab.goto(`http://127.0.0.1:${port}/producten/spoedbed/`, { waitUntil: "networkidle0" });
      expect(await tab.$eval("main", (m) => m.textContent)).toContain("€ 412,35 per etmaal");
      edit(join(content, "segmenten/spoed.yaml"), "tarief: 412.35", "tarief: 415.10");
      // The preview reloads the page: poll its text (a reload replaces the document under a waiting function).
      await until(async () => ((await tab.$eval("main", (m) => m.textContent)).includes("€ 415,10 per etmaal") ? true : undefined), 30_000);
    } finally {
      await browser.close();
    }
    await until(async () => ((await page("/producten/spoedbed/")).includes("€ 415,10 per etmaal") ? true : undefined));

    const subtender = join(content, "subtenders/spoed.yaml");
    edit(subtender, "weging: 40 }", "weging: 45 }");
    const withError = await until(async () => {
      const html = await page("/");
      return html.includes('class="dev-errors"') ? html : undefined;
    });
    expect(withError).toMatch(/subtenders\/spoed\.yaml:7:3: fout: de wegingen/);
    expect(output.log).toMatch(/subtenders\/spoed\.yaml:7:3: fout: de wegingen/);

    // Fixing the error brings the normal page back: the server kept running.
    edit(subtender, "weging: 45 }", "weging: 40 }");
    await until(async () => ((await page("/")).includes('class="dev-errors"') ? undefined : true));
    expect(server.exitCode).toBeNull();
  });

  it("shows the errors in the browser when the content is invalid from the start, then the site once fixed", async () => {
    const { content, server, page } = startPreview((dir) => edit(join(dir, "subtenders/spoed.yaml"), "weging: 40 }", "weging: 45 }"));
    const waiting = await until(async () => {
      const html = await page("/producten/spoedbed/");
      return html.includes('class="dev-errors"') ? html : undefined;
    });
    expect(waiting).toContain('lang="nl"');
    expect(waiting).toContain("De inhoud bevat fouten");
    expect(waiting).toMatch(/subtenders\/spoed\.yaml:7:3: fout: de wegingen/);

    edit(join(content, "subtenders/spoed.yaml"), "weging: 45 }", "weging: 40 }");
    const fixed = await until(async () => ((await page("/producten/spoedbed/")).includes("€ 412,35 per etmaal") ? true : undefined));
    expect(fixed).toBe(true);
    expect(server.exitCode).toBeNull();
  });
});
