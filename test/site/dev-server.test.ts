import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { launchChromium } from "../../src/browser/launch.ts";
import { freePort } from "../../scripts/free-port.ts";

/** What each test started: stopped, and its content copy removed, after the test whatever happened. */
const started: { server: ChildProcess; content: string }[] = [];
afterEach(async () => {
  for (const { server, content } of started.splice(0)) {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((r) => server.once("exit", r));
      server.kill("SIGTERM");
      await exited;
    }
    rmSync(content, { recursive: true, force: true });
  }
});


async function until<T>(what: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await what().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error("de live preview reageerde niet op tijd");
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Starts `npm run dev` on a copy of the small fixture tender, after `prepare`
 * edits the copy. The preview says on which address it serves; requests go there.
 */
async function startPreview(prepare: (content: string) => void = () => {}) {
  const content = mkdtempSync(join(tmpdir(), "dev-"));
  cpSync("test/fixtures/klein", content, { recursive: true });
  prepare(content);
  const output = { log: "", port: await freePort() };
  const server = spawn(process.execPath, ["--import", "tsx", "-e", `import("./src/site/dev-server.ts").then((m) => m.runDevServer(${JSON.stringify(content)}, ${output.port}))`], { stdio: ["ignore", "pipe", "pipe"] });
  started.push({ server, content });
  server.stdout!.on("data", (d) => {
    output.log += d;
    const announced = /Productenboek: http:\/\/127\.0\.0\.1:(\d+)\//.exec(output.log);
    if (announced) output.port = Number(announced[1]);
  });
  server.stderr!.on("data", (d) => (output.log += d));
  const page = (path: string) => fetch(`http://127.0.0.1:${output.port}${path}`).then((r) => r.text());
  return { content, server, output, page };
}

/** The HTML of a page once the preview serves the site (not the page that lists errors). */
const siteServes = (page: (path: string) => Promise<string>, path: string) =>
  until(async () => {
    const html = await page(path);
    return html.includes("<main") && !html.includes('class="dev-errors"') ? html : undefined;
  });

const edit = (file: string, from: string, to: string) => writeFileSync(file, readFileSync(file, "utf8").replace(from, to));

describe("npm run dev (live preview)", () => {
  it("shows an edit, shows a validation error with file:line, and keeps running", async () => {
    const { content, server, output, page } = await startPreview();

    const first = await siteServes(page, "/producten/spoedbed/");
    expect(first).toMatch(/<h1[^>]*>Spoedbed<\/h1>/);
    expect(first).toContain("€ 412,35 per etmaal");

    // A reader with the page open sees the new tariff without reloading it.
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      // networkidle: the page has connected to the preview for updates, as an open page has.
      await tab.goto(`http://127.0.0.1:${output.port}/producten/spoedbed/`, { waitUntil: "networkidle0" });
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
    // The error quotes a value with markup in it: the error page shows it as text, it never runs.
    const hostile = `<img src=x onerror="document.title='XSS-'+'GELOPEN'">`;
    const lot = "producten: [spoedbed], aantal_contractanten: 1 }";
    const { content, server, page, output } = await startPreview((dir) => edit(join(dir, "subtenders/spoed.yaml"), lot, `producten: [${JSON.stringify(hostile)}], aantal_contractanten: 1 }`));
    const waiting = await until(async () => {
      const html = await page("/producten/spoedbed/");
      return html.includes('class="dev-errors"') ? html : undefined;
    });
    expect(waiting).toContain('lang="nl"');
    expect(waiting).toContain("De inhoud bevat fouten");
    expect(waiting).toMatch(/subtenders\/spoed\.yaml:18:\d+: fout: veld `producten` \(element 1\) heeft de ongeldige waarde/);
    /** What a browser shows of the error list: the value as text, no image made from it, its handler never run. */
    const expectShownAsText = async () => {
      const browser = await launchChromium();
      try {
        const tab = await browser.newPage();
        await tab.goto(`http://127.0.0.1:${output.port}/producten/spoedbed/`, { waitUntil: "load" });
        const shown = await tab.$eval(".dev-errors", (e) => ({ images: e.querySelectorAll("img").length, title: document.title, text: (e as HTMLElement).innerText }));
        expect(shown.images).toBe(0);
        expect(shown.title).not.toContain("GELOPEN");
        expect(shown.text).toContain(hostile);
      } finally {
        await browser.close();
      }
    };
    await expectShownAsText();

    edit(join(content, "subtenders/spoed.yaml"), `producten: [${JSON.stringify(hostile)}], aantal_contractanten: 1 }`, lot);
    const fixed = await siteServes(page, "/producten/spoedbed/");
    expect(fixed).toMatch(/<h1[^>]*>Spoedbed<\/h1>/);
    expect(fixed).toContain("€ 412,35 per etmaal");
    expect(fixed).not.toContain("De inhoud bevat fouten");

    // Invalid again after a valid version: the list of errors over the last valid version shows the value as text too.
    edit(join(content, "subtenders/spoed.yaml"), lot, `producten: [${JSON.stringify(hostile)}], aantal_contractanten: 1 }`);
    await until(async () => ((await page("/producten/spoedbed/")).includes("u ziet de laatste geldige versie") ? true : undefined));
    await expectShownAsText();
    expect(server.exitCode).toBeNull();
  });
});
