import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { STARTER_DIR } from "../../src/cli/new-tender.ts";
import { TEAM_CHAPTERS } from "../../src/validate/rules/team-chapters.ts";
import { messagesAfter } from "../fixtures/invalid/apply-case.ts";
import type { Edit } from "../fixtures/invalid/cases.ts";

const messages = messagesAfter;

describe("the chapters the team must write", () => {
  it("a missing inschrijving chapter is a warning at the tender that names the file to make", () => {
    expect(messages({ file: "teksten/15-inschrijving.md", remove: true })).toEqual([
      "aanbesteding.yaml:1:1: waarschuwing: de leidraad mist het hoofdstuk `inschrijving` dat alleen het inkoopteam kan schrijven: waar en hoe een inschrijver inschrijft: het platform, wat hij per onderdeel uploadt en in welk formaat; maak teksten/50-inschrijving.md met front matter (titel, volgorde) en die tekst",
    ]);
  });

  it("the chapter under another number counts: the id is what matters", () => {
    const text = readFileSync("test/fixtures/klein/teksten/15-inschrijving.md", "utf8");
    expect(messages({ file: "teksten/15-inschrijving.md", remove: true }, { file: "teksten/18-inschrijving.md", write: text })).toEqual([]);
  });

  it("a chapter file that is broken gets its own error, not also the warning that it is missing", () => {
    const found = messages({ file: "teksten/15-inschrijving.md", write: "---\ntitel: Inschrijving\nvolgorde: [\n---\nTekst.\n" });
    expect(found.some((m) => m.startsWith("teksten/15-inschrijving.md:") && m.includes(": fout: "))).toBe(true);
    expect(found.filter((m) => m.includes("hoofdstuk `inschrijving`"))).toEqual([]);
  });

  it("npm run nieuw starts every one of them, marked TE DOEN", () => {
    // The one chapter the leidraad needs from the team (src/validate/rules/team-chapters.ts).
    expect(TEAM_CHAPTERS.map((c) => c.id)).toEqual(["inschrijving"]);
    for (const chapter of TEAM_CHAPTERS) {
      const file = join(STARTER_DIR, chapter.file);
      expect(existsSync(file), chapter.file).toBe(true);
      expect(readFileSync(file, "utf8")).toContain("**TE DOEN:**");
    }
  });
});
