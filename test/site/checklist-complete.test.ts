/**
 * The bidders' checklist is complete and works as a checklist, on the
 * example, Rijnmond and `klein`: for every lot a bidder can bid on, the page
 * (with only that lot chosen) and the checklist attachment list everything
 * the documents ask of it, read here from the tender's YAML: the eisen of the
 * hoofdtender, the subtender and the lot's products; what the lot's products
 * ask of the staff (opleidingsniveau, registratie, groepsgrootte); the plan
 * van aanpak and criteria; the deliverables of combinations, subcontracting
 * and reliance on others; and where to hand it in. The boxes tick, and the
 * ticks survive a reload.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserForFile, type FileBrowser } from "../browser.ts";
import { flat, pdftotext } from "../pdf/helpers.ts";
import { shared } from "../shared/builds.ts";
import { serveShared, stopServing, type ServedTender } from "./build-fixtures.ts";

type Name = "voorbeeld" | "rijnmond" | "klein";
interface Criterion { naam: string; weging: number }
interface LotYaml { id: string; nummer: string; naam: string; producten?: string[]; subpercelen?: LotYaml[]; gunningscriteria?: Criterion[] }
interface SubtenderYaml { id: string; naam: string; procedure: string; eisen?: string[]; plan_van_aanpak?: { max_a4: number }; gunningscriteria?: Criterion[]; percelen: LotYaml[] }
interface ProductYaml { id: string; naam: string; personeel: { minimaal_opleidingsniveau: string; registratie?: string[] }; groepsgrootte_max?: number; leveringsvoorwaarden?: string[] }
interface Biddable { id: string; title: string; subtender: SubtenderYaml; products: string[]; criteria: Criterion[] }

/** How the productenboek words an opleidingsniveau and a registration (written out here, not imported). */
const LEVEL: Record<string, string> = { "mbo-2": "mbo niveau 2", "mbo-3": "mbo niveau 3", "mbo-4": "mbo niveau 4", hbo: "hbo", "hbo-plus": "hbo+ (post-hbo)", wo: "wo" };
const REGISTER: Record<string, string> = { skj: "SKJ", big: "BIG", nvrg: "NVRG", nip: "NIP", nvo: "NVO", kabiz: "Kabiz" };
const registers = (r: string[]) => (r.length === 1 ? REGISTER[r[0]] : `${r.slice(0, -1).map((x) => REGISTER[x]).join(", ")} of ${REGISTER[r.at(-1)!]}`);

function readInput(name: Name) {
  const dir = shared(name).content;
  const yaml = <T>(file: string) => parse(readFileSync(join(dir, file), "utf8")) as T;
  const tender = yaml<{ hoofdtender: { eisen: string[] }; subtenders: string[] }>("aanbesteding.yaml");
  const requirements = yaml<{ id: string; titel: string }[]>("eisen.yaml");
  const products = readdirSync(join(dir, "segmenten")).flatMap((f) => yaml<{ producten: ProductYaml[] }>(`segmenten/${f}`).producten);
  const biddable: Biddable[] = tender.subtenders.map((id) => yaml<SubtenderYaml>(`subtenders/${id}.yaml`)).flatMap((s) =>
    s.percelen.flatMap((lot) =>
      lot.subpercelen?.length
        ? lot.subpercelen.map((sub) => ({ id: sub.id, title: `Subperceel ${sub.nummer} ${sub.naam} (perceel ${lot.nummer} ${lot.naam})`, subtender: s, products: sub.producten ?? lot.producten ?? [], criteria: sub.gunningscriteria ?? lot.gunningscriteria ?? s.gunningscriteria ?? [] }))
        : [{ id: lot.id, title: `Perceel ${lot.nummer} ${lot.naam}`, subtender: s, products: lot.producten ?? [], criteria: lot.gunningscriteria ?? s.gunningscriteria ?? [] }],
    ),
  );
  return { hoofdtender: tender.hoofdtender.eisen, requirements, products, biddable };
}

/** Everything the documents ask of a bidder on one lot, as the checklist must say it. */
function expectedFor(i: ReturnType<typeof readInput>, lot: Biddable): string[] {
  const title = (id: string) => i.requirements.find((r) => r.id === id)!.titel;
  const products = lot.products.map((id) => i.products.find((p) => p.id === id)!);
  const out = [
    ...i.hoofdtender.map(title),
    ...(lot.subtender.eisen ?? []).map(title),
    ...products.flatMap((p) => (p.leveringsvoorwaarden ?? []).map(title)),
    ...products.map((p) => p.naam),
    ...products.map((p) => `Opleidingsniveau minimaal ${LEVEL[p.personeel.minimaal_opleidingsniveau]}.`),
    ...products.flatMap((p) => (p.personeel.registratie?.length ? [`Registratie: ${registers(p.personeel.registratie)}.`] : [])),
    ...products.flatMap((p) => (p.groepsgrootte_max !== undefined ? [`Groepsgrootte ten hoogste ${p.groepsgrootte_max} ${p.groepsgrootte_max === 1 ? "jeugdige" : "jeugdigen"}.`] : [])),
    "Combinatie: de penvoerder en de deelnemers",
    "Combinatie: een UEA per deelnemer",
    "Onderaanneming: de lijst van onderaannemers",
    "Noem iedere onderaannemer en het deel van het werk dat die doet.",
    "Beroep op derden: een UEA en een verklaring van die ander",
    "U levert alles in via Mercell",
  ];
  if (lot.subtender.procedure === "aanbesteding") {
    out.push(...lot.criteria.map((c) => `${c.naam} (weging ${c.weging}%)`));
    if (lot.subtender.plan_van_aanpak) out.push(`van ten hoogste ${lot.subtender.plan_van_aanpak.max_a4} A4 in totaal`);
  }
  return out;
}

const NAMES: Name[] = ["voorbeeld", "rijnmond", "klein"];
const LOTS: Record<Name, number> = { voorbeeld: 13, rijnmond: 10, klein: 4 };
let browser: FileBrowser;
const sites: Partial<Record<Name, ServedTender>> = {};

beforeAll(async () => {
  browser = await browserForFile();
  for (const name of NAMES) sites[name] = await serveShared(name);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stopServing(Object.values(sites) as ServedTender[]);
});

const visibleText = (page: Page) => page.$eval(".checklist-all", (m) => (m as HTMLElement).innerText.replace(/\s+/g, " "));

describe.each(NAMES)("the checklist of %s", (name) => {
  const i = readInput(name);

  it("lists on the page, per chosen lot, everything the documents ask of that lot", async () => {
    expect(i.biddable.length).toBe(LOTS[name]);
    const page = await browser.newPage();
    for (const lot of i.biddable) {
      await page.goto(`${sites[name]!.url}/inschrijven/?percelen=${lot.id}`, { waitUntil: "load" });
      const text = await visibleText(page);
      const expected = expectedFor(i, lot);
      expect(expected.length).toBeGreaterThan(8);
      for (const e of expected) expect(text, `${lot.id}: ${e}`).toContain(e);
      // Where it goes: once for the whole tender, the rest with the part of the bid it belongs to.
      expect(text).toContain("in Mercell, één keer voor de hele aanbesteding");
      // The printout is headed with the chosen lot.
      expect(await page.$eval("#afdruk-kop", (p) => p.textContent)).toBe(`Checklist voor: ${lot.title}.`);
    }
    await page.close();
  }, 300_000);

  it("lists in the checklist attachment, under each lot, that lot's staff requirements, and the rest once", () => {
    const out = shared(name).out;
    const manifest = JSON.parse(readFileSync(join(out, "mercell", "manifest.json"), "utf8")) as { bestanden: { bestand: string; titel: string }[] };
    const file = manifest.bestanden.find((f) => f.titel === "Checklist inschrijving")!;
    expect(file).toBeDefined();
    // Table cells wrap words over lines (and the text layer reads cells side by side): compare without any whitespace.
    const squeeze = (t: string) => t.replace(/\s+/g, "");
    const text = squeeze(flat(pdftotext(join(out, "mercell", file.bestand), { raw: true })));
    // The lots in order, each from its heading to the next lot's (after the table of contents).
    const starts = i.biddable.map((lot) => text.lastIndexOf(squeeze(lot.title)));
    expect(starts.every((s, k) => s > 0 && (k === 0 || s > starts[k - 1]))).toBe(true);
    for (const [k, lot] of i.biddable.entries()) {
      const own = text.slice(starts[k], starts[k + 1] ?? text.length);
      const products = lot.products.map((id) => i.products.find((p) => p.id === id)!);
      expect(products.length).toBeGreaterThan(0);
      for (const p of products) {
        expect(own, `${lot.id}: ${p.naam}`).toContain(squeeze(p.naam));
        expect(own, `${lot.id}: ${p.naam}`).toContain(squeeze(`Opleidingsniveau minimaal ${LEVEL[p.personeel.minimaal_opleidingsniveau]}.`));
      }
    }
    for (const lot of i.biddable) for (const e of expectedFor(i, lot)) expect(text, `${lot.id}: ${e}`).toContain(squeeze(e));
  });
});

describe("ticking the checklist", () => {
  it("ticks real boxes, keeps them over a reload for this version, and clears them on request", async () => {
    const page = await browser.newPage();
    const at = `${sites.klein!.url}/inschrijven/`;
    await page.goto(at, { waitUntil: "load" });
    const boxes = await page.$$("ul.checklist input[type=checkbox]");
    expect(boxes.length).toBeGreaterThan(20);
    await boxes[0].click();
    await boxes[3].click();
    // The key names the tender and its version (test/fixtures/klein: id, versie 2.1).
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(["inschrijven:jeugdhulp-noord-2026:2.1"]);
    await page.reload({ waitUntil: "load" });
    const checked = await page.$$eval("ul.checklist input[type=checkbox]", (bs) => bs.map((b) => (b as HTMLInputElement).checked));
    expect(checked.filter(Boolean).length).toBe(2);
    expect(checked[0] && checked[3]).toBe(true);
    await page.click("#vinkjes-wissen");
    await page.reload({ waitUntil: "load" });
    expect(await page.$$eval("ul.checklist input:checked", (bs) => bs.length)).toBe(0);
    await page.close();
  });
});
