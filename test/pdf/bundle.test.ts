import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyBundle } from "../../src/pdf/verify.ts";
import { cliArgv } from "../run-cli.ts";
import { build, pdftotext, readJson, sharedBundle, type Built } from "./helpers.ts";

const verifyCli = (dir: string) => spawnSync(process.execPath, cliArgv(["verify", dir]), { encoding: "utf8" });

describe("het manifest en npm run verify", () => {
  let b: Built;
  beforeAll(async () => {
    b = sharedBundle("klein");
  });

  it("beschrijft elk bestand met precies de afgesproken sleutels, ook als CSV", () => {
    const m = readJson<Record<string, unknown>>(join(b.out, "manifest.json"));
    expect(Object.keys(m)).toEqual(["kenmerk", "versie", "datum", "bestanden"]);
    expect(m).toMatchObject({ kenmerk: "RN-2025-014", versie: "2.1", datum: "2025-09-01" });
    for (const f of m.bestanden as Record<string, unknown>[]) {
      expect(Object.keys(f).sort()).toEqual(["bestand", "bytes", "datum", "nummer", "paginas", "sha256", "titel", "versie"]);
      expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const csv = readFileSync(join(b.out, "manifest.csv"), "utf8").trim().split("\r\n");
    expect(csv[0]).toBe("nummer;titel;bestand;versie;datum;sha256;bytes;paginas;kenmerk");
    expect(csv[1].endsWith(";RN-2025-014")).toBe(true);
    expect(csv).toHaveLength(b.manifest.bestanden.length + 1);
    expect(csv[1]).toContain(b.manifest.bestanden[0].sha256);
  });

  it("slaagt voor een ongewijzigde bundel", () => {
    const r = verifyCli(b.out);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${b.manifest.bestanden.length} bestanden`);
  });

  it("faalt met een Nederlandse melding die het bestand noemt als één byte van een PDF verandert", () => {
    const copy = mkdtempSync(join(tmpdir(), "verify-"));
    cpSync(b.out, copy, { recursive: true });
    const target = b.manifest.bestanden[1].bestand;
    const bytes = readFileSync(join(copy, target));
    const at = Math.floor(bytes.length / 2);
    bytes[at] = bytes[at] ^ 0x01;
    writeFileSync(join(copy, target), bytes);
    const r = verifyCli(copy);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(target);
    expect(r.stderr).toMatch(/SHA-256 klopt niet/);
    expect(verifyBundle(copy).problems).toHaveLength(1);
  });

  it("faalt als het paginatal in het manifest niet klopt of een PDF ontbreekt", () => {
    const copy = mkdtempSync(join(tmpdir(), "verify-"));
    cpSync(b.out, copy, { recursive: true });
    const m = readJson<{ bestanden: { paginas: number; bestand: string }[] }>(join(copy, "manifest.json"));
    m.bestanden[0].paginas += 1;
    writeFileSync(join(copy, "manifest.json"), JSON.stringify(m));
    const problems = verifyBundle(copy).problems;
    expect(problems).toEqual([`${m.bestanden[0].bestand}: ${m.bestanden[0].paginas - 1} pagina's, het manifest zegt ${m.bestanden[0].paginas}`]);
    appendFileSync(join(copy, "extra.pdf"), "%PDF-1.4\n");
    expect(verifyBundle(copy).problems).toContain("extra.pdf: staat niet in het manifest");
    const r = verifyCli(join(copy, "bestaat-niet"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("manifest.json ontbreekt");
  });
});

describe("offline renderen", () => {
  let server: Server;
  let hits = 0;
  let port = 0;
  beforeAll(async () => {
    // A server that accepts and never answers: a fetch would hold the print until the time budget runs out.
    server = createServer(() => {
      hits++;
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it("haalt een externe afbeelding uit de inhoud nooit op en bouwt gewoon door", async () => {
    const content = mkdtempSync(join(tmpdir(), "offline-"));
    cpSync("test/fixtures/klein", content, { recursive: true });
    const chapter = join(content, "teksten/10-inleiding.md");
    const local = `http://127.0.0.1:${port}/logo.png`;
    writeFileSync(chapter, `${readFileSync(chapter, "utf8")}\n\nLogo: ![logo](${local}) en ![ander](https://example.com/x.png).\n\nStijl: [css](http://127.0.0.1:${port}/stijl.css)\n`);
    // With a budget well below the test timeout, a request that got through would fail the build.
    const built = await build(content, { timeoutMs: 90_000 });
    expect(hits).toBe(0);
    expect(built.blocked).toContain(local);
    expect(built.blocked).toContain("https://example.com/x.png");
    expect(built.blocked.every((u) => !u.startsWith("file:") && !u.startsWith("data:"))).toBe(true);
    // The sanitizer keeps an image's alt text; the page itself renders.
    const leidraad = join(built.out, built.manifest.bestanden[0].bestand);
    expect(pdftotext(leidraad)).toContain("Logo:");
  });
});

describe("de tijdslimiet", () => {
  it("breekt het printen af met een Nederlandse melding en laat geen map achter", async () => {
    const { renderAttachments } = await import("../../src/pdf/render-attachments.ts");
    const { loadModel } = await import("./helpers.ts");
    const { existsSync } = await import("node:fs");
    const out = join(mkdtempSync(join(tmpdir(), "deadline-")), "mercell");
    await expect(renderAttachments(loadModel("test/fixtures/klein"), out, { timeoutMs: 50 })).rejects.toThrow(/PDF's maken duurde langer dan/);
    expect(existsSync(out)).toBe(false);
  });
});
