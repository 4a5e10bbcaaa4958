import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { chromiumPath } from "../browser/launch.ts";
import { FONT_DIR } from "../documents/assemble.ts";
import { destinationPages } from "../load/pdf-structure.ts";
import { PROJECT_ROOT } from "../project-root.ts";
import { PDF_OPTIONS } from "./page-setup.ts";

/**
 * On which page each numbered heading of a printed document landed, kept per
 * printed HTML. Every print of a bundle document records it, so a comparison
 * of two versions that were built before (the version published and the one
 * about to be) reads its page numbers here instead of printing the documents
 * again; only a document whose HTML was never printed is printed.
 *
 * The key is the HTML exactly as printed plus everything else that moves a
 * page break: the print options, the Chromium binary and the font files. A
 * cache that cannot be written (a read-only checkout) only costs time.
 */
const dir = () => process.env.JEUGDHULP_PAGINA_CACHE || join(PROJECT_ROOT, "node_modules", ".cache", "jeugdhulp-paginas");

/** Entries kept; older ones are removed when there are more (each is a few kB, a productenboek of 1,000 products ~40 kB). */
const MAX_ENTRIES = 400;

let environment: string | undefined;

/** What else a page break depends on besides the HTML; read once per process. */
function printEnvironment(): string {
  if (environment === undefined) {
    const stamp = (path: string) => {
      try {
        const s = statSync(path);
        return `${path}:${s.size}:${s.mtimeMs}`;
      } catch {
        return `${path}:-`;
      }
    };
    let fonts: string[] = [];
    try {
      fonts = readdirSync(FONT_DIR).sort().map((f) => stamp(join(FONT_DIR, f)));
    } catch {
      // No font folder: the print will fail on its own terms; the key just says so.
    }
    let chromium = "";
    try {
      chromium = stamp(chromiumPath());
    } catch {
      chromium = "geen chromium";
    }
    environment = JSON.stringify([PDF_OPTIONS, chromium, fonts]);
  }
  return environment;
}

const keyOf = (html: string) => createHash("sha256").update(printEnvironment()).update("\0").update(html).digest("hex");

/** The recorded pages of every numbered heading of a document printed from `html`, or undefined when it was never printed here. */
export function recordedPages(html: string): Map<string, number> | undefined {
  try {
    const entry = JSON.parse(readFileSync(join(dir(), `${keyOf(html)}.json`), "utf8")) as Record<string, number>;
    return new Map(Object.entries(entry));
  } catch {
    return undefined;
  }
}

/** Records where the headings `anchors` of a document printed from `html` landed in `pdf` (which has a destination for each). */
export function recordPages(html: string, pdf: Uint8Array, anchors: string[]): Map<string, number> {
  const dests = destinationPages(pdf);
  const pages = new Map<string, number>();
  for (const a of anchors) {
    const n = dests.get(a);
    if (n === undefined) throw new Error(`paginanummers: kop ${a} niet gevonden in de PDF`);
    pages.set(a, n);
  }
  try {
    const folder = dir();
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `${keyOf(html)}.json`);
    // Written aside, then renamed: a reader at the same moment sees the whole entry or none.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(Object.fromEntries(pages)));
    renameSync(temporary, file);
    prune(folder);
  } catch {
    // Not recorded: the next comparison prints this document itself.
  }
  return pages;
}

function prune(folder: string): void {
  const entries = readdirSync(folder).filter((f) => f.endsWith(".json"));
  if (entries.length <= MAX_ENTRIES) return;
  const byAge = entries.map((f) => ({ f, t: statSync(join(folder, f)).mtimeMs })).sort((a, b) => a.t - b.t);
  for (const { f } of byAge.slice(0, entries.length - MAX_ENTRIES / 2)) rmSync(join(folder, f), { force: true });
}

/**
 * Gives every numbered heading of the loaded document a named destination in
 * the PDF, by a hidden list of links to them appended to the body: Chromium
 * writes a destination for every link target, and a hidden list takes no
 * room, so nothing on the pages moves. Returns the headings' ids.
 */
export async function linkNumberedHeadings(page: Page, extra: string[] = []): Promise<string[]> {
  return page.evaluate((extra: string[]) => {
    const ids = [...document.querySelectorAll("h1.numbered[id], h2.numbered[id], h3.numbered[id], h4.numbered[id], h5.numbered[id], h6.numbered[id]")].map((h) => h.id);
    const anchors = [...new Set([...ids, ...extra])];
    if (!anchors.length) return anchors;
    const list = document.createElement("div");
    list.hidden = true;
    for (const id of anchors) {
      const a = document.createElement("a");
      a.href = `#${id}`;
      list.append(a);
    }
    document.body.append(list);
    return anchors;
  }, extra);
}
