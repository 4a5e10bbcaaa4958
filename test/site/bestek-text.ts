import type { Page } from "puppeteer-core";
import type { NumberedSection } from "../../src/documents/section.ts";
import type { Tender } from "../../src/model/types.ts";
import { escapeRe, flat, phrase } from "../pdf/helpers.ts";

/** Where a page of the PDF ended; the running header and footer around it are gone. */
export const PAGE_BREAK = "⟪pagina⟫";

/** One numbered section as a page of the bestek shows it. */
export interface SiteSection {
  anchor: string;
  heading: string;
  body: string;
  /** The header row of each table in the body, as words: the PDF repeats it after a page break. */
  heads: string[][];
}

/**
 * The numbered sections of a bestek page, in order: heading, and the text of
 * its own body (not of its subsections) as a reader sees it, ordered-list
 * numbers included, as the PDF prints them.
 */
export async function siteSections(page: Page): Promise<SiteSection[]> {
  return page.evaluate(() => {
    const added: Element[] = [];
    for (const ol of document.querySelectorAll("main .section-body ol")) {
      const start = Number(ol.getAttribute("start") ?? 1);
      [...ol.children].filter((li) => li.tagName === "LI").forEach((li, i) => {
        const marker = document.createElement("span");
        marker.textContent = `${start + i}. `;
        li.prepend(marker);
        added.push(marker);
      });
    }
    const sections = [...document.querySelectorAll("main .bestek-section")].map((s) => {
      const heading = s.querySelector(":scope > .numbered") as HTMLElement;
      const body = s.querySelector(":scope > .section-body") as HTMLElement | null;
      return {
        anchor: heading.id,
        heading: heading.innerText,
        body: body?.innerText ?? "",
        heads: [...(body?.querySelectorAll("thead") ?? [])].map((h) => (h as HTMLElement).innerText.split(/\s+/).filter(Boolean)),
      };
    });
    for (const m of added) m.remove();
    return sections;
  });
}

/**
 * The text of the leidraad PDF (pdftotext -raw) cut into the bodies of its
 * numbered sections: each from its heading to the next section's heading,
 * without cover, table of contents, running headers and footers, page numbers
 * and the CONCEPT watermark. A page break is left as PAGE_BREAK.
 */
export function pdfBodies(
  text: string,
  sections: NumberedSection[],
  tender: Tender,
  attachmentTitle: string,
  /** How a heading prints its number: `4.2`, or `Artikel 3` in an agreement. */
  label: (s: NumberedSection) => string = (s) => s.number,
): { bodies: (string | undefined)[]; missing: string[] } {
  const running = (line: string) => line === "" || line.startsWith(`${tender.kenmerk} · ${tender.titel}`) || line === attachmentTitle || /^Versie .* · pagina \d+ van \d+$/.test(line);
  const trim = (lines: string[]) => {
    while (lines.length && running(lines[0])) lines.shift();
    while (lines.length && running(lines[lines.length - 1])) lines.pop();
    return lines;
  };
  const pages = text.split("\f").map((page) => {
    // The watermark comes last on every page of a draft, in pieces ("CO", "N", "CEPT"),
    // sometimes on the same line as the page's last words.
    const lines = trim(page.split("\n").map((l) => l.trim()));
    return trim(lines.join("\n").replace(/\s*CO\s+N\s+CEPT$/, "").split("\n")).join("\n");
  });
  const body = pages.join(`\n${PAGE_BREAK}\n`);
  // The table of contents ends at its last dotted line.
  const toc = [...body.matchAll(/^.*\. \. \. .*$/gm)].pop();
  let at = toc ? toc.index + toc[0].length : 0;
  const places: ({ start: number; end: number } | undefined)[] = [];
  const missing: string[] = [];
  for (const s of sections) {
    const re = new RegExp(`(?:^|\\n)(?:${escapeRe(PAGE_BREAK)}\\n)?${phrase(label(s))}\\s+${anyBreaks(s.title)}[ \\t]*(?=\\n|$)`, "g");
    re.lastIndex = at;
    const m = re.exec(body);
    if (!m) {
      missing.push(`${label(s)} ${s.title}`);
      places.push(undefined);
      continue;
    }
    places.push({ start: m.index, end: m.index + m[0].length });
    at = m.index + m[0].length;
  }
  const bodies = places.map((p, i) => {
    if (!p) return undefined;
    const next = places.slice(i + 1).find((q) => q);
    return body.slice(p.end, next ? next.start : body.length);
  });
  return { bodies, missing };
}

/** A title as a pattern that allows a line break anywhere: a heading may break inside a long "word". */
const anyBreaks = (title: string) => [...title.replace(/\s+/g, "")].map(escapeRe).join("\\s*");

const words = (text: string) => flat(text.replace(/\u00a0/g, " ")).split(" ").filter(Boolean);

/**
 * Compares the words of a section's body on the site and in the PDF. Allowed:
 * a page break (with the table header the PDF repeats after it) and a word the
 * PDF broke inside a narrow table cell. Returns where they differ, or undefined.
 */
export function differingWords(site: string, pdf: string, heads: string[][]): string | undefined {
  const a = words(site);
  const b = words(pdf);
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((w, k) => w === y[k]);
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (b[j] === PAGE_BREAK) {
      j++;
      const repeated = heads.find((h) => h.length && same(b.slice(j, j + h.length), h) && !same(a.slice(i, i + h.length), h));
      if (repeated) j += repeated.length;
      continue;
    }
    if (i < a.length && a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    // A long word the PDF wrapped inside a table cell (overflow-wrap: anywhere).
    let k = j;
    let joined = b[j] ?? "";
    while (i < a.length && joined.length < a[i].length && a[i].startsWith(joined) && k + 1 < b.length && b[k + 1] !== PAGE_BREAK) joined += b[++k];
    if (i < a.length && joined === a[i]) {
      i++;
      j = k + 1;
      continue;
    }
    const around = (xs: string[], n: number) => xs.slice(Math.max(0, n - 6), n + 6).join(" ");
    return `website: «${around(a, i)}»\n    PDF: «${around(b.filter((w) => w !== PAGE_BREAK), j - b.slice(0, j).filter((w) => w === PAGE_BREAK).length)}»`;
  }
  return undefined;
}
