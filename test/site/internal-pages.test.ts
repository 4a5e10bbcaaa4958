/**
 * Internal pages (marked "Intern, voor het inkoopteam") stay out of the
 * public site: on the builds that make the notice's fill-in page (the example,
 * and `klein` built with its own files and `--aankondiging`), no page of
 * OUT/site is marked internal, and the fill-in page is in OUT/aankondiging/.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shared, type SharedName } from "../shared/builds.ts";
import { sitePages } from "./build-fixtures.ts";

const MARK = "Intern, voor het inkoopteam";

describe.each(["voorbeeld", "eigen-bestanden"] as SharedName[])("the internal pages of %s", (name) => {
  it("are not on the public site", () => {
    const site = join(shared(name).out, "site");
    const pages = sitePages(site);
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const html = readFileSync(join(site, path, path.endsWith("/") ? "index.html" : ""), "utf8");
      expect(html, path).not.toContain(MARK);
    }
    expect(existsSync(join(site, "aankondiging"))).toBe(false);
  });

  it("are in the team's output beside the notice files", () => {
    const page = readFileSync(join(shared(name).out, "aankondiging", "invulhulp.html"), "utf8");
    expect(page).toContain(MARK);
    expect(page).toContain("Aankondiging: invulhulp");
  });
});
