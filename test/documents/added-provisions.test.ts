import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bestekSections } from "../../src/documents/bestek/index.ts";
import { BUILT_IN_PLACES, type GeneratedChapterId } from "../../src/content/standard-chapters.ts";
import { leidraadProvisions } from "../../src/load/provisions.ts";
import { lookup } from "../../src/model/lookup.ts";
import type { Model } from "../../src/model/types.ts";
import { numberSections, walk } from "../../src/documents/section.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { modelAfter, messagesAfter } from "../fixtures/invalid/apply-case.ts";
import { bodyHtml, text } from "./plain-renderer.ts";
import { buildDocuments } from "../../src/documents/build-documents.ts";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";

/** What a reader reads in a piece of HTML. */
const textOf = (html: string) => toText(fromHtml(html, { fragment: true })).replace(/\s+/g, " ").trim();

/**
 * A lawyer adds a provision to the leidraad with one file in
 * templates/leidraad/ whose front matter says where it stands
 * (src/load/provisions.ts). The build with such a file, its PDF and its site
 * page are in templates.test.ts; here the places and the messages, in the
 * process (each with its own templates folder, so nothing is cached across).
 */

const made: string[] = [];
afterEach(() => {
  delete process.env.JEUGDHULP_TEMPLATES;
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A templates folder named `templates` with `files` in leidraad/ (and, with
 * `all`, the project's templates beside them), used from now on.
 */
function templatesWith(files: Record<string, string>, all = false): string {
  const root = mkdtempSync(join(tmpdir(), "bepalingen-"));
  made.push(root);
  const dir = join(root, "templates");
  if (all) cpSync("templates", dir, { recursive: true });
  mkdirSync(join(dir, "leidraad"), { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, "leidraad", name), content);
  process.env.JEUGDHULP_TEMPLATES = dir;
  return dir;
}

/** The message of the TemplateError the provisions of this folder stop on. */
function errorOf(files: Record<string, string>): string {
  templatesWith(files);
  try {
    leidraadProvisions();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("geen fout");
}

const TEXT = "{% comment %}\nVoor de jurist.\n{% endcomment %}\n# Integriteit\n\nWij verwachten integriteit.\n";
const placed = (front: string, title = "Integriteit") => `---\n${front}\n---\n${TEXT.replace("Integriteit", title)}`;

/** The leidraad's sections in order: number, title, anchor and text. */
function leidraad(model: Model) {
  return [...walk(numberSections(bestekSections(lookup(model), [])))].map((s) => ({ number: s.number, title: s.title, anchor: s.anchor, text: text(bodyHtml(s)) }));
}
/** The numbers and titles of a chapter's paragraphs, "6.2 Gestanddoening". */
const paragraphs = (l: ReturnType<typeof leidraad>, chapter: string) => l.filter((s) => s.number.startsWith(`${chapter}.`) && s.number.split(".").length === 2).map((s) => `${s.number} ${s.title}`);

describe("an added provision's place", () => {
  const klein = () => validateContent("test/fixtures/klein").model!;

  it("stands right after its `na`, and ends the chapter without one, in file-name order", () => {
    templatesWith(
      {
        "integriteit.md": placed("hoofdstuk: inschrijving\nna: gestanddoening"),
        "fraude.md": placed("hoofdstuk: inschrijving  # waar\nna: integriteit", "Fraude"),
        "slot.md": placed("hoofdstuk: inschrijving", "Slotbepaling"),
        "afsluiting.md": placed("hoofdstuk: inschrijving", "Afsluiting"),
      },
      true,
    );
    expect(leidraadProvisions().order("inschrijving")).toEqual(["voorwaardelijke-inschrijving", "gestanddoening", "integriteit", "fraude", "combinaties", "afsluiting", "slot"]);
    expect(paragraphs(leidraad(klein()), "6")).toEqual([
      "6.1 Onvoorwaardelijk inschrijven",
      "6.2 Gestanddoening",
      "6.3 Integriteit",
      "6.4 Fraude",
      "6.5 Combinaties, onderaanneming en beroep op derden",
      "6.6 Afsluiting",
      "6.7 Slotbepaling",
    ]);
  });

  it("stands where its `na` would have been when this tender does not print that provision", () => {
    // No subtender of klein has a dialogue phase: no § on it; the added one follows `fasen`.
    templatesWith({ "na-dialoog.md": placed("hoofdstuk: procedure\nna: dialoog", "Na de dialoog") }, true);
    const anchors = leidraad(klein()).filter((s) => /^2\.\d+$/.test(s.number)).map((s) => s.anchor);
    expect(anchors).not.toContain("s-dialoog");
    expect(anchors.slice(anchors.indexOf("s-fasen"), anchors.indexOf("s-fasen") + 3)).toEqual(["s-fasen", "s-bepaling-na-dialoog", "s-procedure-mercell"]);
  });

  it("is replaced by the team's teksten/ chapter with its id, in its place, and `hoofdstuk:` references to it resolve", () => {
    templatesWith({ "integriteit.md": placed("hoofdstuk: inschrijving\nna: gestanddoening") }, true);
    const model = modelAfter(
      { file: "teksten/40-integriteit.md", write: "---\ntitel: Integriteit volgens het team\nvolgorde: 40\n---\nHet team schrijft zelf over integriteit.\n" },
      { file: "teksten/15-inschrijving.md", replace: "als PDF.", with: "als PDF. Lees ook [onze eisen aan integriteit](hoofdstuk:integriteit)." },
    );
    const l = leidraad(model);
    expect(paragraphs(l, "6")[2]).toBe("6.3 Integriteit volgens het team");
    expect(l.find((s) => s.anchor === "s-bepaling-integriteit")!.text).toBe("Het team schrijft zelf over integriteit.");
    // Not a chapter of its own as well.
    expect(l.filter((s) => s.title === "Integriteit volgens het team")).toHaveLength(1);
    const pdf = buildDocuments(model).find((d) => d.attachment.inhoud === "bestek")!.html;
    expect(textOf(pdf).includes("Lees ook onze eisen aan integriteit (zie § 6.3, Integriteit volgens het team)."), "the cross-reference in the PDF").toBe(true);
  });

  it("is a place `hoofdstuk:` may name only while the file is there", () => {
    const edit = { file: "teksten/15-inschrijving.md", replace: "als PDF.", with: "als PDF. Zie [integriteit](hoofdstuk:integriteit)." };
    templatesWith({}, true);
    expect(messagesAfter(edit).join("\n")).toContain("teksten/15-inschrijving.md:5:");
    expect(messagesAfter(edit).join("\n")).toContain("`integriteit`");
    templatesWith({ "integriteit.md": placed("hoofdstuk: inschrijving") }, true);
    expect(messagesAfter(edit)).toEqual([]);
  });
});

describe("the built-in provisions", () => {
  it("stand in the leidraad in the order the one list gives (BUILT_IN_PLACES)", () => {
    const chapters: Record<string, string> = { procedure: "2", inschrijving: "6", gunning: "7", overeenkomst: "8" };
    // klein without a ceiling anywhere, and with a dialogue phase in Subtender Spoed: every conditional provision but one shows.
    const withDialogue = modelAfter({ file: "subtenders/spoed.yaml", replace: "plan_van_aanpak:", with: "fasen: [selectie, dialoog, gunning]\nplanning:\n  - { id: dialoog-1, mijlpaal: Eerste dialoogronde, datum: 2025-10-27, fase: dialoog }\nplan_van_aanpak:" });
    const l = leidraad(withDialogue);
    const anchorOf = (id: string) => leidraadProvisions().anchor(id);
    for (const [chapter, number] of Object.entries(chapters)) {
      const places = BUILT_IN_PLACES[chapter as GeneratedChapterId]!;
      const printed = l.filter((s) => s.number.startsWith(`${number}.`)).map((s) => s.anchor);
      const order = places.filter((id) => printed.includes(anchorOf(id)));
      expect(order.length, chapter).toBeGreaterThan(1);
      expect(printed.filter((a) => order.map(anchorOf).includes(a)), chapter).toEqual(order.map(anchorOf));
    }
    expect(l.some((s) => s.anchor === "s-dialoog")).toBe(true);
  });
});

describe("an added provision that cannot be placed", () => {
  it("without front matter: says what to add", () => {
    expect(errorOf({ "integriteit.md": TEXT })).toBe(
      `${process.env.JEUGDHULP_TEMPLATES}/leidraad/integriteit.md:1: fout: geen standaardtekst heeft het id \`integriteit\`; is het een nieuwe bepaling, zet bovenaan het bestand een kopblok met het hoofdstuk waarin de bepaling staat: een regel \`---\`, \`hoofdstuk: inschrijving\`, eventueel \`na: gestanddoening\` (de bepaling waar ze na komt; zonder \`na\` sluit ze het hoofdstuk af) en weer \`---\`; de hoofdstukken zijn \`inleiding\`, \`procedure\`, \`planning\`, \`opdracht\`, \`eisen\`, \`inschrijving\`, \`gunning\`, \`overeenkomst\`, \`rechtsbescherming\``,
    );
  });

  it("without front matter and close to a built-in id: asks whether that id was meant", () => {
    expect(errorOf({ "klachtten.md": TEXT })).toContain("templates/leidraad/klachtten.md:1: fout: geen standaardtekst heeft het id `klachtten`; bedoelde u `klachten`? Is het een nieuwe bepaling, zet bovenaan het bestand een kopblok");
  });

  it("with an unknown chapter", () => {
    expect(errorOf({ "integriteit.md": placed("hoofdstuk: inschrijven") })).toContain("templates/leidraad/integriteit.md:2: fout: onbekend hoofdstuk `inschrijven`; bedoelde u `inschrijving`?");
    expect(errorOf({ "integriteit.md": placed("hoofdstuk:") })).toContain("templates/leidraad/integriteit.md:2: fout: `hoofdstuk` is leeg: noem het hoofdstuk waarin de bepaling staat, een van `inleiding`, `procedure`,");
    expect(errorOf({ "integriteit.md": placed("hoofdstuk: bijzaken") })).toContain("templates/leidraad/integriteit.md:2: fout: onbekend hoofdstuk `bijzaken`; de hoofdstukken zijn `inleiding`, `procedure`,");
  });

  it("without a chapter in its front matter", () => {
    expect(errorOf({ "integriteit.md": placed("na: gestanddoening") })).toContain("templates/leidraad/integriteit.md:1: fout: het kopblok zegt niet in welk hoofdstuk de bepaling staat: voeg een regel `hoofdstuk: …` toe");
  });

  it("with an unknown key", () => {
    expect(errorOf({ "integriteit.md": placed("hoofdstuk: inschrijving\nnaa: gestanddoening") })).toContain("templates/leidraad/integriteit.md:3: fout: onbekende sleutel `naa` in het kopblok; bedoelde u `na`?");
  });

  it("after an unknown provision", () => {
    expect(errorOf({ "integriteit.md": placed("hoofdstuk: inschrijving\nna: gestandoening") })).toContain("templates/leidraad/integriteit.md:3: fout: onbekende bepaling `gestandoening` in `na`; bedoelde u `gestanddoening`?");
    expect(errorOf({ "integriteit.md": placed("hoofdstuk: inschrijving\nna: iets-anders") })).toContain(
      "templates/leidraad/integriteit.md:3: fout: onbekende bepaling `iets-anders` in `na`; de bepalingen van hoofdstuk `inschrijving` zijn `voorwaardelijke-inschrijving`, `gestanddoening`, `combinaties`",
    );
  });

  it("after a provision of another chapter", () => {
    expect(errorOf({ "integriteit.md": placed("hoofdstuk: inschrijving\nna: klachten") })).toContain(
      "templates/leidraad/integriteit.md:3: fout: `klachten` staat in hoofdstuk `procedure`, niet in `inschrijving`; noem een bepaling van `inschrijving` (`voorwaardelijke-inschrijving`, `gestanddoening`, `combinaties`) of laat `na` weg",
    );
  });

  it("in a circle of `na`", () => {
    expect(errorOf({ "integriteit.md": placed("hoofdstuk: inschrijving\nna: fraude"), "fraude.md": placed("hoofdstuk: inschrijving\n\nna: integriteit", "Fraude") })).toContain(
      "templates/leidraad/fraude.md:4: fout: de plaats van de bepaling is rond: `fraude` staat na `integriteit`, `integriteit` staat na `fraude`; laat bij één ervan `na` weg of noem een andere bepaling",
    );
    expect(errorOf({ "integriteit.md": placed("hoofdstuk: inschrijving\nna: integriteit") })).toContain("templates/leidraad/integriteit.md:3: fout: de plaats van de bepaling is rond: `integriteit` staat na zichzelf;");
  });

  it("with the id of a generated chapter", () => {
    expect(errorOf({ "planning.md": placed("hoofdstuk: inschrijving") })).toContain("templates/leidraad/planning.md:1: fout: het id `planning` heeft de leidraad al (een hoofdstuk of vaste paragraaf); geef de nieuwe bepaling een eigen id");
    expect(errorOf({ "beoordeling.md": placed("hoofdstuk: gunning") })).toContain("templates/leidraad/beoordeling.md:1: fout: het id `beoordeling` heeft de leidraad al");
  });

  it("with a front matter that is not closed", () => {
    expect(errorOf({ "integriteit.md": `---\nhoofdstuk: inschrijving\n${TEXT}` })).toContain("templates/leidraad/integriteit.md:1: fout: het kopblok wordt niet afgesloten");
  });

  it("a built-in text with a front matter: its place is fixed", () => {
    expect(errorOf({ "gestanddoening.md": placed("hoofdstuk: gunning") })).toContain("templates/leidraad/gestanddoening.md:1: fout: `gestanddoening` is een vaste standaardtekst: de plaats ervan ligt vast");
  });
});
