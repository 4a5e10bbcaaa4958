/**
 * A way to the buyer on every page: the footer names the buyer with the
 * contact given in aanbesteding.yaml and the platform, and /vragen/ says how
 * and until when to ask. On the example (which gives a platform address),
 * Rijnmond (e-mail and phone, no website) and `klein` (no contact at all).
 * Expected values are literals from the YAML of each tender.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shared, type SharedName } from "../shared/builds.ts";
import { sitePages } from "./build-fixtures.ts";

const pageFile = (site: string, path: string) => join(site, path, path.endsWith("/") || path === "" ? "index.html" : "");
/** The footer of a page as text, with its links' targets. */
function footerOf(html: string): { text: string; hrefs: string[] } {
  const footer = html.match(/<footer class="site"[^>]*>([\s\S]*?)<\/footer>/)?.[1] ?? "";
  return { text: footer.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim(), hrefs: [...footer.matchAll(/href="([^"]+)"/g)].map((m) => m[1]) };
}
const mainText = (html: string) => (html.match(/<main[^>]*>([\s\S]*?)<\/main>/)?.[1] ?? "").replace(/<\/?(p|h2|section)[^>]*>/g, " ").replace(/<[^>]+>/g, "").replace(/\s+/g, " ");

const cases: { name: SharedName; buyer: string; text: string[]; hrefs: string[]; deadline: string; platform?: string }[] = [
  {
    name: "voorbeeld",
    buyer: "Organisatie Zorg Jeugd Twente",
    text: ["e-mail inkoop@example.nl", "telefoon +31 53 000 0000", "example.nl", "vragen en inschrijven via Mercell"],
    hrefs: ["mailto:inkoop@example.nl", "tel:+31530000000", "https://example.nl", "https://s2c.mercell.com/today/00000"],
    deadline: "uiterlijk op 1 maart 2024, 12:00 uur",
    platform: "https://s2c.mercell.com/today/00000",
  },
  {
    name: "rijnmond",
    buyer: "Gemeenschappelijke Regeling Jeugdhulp Rijnmond",
    text: ["e-mail inkoop-jeugdhulp@example.nl", "telefoon +31 10 000 0000", "vragen en inschrijven via Mercell"],
    hrefs: ["mailto:inkoop-jeugdhulp@example.nl", "tel:+31100000000"],
    deadline: "uiterlijk op 22 november 2021, 12:00 uur",
  },
  { name: "klein", buyer: "Gemeenschappelijke Regeling Jeugd Noord", text: ["vragen en inschrijven via Mercell"], hrefs: [], deadline: "uiterlijk op 15 september 2025, 10:00 uur" },
];

describe.each(cases)("the way to the buyer on $name", ({ name, buyer, text, hrefs, deadline, platform }) => {
  const site = join(shared(name).out, "site");

  it("is in the footer of every page", () => {
    const pages = sitePages(site);
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const footer = footerOf(readFileSync(pageFile(site, path), "utf8"));
      expect(footer.text, path).toContain(`Contact: ${buyer}`);
      for (const t of text) expect(footer.text, path).toContain(t);
      for (const href of hrefs) expect(footer.hrefs, path).toContain(href);
      expect(footer.hrefs, path).toContain("/vragen/");
    }
  });

  it("on /vragen/ says how and until when to ask, with the platform", () => {
    const html = readFileSync(join(site, "vragen", "index.html"), "utf8");
    const main = mainText(html);
    expect(main).toContain(`Vragen stelt u uitsluitend via de vragenmodule van Mercell, ${deadline}.`);
    if (platform) expect(html).toContain(`<a class="button" href="${platform}" rel="external">Naar deze aanbesteding op Mercell</a>`);
    else expect(main).not.toContain("Naar deze aanbesteding op Mercell");
  });
});
