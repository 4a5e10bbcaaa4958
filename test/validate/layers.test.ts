import { describe, expect, it } from "vitest";
import { messagesAfter } from "../fixtures/invalid/apply-case.ts";

const messages = messagesAfter;

const segment = "segmenten/spoed.yaml";

describe("errors in one pass, without knock-on errors", () => {
  it("a tab gives one message at its place, and no 'onbekend product' elsewhere for a product of the broken file", () => {
    expect(messages({ file: segment, replace: "    naam: Spoedbed\n", with: "\tnaam: Spoedbed\n" })).toEqual([
      "segmenten/spoed.yaml:1:1: waarschuwing: verwijzingen naar een product worden niet gecontroleerd zolang segmenten/spoed.yaml een syntaxfout heeft",
      "segmenten/spoed.yaml:6:1: fout: YAML-fout: tab gebruikt als inspringing; YAML staat alleen spaties toe",
    ]);
  });

  it("a syntax error that is not followed by a reference to the broken file gives one message only", () => {
    expect(messages({ file: "subtenders/spoed.yaml", replace: "    naam: Spoedbedden", with: "\tnaam: Spoedbedden" })).toEqual([
      "subtenders/spoed.yaml:16:1: fout: YAML-fout: tab gebruikt als inspringing; YAML staat alleen spaties toe",
    ]);
  });

  it("a cross-reference in a chapter to a product of a broken file is not reported as unknown either: the same one line says so", () => {
    expect(messages(
      { file: segment, replace: "    naam: Spoedbed\n", with: "\tnaam: Spoedbed\n" },
      { file: "teksten/10-inleiding.md", replace: "De regio koopt", with: "Het [spoedteam](product:spoedteam) en de regio koopt" },
    )).toEqual([
      "segmenten/spoed.yaml:1:1: waarschuwing: verwijzingen naar een product worden niet gecontroleerd zolang segmenten/spoed.yaml een syntaxfout heeft",
      "segmenten/spoed.yaml:6:1: fout: YAML-fout: tab gebruikt als inspringing; YAML staat alleen spaties toe",
    ]);
  });

  it("a wrong registratie no longer hides a wrong tarief in the same file: both in one run", () => {
    expect(messages({ file: segment, replace: "tarief: 412.35", with: "tarief: 412.355" }, { file: segment, replace: "registratie: [skj] }", with: "registratie: [skjj] }" })).toEqual([
      "segmenten/spoed.yaml:11:64: fout: veld `registratie` (element 1) heeft de ongeldige waarde `skjj`; kies uit: skj, big, nvrg, nip, nvo, kabiz; bedoelde u `skj`?",
      "segmenten/spoed.yaml:13:71: fout: tarief 412.355 heeft meer dan twee decimalen; een tarief is een bedrag in euro's en centen, bijvoorbeeld 72.50",
    ]);
  });

  it("a schema error in a field a rule needs still stops the rules on that file: no second, misleading error", () => {
    expect(messages({ file: "subtenders/spoed.yaml", replace: "producten: [spoedteam]\n    aantal_contractanten: 3", with: "producten: [spoedteam]\n    aantal_contractanten: drie" })).toEqual([
      "subtenders/spoed.yaml:25:27: fout: veld `aantal_contractanten` moet een geheel getal zijn, maar is de tekst `drie`",
    ]);
  });
});
