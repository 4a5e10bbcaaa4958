import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

let server: ChildProcess | undefined;
afterAll(() => server?.kill("SIGTERM"));

async function until<T>(what: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await what().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error("de live preview reageerde niet op tijd");
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe("npm run dev (live preview)", () => {
  it("shows an edit, shows a validation error with file:line, and keeps running", async () => {
    const content = mkdtempSync(join(tmpdir(), "dev-"));
    cpSync("test/fixtures/klein", content, { recursive: true });
    const port = 4400 + Math.floor(Math.random() * 400);
    let log = "";
    server = spawn(process.execPath, ["--import", "tsx", "-e", `import("./src/site/dev-server.ts").then((m) => m.runDevServer(${JSON.stringify(content)}, ${port}))`], { stdio: ["ignore", "pipe", "pipe"] });
    server.stdout!.on("data", (d) => (log += d));
    server.stderr!.on("data", (d) => (log += d));
    const page = (path: string) => fetch(`http://127.0.0.1:${port}${path}`).then((r) => r.text());

    const first = await until(async () => ((await page("/producten/spoedbed/")).includes("€ 412,35 per etmaal") ? true : undefined));
    expect(first).toBe(true);

    const segment = join(content, "segmenten/spoed.yaml");
    writeFileSync(segment, readFileSync(segment, "utf8").replace("tarief: 412.35", "tarief: 415.10"));
    await until(async () => ((await page("/producten/spoedbed/")).includes("€ 415,10 per etmaal") ? true : undefined));

    const subtender = join(content, "subtenders/spoed.yaml");
    writeFileSync(subtender, readFileSync(subtender, "utf8").replace("weging: 40 }", "weging: 45 }"));
    const withError = await until(async () => {
      const html = await page("/");
      return html.includes('class="dev-errors"') ? html : undefined;
    });
    expect(withError).toMatch(/subtenders\/spoed\.yaml:7:3: fout: de wegingen/);
    expect(log).toMatch(/subtenders\/spoed\.yaml:7:3: fout: de wegingen/);

    // Fixing the error brings the normal page back: the server kept running.
    writeFileSync(subtender, readFileSync(subtender, "utf8").replace("weging: 45 }", "weging: 40 }"));
    await until(async () => ((await page("/")).includes('class="dev-errors"') ? undefined : true));
    expect(server.exitCode).toBeNull();
  });
});
