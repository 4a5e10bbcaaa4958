import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { browserForFile } from "../browser.ts";

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


async function until<T>(what: () => Promise<T | undefined>, timeoutMs = 60_000, waitingFor = ""): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await what().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`de live preview reageerde niet op tijd${waitingFor && ` (${waitingFor})`}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Starts `npm run dev` on a copy of the small fixture tender, after `prepare`
 * edits the copy, on a port the system chooses when the server binds it (0).
 * The preview says on which address it serves; requests go there, and only
 * there: before it said so, there is no address to ask.
 */
async function startPreview(prepare: (content: string) => void = () => {}) {
  const content = mkdtempSync(join(tmpdir(), "dev-"));
  cpSync("test/fixtures/klein", content, { recursive: true });
  prepare(content);
  const output = { log: "", port: 0 };
  const server = spawn(process.execPath, ["--import", "tsx", "-e", `import("./src/site/dev-server.ts").then((m) => m.runDevServer(${JSON.stringify(content)}, 0))`], { stdio: ["ignore", "pipe", "pipe"] });
  started.push({ server, content });
  server.stdout!.on("data", (d) => {
    output.log += d;
    // The waiting page's address while the content is invalid, then the site's.
    const site = /Productenboek: http:\/\/127\.0\.0\.1:(\d+)\//.exec(output.log);
    const waiting = /de fouten staan ook op http:\/\/127\.0\.0\.1:(\d+)\//.exec(output.log);
    output.port = Number((site ?? waiting)?.[1] ?? 0);
  });
  server.stderr!.on("data", (d) => (output.log += d));
  const get = async (path: string) => {
    if (!output.port) throw new Error("de preview heeft nog geen adres genoemd");
    const response = await fetch(`http://127.0.0.1:${output.port}${path}`);
    return { status: response.status, html: await response.text() };
  };
  const page = (path: string) => get(path).then((r) => r.html);
  return { content, server, output, page, get };
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
    const browser = await browserForFile();
    try {
      const tab = await browser.newPage();
      // Loaded, and connected to the preview for updates, as an open page is.
      await tab.goto(`http://127.0.0.1:${output.port}/producten/spoedbed/`, { waitUntil: "load" });
      await tab.waitForSelector('html[data-voorbeeld="verbonden"]', { timeout: 30_000 });
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

  it("notices every kind of save: a Markdown edit, an added and a removed file, a YAML syntax error, an atomic save and a save after it", async () => {
    const { content, server, output, page, get } = await startPreview();
    /** Each change must show within this time: the watcher reacts in well under a second. */
    const soon = 30_000;
    const shows = (path: string, check: (r: { status: number; html: string }) => boolean) =>
      until(
        async () => {
          const r = await get(path);
          return check(r) ? r : undefined;
        },
        soon,
        `${path}: ${check.toString()}`,
      );

    expect(await siteServes(page, "/bestek/inleiding/")).toContain("De regio koopt");
    // Port 0: the system chose the port as the preview bound it (one of its ephemeral ports), not a default another preview may hold.
    const [low, high] = readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/).map(Number);
    expect(output.port).toBeGreaterThanOrEqual(low);
    expect(output.port).toBeLessThanOrEqual(high);
    expect(await page("/bestek/rechtsbescherming/")).toContain("meldt u via Mercell");

    // A Markdown chapter edited.
    edit(join(content, "teksten/10-inleiding.md"), "De regio koopt", "De regio Lingewaard koopt");
    await shows("/bestek/inleiding/", (r) => r.html.includes("De regio Lingewaard koopt"));

    // A chapter added: a page of its own, which did not exist before.
    expect((await get("/bestek/nieuw/")).status).toBe(404);
    writeFileSync(join(content, "teksten/30-nieuw.md"), "---\ntitel: Nieuw hoofdstuk\nvolgorde: 30\n---\nDit hoofdstuk is er net bij.\n");
    const added = await shows("/bestek/nieuw/", (r) => r.status === 200);
    expect(added.html).toContain("Dit hoofdstuk is er net bij.");

    // Files removed: the chapter added above loses its page; the fixture's own chapter its text.
    rmSync(join(content, "teksten/30-nieuw.md"));
    await shows("/bestek/nieuw/", (r) => r.status === 404);
    rmSync(join(content, "teksten/20-rechtsbescherming.md"));
    await shows("/bestek/rechtsbescherming/", (r) => r.status === 200 && r.html.includes("<main") && !r.html.includes("meldt u via Mercell"));

    // A YAML syntax error: the Dutch message at file:line, in the browser and the terminal, over the last valid version.
    const segment = join(content, "segmenten/spoed.yaml");
    const valid = readFileSync(segment, "utf8");
    const line = valid.split("\n").findIndex((l) => l.includes("naam: Spoedbed")) + 1;
    writeFileSync(segment, valid.replace("naam: Spoedbed", "naam: Spoedbed: met dubbele punt"));
    const broken = await shows("/producten/spoedbed/", (r) => r.html.includes('class="dev-errors"'));
    const message = new RegExp(`segmenten/spoed\\.yaml:${line}:\\d+: fout: YAML-fout: een blok kan geen sleutel zijn; ontbreekt er een dubbele punt\\?`);
    expect(broken.html).toMatch(message);
    expect(broken.html).toContain("u ziet de laatste geldige versie");
    expect(output.log).toMatch(message);

    // Fixed by an atomic save, as editors save: a temporary file beside it, renamed over the original.
    const temporary = join(content, "segmenten/.spoed.yaml.tmp");
    writeFileSync(temporary, valid.replace("tarief: 412.35", "tarief: 415.10"));
    renameSync(temporary, segment);
    await shows("/producten/spoedbed/", (r) => !r.html.includes('class="dev-errors"') && r.html.includes("€ 415,10 per etmaal"));

    // And a plain save after the atomic one, of the file that replaced the original: still seen.
    edit(segment, "tarief: 415.10", "tarief: 416.20");
    await shows("/producten/spoedbed/", (r) => r.html.includes("€ 416,20 per etmaal"));
    edit(segment, "tarief: 416.20", "tarief: 417.30");
    await shows("/producten/spoedbed/", (r) => r.html.includes("€ 417,30 per etmaal"));

    // Several atomic saves of the same file in a row: each one is seen, not only the first.
    let tariff = "417.30";
    for (const next of ["418.40", "419.50", "420.60"]) {
      writeFileSync(temporary, readFileSync(segment, "utf8").replace(`tarief: ${tariff}`, `tarief: ${next}`));
      renameSync(temporary, segment);
      await shows("/producten/spoedbed/", (r) => r.html.includes(`€ ${next.replace(".", ",")} per etmaal`));
      tariff = next;
    }
    // `sed -i` replaces the file by a new one as well (its own temporary file, renamed over it); twice.
    execFileSync("sed", ["-i", "s/tarief: 420.60/tarief: 421.70/", segment]);
    await shows("/producten/spoedbed/", (r) => r.html.includes("€ 421,70 per etmaal"));
    execFileSync("sed", ["-i", "s/tarief: 421.70/tarief: 422.80/", segment]);
    await shows("/producten/spoedbed/", (r) => r.html.includes("€ 422,80 per etmaal"));
    // And a plain save after all of that.
    edit(segment, "tarief: 422.80", "tarief: 423.90");
    await shows("/producten/spoedbed/", (r) => r.html.includes("€ 423,90 per etmaal"));
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
      const browser = await browserForFile();
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
