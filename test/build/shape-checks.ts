/**
 * What test/build/shapes.property.test.ts checks of one built tender: every
 * generated label, name and kenmerk verbatim on the site (visible text, parsed
 * HTML with entities decoded), in the PDFs (pdftotext, whitespace collapsed)
 * and their document info, and in the manifest.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { expect } from "vitest";
import type { Manifest } from "../../src/pdf/manifest.ts";
import type { Model } from "../../src/model/types.ts";
import { bookmarkTitles, escapeRe, flat, pdfinfo, pdftotext, readJson } from "../pdf/helpers.ts";
import type { ExpectedTender } from "../validate/tender-shapes.ts";

// --- Reading the built site: parsed HTML, visible text with entities decoded. ---

const page = (site: string, path: string): Root => fromHtml(readFileSync(join(site, path, "index.html"), "utf8"));

function elements(node: Root | Element, keep: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const visit = (n: Root | Element) => {
    for (const child of n.children) {
      if (child.type !== "element") continue;
      if (keep(child)) out.push(child);
      visit(child);
    }
  };
  visit(node);
  return out;
}
const one = (node: Root | Element, keep: (e: Element) => boolean, what: string): Element => {
  const found = elements(node, keep);
  if (found.length !== 1) throw new Error(`${found.length}× ${what}, verwacht 1`);
  return found[0];
};
const tag = (name: string) => (e: Element) => e.tagName === name;
const classed = (name: string, cls: string) => (e: Element) => e.tagName === name && ((e.properties.className as string[] | undefined) ?? []).includes(cls);
const linkTo = (href: string) => (e: Element) => e.tagName === "a" && e.properties.href === href;
/** Visible text, whitespace collapsed as a browser shows it. */
const text = (e: Element) => toText(e, { whitespace: "normal" }).replace(/\s+/g, " ").trim();
const texts = (els: Element[]) => els.map(text);
/** css-tree (Astro's CSS parser, untyped): parses a stylesheet and decodes string escapes. */
const cssTree = createRequire(import.meta.url)("css-tree") as {
  parse(css: string): unknown;
  walk(ast: unknown, visit: (node: { type: string; value?: unknown }) => void): void;
};

/** The string value of `content` in the inline print-footer style, decoded by a real CSS parser. */
function printFooter(root: Root): string {
  const style = elements(root, tag("style")).map((s) => toText(s, { whitespace: "pre" })).find((css) => css.includes("@bottom-left"));
  if (!style) throw new Error("geen print-voettekst");
  const values: string[] = [];
  cssTree.walk(cssTree.parse(style), (node) => {
    if (node.type === "String") values.push(String(node.value));
  });
  return values[0];
}

/**
 * A lot as the media name it: "perceel 3 Ambulant", "Subperceel 4a Oost". The word before the
 * label is wording and may change; the label and the name after it must be exactly as written.
 */
const LOT_WORD = "(?:[Ss]ub)?[Pp]erceel";
const lotPattern = (l: { nummer: string; naam: string }) => `${LOT_WORD} ${escapeRe(`${l.nummer} ${l.naam}`)}`;
const namesLot = (l: { nummer: string; naam: string }) => new RegExp(`^${lotPattern(l)}$`);
const mentionsLot = (l: { nummer: string; naam: string }) => new RegExp(lotPattern(l));
/** Some text in the list is the lot's name. */
const anyNames = (list: string[], l: { nummer: string; naam: string }) => expect(list, `${l.nummer} ${l.naam}`).toEqual(expect.arrayContaining([expect.stringMatching(namesLot(l))]));

/** The header, footer, print footer and tab title every page of the site has. */
function checkFrame(root: Root, t: ExpectedTender, title: string | RegExp) {
  const brand = one(root, classed("a", "brand"), "a.brand");
  const kenmerk = `${t.kenmerk} · versie ${t.versie}`;
  // The brand's line under the title: "kenmerk · versie X van <datum>" (the kenmerk in a span of its own, which a phone hides).
  const line = brand.children.find((c): c is Element => c.type === "element" && c.tagName === "span");
  expect(line, "a.brand > span").toBeDefined();
  expect(text(line!)).toMatch(new RegExp(`^${kenmerk.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} van \\d{1,2} [a-z]+ \\d{4}$`));
  expect(text(one(line!, classed("span", "kenmerk"), "span.kenmerk"))).toBe(`${t.kenmerk} ·`);
  expect(brand.children.map((c) => (c.type === "text" ? c.value : "")).join("").trim()).toBe(t.titel);
  expect(text(one(root, classed("footer", "site"), "footer.site"))).toContain(`${kenmerk} van `);
  const tabTitle = text(one(root, tag("title"), "title"));
  expect(tabTitle.endsWith(` · ${t.titel}`), tabTitle).toBe(true);
  const ownTitle = tabTitle.slice(0, -` · ${t.titel}`.length);
  if (typeof title === "string") expect(ownTitle).toBe(title);
  else expect(ownTitle).toMatch(title);
  expect(printFooter(root).startsWith(`${kenmerk} van `)).toBe(true);
}

export function checkSite(site: string, t: ExpectedTender) {
  const productName = new Map(t.products.map((p) => [p.id, p.naam]));
  const home = page(site, "");
  checkFrame(home, t, "Home");
  expect(text(one(home, tag("h1"), "h1"))).toBe(t.titel);
  const dts = elements(home, tag("dt"));
  const kenmerkDt = dts.findIndex((d) => text(d) === "Kenmerk");
  expect(text(elements(home, tag("dd"))[kenmerkDt])).toBe(t.kenmerk);

  const lotsById = new Map(t.subtenders.flatMap((s) => s.lots.map((l) => [l.id, l] as const)));
  for (const s of t.subtenders) {
    const root = page(site, `subtenders/${s.id}`);
    checkFrame(root, t, s.naam);
    expect(text(one(root, tag("h1"), "h1"))).toBe(s.naam);
    // The lot table: lots with their sub-lots under them, each row label and name as written.
    const table = one(root, (e) => e.tagName === "table" && elements(e, tag("caption")).some((c) => text(c) === `Percelen van ${s.naam}`), "perceeltabel");
    const rows = elements(one(table, tag("tbody"), "tbody"), tag("tr"));
    expect(rows.map((r) => [text(elements(r, tag("td"))[0]), text(one(r, (e) => e.tagName === "a" && String(e.properties.href).startsWith("/percelen/"), "perceellink"))])).toEqual(
      s.lots.map((l) => [l.nummer, l.naam]),
    );
    rows.forEach((r, i) => {
      const lot = s.lots[i];
      const products = elements(r, (e) => e.tagName === "a" && String(e.properties.href).startsWith("/producten/"));
      expect(texts(products)).toEqual(lot.productIds.map((id) => productName.get(id)));
    });
    // The subtender's own attachment, offered once, first; the header's and the page's links to all downloads (/downloads/) are no file.
    const download = elements(one(root, tag("main"), "main"), (e) => e.tagName === "a" && String(e.properties.href).startsWith("/downloads/") && e.properties.href !== "/downloads/");
    // A toelating has lots but no gunning (issue 23 §6).
    const own = s.procedure === "toelating" ? `Percelen ${s.naam}` : `Percelen en gunning ${s.naam}`;
    expect(texts(download)[0]).toEqual(expect.stringContaining(`${own} (PDF)`));
    expect(texts(download).filter((x) => x.includes(own))).toHaveLength(1);

    for (const lot of s.lots) {
      const parent = lot.parent ? lotsById.get(lot.parent)! : undefined;
      const subs = s.lots.filter((l) => l.parent === lot.id);
      const lotPage = page(site, `percelen/${lot.id}`);
      // A sub-lot's tab title names its lot too: "Subperceel 4a Oost (perceel 4 Verblijf)".
      checkFrame(lotPage, t, new RegExp(`^${lotPattern(lot)}${parent ? ` \\(${lotPattern(parent)}\\)` : ""}$`));
      expect(text(one(lotPage, tag("h1"), "h1"))).toMatch(namesLot(lot));
      const main = one(lotPage, tag("main"), "main");
      const productIds = subs.length ? [...new Set(subs.flatMap((x) => x.productIds))] : lot.productIds;
      for (const id of productIds) expect(texts(elements(main, linkTo(`/producten/${id}/`)))).toContain(productName.get(id));
      if (parent) anyNames(texts(elements(main, linkTo(`/percelen/${parent.id}/`))), parent);
      // A lot lists its sub-lots, and the lead-in of a sub-lot's own conditions names it.
      for (const sub of subs) {
        const links = texts(elements(main, linkTo(`/percelen/${sub.id}/`)));
        expect(links.filter((x) => namesLot(sub).test(x))).toHaveLength(sub.conditions.length ? 2 : 1);
      }
      // Every condition the lot, its parent or its sub-lots state names its product or lot as written.
      const stated = [...lot.conditions, ...(parent?.conditions ?? []), ...subs.flatMap((x) => x.conditions)];
      for (const c of stated) {
        if (c.vereist_product) expect(texts(elements(main, linkTo(`/producten/${c.vereist_product}/`)))).toContain(productName.get(c.vereist_product));
        if (c.vereist_perceel) {
          const other = lotsById.get(c.vereist_perceel)!;
          anyNames(texts(elements(main, linkTo(`/percelen/${other.id}/`))), other);
        }
      }
    }
  }
  for (const p of t.products) {
    const root = page(site, `producten/${p.id}`);
    checkFrame(root, t, p.naam);
    expect(text(one(root, tag("h1"), "h1"))).toBe(p.naam);
    // The lots that offer the product link to it by name.
    for (const lot of t.subtenders.flatMap((x) => x.lots).filter((l) => l.productIds.includes(p.id))) anyNames(texts(elements(root, linkTo(`/percelen/${lot.id}/`))), lot);
  }
}

// --- Reading the PDFs: pdftotext with whitespace collapsed, and the document info. ---

/**
 * Page text in content-stream order (`-raw`), line breaks and runs of spaces as one space, and
 * a line break after a hyphen joined. Without `-raw`, pdftotext drops a hyphen that ends a line
 * as if it were hyphenation ("’s-Hertogenbosch" wrapped after "’s-" reads "’sHertogenbosch").
 */
const pdfText = (file: string, first?: number, last?: number) => flat(pdftotext(file, { first, last, raw: true })).trim();

/**
 * The lines of the value cell right of `label` in a two-column table on one page, from
 * `pdftotext -bbox` (XHTML, parsed, so `&amp;` and the like are decoded): the words right of
 * the label from its line down to the next label. Reading by position keeps out the rotated
 * letters of the CONCEPT watermark (glyphs far taller than the text), which text extraction
 * otherwise mixes into table rows.
 */
function cellLines(file: string, pageNumber: number, label: string): string[] {
  const xhtml = execFileSync("pdftotext", ["-f", String(pageNumber), "-l", String(pageNumber), "-bbox", file, "-"], { encoding: "utf8" });
  const num = (w: Element, k: string) => Number(w.properties[k] ?? w.properties[k.toLowerCase()]);
  const words = elements(fromHtml(xhtml), tag("word")).map((w) => ({ text: toText(w), x: num(w, "xMin"), y: num(w, "yMin"), h: num(w, "yMax") - num(w, "yMin") }));
  const key = words.filter((w) => w.text === label);
  if (key.length !== 1) throw new Error(`${key.length}× "${label}" op pagina ${pageNumber} van ${file}`);
  const k = key[0];
  const nextLabel = Math.min(...words.filter((w) => Math.abs(w.x - k.x) < 0.5 && w.y > k.y + 0.5).map((w) => w.y), Infinity);
  const cell = words.filter((w) => w.x > k.x + 20 && w.y > k.y - 0.5 && w.y < nextLabel - 0.5 && Math.abs(w.h - k.h) < k.h * 0.3);
  const ys = [...new Set(cell.map((w) => Math.round(w.y * 10) / 10))].sort((a, b) => a - b);
  return ys.map((y) => cell.filter((w) => Math.abs(w.y - y) < 0.5).sort((a, b) => a.x - b.x).map((w) => w.text).join(" "));
}

/**
 * A table cell shows `expected`: each of its lines is a piece of it as written (inner spaces
 * included), and the lines together are all of it. A line may break where the text has no
 * space (table cells wrap anywhere), so the pieces are joined without whitespace.
 */
function expectCell(file: string, pageNumber: number, label: string, expected: string) {
  const lines = cellLines(file, pageNumber, label);
  for (const line of lines) expect(expected, `${label}: ${JSON.stringify(lines)}`).toContain(line);
  expect(lines.join("").replace(/\s+/g, ""), `${label}: ${JSON.stringify(lines)}`).toBe(expected.replace(/\s+/g, ""));
}

/** Semicolon CSV with "" quoting, as manifest.csv writes it. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") row.push(field), (field = "");
    else if (c === "\r" && csv[i + 1] === "\n") {
      row.push(field), rows.push(row), (row = []), (field = ""), i++;
    } else field += c;
  }
  return rows;
}

export function checkPdfs(out: string, t: ExpectedTender) {
  const mercell = join(out, "mercell");
  const model = readJson<Model>(join(out, "model.json"));
  const manifest = readJson<Manifest>(join(mercell, "manifest.json"));
  expect(manifest.kenmerk).toBe(t.kenmerk);
  expect(manifest.versie).toBe(t.versie);
  expect(manifest.bestanden.map((b) => b.titel)).toEqual(model.tender.bijlagen.map((a) => a.titel));
  expect(manifest.bestanden.map((b) => b.titel).filter((x) => x.startsWith("Percelen "))).toEqual(
    t.subtenders.map((s) => (s.procedure === "toelating" ? `Percelen ${s.naam}` : `Percelen en gunning ${s.naam}`)));
  const csv = parseCsv(readFileSync(join(mercell, "manifest.csv"), "utf8"));
  expect(csv.slice(1).map((r) => [r[1], r[3], r[8]])).toEqual(manifest.bestanden.map((b) => [b.titel, t.versie, t.kenmerk]));

  const productName = new Map(t.products.map((p) => [p.id, p.naam]));
  manifest.bestanden.forEach((entry, i) => {
    const attachment = model.tender.bijlagen[i];
    const file = join(mercell, entry.bestand);
    expect(existsSync(file), entry.bestand).toBe(true);
    expect(entry.versie).toBe(t.versie);
    const info = pdfinfo(file);
    expect(info.Keywords).toBe(`${t.kenmerk}, versie ${t.versie}`);
    expect(info.Title).toBe(`${attachment.titel} – ${t.titel}`);
    expect(info.Subject).toBe(`Bijlage ${attachment.nummer} bij de aanbesteding ${t.titel}`);

    // The cover's facts table: the kenmerk and versie as written.
    expectCell(file, 1, "Kenmerk", t.kenmerk);
    expectCell(file, 1, "Versie", t.versie);
    expect(pdfText(file, 1, 1)).toContain(t.titel);
    // The running header (a CSS string in an @page margin box) is on every page after the cover.
    expect(entry.paginas).toBeGreaterThanOrEqual(2);
    // A long header wraps inside its margin box wherever the line breaker may break (between
    // `"` and `<` too, where the text has no space), so this compares with whitespace removed;
    // the spaces inside kenmerk and titel are checked on the cover and in the body text.
    const squash = (s: string) => s.replace(/\s+/g, "");
    for (let n = 2; n <= entry.paginas; n++) expect(squash(pdfText(file, n, n)), `${entry.bestand} pagina ${n}`).toContain(squash(`${t.kenmerk} · ${t.titel}`));

    const all = pdfText(file);
    // Bookmarks are the headings without their section numbers.
    const bookmarks = bookmarkTitles(file).map((b) => b.replace(/^\d+(\.\d+)* /, ""));
    if (attachment.inhoud === "productenboek") {
      for (const p of t.products) {
        const heading = p.productcode ? `${p.naam} (${p.productcode})` : p.naam;
        expect(all).toContain(heading);
        expect(bookmarks).toContain(heading);
      }
      for (const s of t.segments) expect(bookmarks).toContain(s.naam);
    }
    if (attachment.inhoud.startsWith("subtender:")) {
      const s = t.subtenders.find((x) => `subtender:${x.id}` === attachment.inhoud)!;
      expect(all).toContain(s.naam);
      expect(bookmarks).toContain(s.naam);
      // Lots have a section heading (and bookmark); sub-lots are named in full in the contractor sentence.
      for (const lot of s.lots) if (!lot.parent) anyNames(bookmarks, lot);
      for (const lot of s.lots) {
        expect(all).toMatch(mentionsLot(lot));
        for (const id of lot.productIds) expect(all).toContain(productName.get(id));
      }
    }
  });
}

