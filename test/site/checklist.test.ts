import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserForFile, type FileBrowser } from "../browser.ts";
import { flat, pdfinfo, pdftotext } from "../pdf/helpers.ts";
import { shared } from "../shared/builds.ts";
import { serveShared, stopServing, type ServedTender } from "./build-fixtures.ts";

/**
 * The bidders' checklist (/inschrijven/ and the checklist attachment), as a
 * bidder uses it: tick lots in a real browser, read it without JavaScript,
 * print it, and read the numbered PDF in the bundle. What it must say is read
 * from the tender's YAML, never from the code that writes the checklist.
 */

let browser: FileBrowser;
const sites: Record<string, ServedTender> = {};

beforeAll(async () => {
  browser = await browserForFile();
  for (const name of ["voorbeeld", "rijnmond"] as const) sites[name] = await serveShared(name);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stopServing(Object.values(sites));
});

interface Criterion { naam: string; weging: number; max_a4?: number }
interface LotYaml {
  id: string;
  nummer: string;
  naam: string;
  producten?: string[];
  subpercelen?: LotYaml[];
  voorwaarden?: { vereist_product?: string; vereist_perceel?: string }[];
  gunningscriteria?: Criterion[];
}
interface SubtenderYaml { id: string; naam: string; eisen?: string[]; plan_van_aanpak?: { max_a4: number }; gunningscriteria?: Criterion[]; percelen: LotYaml[] }
interface RequirementYaml { id: string; titel: string; soort: string; bewijs?: string }
interface ProductYaml { id: string; naam: string; leveringsvoorwaarden?: string[] }
/** A lot as the YAML has it, with the names the checklist must give it. */
interface InputLot { lot: LotYaml; subtender: SubtenderYaml; parent?: LotYaml; name: string; title: string }
interface Input {
  planning: { id: string; mijlpaal: string; datum: string }[];
  bijlagen: { nummer: string; titel: string; inhoud?: string }[];
  hoofdtender: string[];
  subtenders: SubtenderYaml[];
  requirements: RequirementYaml[];
  products: ProductYaml[];
  /** Every lot and sub-lot, in the order of the YAML. */
  lots: InputLot[];
  /** The lots a bidder bids on: a lot without sub-lots, or a sub-lot. */
  biddable: InputLot[];
}

/** The tender's YAML (the content folder its shared build was built from). */
function readInput(name: "voorbeeld" | "rijnmond"): Input {
  const dir = shared(name).content;
  const yaml = <T>(file: string) => parse(readFileSync(join(dir, file), "utf8")) as T;
  const tender = yaml<{ planning: Input["planning"]; bijlagen: Input["bijlagen"]; hoofdtender: { eisen: string[] }; subtenders: string[] }>("aanbesteding.yaml");
  const subtenders = tender.subtenders.map((id) => yaml<SubtenderYaml>(`subtenders/${id}.yaml`));
  const lots: InputLot[] = subtenders.flatMap((subtender) =>
    subtender.percelen.flatMap((lot) => [
      { lot, subtender, name: `perceel ${lot.nummer} ${lot.naam}`, title: `Perceel ${lot.nummer} ${lot.naam}` },
      ...(lot.subpercelen ?? []).map((sub) => ({ lot: sub, subtender, parent: lot, name: `subperceel ${sub.nummer} ${sub.naam}`, title: `Subperceel ${sub.nummer} ${sub.naam} (perceel ${lot.nummer} ${lot.naam})` })),
    ]),
  );
  return {
    planning: tender.planning,
    bijlagen: tender.bijlagen,
    hoofdtender: tender.hoofdtender.eisen,
    subtenders,
    requirements: yaml<RequirementYaml[]>("eisen.yaml"),
    products: readdirSync(join(dir, "segmenten")).sort().flatMap((f) => yaml<{ producten: ProductYaml[] }>(`segmenten/${f}`).producten),
    lots,
    biddable: lots.filter((l) => !l.lot.subpercelen?.length),
  };
}

const input = { voorbeeld: readInput("voorbeeld"), rijnmond: readInput("rijnmond") };
const lotOf = (i: Input, id: string) => i.lots.find((l) => l.lot.id === id)!;
const productOf = (i: Input, id: string) => i.products.find((p) => p.id === id)!;

/** Every requirement a bidder on a lot must meet, by the YAML: the hoofdtender's, the subtender's and its products' leveringsvoorwaarden. */
function requirementsFor(i: Input, lotId: string): RequirementYaml[] {
  const { lot, subtender } = lotOf(i, lotId);
  const ids = [...i.hoofdtender, ...(subtender.eisen ?? []), ...(lot.producten ?? []).flatMap((id) => productOf(i, id).leveringsvoorwaarden ?? [])];
  return [...new Set(ids)].map((id) => i.requirements.find((r) => r.id === id)!);
}

/** Every requirement some part of the tender uses. */
const usedRequirements = (i: Input) => {
  const ids = new Set([...i.hoofdtender, ...i.subtenders.flatMap((s) => s.eisen ?? []), ...i.products.flatMap((p) => p.leveringsvoorwaarden ?? [])]);
  return i.requirements.filter((r) => ids.has(r.id));
};

/** What a requirement without its own `bewijs` asks, by its kind, as the checklist must say it. */
const PROOF_OF_KIND: Record<string, string> = {
  uitsluitingsgrond: "Een eigen verklaring in het Uniform Europees Aanbestedingsdocument (UEA), deel III.",
  geschiktheidseis: "Een eigen verklaring in het Uniform Europees Aanbestedingsdocument (UEA), deel IV; op ons verzoek de bewijsstukken.",
  leveringsvoorwaarde: "Geen bewijs bij inschrijving; wij toetsen dit tijdens de looptijd van de overeenkomst.",
  contractvoorwaarde: "Geen bewijs bij inschrijving; de voorwaarde geldt vanaf de ingangsdatum van de overeenkomst.",
};

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
/** A date of the YAML as a Dutch reader writes it: `2024-04-15T12:00` is "15 april 2024, 12:00 uur". */
function dutchDate(value: string): string {
  const [y, m, d] = value.slice(0, 10).split("-").map(Number);
  const time = value.split("T")[1];
  return `${d} ${MONTHS[m - 1]} ${y}${time ? `, ${time.slice(0, 5)} uur` : ""}`;
}

/** Markdown as a reader sees it: link text without its target, no emphasis marks. */
const readable = (markdown: string) => flat(markdown.replace(/\[([^\]]+)\]\([^)]+\)/g, "$1").replace(/[*_`]/g, "")).trim();

/** What the reader sees: only rendered, visible text (hidden lots are not in innerText). */
const visibleText = (page: Page) => page.$eval(".checklist-all", (m) => (m as HTMLElement).innerText.replace(/\s+/g, " "));

async function openChecklist(site: string, lotIds: string[]): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${sites[site].url}/inschrijven/`, { waitUntil: "load" });
  for (const id of lotIds) await page.click(`input[name="perceel"][value="${id}"]`);
  return page;
}

describe("the checklist page of the example, for a bidder on perceel 5 Crisispleegzorg", () => {
  it("shows every eis with its bewijs and when it is due, the plan van aanpak limits, the Pleegzorg condition with what it costs, and the deadlines", async () => {
    const i = input.voorbeeld;
    const page = await openChecklist("voorbeeld", ["crisispleegzorg"]);
    const text = await visibleText(page);
    expect(new URL(page.url()).searchParams.get("percelen")).toBe("crisispleegzorg");
    const { lot, subtender: s } = lotOf(i, "crisispleegzorg");
    // The 8 eisen of the hoofdtender, the 4 of Subtender Crisis and the 3 leveringsvoorwaarden of the product Crisispleegzorg.
    const requirements = requirementsFor(i, "crisispleegzorg");
    expect(requirements.length).toBe(15);
    // Each requirement as one item: its title, its proof and when it is due, in the same list item.
    const items = await page.$$eval("ul.checklist > li", (lis) => lis.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => (li as HTMLElement).innerText.replace(/\s+/g, " ")));
    for (const r of requirements) {
      const item = items.find((x) => x.startsWith(r.titel));
      expect(item, r.titel).toBeDefined();
      expect(item, r.titel).toContain(readable(r.bewijs ?? PROOF_OF_KIND[r.soort]));
      if (r.soort === "minimumeis") expect(item).toContain("bij de inschrijving, uiterlijk 15 april 2024, 12:00 uur");
      if (r.soort === "leveringsvoorwaarde") expect(item).toContain("tijdens de looptijd van de overeenkomst");
    }
    // The plan van aanpak: the total, one per lot, and each criterion's own limit (the lot's own criteria).
    expect(text).toContain("Eén plan van aanpak voor dit perceel, van ten hoogste 4 A4 in totaal.");
    expect(s.plan_van_aanpak!.max_a4).toBe(4);
    expect(lot.gunningscriteria!.length).toBe(4);
    for (const c of lot.gunningscriteria!) {
      expect(text).toContain(`${c.naam} (weging ${c.weging}%)`);
      if (c.max_a4) expect(text).toContain(`Ten hoogste ${c.max_a4} A4 binnen het plan van aanpak.`);
    }
    expect(text).toContain("Kwaliteit (weging 40%)");
    // The condition and what it costs: admission to all of perceel 1 Wonen of the toelating.
    const wonen = lotOf(i, "wonen").lot;
    expect(text).toContain("Ook gecontracteerd voor het product Pleegzorg");
    expect(text).toContain(`Wordt u daarvoor toegelaten, dan levert u ook alle producten van perceel 1 Wonen: ${wonen.producten!.slice(0, -1).map((id) => productOf(i, id).naam).join(", ")} en ${productOf(i, wonen.producten!.at(-1)!).naam}.`);
    expect(text).toContain("dan levert u ook alle producten van perceel 1 Wonen: Pleegzorg, Deeltijdpleegzorg,");
    // The deadlines: content/aanbesteding.yaml has nine milestones (one per Nota van Inlichtingen).
    expect(i.planning.length).toBe(9);
    for (const m of i.planning) expect(text).toContain(`${m.mijlpaal} Datum ${dutchDate(m.datum)}`);
    expect(text).toContain("Uiterste inschrijfdatum Datum 15 april 2024, 12:00 uur");
    // Nothing of the lots the bidder did not choose.
    const others = i.biddable.filter((l) => l.lot.id !== "crisispleegzorg");
    expect(others.length).toBe(12);
    for (const other of others) expect(text).not.toContain(other.title);
    expect(text).not.toContain("Toelating jeugdhulp is een");
    await page.close();
  });

  it("shows the full list grouped per lot without JavaScript", async () => {
    const i = input.voorbeeld;
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${sites.voorbeeld.url}/inschrijven/`, { waitUntil: "load" });
    // The choice needs JavaScript; without it, it is not offered.
    expect(await page.$eval("#kies", (f) => (f as HTMLElement).offsetParent === null)).toBe(true);
    const headings = await page.$$eval(".checklist-lot h3", (hs) => hs.map((h) => (h as HTMLElement).innerText.trim()));
    expect(headings).toEqual(i.biddable.map((l) => l.title));
    expect(headings).toContain("Subperceel 4a Licht verstandelijke beperking (perceel 4 Crisisverblijf)");
    expect(headings).toContain("Perceel 5 Crisispleegzorg");
    expect(headings.length).toBe(13);
    const text = await visibleText(page);
    expect(text).toContain("dan levert u ook alle producten van perceel 1 Wonen");
    const used = usedRequirements(i);
    expect(used.length).toBeGreaterThan(15);
    for (const r of used) expect(text, r.titel).toContain(r.titel);
    await page.close();
  });

  it("prints the chosen lots cleanly on A4: no menu, no choice form, nothing wider than the paper", async () => {
    const page = await openChecklist("voorbeeld", ["crisispleegzorg"]);
    await page.emulateMediaType("print");
    // Not into the shared build, which is read only.
    const pdf = join(mkdtempSync(join(tmpdir(), "afdruk-")), "print-checklist.pdf");
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    expect(pdfinfo(pdf)["Page size"]).toMatch(/ pts \(A4\)$/);
    const text = flat(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }));
    expect(text).toContain("Perceel 5 Crisispleegzorg");
    expect(text).toContain("dan levert u ook alle producten van perceel 1 Wonen");
    expect(text).not.toContain("Kies uw percelen");
    expect(text).not.toContain("Segmenten en producten");
    // At A4 width (about 180 mm of text), no line runs off the page.
    await page.setViewport({ width: 680, height: 1000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(680);
    await page.close();
  });

  it("loads a script of less than 50 kB", async () => {
    const page = await browser.newPage();
    // Every script the browser fetches, its body read in full before anything is summed.
    const fetched: Promise<{ url: string; body: Buffer }>[] = [];
    page.on("response", (r) => {
      if (r.request().resourceType() === "script") fetched.push(r.buffer().then((body) => ({ url: r.url(), body })));
    });
    await page.goto(`${sites.voorbeeld.url}/inschrijven/`, { waitUntil: "networkidle0" });
    const external = await Promise.all(fetched);
    const inPage = await page.$$eval("script", (ss) => ss.map((s) => ({ src: (s as HTMLScriptElement).src, text: s.src ? "" : (s.textContent ?? "") })));
    await page.close();
    // Each script element with a src was fetched, and is counted.
    for (const { src } of inPage.filter((s) => s.src)) expect(external.map((e) => e.url), src).toContain(src);
    const scripts = [...inPage.filter((s) => !s.src).map((s) => Buffer.from(s.text)), ...external.map((e) => e.body)];
    // The checklist's own script (it shows the choice form and keeps the chosen lots in the address) is one of those counted.
    const checklist = scripts.filter((b) => b.toString("utf8").includes('getElementById("kies")') && b.toString("utf8").includes('"percelen"'));
    expect(checklist, "het script van de checklist").toHaveLength(1);
    expect(checklist[0].length).toBeGreaterThan(500);
    const total = scripts.reduce((n, b) => n + b.length, 0);
    expect(total).toBeLessThan(50_000);
  });
});

describe("the checklist attachment", () => {
  for (const name of ["voorbeeld", "rijnmond"] as const) {
    it(`is a numbered PDF in the bundle of ${name} with every lot, its requirements, plan and conditions, and the planning`, () => {
      const i = input[name];
      const { root } = sites[name];
      const bijlage = i.bijlagen.find((a) => a.inhoud === "checklist")!;
      expect(bijlage.titel).toBe("Checklist inschrijving");
      const manifest = JSON.parse(readFileSync(join(root, "mercell", "manifest.json"), "utf8")) as { bestanden: { nummer: string; bestand: string; titel: string }[] };
      const file = manifest.bestanden.find((f) => f.nummer === bijlage.nummer)!;
      expect(file.titel).toBe(bijlage.titel);
      const text = flat(pdftotext(join(root, "mercell", file.bestand), { raw: true }));
      expect(text).toContain(`Bijlage ${bijlage.nummer}`);
      expect(i.biddable.length).toBe(name === "voorbeeld" ? 13 : 10);
      for (const l of i.biddable) expect(text, l.lot.id).toContain(flat(l.title));
      const used = usedRequirements(i);
      expect(used.length).toBeGreaterThan(15);
      for (const r of used) expect(text, r.titel).toContain(flat(r.titel).slice(0, 20));
      const plans = i.subtenders.filter((x) => x.plan_van_aanpak);
      expect(plans.length).toBe(2);
      for (const s of plans) expect(text).toContain(`ten hoogste ${s.plan_van_aanpak!.max_a4} A4 in totaal`);
      for (const m of i.planning) expect(text).toContain(dutchDate(m.datum));
      const conditioned = i.lots.filter((l) => l.lot.voorwaarden?.some((v) => v.vereist_perceel));
      if (name === "rijnmond") expect(conditioned.map((l) => l.lot.nummer)).toEqual(["B4c"]);
      for (const l of conditioned) {
        const v = l.lot.voorwaarden!.find((x) => x.vereist_perceel)!;
        expect(text).toContain(`dan levert u ook alle producten van ${lotOf(i, v.vereist_perceel!).name}`);
      }
    });
  }
});

describe("the checklist of the Rijnmond tender (sub-lots B4a–c)", () => {
  it("asks one plan van aanpak per sub-lot and shows B4c's condition on perceel B1 with what it costs", async () => {
    const i = input.rijnmond;
    const b4 = i.lots.find((l) => l.lot.nummer === "B4")!;
    const subLots = i.lots.filter((l) => l.parent === b4.lot);
    expect(subLots.map((l) => l.lot.nummer)).toEqual(["B4a", "B4b", "B4c"]);
    const page = await openChecklist("rijnmond", subLots.map((l) => l.lot.id));
    const text = await visibleText(page);
    for (const sub of subLots) {
      expect(text).toContain(sub.title);
      expect(text).toContain(`Plan van aanpak voor ${sub.name}`);
      const requirements = requirementsFor(i, sub.lot.id);
      expect(requirements.length).toBeGreaterThan(10);
      for (const r of requirements) expect(text, r.titel).toContain(r.titel);
    }
    expect(text).toContain("Subperceel B4c Crisispleegzorg (perceel B4 Crisishulp)");
    expect(text).toContain(`Eén plan van aanpak voor dit subperceel: bij een perceel met subpercelen levert u één plan per subperceel, van ten hoogste ${b4.subtender.plan_van_aanpak!.max_a4} A4 in totaal.`);
    const conditioned = subLots.find((l) => l.lot.voorwaarden?.some((v) => v.vereist_perceel))!;
    const required = lotOf(i, conditioned.lot.voorwaarden!.find((v) => v.vereist_perceel)!.vereist_perceel!);
    expect(required.name).toBe("perceel B1 Pleegzorg");
    expect(text).toContain("Ook gecontracteerd voor perceel B1 Pleegzorg");
    expect(text).toContain("dan levert u ook alle producten van perceel B1 Pleegzorg: ");
    for (const m of i.planning) expect(text).toContain(dutchDate(m.datum));
    // The other lots of the subtender are not shown.
    expect(text).not.toContain(required.title);
    await page.close();
  });
});
